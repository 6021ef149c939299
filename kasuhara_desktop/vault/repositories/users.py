"""The logbook's users (schema v11): login, display name, role, who added and removed them.

This encrypted, audited table is the authority for a user's role and display name. The ``role``
in a ``vault.json`` slot is only a hint: it is part of the slot's associated data, so it cannot
change without that user's passphrase. Removed users keep their row (``removed_at`` set), so a
login is never reused and old audit rows keep naming one person.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from ...domain.roles import Role
from ...infra import clock
from .. import audit
from ..header import VaultHeader

ENTITY = "user"


@dataclass(frozen=True)
class UserRow:
    """One row of ``users``."""

    login: str
    display_name: str
    role: Role
    created_at: int
    created_by: str
    removed_at: int | None = None
    removed_by: str | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None


_COLUMNS = "login, display_name, role, created_at, created_by, removed_at, removed_by"


def _row(values: tuple[object, ...]) -> UserRow:
    login, name, role, created_at, created_by, removed_at, removed_by = values
    return UserRow(
        login=str(login),
        display_name=str(name),
        role=Role.parse(str(role)),
        created_at=int(created_at),  # type: ignore[call-overload]
        created_by=str(created_by),
        removed_at=None if removed_at is None else int(removed_at),  # type: ignore[call-overload]
        removed_by=None if removed_by is None else str(removed_by),
    )


def now() -> int:
    """The time a change is recorded with: whole seconds since the epoch (UTC)."""
    return int(clock.now().timestamp())


def all_rows(conn: sqlcipher3.Connection) -> list[UserRow]:
    """Every user, removed ones included, in login order."""
    return [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY login")]


def get(conn: sqlcipher3.Connection, login: str) -> UserRow | None:
    found = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE login = ?", (login,)).fetchone()
    return _row(found) if found else None


def count(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM users").fetchone()[0])


def active_owners(conn: sqlcipher3.Connection) -> int:
    return int(
        conn.execute(
            "SELECT COUNT(*) FROM users WHERE role = 'owner' AND removed_at IS NULL"
        ).fetchone()[0]
    )


def _content(row: UserRow) -> dict[str, object]:
    """What an audit row covers (never a passphrase)."""
    return {
        "login": row.login,
        "display_name": row.display_name,
        "role": row.role.code,
        "removed_at": row.removed_at,
    }


def insert(conn: sqlcipher3.Connection, row: UserRow, actor: str, action: str = "add") -> None:
    """Add ``row`` with one audit row, inside the caller's transaction."""
    conn.execute(
        f"INSERT INTO users ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            row.login,
            row.display_name,
            row.role.code,
            row.created_at,
            row.created_by,
            row.removed_at,
            row.removed_by,
        ),
    )
    audit.append(conn, actor, action, ENTITY, row.login, _content(row))


def update(conn: sqlcipher3.Connection, row: UserRow, actor: str, action: str) -> None:
    """Store ``row``'s name, role and removal with one audit row (``action`` says which)."""
    conn.execute(
        "UPDATE users SET display_name = ?, role = ?, removed_at = ?, removed_by = ?"
        " WHERE login = ?",
        (row.display_name, row.role.code, row.removed_at, row.removed_by, row.login),
    )
    audit.append(conn, actor, action, ENTITY, row.login, _content(row))


def seed_rows(header: VaultHeader, representative: str) -> list[UserRow]:
    """The rows a vault from before v11 gets: one per key slot, roles from the slots' hints.

    The creating owner (the first owner slot) is named by the shop's representative when the
    profile has one; everyone else by their login.
    """
    at = now()
    rows = []
    named = False
    for slot in header.slots:
        role = Role.parse(slot.role) if slot.role in ("owner", "manager", "staff") else Role.STAFF
        name = slot.user
        if role is Role.OWNER and not named:
            named = True
            name = representative.strip() or slot.user
        rows.append(UserRow(slot.user, name, role, at, slot.user))
    return rows


def seed(conn: sqlcipher3.Connection, header: VaultHeader, representative: str, actor: str) -> int:
    """Fill an empty table from the header's slots, audited once; return the rows added."""
    rows = seed_rows(header, representative)
    for row in rows:
        conn.execute(
            f"INSERT INTO users ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, NULL, NULL)",
            (row.login, row.display_name, row.role.code, row.created_at, row.created_by),
        )
    audit.append(conn, actor, "seed", ENTITY, "*", [_content(r) for r in rows])
    return len(rows)
