"""The basic policy: its versions, the "staff told" records and the acknowledgements. Every
write appends to the audit chain in the caller's transaction."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import sqlcipher3

from ...domain.errors import NotFoundError, WorkflowError
from ...domain.policy import Acknowledgement, PolicyVersion, TellMethod, ToldRecord
from .. import audit
from ._sql import date_in, date_out, dt_in, dt_out, now_utc

_VERSION_COLUMNS = "id, version, lang, title, body, created_at, created_by, adopted_on, adopted_by"


def _content(value: Any) -> dict[str, Any]:
    """A record as JSON-ready data for its audit row (dates as ISO text)."""
    out = dataclasses.asdict(value)
    for key, item in out.items():
        if hasattr(item, "isoformat"):
            out[key] = item.isoformat()
        elif isinstance(item, tuple):
            out[key] = list(item)
    return out


def _version(r: tuple[Any, ...]) -> PolicyVersion:
    return PolicyVersion(
        id=r[0], version=r[1], lang=r[2], title=r[3], body=r[4], created_at=dt_in(r[5]),
        created_by=r[6], adopted_on=date_in(r[7]), adopted_by=r[8],
    )  # fmt: skip


def versions(conn: sqlcipher3.Connection) -> list[PolicyVersion]:
    """Every version, oldest first."""
    rows = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM policy_versions ORDER BY version")
    return [_version(r) for r in rows]


def get(conn: sqlcipher3.Connection, version: int) -> PolicyVersion:
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM policy_versions WHERE version = ?", (version,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no policy version {version}. List them with 'policy show'.")
    return _version(row)


def _version_id(conn: sqlcipher3.Connection, version: int) -> int:
    v = get(conn, version)
    assert v.id is not None
    return v.id


def insert_version(conn: sqlcipher3.Connection, v: PolicyVersion, user: str) -> PolicyVersion:
    """Store ``v`` as the next version number (``v.version`` is assigned here)."""
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM policy_versions").fetchone()
    v.version = int(row[0]) + 1
    v.created_at, v.created_by = now_utc(), user
    cur = conn.execute(
        "INSERT INTO policy_versions (version, lang, title, body, created_at, created_by,"
        " adopted_on, adopted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (v.version, v.lang, v.title, v.body, dt_out(v.created_at), user,
         date_out(v.adopted_on), v.adopted_by),
    )  # fmt: skip
    v.id = int(cur.lastrowid or 0)
    audit.append(conn, user, "save", "policy_version", v.version, _content(v))
    return v


def update_draft(conn: sqlcipher3.Connection, v: PolicyVersion, user: str) -> PolicyVersion:
    """Change the text of a version not yet adopted (an adopted text is never rewritten)."""
    old = get(conn, v.version)
    if old.adopted:
        raise WorkflowError(
            f"Policy version {v.version} was adopted on {old.adopted_on}; its text is kept as "
            "adopted. Save the change as a new version."
        )
    conn.execute(
        "UPDATE policy_versions SET lang = ?, title = ?, body = ? WHERE version = ?",
        (v.lang, v.title, v.body, v.version),
    )
    new = get(conn, v.version)
    audit.append(conn, user, "save", "policy_version", v.version, _content(new))
    return new


def adopt(conn: sqlcipher3.Connection, version: int, on: str, user: str) -> PolicyVersion:
    """Mark ``version`` adopted on the day ``on`` (ISO date) by ``user``."""
    old = get(conn, version)
    if old.adopted:
        raise WorkflowError(f"Policy version {version} was already adopted on {old.adopted_on}.")
    conn.execute(
        "UPDATE policy_versions SET adopted_on = ?, adopted_by = ? WHERE version = ?",
        (on, user, version),
    )
    new = get(conn, version)
    audit.append(conn, user, "adopt", "policy_version", version, _content(new))
    return new


def insert_told(conn: sqlcipher3.Connection, t: ToldRecord, user: str) -> ToldRecord:
    t.recorded_at, t.recorded_by = now_utc(), user
    cur = conn.execute(
        "INSERT INTO policy_told (policy_version_id, told_on, method, who, note, recorded_at,"
        " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (_version_id(conn, t.version), date_out(t.told_on), t.method.value,
         json.dumps(list(t.who), ensure_ascii=False), t.note, dt_out(t.recorded_at), user),
    )  # fmt: skip
    t.id = int(cur.lastrowid or 0)
    audit.append(conn, user, "told", "policy_told", t.id, _content(t))
    return t


def told(conn: sqlcipher3.Connection) -> list[ToldRecord]:
    """Every "staff told" record, oldest first."""
    rows = conn.execute(
        "SELECT t.id, v.version, t.told_on, t.method, t.who, t.note, t.recorded_at,"
        " t.recorded_by FROM policy_told t JOIN policy_versions v ON v.id = t.policy_version_id"
        " ORDER BY t.told_on, t.id"
    )
    out = []
    for r in rows:
        told_on = date_in(r[2])
        assert told_on is not None
        out.append(
            ToldRecord(
                id=r[0], version=r[1], told_on=told_on, method=TellMethod(r[3]),
                who=tuple(json.loads(r[4])), note=r[5], recorded_at=dt_in(r[6]),
                recorded_by=r[7],
            )
        )  # fmt: skip
    return out


def upsert_acknowledgement(
    conn: sqlcipher3.Connection, a: Acknowledgement, user: str
) -> Acknowledgement:
    """Record (or re-date) that ``a.name`` acknowledged ``a.version``."""
    a.recorded_at, a.recorded_by = now_utc(), user
    conn.execute(
        "INSERT INTO policy_acknowledgements (policy_version_id, name, acknowledged_on,"
        " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (policy_version_id, name) DO UPDATE SET"
        " acknowledged_on = excluded.acknowledged_on, recorded_at = excluded.recorded_at,"
        " recorded_by = excluded.recorded_by",
        (_version_id(conn, a.version), a.name, date_out(a.acknowledged_on),
         dt_out(a.recorded_at), user),
    )  # fmt: skip
    row = conn.execute(
        "SELECT a.id FROM policy_acknowledgements a JOIN policy_versions v"
        " ON v.id = a.policy_version_id WHERE v.version = ? AND a.name = ?",
        (a.version, a.name),
    ).fetchone()
    a.id = int(row[0])
    audit.append(conn, user, "acknowledge", "policy_acknowledgement", a.id, _content(a))
    return a


def acknowledgements(conn: sqlcipher3.Connection) -> list[Acknowledgement]:
    """Every acknowledgement, by version then name."""
    rows = conn.execute(
        "SELECT a.id, v.version, a.name, a.acknowledged_on, a.recorded_at, a.recorded_by"
        " FROM policy_acknowledgements a JOIN policy_versions v ON v.id = a.policy_version_id"
        " ORDER BY v.version, a.name"
    )
    out = []
    for r in rows:
        on = date_in(r[3])
        assert on is not None
        out.append(
            Acknowledgement(
                id=r[0], version=r[1], name=r[2], acknowledged_on=on, recorded_at=dt_in(r[4]),
                recorded_by=r[5],
            )
        )  # fmt: skip
    return out
