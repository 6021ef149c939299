"""Schema migrations by ``PRAGMA user_version``: one ``migrations/NNNN_name.sql`` per version.

Before migrating an existing database, a copy of ``vault.db`` (still encrypted, same key) is
kept beside it. A database newer than this program is refused, never downgraded.
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import sqlcipher3

from ..domain.errors import VaultTooNewError
from ..infra import clock
from ..infra.resources import ResourcesNotFoundError
from .fsutil import storage_error
from .search import register_functions

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available_migrations() -> list[tuple[int, str]]:
    """Return ``(version, sql)`` for every shipped migration, in order."""
    found = []
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, _) in enumerate(found, start=1):
        if version != expected:
            # A file of this program is missing: a broken install or checkout, never the vault's
            # fault; said in one sentence (the CLI prints it; nothing has been opened yet).
            raise ResourcesNotFoundError(
                f"This copy of the program is incomplete: database migration {expected:04d} is "
                "missing. Reinstall the program (or update the checkout); the logbook was not "
                "touched."
            )
    return found


def latest_version() -> int:
    return len(available_migrations())


def current_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, db_path: Path) -> int:
    """Bring the database to the latest schema; return the version it had before."""
    migrations = available_migrations()
    latest = len(migrations)
    before = current_version(conn)
    if before > latest:
        raise VaultTooNewError(
            f"This vault's database has schema version {before}, but this program knows only "
            f"up to {latest}. Install the newer Kasuhara Desktop to open it."
        )
    if before == latest:
        return before
    if before > 0:
        backup_before_migration(conn, db_path, before)
    register_functions(conn)  # a migration may rebuild the search index with it
    for version, sql in migrations[before:]:
        # executescript would commit on its own; run the statements inside one transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return before


def backup_before_migration(conn: sqlcipher3.Connection, db_path: Path, version: int) -> Path:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    dest = db_path.with_name(f"{db_path.name}.v{version}-{stamp}.bak")
    try:
        shutil.copy2(db_path, dest)
    except OSError as exc:
        raise storage_error(exc, dest, "back up the database before upgrading it to") from exc
    return dest


def _statements(sql: str) -> list[str]:
    """Split a migration file into statements (our migrations contain no triggers or ';' text)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
