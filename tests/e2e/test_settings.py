"""Settings from the main window's menu: the language box shows the language in use, and OK
after changing only the idle minutes leaves the saved language as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import LANGS, child, type_text, wait_window
from helpers import PASSPHRASE, make_vault
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPushButton, QSpinBox

from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dialogs.settings_dialog import SettingsDialog
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow


def unlocked_main_window(qtbot, start_app, folder: Path, lang: str | None) -> MainWindow:
    start_app(folder, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    type_text(child(dialog, QLineEdit, "passphraseEdit"), PASSPHRASE)
    qtbot.mouseClick(child(dialog, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    return wait_window(qtbot, MainWindow)


def change_idle_minutes_and_ok(qtbot, dialog: SettingsDialog, minutes: int) -> None:
    spin = child(dialog, QSpinBox, "idleMinutesSpin")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(minutes))
    assert spin.value() == minutes
    buttons = child(dialog, QDialogButtonBox, "settingsButtons")
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=QPoint(ok.width() // 2, ok.height() // 2))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


@pytest.mark.parametrize("saved", [False, True], ids=["lang-option", "saved-language"])
@pytest.mark.parametrize("lang", LANGS)
def test_settings_show_the_language_in_use_and_ok_keeps_it(
    qtbot, start_app, tmp_path: Path, lang: str, saved: bool
) -> None:
    vault, _ = make_vault(tmp_path / "v")
    vault.close()
    if saved:
        AppSettings().language = lang
    # Either the saved language, or --lang with nothing saved (the case that turned into "en").
    window = unlocked_main_window(qtbot, start_app, tmp_path / "v", None if saved else lang)
    action = window.findChild(QAction, "settingsAction")
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = wait_window(qtbot, SettingsDialog)
    assert child(dialog, QComboBox, "languageCombo").currentData() == lang

    change_idle_minutes_and_ok(qtbot, dialog, 17)
    settings = AppSettings()
    assert settings.idle_minutes == 17
    assert settings.language == (lang if saved else "")
