"""Opening ``vault.db`` with SQLCipher: the raw key first, then the pragmas."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import sqlcipher3

from ..domain.errors import VaultFormatError
from .fsutil import storage_error

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


def connect(path: Path, data_key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open the encrypted database at ``path`` with the raw 256-bit ``data_key``.

    Raises ``VaultFormatError`` when the file is not a database this key opens (the key itself
    was already checked against the header, so that means the file is damaged or foreign).
    """
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    if not create:
        check_database_file(path)
    try:
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
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Decrypted pages stay in this cache; searches scan every incident, and a warm cache
        # saves decrypting them again (64 MiB: plenty for tens of thousands of incidents).
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
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
