"""Backing up and restoring a whole vault (encrypted as it is; the same key opens the copy)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from ..domain.errors import Cancelled
from ..domain.roles import Permission
from ..vault import audit
from ..vault.backup import (
    BackupJob,
    copy_evidence,
    discard_backup,
    restore_vault,
    start_backup,
)
from ..vault.backup import finish_backup as _finish_copy
from ..vault.connection import DB_NAME, Connection, connect
from ..vault.header import VaultHeader, load_header
from ..vault.vault import Vault
from .access import Access

__all__ = ["BackupJob", "BackupPlan", "backup", "copy_evidence", "discard_backup",
           "finish_backup", "restore", "start"]  # fmt: skip


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


def backup(vault: Vault, dest: Path, *, access: Access | None = None) -> int:
    """Write a checked copy of ``vault`` to the new folder ``dest``; return the file count."""
    (access or Access.for_vault(vault)).require(Permission.BACKUP)
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
    """Restore ``backup_folder`` into the new folder ``dest`` and return it opened.

    Only an owner may restore (the recovery key is the owner's). No vault is open yet, so the
    role is the one the backup's own users table gives the user who unlocks, read before
    anything is copied (one more unlock of the backup: a restore is rare).

    Raises:
        AccessDeniedError: that user is not an owner; nothing was copied.
    """
    require_restore(backup_folder, user, passphrase, recovery_key)
    vault = restore_vault(
        backup_folder, dest, user=user, passphrase=passphrase, recovery_key=recovery_key
    )
    with vault.transaction() as conn:
        audit.append(conn, vault.user, "restore", "vault", vault.header.vault_id,
                     {"from": str(backup_folder)})  # fmt: skip
    return vault


def require_restore(
    backup_folder: Path,
    user: str | None,
    passphrase: str | None,
    recovery_key: bytes | None,
) -> None:
    """Refuse a restore by anyone but an owner of the backup (see :func:`restore`).

    The backup is unlocked once to read the user's role from its own users table (the
    authority: the slot's role in ``vault.json`` is only a hint, stale after a role change),
    and closed again before anything is copied.
    """
    if recovery_key is not None:
        return  # the recovery key is the owner's
    load_header(backup_folder)  # a clear message if it is not a vault
    probe = Vault.open(backup_folder, user=user, passphrase=passphrase)
    try:
        Access.for_vault(probe).require(Permission.RESTORE)
    finally:
        probe.close()


@dataclass(frozen=True)
class _Source:
    """What ``start_backup`` reads of the vault, with a connection of the worker's own."""

    folder: Path
    data_key: bytes = field(repr=False)
    header: VaultHeader
    evidence_dir: Path
    conn: Connection


@dataclass(frozen=True)
class BackupPlan:
    """A whole backup as plain data, for a background task (see :meth:`BackupService.plan`).

    :meth:`run` copies the database through a connection of its own (WAL lets it read beside
    the vault's; SQLite's online backup takes one consistent snapshot) and then the evidence
    files, and returns the checked job for :func:`finish_backup` on the connection's thread.
    A cancel or an error leaves nothing (each step removes its own unfinished copy).
    """

    dest: Path
    folder: Path
    data_key: bytes = field(repr=False)
    header: VaultHeader
    evidence_dir: Path
    read_only: bool
    vault: Vault

    def run(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> BackupJob:
        conn = connect(self.folder / DB_NAME, self.data_key, read_only=self.read_only)
        try:
            source = _Source(self.folder, self.data_key, self.header, self.evidence_dir, conn)
            job = start_backup(cast("Vault", source), self.dest)
        finally:
            conn.close()
        job.vault = self.vault  # the audit row is written through the vault, on its thread
        if should_cancel is not None and should_cancel():
            discard_backup(job)
            raise Cancelled("The backup was cancelled; nothing was kept.")
        copy_evidence(job, progress=progress, should_cancel=should_cancel)
        return job


class BackupService:
    """Backing up one open vault (what the GUI's File → Back up calls; it never sees the vault).

    The GUI calls :meth:`plan` and runs :meth:`BackupPlan.run` (database and evidence) in a
    background task, then :func:`finish_backup` on the GUI thread. The older three steps,
    :func:`start` (the database, on the connection's thread), :func:`copy_evidence` and
    :func:`finish_backup` / :func:`discard_backup`, remain for callers without a task.
    """

    def __init__(self, vault: Vault, *, access: Access | None = None) -> None:
        self._vault = vault
        self.access = access or Access.for_vault(vault)

    def start(self, dest: Path) -> BackupJob:
        """Copy the header and the database to the new folder ``dest`` (see :func:`start`)."""
        self.access.require(Permission.BACKUP)
        return start(self._vault, dest)

    def plan(self, dest: Path) -> BackupPlan:
        """The backup to the new folder ``dest`` as plain data: nothing is read or written
        until its :meth:`BackupPlan.run` (any thread; the database grows with the years)."""
        self.access.require(Permission.BACKUP)
        v = self._vault
        return BackupPlan(dest=dest, folder=v.folder, data_key=v.data_key, header=v.header,
                          evidence_dir=v.evidence_dir, read_only=v.read_only, vault=v)  # fmt: skip
