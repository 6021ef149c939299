"""Who may unlock: the ``users`` rows read at unlock, before any service exists.

:mod:`.access` (the role of the signed-in user) and :mod:`.users` (the users page and CLI)
both build on this module, so neither imports the other at unlock. A vault from before schema
v11 gets one row per key slot here, audited once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..domain.errors import WrongSecretError
from ..vault.connection import Connection
from ..vault.repositories import shop
from ..vault.repositories import users as repo
from ..vault.vault import RECOVERY_USER, Vault


def _has_table(conn: Connection) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'")
    return found.fetchone() is not None


def rows_of(vault: Vault) -> list[repo.UserRow]:
    """Every user row; for a vault not yet seeded (or read-only, before v11), the rows a seed
    would write, built in memory from the header's slots."""
    conn = vault.conn
    if _has_table(conn):
        rows = repo.all_rows(conn)
        if rows:
            return rows
    return repo.seed_rows(vault.header, shop.get(conn).representative)


def ensure_seeded(vault: Vault, *, new_vault: bool = False) -> None:
    """A vault from before v11 gets one row per key slot, audited once (skipped read-only).

    Its owner is named by the shop's representative, as its documents were until then. A
    ``new_vault``'s owner is named as they typed their name in the setup (their login).
    """
    if vault.read_only or not _has_table(vault.conn) or repo.count(vault.conn):
        return
    with vault.transaction() as c:
        if not repo.count(c):
            representative = "" if new_vault else shop.get(c).representative
            repo.seed(c, vault.header, representative, vault.user)


def removed_message(row: repo.UserRow | None) -> str:
    if row is None or row.removed_at is None:
        return "This user is not a user of this logbook; ask the owner."
    day = datetime.fromtimestamp(row.removed_at, UTC).date().isoformat()
    return f"This user was removed from this logbook on {day}; ask the owner."


def refuse_removed(vault: Vault) -> None:
    """Close ``vault`` and raise ``WrongSecretError`` if its user was removed (or has no row
    while others do): an old ``vault.json`` with their slot must not let them back in."""
    if vault.user == RECOVERY_USER:
        return
    try:
        ensure_seeded(vault)
        rows = {r.login: r for r in rows_of(vault)}
    except BaseException:
        vault.close()
        raise
    row = rows.get(vault.user)
    if row is None or not row.active:
        vault.close()
        raise WrongSecretError(removed_message(row))
