"""A new shop gets in: the first start through the setup wizard to the main window, the next
start through the unlock screen, and the wizard on a folder that already holds a logbook.

Each in Japanese, English and Norwegian, the language chosen on the wizard's first page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import LANGS, child, quit_program, type_text, wait_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton, QWizard

from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.i18n import current_language
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.setup.wizard import SetupWizard

SHOP = "さくらマート 中野店"
OWNER = "店長 山田"
PASSPHRASE = "sakura tsubame 2026 kaminari"


def click(qtbot, button: QPushButton | QRadioButton | QCheckBox) -> None:
    """Click as a user does; a radio or check box on its indicator (its label may be shorter
    than the widget, and a click beside the label does nothing)."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    where = button.rect().center()
    if isinstance(button, QRadioButton | QCheckBox):
        where = QPoint(8, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)


def press(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))


def choose_language(qtbot, wizard: SetupWizard, lang: str) -> None:
    radio = child(wizard, QRadioButton, f"language_{lang}")
    if radio.isChecked():  # the system's language is preselected: choose another, then back
        other = child(wizard, QRadioButton, "language_nb" if lang != "nb" else "language_en")
        click(qtbot, other)
    click(qtbot, radio)
    assert current_language() == lang  # the wizard switched at once


def walk_setup(qtbot, wizard: SetupWizard, lang: str) -> None:
    """Language, shop, region, owner and passphrase, recovery sheet, Finish."""
    choose_language(qtbot, wizard, lang)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(child(wizard, QLineEdit, "shop_nameEdit"), SHOP)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)  # the time zone and trade defaults
    type_text(child(wizard, QLineEdit, "ownerEdit"), OWNER)
    type_text(child(wizard, QLineEdit, "passphraseEdit"), PASSPHRASE)
    type_text(child(wizard, QLineEdit, "confirmEdit"), PASSPHRASE)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    sheet_box = child(wizard, QCheckBox, "sheetStoredCheck")
    qtbot.waitUntil(sheet_box.isVisible, timeout=20_000)  # the vault exists now
    click(qtbot, sheet_box)
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)


def unlock(qtbot, dialog: UnlockDialog) -> None:
    type_text(child(dialog, QLineEdit, "passphraseEdit"), PASSPHRASE)
    click(qtbot, child(dialog, QPushButton, "unlockButton"))


@pytest.mark.parametrize("lang", LANGS)
def test_first_start_reaches_the_main_window_and_the_next_start_unlocks(
    qtbot, start_app, tmp_path: Path, lang: str
) -> None:
    folder = tmp_path / "Kasuhara"
    folder.mkdir()  # an empty folder: `kasuhara-desktop --vault` on it starts the setup
    first = start_app(folder)
    wizard = wait_window(qtbot, SetupWizard)
    walk_setup(qtbot, wizard, lang)

    window = wait_window(qtbot, MainWindow)
    assert SHOP in window.windowTitle()
    settings = AppSettings()
    assert settings.language == lang
    assert settings.last_vault == folder

    # Quit, start again with no --vault: the saved logbook is offered for unlocking.
    quit_program(first)
    shell = start_app(None)
    assert current_language() == lang  # the saved language, not the system's
    dialog = wait_window(qtbot, UnlockDialog)
    assert shell.dialog is dialog
    unlock(qtbot, dialog)
    second = wait_window(qtbot, MainWindow)
    assert second is not window and SHOP in second.windowTitle()


@pytest.mark.parametrize("lang", LANGS)
def test_setup_on_a_folder_with_a_logbook_offers_to_open_it(
    qtbot, start_app, tmp_path: Path, lang: str
) -> None:
    folder = tmp_path / "Kasuhara"
    first = start_app(folder)
    walk_setup(qtbot, wait_window(qtbot, SetupWizard), "ja")
    wait_window(qtbot, MainWindow)
    quit_program(first)
    AppSettings().last_vault = None  # the program forgot it (another PC account, a reinstall)

    start_app(None)  # no last vault: the setup wizard, whose suggested folder is ours
    wizard = wait_window(qtbot, SetupWizard)
    choose_language(qtbot, wizard, lang)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(child(wizard, QLineEdit, "shop_nameEdit"), "別の店")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    folder_edit = child(wizard, QLineEdit, "folderEdit")
    folder_edit.clear()
    type_text(folder_edit, str(folder))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, child(wizard, QPushButton, "openExistingButton"))

    dialog = wait_window(qtbot, UnlockDialog)
    assert not wizard.isVisible()
    assert str(folder) in child(dialog, QLabel, "vaultFolderLabel").text()
    unlock(qtbot, dialog)
    wait_window(qtbot, MainWindow)
    assert AppSettings().language == lang
    assert AppSettings().last_vault == folder
