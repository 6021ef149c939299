"""Backups: a consistent, still-encrypted copy of a vault in a new folder.

The database is copied with SQLite's online backup into a file encrypted with the same key, the
evidence files and the header are copied as they are (they are encrypted already), every file is
synced to the disk, and the copy is checked before it takes its final name: the database opens
and passes its integrity check, and every evidence file reads back from the drive with the
SHA-256 it was read with. Damage already in the vault is copied as it is: ``verify`` reports it.
Nothing is ever decrypted to disk.

The copy is built in ``<dest>.partial``, marked by a ``.backup-in-progress`` file: a leftover
with that mark (an interrupted backup) is replaced, anything else of that name is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import Cancelled, ValidationError
from . import anchor
from .connection import DB_NAME, connect
from .evidence_reader import open_regular
from .evidence_store import SUFFIX
from .fsutil import copy_file_synced, fsync_dir, fsync_file, storage_error
from .header import HEADER_NAME, load_header
from .vault import EVIDENCE_DIR, Vault

IN_PROGRESS = ".backup-in-progress"


def _new_folder(dest: Path) -> Path:
    """The work folder for a copy to ``dest``: checked, an own leftover removed, not created."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ValidationError(f"{dest} already exists and is not empty: choose a new folder.")
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.is_dir() and not tmp.is_symlink() and (tmp / IN_PROGRESS).is_file():
        # An interrupted copy of this program's: encrypted pieces only, the vault is intact.
        shutil.rmtree(tmp)
    elif tmp.exists() or tmp.is_symlink():
        raise ValidationError(
            f"{tmp} already exists and is not a leftover of an interrupted backup; nothing was "
            "changed: move it away or choose another name."
        )
    return tmp


def _make_folder(tmp: Path) -> None:
    tmp.mkdir(parents=True)
    (tmp / IN_PROGRESS).write_bytes(b"")


def _copy_synced(source: Path, target: Path) -> str:
    """Copy one file, never blocking on a pipe put in its place, and sync it to the disk.

    Returns the SHA-256 of the bytes read, which the copy is checked against.
    """
    digest = hashlib.sha256()
    with open_regular(source) as src, open(target, "xb") as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    shutil.copystat(source, target)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open_regular(path) as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _take_final_name(tmp: Path, dest: Path) -> None:
    """Remove the in-progress mark and rename ``tmp`` to ``dest``, durably."""
    (tmp / IN_PROGRESS).unlink()
    fsync_dir(tmp)
    if dest.exists():
        dest.rmdir()
    tmp.rename(dest)
    fsync_dir(dest.parent)


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
    digests: dict[str, str] = field(default_factory=dict)  # file name → SHA-256 as read
    done: bool = False
    vault: Vault | None = None  # the source, for the audit row written once the copy exists


def start_backup(vault: Vault, dest: Path) -> BackupJob:
    tmp = _new_folder(dest)
    job = BackupJob(dest=dest, tmp=tmp, key=vault.data_key, vault=vault)
    try:
        _make_folder(tmp)
        (tmp / EVIDENCE_DIR).mkdir()
        copy_file_synced(vault.folder / HEADER_NAME, tmp / HEADER_NAME)
        target = connect(tmp / DB_NAME, vault.data_key, create=True)
        try:
            vault.conn.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # The copy's own anchor, for the head it holds (the source's may be newer).
            anchor.write_for(target, tmp, vault.data_key, vault.header.vault_id)
        finally:
            target.close()
        fsync_file(tmp / DB_NAME)
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
            job.digests[source.name] = _copy_synced(source, job.tmp / EVIDENCE_DIR / source.name)
            done += source.stat().st_size
            if progress is not None:
                progress(done, total)
        fsync_dir(job.tmp / EVIDENCE_DIR)
        _check_copy(job.tmp, job.key)
        _check_evidence_copies(job)
    except OSError as exc:
        discard_backup(job)
        raise storage_error(exc, job.dest, "write the backup to") from exc
    except BaseException:
        discard_backup(job)
        raise


def finish_backup(job: BackupJob) -> int:
    """Give the checked copy its final name; return the number of files in it."""
    try:
        _take_final_name(job.tmp, job.dest)
    except OSError as exc:
        discard_backup(job)
        raise storage_error(exc, job.dest, "write the backup to") from exc
    job.done = True
    return 2 + len(job.evidence)


def discard_backup(job: BackupJob) -> None:
    """Remove an unfinished copy (after an error or a cancel)."""
    if not job.done:
        shutil.rmtree(job.tmp, ignore_errors=True)


def _check_evidence_copies(job: BackupJob) -> None:
    """Every evidence file reads back from the backup drive as it was read from the vault."""
    bad = [
        name
        for name, digest in job.digests.items()
        if _sha256(job.tmp / EVIDENCE_DIR / name) != digest
    ]
    if bad:
        raise ValidationError(
            f"{len(bad)} evidence file(s) did not read back from {job.dest.parent} as written "
            f"({', '.join(bad[:3])}): the drive may be failing. Nothing was kept; try another "
            "drive."
        )


def _check_copy(folder: Path, key: bytes) -> None:
    """The copy opens with the same key, passes SQLite's integrity check and lists no
    evidence file that is not in it."""
    load_header(folder).check_key(key)
    conn = connect(folder / DB_NAME, key)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise ValidationError(f"The backup's database failed its check: {rows[0]}")
        live = conn.execute("SELECT id FROM evidence WHERE deleted_at IS NULL").fetchall()
        missing = [r[0] for r in live if not (folder / EVIDENCE_DIR / f"{r[0]}{SUFFIX}").is_file()]
        if missing:
            raise ValidationError(
                f"The backup lacks {len(missing)} evidence file(s) its database lists "
                f"({', '.join(missing[:3])}); nothing was kept."
            )
    finally:
        with contextlib.suppress(Exception):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


def restore_vault(backup: Path, dest: Path, *, recovery_key: bytes | None = None,
                  user: str | None = None, passphrase: str | None = None) -> Vault:  # fmt: skip
    """Copy a backup folder to the new folder ``dest`` and open it (the secret is checked first)."""
    load_header(backup)  # a clear message if it is not a vault
    probe = Vault.open(backup, user=user, passphrase=passphrase, recovery_key=recovery_key)
    key, vault_id = probe.data_key, probe.header.vault_id
    probe.close()
    tmp = _new_folder(dest)
    try:
        _make_folder(tmp)
        skip = shutil.ignore_patterns(".lock", "*.partial", IN_PROGRESS)
        shutil.copytree(
            backup, tmp, ignore=skip, dirs_exist_ok=True, copy_function=copy_file_synced
        )
        # A restore is an explicit act: the copy gets a fresh anchor for the head it holds
        # (services.backup.restore then notes the restore in the audit chain).
        copied = connect(tmp / DB_NAME, key)
        try:
            anchor.write_for(copied, tmp, key, vault_id)
        finally:
            copied.close()
        for sub in (tmp / EVIDENCE_DIR, tmp):
            fsync_dir(sub)
        _take_final_name(tmp, dest)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise storage_error(exc, dest, "restore the backup to") from exc
    return Vault.open(dest, user=user, passphrase=passphrase, recovery_key=recovery_key)
