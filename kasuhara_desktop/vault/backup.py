"""Backups: a consistent, still-encrypted copy of a vault in a new folder.

The database is copied with SQLite's online backup into a file encrypted with the same key, the
evidence files and the header are copied as they are (they are encrypted already), and the copy
is opened and checked before it takes its final name. Nothing is ever decrypted to disk.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from ..domain.errors import ValidationError
from .connection import DB_NAME, connect
from .evidence_store import SUFFIX
from .fsutil import fsync_dir, storage_error
from .header import HEADER_NAME, load_header
from .vault import EVIDENCE_DIR, Vault


def _new_folder(dest: Path) -> Path:
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ValidationError(f"{dest} already exists and is not empty: choose a new folder.")
    return dest.with_name(dest.name + ".partial")


def backup_vault(vault: Vault, dest: Path) -> int:
    """Copy the open ``vault`` into the new folder ``dest``; return the number of files."""
    tmp = _new_folder(dest)
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        (tmp / EVIDENCE_DIR).mkdir(parents=True)
        shutil.copy2(vault.folder / HEADER_NAME, tmp / HEADER_NAME)
        target = connect(tmp / DB_NAME, vault.data_key, create=True)
        try:
            vault.conn.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
        count = 2
        live = {
            r[0] for r in vault.conn.execute("SELECT id FROM evidence WHERE deleted_at IS NULL")
        }
        for evidence_id in sorted(live):
            name = f"{evidence_id}{SUFFIX}"
            shutil.copy2(vault.evidence_dir / name, tmp / EVIDENCE_DIR / name)
            count += 1
        _check_copy(tmp, vault.data_key)
        if dest.exists():
            dest.rmdir()
        tmp.rename(dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise storage_error(exc, dest, "write the backup to") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count


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
