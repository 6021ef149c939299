"""The environment fails (full disk, failing writes): a clear message and nothing lost."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers import OWNER, PASSPHRASE, make_vault, sample_incident

from kasuhara_desktop.domain.errors import StorageError
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault


def test_full_database_disk_rolls_back_with_a_clear_message(vault: Vault) -> None:
    service = IncidentService(vault)
    first = service.add(sample_incident("最初の記録"))
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own way to make the disk "full" for this database.
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError, match="disk is full"):
        service.add(sample_incident("長い記録 " + "x" * 190_000))  # within the 200,000 limit
    vault.conn.execute("PRAGMA max_page_count = 1073741823")
    assert [r.reference for r in service.find(IncidentFilter())] == [first.reference]
    assert verify_vault(vault).ok
    # And the vault keeps working once there is room again.
    service.add(sample_incident("空きができた後"))


def test_header_write_failure_keeps_the_old_header(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_vault(vault_dir)
    before = (vault_dir / "vault.json").read_bytes()
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StorageError, match="disk is full"):
        vault.set_passphrase(OWNER, "new one")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert (vault_dir / "vault.json").read_bytes() == before
    assert not (vault_dir / "vault.json.tmp").exists()
    vault.close()
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()


def test_failed_create_leaves_no_half_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kasuhara_desktop.vault import vault as vault_module

    def broken_migrate(*args: object) -> int:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(vault_module, "migrate", broken_migrate)
    target = tmp_path / "new-vault"
    with pytest.raises(OSError):
        make_vault(target)
    assert not target.exists()


def test_read_only_database_gives_a_message(vault: Vault) -> None:
    service = IncidentService(vault)
    vault.conn.execute("PRAGMA query_only = ON")  # a portable stand-in for a read-only drive
    with pytest.raises(StorageError, match="read-only"):
        service.add(sample_incident())
    vault.conn.execute("PRAGMA query_only = OFF")
    assert service.count(IncidentFilter()) == 0
