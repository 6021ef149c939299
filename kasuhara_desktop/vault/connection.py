"""Opening ``vault.db`` with SQLCipher: the raw key first, then the pragmas."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import sqlcipher3

from ..domain.errors import StorageError, VaultFormatError
from .fsutil import media_state, storage_error

DB_NAME = "vault.db"

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

# SQLCipher 4 writes whole 4096-byte pages, and the first one as soon as a database is made.
MIN_DB_BYTES = 4096
RESTORE_HINT = (
    "Nothing was changed: open your latest backup of the vault instead, or restore it with "
    "'kasuhara restore BACKUP --to NEW_FOLDER'."
)


def raw_key_literal(data_key: bytes) -> str:
    """SQLCipher's raw-key form ``"x'<64 hex>'"``: no passphrase ever reaches SQL text.

    The raw form skips SQLCipher's own KDF, which is right because K is already a random
    256-bit key. Only hex digits are interpolated, so nothing can inject SQL.
    """
    return "\"x'" + data_key.hex() + "'\""


def connect(
    path: Path, data_key: bytes, *, create: bool = False, read_only: bool = False
) -> sqlcipher3.Connection:
    """Open the encrypted database at ``path`` with the raw 256-bit ``data_key``.

    ``read_only`` opens it for a full or write-protected drive (see ``_read_only_uri``).
    Raises ``VaultFormatError`` when the file is not a database this key opens (the key itself
    was already checked against the header, so that means the file is damaged or foreign), and
    ``StorageError`` when the drive, not the file, is at fault (full, read-only, removed).
    """
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    if not create:
        check_database_file(path)
    try:
        if read_only:
            conn = sqlcipher3.connect(
                _read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise storage_error(OSError(2, str(exc)), path, "open") from exc
    try:
        # SQLCipher's own log goes to stderr: a damaged file is reported as one clear message
        # (the CLI's one-line contract), not with its page-level diagnostics in front of it.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = " + raw_key_literal(data_key))
        # cipher_memory_security wipes every freed buffer; measured, it made inserts several
        # times slower while the key itself stays in this process anyway, so it stays off.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not create and (not tables or not conn.execute("PRAGMA user_version").fetchone()[0]):
            # Checked before any pragma that writes: the file must stay exactly as it was.
            conn.close()
            raise VaultFormatError(
                f"The vault's database {path} holds no records of this program (an empty or "
                f"foreign database). {RESTORE_HINT}"
            )
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Decrypted pages stay in this cache; searches scan every incident, and a warm cache
        # saves decrypting them again (64 MiB: plenty for tens of thousands of incidents).
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if read_only and _wal_without_index(path):
            raise StorageError(
                f"The vault's database {path} has recent changes in {path.name}-wal that can "
                "only be read where SQLite may write its index file, and this drive takes no "
                f"writes. Copy the whole folder {path.parent} to the PC (with the file manager) "
                "and open the copy; nothing was changed."
            ) from exc
        drive_fault = drive_error(exc, path)
        if drive_fault is not None:
            raise drive_fault from exc
        raise VaultFormatError(
            f"The vault's database {path} does not open with this vault's key: it is damaged "
            f"or belongs to another vault ({exc}). {RESTORE_HINT}"
        ) from exc
    return conn


def check_database_file(path: Path) -> None:
    """Refuse a missing, empty or cut-short ``vault.db`` before SQLite sees it.

    SQLite opens a missing or empty file as a new, empty database; inside an existing vault that
    would look like a vault with no records, so only ``init`` may ever create one.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise VaultFormatError(f"The vault's database {path} is missing. {RESTORE_HINT}") from None
    except OSError as exc:
        raise storage_error(exc, path, "open") from exc
    if not stat.S_ISREG(st.st_mode):
        raise VaultFormatError(
            f"The vault's database {path} is not a file (a folder or a device?). {RESTORE_HINT}"
        )
    if st.st_size == 0:
        raise VaultFormatError(
            f"The vault's database {path} is empty (0 bytes): the records are gone from it. "
            f"{RESTORE_HINT}"
        )
    if st.st_size < MIN_DB_BYTES:
        raise VaultFormatError(
            f"The vault's database {path} is cut short ({st.st_size} bytes): it is damaged. "
            f"{RESTORE_HINT}"
        )


# SQLite's words for a drive at fault; "disk I/O error" is also what a full disk gives when
# SQLite cannot grow the -shm file, so the drive is asked before the file is called damaged.
_DRIVE_ERRORS = (
    ("disk is full", errno.ENOSPC),
    ("disk i/o error", errno.EIO),
    ("readonly database", errno.EROFS),
    ("unable to open database", errno.ENOENT),
)


def drive_error(exc: Exception, path: Path, doing: str = "open") -> StorageError | None:
    """The full, read-only or missing drive behind a SQLite error, as a clear message; or None."""
    text = str(exc).lower()
    for needle, code in _DRIVE_ERRORS:
        if needle in text:
            state = media_state(path.parent)
            if state == "full":
                code = errno.ENOSPC
            elif state == "read_only":
                code = errno.EROFS
            elif code == errno.EIO:
                return StorageError(
                    f"Could not {doing} {path}: the drive reported a read error (a removed or "
                    "failing drive?). Reconnect it and try again; if it keeps failing, copy "
                    "the vault folder to another drive or restore your latest backup."
                )
            return storage_error(OSError(code, str(exc)), path, doing)
    return None


def _wal_without_index(path: Path) -> bool:
    """A ``-wal`` holding commits whose ``-shm`` index is missing (and cannot be made)."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    try:
        return wal.stat().st_size > 0 and not shm.exists()
    except OSError:
        return False


def _read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without writing any file beside it.

    A WAL database read with ``mode=ro`` still needs a writable ``-shm`` file. When the
    ``-wal`` is empty or missing (the vault was closed cleanly) every committed page is in
    ``vault.db``, so ``immutable=1`` reads it with no -shm at all. A ``-wal`` holding commits
    must be read through SQLite's WAL index, so then only ``mode=ro`` will do.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        wal_empty = wal.stat().st_size == 0
    except FileNotFoundError:
        wal_empty = True
    uri = path.absolute().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if wal_empty else uri
