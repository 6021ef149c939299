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


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["Ctrl+1", "File → Users…", "Switch user…", "Duty", "Retention and erasing"]),
        ("ja", ["Ctrl+1", "ファイル → 利用者…", "利用者を切り替え…", "体制整備", "保存期間と消去"]),
        ("nb", ["Ctrl+1", "Fil → Brukere …", "Bytt bruker …", "Arbeidsgiverplikter", "sletting"]),
    ],
)
def test_the_guide_covers_home_roles_and_the_duty_menu(lang: str, phrases: list[str]) -> None:
    """The menu names as the program shows them in that language (translations), so a user
    can find what the guide names."""
    text = help_text(lang)
    for phrase in phrases:
        assert phrase in text, phrase
