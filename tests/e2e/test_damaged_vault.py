"""A vault whose database was emptied: the unlock screen says so and how to restore it, the
program opens no logbook, and nothing in the folder changes (the evidence is all kept)."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import child, wait_window
from helpers import OWNER, PASSPHRASE, folder_hashes, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.vaults import create_vault
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.vault.kdf import FAST_PARAMS


@pytest.fixture
def emptied(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _recovery = create_vault(
        path, ShopProfile(name="テスト商店"), OWNER, PASSPHRASE, kdf=FAST_PARAMS
    )
    IncidentService(vault).add(sample_incident())
    vault.close()
    (path / "evidence" / ("ab" * 16 + ".khev")).write_bytes(b"an evidence file")
    (path / "vault.db").write_bytes(b"")
    return path


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_unlock_screen_explains_an_emptied_database(
    qtbot, start_app, emptied: Path, lang: str
) -> None:
    before = folder_hashes(emptied)
    start_app(emptied, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    dialog.panel.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.panel.unlock_button, Qt.MouseButton.LeftButton)
    error = child(dialog, QLabel, "unlockError")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "vault.db" in error.text() and "empty" in error.text()
    assert "backup" in error.text()
    # The whole message shows: the dialog grew to it (it was cut off after two lines).
    QApplication.processEvents()
    assert error.height() >= error.heightForWidth(error.width())
    assert dialog.isVisible()
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert folder_hashes(emptied) == before
