"""Opening ``vault.db`` with SQLCipher: the raw key first, then the pragmas."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from ..domain.errors import VaultFormatError
from .fsutil import storage_error

DB_NAME = "vault.db"

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


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
    if not create and not path.exists():
        raise VaultFormatError(f"{path} is missing: the vault is incomplete.")
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise storage_error(OSError(2, str(exc)), path, "open") from exc
    try:
        conn.execute("PRAGMA key = " + raw_key_literal(data_key))
        # cipher_memory_security wipes every freed buffer; measured, it made inserts several
        # times slower while the key itself stays in this process anyway, so it stays off.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
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
            f"{path} could not be opened: it is damaged or not this vault's database "
            f"({exc}). Restore it from a backup."
        ) from exc
    return conn
