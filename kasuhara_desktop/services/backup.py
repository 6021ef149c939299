"""Backing up and restoring a whole vault (encrypted as it is; the same key opens the copy)."""

from __future__ import annotations

from pathlib import Path

from ..vault import audit
from ..vault.backup import (
    BackupJob,
    copy_evidence,
    discard_backup,
    restore_vault,
    start_backup,
)
from ..vault.backup import finish_backup as _finish_copy
from ..vault.vault import Vault

__all__ = ["BackupJob", "backup", "copy_evidence", "discard_backup", "finish_backup", "restore",
           "start"]  # fmt: skip


def start(vault: Vault, dest: Path) -> BackupJob:
    """Copy the header and the database (GUI thread); ``copy_evidence`` and ``finish_backup``
    follow. Nothing is recorded yet: a backup that fails must not appear in the audit chain."""
    return start_backup(vault, dest)


def finish_backup(job: BackupJob) -> int:
    """Give the checked copy its final name, then record it in the source's audit chain.

    The row is written only once the copy exists (so the copy itself does not carry it).
    """
    count = _finish_copy(job)
    vault = job.vault
    # Locked meanwhile: nothing to write the row with; read-only (a write-protected or full
    # drive): the copy is what the user came for, and the source cannot take the row.
    if vault is not None and vault.is_open and not vault.read_only:
        with vault.transaction() as conn:
            audit.append(conn, vault.user, "backup", "vault", vault.header.vault_id,
                         {"to": str(job.dest), "files": count})  # fmt: skip
    return count


def backup(vault: Vault, dest: Path) -> int:
    """Write a checked copy of ``vault`` to the new folder ``dest``; return the file count."""
    job = start(vault, dest)
    copy_evidence(job)
    return finish_backup(job)


def restore(
    backup_folder: Path,
    dest: Path,
    *,
    user: str | None = None,
    passphrase: str | None = None,
    recovery_key: bytes | None = None,
) -> Vault:
    """Restore ``backup_folder`` into the new folder ``dest`` and return it opened."""
    vault = restore_vault(
        backup_folder, dest, user=user, passphrase=passphrase, recovery_key=recovery_key
    )
    with vault.transaction() as conn:
        audit.append(conn, vault.user, "restore", "vault", vault.header.vault_id,
                     {"from": str(backup_folder)})  # fmt: skip
    return vault


class BackupService:
    """Backing up one open vault (what the GUI's File → Back up calls; it never sees the vault).

    The three steps are :func:`start` (GUI thread), :func:`copy_evidence` (a background task,
    plain data: the job) and :func:`finish_backup` / :func:`discard_backup`.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def start(self, dest: Path) -> BackupJob:
        """Copy the header and the database to the new folder ``dest`` (see :func:`start`)."""
        return start(self._vault, dest)
