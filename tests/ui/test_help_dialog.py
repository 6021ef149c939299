"""Help → How to use: the guide in the program's language, English as the fallback."""

from __future__ import annotations

import pytest

from kasuhara_desktop.ui.dialogs.help_dialog import HelpDialog, help_text


@pytest.mark.parametrize(("lang", "phrase"), [("ja", "いま起きているとき"), ("en", "happening now"),
                                              ("nb", "Når noe skjer nå")])  # fmt: skip
def test_guide_in_each_language(qtbot, lang: str, phrase: str) -> None:
    dialog = HelpDialog(lang)
    qtbot.addWidget(dialog)
    assert phrase in dialog.browser.toPlainText()
    assert "Ctrl+L" in dialog.browser.toPlainText()


def test_unknown_language_falls_back_to_english() -> None:
    assert help_text("xx") == help_text("en") != ""
