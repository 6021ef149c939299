"""The window says so at unlock when that unlock finished or undid an interrupted rekey.

The CLI prints the vault's note on stderr; a shop using only the GUI must learn it too, because
it decides which recovery sheet to keep: after an undo the interrupted change's sheet is void.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from reliability_support import FilledVault

from kasuhara_desktop.services.rekey import rekey_vault
from kasuhara_desktop.vault import rekey as vault_rekey
from kasuhara_desktop.vault.vault import Vault


def _interrupted_rekey(folder: Path, monkeypatch: pytest.MonkeyPatch, *, took_effect: bool) -> None:
    """Leave the pending header behind, as a kill would: after the rekey or inside it."""
    with monkeypatch.context() as patch:
        patch.setattr(vault_rekey, "_remove_pending", lambda folder: None)
        if not took_effect:

            def killed(vault: object, new_key: bytes) -> None:
                raise KeyboardInterrupt

            patch.setattr(vault_rekey, "_rekey_database", killed)
        vault = Vault.open(folder, passphrase=PASSPHRASE)
        try:
            rekey_vault(vault, PASSPHRASE, lambda new_key: None)
        except KeyboardInterrupt:
            pass
        finally:
            vault.close()
    assert (folder / vault_rekey.PENDING_NAME).exists()


def _notice_at_unlock(folder: Path, qtbot: object) -> tuple[str, str] | None:
    from PySide6.QtWidgets import QMessageBox

    from kasuhara_desktop.app import build_services
    from kasuhara_desktop.ui.app_settings import AppSettings
    from kasuhara_desktop.ui.main_window import MainWindow
    from kasuhara_desktop.ui.session import Session

    session = Session(Vault.open(folder, passphrase=PASSPHRASE), build_services)
    window = MainWindow(session, AppSettings(), unlock_fn=None, users_fn=lambda _f: [])
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        window.show()
        box = window.findChild(QMessageBox, "rekeyNotice")
        if box is None:
            return None
        assert box.isVisible()
        return box.windowTitle(), box.text()
    finally:
        window.close()
        session.close_vault()


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")
def test_a_finished_rekey_is_told_at_unlock(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    _interrupted_rekey(filled.folder, monkeypatch, took_effect=True)
    notice = _notice_at_unlock(filled.folder, qtbot)
    assert notice is not None
    assert "has now been finished" in notice[1] and "earlier sheet is void" in notice[1]
    assert not (filled.folder / vault_rekey.PENDING_NAME).exists()


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")
def test_an_undone_rekey_is_told_at_unlock(
    filled: FilledVault, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    _interrupted_rekey(filled.folder, monkeypatch, took_effect=False)
    notice = _notice_at_unlock(filled.folder, qtbot)
    assert notice is not None
    assert "has been undone" in notice[1] and "previous recovery sheet" in notice[1]


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")
def test_no_rekey_notice_on_an_ordinary_unlock(filled: FilledVault, qtbot: object) -> None:
    assert _notice_at_unlock(filled.folder, qtbot) is None
