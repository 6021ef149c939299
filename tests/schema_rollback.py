"""Take a test vault's database back to an older schema version, as an old program left it.

The migration tests build a fresh vault and then undo every later schema by hand. Doing that
per table breaks each time a migration is added; this compares the database with the schema
the first ``version`` migrations build in memory and drops whatever came after.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3

from kasuhara_desktop.vault import migrate
from kasuhara_desktop.vault.search import register_functions


def _schema(conn: Any) -> dict[str, tuple[str, set[str]]]:
    """name → (type, column names) for every table, index and trigger."""
    found: dict[str, tuple[str, set[str]]] = {}
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall():
        columns = set()
        if kind == "table":
            columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
        found[name] = (kind, columns)
    return found


def undo_after(conn: Any, version: int) -> None:
    """Drop the tables, indexes, triggers and columns that schemas after ``version`` added,
    and set ``user_version`` to ``version``."""
    mem = sqlcipher3.connect(":memory:")
    register_functions(mem)
    for _v, sql in migrate.available_migrations()[:version]:
        for statement in migrate._statements(sql):
            mem.execute(statement)
    old = _schema(mem)
    mem.close()
    conn.execute("PRAGMA foreign_keys = OFF")
    now = _schema(conn)
    for name, (kind, _cols) in now.items():
        if kind in ("index", "trigger") and name not in old:
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    # Virtual tables first: dropping one drops its shadow tables with it.
    virtual_sql = "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'"
    virtual = {r[0] for r in conn.execute(virtual_sql)}
    for name in sorted(now, key=lambda n: n not in virtual):
        if now[name][0] == "table" and name not in old:
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    for name, (kind, columns) in _schema(conn).items():
        if kind == "table" and name in old:
            for column in sorted(columns - old[name][1]):
                conn.execute(f'ALTER TABLE "{name}" DROP COLUMN "{column}"')
    conn.execute(f"PRAGMA user_version = {int(version)}")
    conn.execute("PRAGMA foreign_keys = ON")
