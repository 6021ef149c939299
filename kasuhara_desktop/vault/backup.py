"""Backups: a consistent, still-encrypted copy of a vault in a new folder.

The database is copied with SQLite's online backup into a file encrypted with the same key, the
evidence files and the header are copied as they are (they are encrypted already), and the copy
is opened and checked before it takes its final name. Nothing is ever decrypted to disk.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import Cancelled, ValidationError
from .connection import DB_NAME, connect
from .evidence_store import SUFFIX
from .fsutil import fsync_dir, storage_error
from .header import HEADER_NAME, load_header
from .vault import EVIDENCE_DIR, Vault


def _new_folder(dest: Path) -> Path:
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ValidationError(f"{dest} already exists and is not empty: choose a new folder.")
    return dest.with_name(dest.name + ".partial")


@dataclass
class BackupJob:
    """A backup in three steps, so that the slow part can run off the GUI thread.

    ``start_backup`` (needs the vault's connection: GUI thread) copies the header and the
    database; ``copy_evidence`` (files only: any thread) copies the encrypted evidence files
    and checks the copy; ``finish_backup`` gives the copy its final name.
    """

    dest: Path
    tmp: Path
    key: bytes
    evidence: list[Path] = field(default_factory=list)
    done: bool = False


def start_backup(vault: Vault, dest: Path) -> BackupJob:
    tmp = _new_folder(dest)
    shutil.rmtree(tmp, ignore_errors=True)
    job = BackupJob(dest=dest, tmp=tmp, key=vault.data_key)
    try:
        (tmp / EVIDENCE_DIR).mkdir(parents=True)
        shutil.copy2(vault.folder / HEADER_NAME, tmp / HEADER_NAME)
        target = connect(tmp / DB_NAME, vault.data_key, create=True)
        try:
            vault.conn.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
        live = vault.conn.execute("SELECT id FROM evidence WHERE deleted_at IS NULL ORDER BY id")
        job.evidence = [vault.evidence_dir / f"{r[0]}{SUFFIX}" for r in live]
    except OSError as exc:
        discard_backup(job)
        raise storage_error(exc, dest, "write the backup to") from exc
    except BaseException:
        discard_backup(job)
        raise
    return job


def copy_evidence(
    job: BackupJob,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> None:
    total = sum(p.stat().st_size for p in job.evidence if p.exists())
    done = 0
    try:
        for source in job.evidence:
            if should_cancel is not None and should_cancel():
                raise Cancelled("The backup was cancelled; nothing was kept.")
            shutil.copy2(source, job.tmp / EVIDENCE_DIR / source.name)
            done += source.stat().st_size
            if progress is not None:
                progress(done, total)
        _check_copy(job.tmp, job.key)
    except OSError as exc:
        discard_backup(job)
        raise storage_error(exc, job.dest, "write the backup to") from exc
    except BaseException:
        discard_backup(job)
        raise


def finish_backup(job: BackupJob) -> int:
    """Give the checked copy its final name; return the number of files in it."""
    try:
        if job.dest.exists():
            job.dest.rmdir()
        job.tmp.rename(job.dest)
        fsync_dir(job.dest.parent)
    except OSError as exc:
        discard_backup(job)
        raise storage_error(exc, job.dest, "write the backup to") from exc
    job.done = True
    return 2 + len(job.evidence)


def discard_backup(job: BackupJob) -> None:
    """Remove an unfinished copy (after an error or a cancel)."""
    if not job.done:
        shutil.rmtree(job.tmp, ignore_errors=True)


def _check_copy(folder: Path, key: bytes) -> None:
    """The copy opens with the same key and passes SQLite's integrity check."""
    load_header(folder).check_key(key)
    conn = connect(folder / DB_NAME, key)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise ValidationError(f"The backup's database failed its check: {rows[0]}")
    finally:
        with contextlib.suppress(Exception):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


def restore_vault(backup: Path, dest: Path, *, recovery_key: bytes | None = None,
                  user: str | None = None, passphrase: str | None = None) -> Vault:  # fmt: skip
    """Copy a backup folder to the new folder ``dest`` and open it (the secret is checked first)."""
    load_header(backup)  # a clear message if it is not a vault
    probe = Vault.open(backup, user=user, passphrase=passphrase, recovery_key=recovery_key)
    probe.close()
    tmp = _new_folder(dest)
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        shutil.copytree(backup, tmp, ignore=shutil.ignore_patterns(".lock", "*.partial"))
        if dest.exists():
            dest.rmdir()
        tmp.rename(dest)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise storage_error(exc, dest, "restore the backup to") from exc
    return Vault.open(dest, user=user, passphrase=passphrase, recovery_key=recovery_key)
