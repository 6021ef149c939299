"""Autosaved drafts of open editors and guided responses (table ``autosaves``, schema v5).

An autosave is scratch data, not a record: it is rewritten every few seconds while someone
types and removed when the draft is saved or discarded. So it is deliberately *not* written
to the audit chain: the chain proves what was recorded and when, and hundreds of half-typed
states per incident would bury that history (and make every keystroke pause look like an
edit). ``verify`` checks incidents, revisions and evidence against the chain; autosaves are
none of these, so it is unaffected. The rows live inside the encrypted database like
everything else, and ``secure_delete`` overwrites a removed draft.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from ._sql import now_utc

KINDS = ("editor", "guide")


@dataclass(frozen=True)
class AutosaveRow:
    """One stored draft, as text (the service turns ``draft`` back into an ``Incident``)."""

    slot: str
    kind: str
    reference: str
    base_version: int | None
    user: str
    draft: str
    state: str
    saved_at: str

    def __repr__(self) -> str:  # the draft quotes what a customer said: never in a log
        return f"AutosaveRow(slot={self.slot!r}, kind={self.kind!r}, ref={self.reference!r})"


_COLUMNS = "slot, kind, reference, base_version, user, draft, state, saved_at"


def put(
    conn: sqlcipher3.Connection,
    *,
    slot: str,
    kind: str,
    reference: str,
    base_version: int | None,
    user: str,
    draft: str,
    state: str = "{}",
) -> None:
    """Insert or replace the draft of ``slot`` (one statement: call inside a transaction)."""
    if kind not in KINDS:
        raise ValueError(f"unknown autosave kind {kind!r}")
    conn.execute(
        f"INSERT INTO autosaves ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (slot) DO UPDATE SET kind = excluded.kind,"
        " reference = excluded.reference, base_version = excluded.base_version,"
        " user = excluded.user, draft = excluded.draft, state = excluded.state,"
        " saved_at = excluded.saved_at",
        (slot, kind, reference, base_version, user, draft, state, now_utc().isoformat()),
    )


def delete(conn: sqlcipher3.Connection, slot: str) -> None:
    conn.execute("DELETE FROM autosaves WHERE slot = ?", (slot,))


def get(conn: sqlcipher3.Connection, slot: str) -> AutosaveRow | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM autosaves WHERE slot = ?", (slot,)).fetchone()
    return AutosaveRow(*row) if row is not None else None


def list_rows(conn: sqlcipher3.Connection, user: str | None = None) -> list[AutosaveRow]:
    """Every stored draft (of ``user`` only, if given), oldest first."""
    if user is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM autosaves ORDER BY saved_at, slot")
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM autosaves WHERE user = ? ORDER BY saved_at, slot", (user,)
        )
    return [AutosaveRow(*r) for r in rows]
