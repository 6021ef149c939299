"""Retention over a real vault, the whole program started as ``kasuhara-desktop``: Duty >
Retention and erasing lists an old closed incident as due and erases it with its evidence
(off the GUI thread), while a held one and one an active notice rests on stay; ``verify``
passes afterwards."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from e2e_support import PASSPHRASE, make_logbook, unlock_to_main, wait_window
from PySide6.QtCore import Qt

from kasuhara_desktop.services.retention import RetentionService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.ui.duty.retention_page import RetentionPage
from kasuhara_desktop.vault.vault import Vault

sys.path.insert(0, str(Path(__file__).parents[1]))

from retention_support import old_closed


def test_an_old_incident_is_erased_and_the_kept_ones_stay(
    qtbot, start_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_logbook(tmp_path / "logbook")
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        old, _ = old_closed(vault, tmp_path)
        held, _ = old_closed(vault, tmp_path)
        banned, _ = old_closed(vault, tmp_path, notice_until=None)
        RetentionService(vault).hold(held, "損害賠償請求の可能性")
    evidence_files = sorted((folder / "evidence").iterdir())
    assert len(evidence_files) == 3

    window = unlock_to_main(qtbot, start_app, folder, "en", rows=3)
    window.duty_menu.actions["retentionAction"].trigger()
    page = wait_window(qtbot, RetentionPage)
    due = [page.due_table.item(r, 0).text() for r in range(page.due_table.rowCount())]
    kept = [page.held_table.item(r, 0).text() for r in range(page.held_table.rowCount())]
    assert due == [old] and sorted(kept) == sorted([held, banned])

    monkeypatch.setattr(page, "ask_erase", lambda count: "保存期間の満了")
    page.tick_all()
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Erased 1 record. 1 evidence file erased" in page.status.text(), timeout=20_000
    )
    assert page.due_table.rowCount() == 0 and page.held_table.rowCount() == 2
    assert len(list((folder / "evidence").iterdir())) == 2
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)  # the list too
    window.lock()

    with Vault.open(folder, passphrase=PASSPHRASE, lock_wait=10) as vault:
        report = verify_vault(vault)
        assert report.ok, [p for c in report.checks for p in c.problems]
        left = [r[0] for r in vault.conn.execute("SELECT reference FROM incidents ORDER BY id")]
    assert left == [held, banned]
