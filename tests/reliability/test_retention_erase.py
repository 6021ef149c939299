"""Erasing under failure: a record is erased whole or not at all, and only an erase through the
program leaves the audit chain clean (a raw delete of the same rows is reported)."""

from __future__ import annotations

from pathlib import Path

import pytest
from retention_support import TODAY, old_closed

from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.retention import RetentionService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault import evidence_store, search
from kasuhara_desktop.vault.vault import Vault


def problems(vault: Vault) -> list[str]:
    return [f"{c.name}: {p}" for c in verify_vault(vault).checks for p in c.problems]


def test_a_failure_while_erasing_leaves_that_record_whole_and_the_ones_before_erased(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = old_closed(vault, tmp_path)
    second, _ = old_closed(vault, tmp_path)
    (kept_item,) = EvidenceService(vault).items(second)
    calls = {"n": 0}
    real_remove = search.remove

    def failing_remove(conn: object, incident_id: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second record, after its evidence key was already forgotten
            raise OSError(5, "Input/output error")
        real_remove(conn, incident_id)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "remove", failing_remove)
    with pytest.raises(OSError):
        RetentionService(vault).erase([first, second], "period over", today=TODAY)

    refs = [r[0] for r in vault.conn.execute("SELECT reference FROM incidents")]
    assert refs == [second]
    item = EvidenceService(vault).get(kept_item.id)
    assert item.deleted_at is None  # the forgotten key came back with the rollback
    out = tmp_path / "out.png"
    EvidenceService(vault).export(item.id, out)
    assert out.stat().st_size == item.size
    assert evidence_store.stored_path(vault.evidence_dir, item.id).exists()
    assert problems(vault) == []


def test_a_raw_delete_is_reported_but_an_erase_is_not(vault: Vault, tmp_path: Path) -> None:
    erased, _ = old_closed(vault)
    raw, _ = old_closed(vault)
    RetentionService(vault).erase([erased], "period over", today=TODAY)
    assert problems(vault) == []
    conn = vault.conn
    (inc_id,) = conn.execute("SELECT id FROM incidents WHERE reference = ?", (raw,)).fetchone()
    conn.execute("DELETE FROM incident_revisions WHERE incident_id = ?", (inc_id,))
    conn.execute("DELETE FROM participants WHERE incident_id = ?", (inc_id,))
    conn.execute("DELETE FROM incidents WHERE id = ?", (inc_id,))
    found = problems(vault)
    assert any(raw in p and "no audit row deleted it" in p for p in found)
    assert not any(erased in p for p in found)
