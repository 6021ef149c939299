"""When a vault is opened read-only, and the message every write to it is refused with.

A write-protected USB drive holding a backup, or a drive filled to the last byte, must still let
the shop read, verify, export and copy out its records; only writing is refused, with a message
that says what to do (copy the vault to the PC, or free space), never "the file is damaged".
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from ..domain.errors import StorageError
from .fsutil import disk_full_hint, media_state
from .migrate import current_version, latest_version, migrate


def read_only_reason(folder: Path, wanted: bool | None) -> str | None:
    """Why ``folder``'s vault is opened read-only (None: it is opened for writing).

    ``wanted`` True forces read-only, False forces writable, None decides by the drive.
    """
    if wanted is False:
        return None
    state = media_state(folder)
    if state == "read_only":
        return (
            f"This vault ({folder}) is on read-only media (a write-protected USB drive or a "
            "read-only folder), so it was opened read-only: nothing can be changed in it. "
            "To work with it, copy it to the PC with `kasuhara restore "
            f"{folder} --to NEW_FOLDER`."
        )
    if state == "full":
        return disk_full_hint(
            folder, ", so the vault was opened read-only (reading works, saving does not)"
        )
    if wanted:
        return f"This vault ({folder}) was opened read-only: nothing can be changed in it."
    return None


def refuse_migration_read_only(conn: sqlcipher3.Connection, reason: str) -> None:
    """A database of an older schema needs writing to be upgraded: refuse, saying why.

    A newer one is refused as when writable (``migrate`` says so before it writes anything).
    """
    if current_version(conn) > latest_version():
        migrate(conn, Path())
    if current_version(conn) < latest_version():
        raise StorageError(
            "This vault was made by an older version of the program and must be upgraded "
            f"before it can be opened, which needs writing to it. {reason}"
        )
