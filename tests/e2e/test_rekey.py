"""Settings → "Change the data key…" as a user walks it: the explanation, the passphrase, the
save dialog for the new recovery sheet, the change in the background; then lock, unlock with
the passphrase, and the old recovery key is refused while the new sheet's key opens the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import child, type_text, unlock_to_main, wait_window
from helpers import PASSPHRASE, make_vault, sample_incident
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton

from kasuhara_desktop.domain.errors import WrongSecretError
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.vaults import unlock
from kasuhara_desktop.ui.dialogs.rekey_dialog import RekeyDialog
from kasuhara_desktop.ui.dialogs.settings_dialog import SettingsDialog


def test_change_the_data_key_from_settings(
    qtbot, start_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    vault, old_key = make_vault(folder)
    with vault:
        reference = IncidentService(vault).add(sample_incident()).reference
    sheet = tmp_path / "usb" / "new-recovery-sheet.pdf"
    sheet.parent.mkdir()
    monkeypatch.setattr(RekeyDialog, "choose_sheet", lambda self: sheet)

    window = unlock_to_main(qtbot, start_app, folder, "en")
    action = window.findChild(QAction, "settingsAction")
    assert action is not None
    action.trigger()
    settings = wait_window(qtbot, SettingsDialog)
    qtbot.mouseClick(child(settings, QPushButton, "rekeyButton"), Qt.MouseButton.LeftButton)
    dialog = wait_window(qtbot, RekeyDialog)
    explanation = child(dialog, QLabel, "rekeyExplanation").text()
    assert "no longer opens this logbook" in explanation

    # A wrong passphrase changes nothing and says so.
    type_text(child(dialog, QLineEdit, "rekeyPassphraseEdit"), "not the passphrase")
    qtbot.mouseClick(child(dialog, QPushButton, "rekeyStartButton"), Qt.MouseButton.LeftButton)
    status = child(dialog, QLabel, "rekeyStatus")
    qtbot.waitUntil(lambda: "Wrong passphrase" in status.text(), timeout=20_000)
    assert not sheet.exists()

    edit = child(dialog, QLineEdit, "rekeyPassphraseEdit")
    edit.clear()
    type_text(edit, PASSPHRASE)
    qtbot.mouseClick(child(dialog, QPushButton, "rekeyStartButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert str(sheet) in status.text()
    new_key = bytes.fromhex(dialog.outcome.recovery_key_hex)
    assert new_key != old_key
    text = " ".join(PdfReader(sheet).pages[0].extract_text().split())
    assert "This sheet replaces the sheet of" in text

    qtbot.mouseClick(child(dialog, QPushButton, "rekeyCloseButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    buttons = child(settings, QDialogButtonBox, "settingsButtons")
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=5000)

    # Lock, and unlock with the same passphrase: it was re-wrapped under the new key.
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.is_locked, timeout=10_000)
    window.lock_panel.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.session.lock()  # closes the vault: the checks below open it themselves

    with pytest.raises(WrongSecretError):
        unlock(folder, recovery_key=old_key)
    with unlock(folder, recovery_key=new_key) as opened:
        assert IncidentService(opened).get(reference).reference == reference
