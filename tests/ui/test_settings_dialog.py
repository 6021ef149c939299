"""The settings dialog shows the language in use and saves only what was changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QSpinBox

from kasuhara_desktop.ui import i18n
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dialogs.settings_dialog import FontFound, SettingsDialog


@pytest.fixture
def in_language():
    def switch(code: str) -> None:
        i18n.install_translators(code)

    yield switch
    i18n.install_translators("en")


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_language_box_shows_the_language_in_use_and_ok_keeps_it(qtbot, in_language, lang) -> None:
    in_language(lang)
    settings = AppSettings()
    assert settings.language == ""  # not chosen yet: the program follows --lang or the system
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo.currentData() == lang
    dialog.findChild(QSpinBox, "idleMinutesSpin").setValue(17)
    dialog.accept()
    assert settings.idle_minutes == 17
    assert settings.language == ""  # untouched: not overwritten with the box's first entry


def test_a_changed_language_is_saved(qtbot, in_language) -> None:
    in_language("ja")
    settings = AppSettings()
    settings.language = "ja"
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("nb"))
    dialog.accept()
    assert settings.language == "nb"


def test_font_result_is_worded_by_the_dialog(qtbot) -> None:
    dialog = SettingsDialog(AppSettings(), None)
    qtbot.addWidget(dialog)
    font = Path("/usr/share/fonts/ipaexg.ttf")
    used = dialog.font_text(FontFound(font, True, True, "Japanese font: x"))
    assert str(font) in used and "Japanese font:" not in used
    not_used = dialog.font_text(FontFound(font, True, False, "x"))
    assert str(font) in not_used and not_used != used
    missing = dialog.font_text(FontFound(None, False, True, "x"))
    assert missing and str(font) not in missing
    dialog._font_found(FontFound(font, True, True, "the search's own note"))
    assert dialog.font_status.text() == used
    assert dialog.font_status.toolTip() == "the search's own note"
