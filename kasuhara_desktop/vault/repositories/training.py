"""Training: the roster, sessions with attendance, case studies and the interval settings.

Every write appends to the audit chain in the caller's transaction.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import sqlcipher3

from ...domain.errors import NotFoundError
from ...domain.training import (
    CaseStudy,
    EmploymentKind,
    RosterMember,
    TrainingSession,
    TrainingSettings,
)
from .. import audit
from ._sql import date_in, date_out, dt_in, dt_out, now_utc

# ------------------------------------------------------------------ roster


def _member(r: tuple[Any, ...]) -> RosterMember:
    joined = date_in(r[3])
    assert joined is not None
    return RosterMember(
        id=r[0], name=r[1], employment=EmploymentKind(r[2]), joined_on=joined,
        left_on=date_in(r[4]), login=r[5],
    )  # fmt: skip


def _member_content(m: RosterMember) -> dict[str, Any]:
    return {
        "name": m.name, "employment": m.employment.value, "joined_on": date_out(m.joined_on),
        "left_on": date_out(m.left_on), "login": m.login,
    }  # fmt: skip


def list_members(conn: sqlcipher3.Connection) -> list[RosterMember]:
    rows = conn.execute(
        "SELECT id, name, employment, joined_on, left_on, login FROM training_roster"
        " ORDER BY left_on IS NOT NULL, name, id"
    )
    return [_member(r) for r in rows]


def get_member(conn: sqlcipher3.Connection, member_id: int) -> RosterMember:
    r = conn.execute(
        "SELECT id, name, employment, joined_on, left_on, login FROM training_roster WHERE id = ?",
        (member_id,),
    ).fetchone()
    if r is None:
        raise NotFoundError(f"There is no one with roster number {member_id}.")
    return _member(r)


def insert_member(conn: sqlcipher3.Connection, m: RosterMember, user: str) -> RosterMember:
    cur = conn.execute(
        "INSERT INTO training_roster (name, employment, joined_on, left_on, login, created_at,"
        " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (m.name, m.employment.value, date_out(m.joined_on), date_out(m.left_on), m.login,
         dt_out(now_utc()), user),
    )  # fmt: skip
    m.id = int(cur.lastrowid or 0)
    audit.append(conn, user, "add", "training_roster", m.id, _member_content(m))
    return m


def update_member(conn: sqlcipher3.Connection, m: RosterMember, user: str) -> RosterMember:
    conn.execute(
        "UPDATE training_roster SET name = ?, employment = ?, joined_on = ?, left_on = ?,"
        " login = ? WHERE id = ?",
        (m.name, m.employment.value, date_out(m.joined_on), date_out(m.left_on), m.login, m.id),
    )
    audit.append(conn, user, "update", "training_roster", m.id or 0, _member_content(m))
    return m


# ------------------------------------------------------------------ sessions


def insert_session(conn: sqlcipher3.Connection, s: TrainingSession, user: str) -> TrainingSession:
    cur = conn.execute(
        "INSERT INTO training_sessions (held_on, topics, trainer, minutes, notes, created_at,"
        " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (date_out(s.held_on), s.topics, s.trainer, s.minutes, s.notes, dt_out(now_utc()), user),
    )
    s.id = int(cur.lastrowid or 0)
    s.created_by = user
    _write_attendance(conn, s)
    audit.append(conn, user, "add", "training_session", s.id, _session_content(s))
    return s


def set_attendance(
    conn: sqlcipher3.Connection, session_id: int, member_ids: tuple[int, ...], user: str
) -> TrainingSession:
    s = get_session(conn, session_id)
    s.attendee_ids = tuple(sorted(set(member_ids)))
    conn.execute("DELETE FROM training_attendance WHERE session_id = ?", (session_id,))
    _write_attendance(conn, s)
    audit.append(conn, user, "attendance", "training_session", session_id, _session_content(s))
    return s


def _write_attendance(conn: sqlcipher3.Connection, s: TrainingSession) -> None:
    conn.executemany(
        "INSERT INTO training_attendance (session_id, member_id) VALUES (?, ?)",
        [(s.id, m) for m in sorted(set(s.attendee_ids))],
    )


def _session_content(s: TrainingSession) -> dict[str, Any]:
    return {
        "held_on": date_out(s.held_on), "topics": s.topics, "trainer": s.trainer,
        "minutes": s.minutes, "notes": s.notes, "attendees": sorted(s.attendee_ids),
    }  # fmt: skip


def _attendance(conn: sqlcipher3.Connection) -> dict[int, tuple[int, ...]]:
    out: dict[int, list[int]] = {}
    for sid, mid in conn.execute(
        "SELECT session_id, member_id FROM training_attendance ORDER BY session_id, member_id"
    ):
        out.setdefault(sid, []).append(mid)
    return {k: tuple(v) for k, v in out.items()}


_SESSION_COLS = "id, held_on, topics, trainer, minutes, notes, created_by"


def _session(r: tuple[Any, ...], attendees: tuple[int, ...]) -> TrainingSession:
    held = date_in(r[1])
    assert held is not None
    return TrainingSession(
        id=r[0], held_on=held, topics=r[2], trainer=r[3], minutes=r[4], notes=r[5],
        created_by=r[6], attendee_ids=attendees,
    )  # fmt: skip


def list_sessions(conn: sqlcipher3.Connection) -> list[TrainingSession]:
    att = _attendance(conn)
    rows = conn.execute(f"SELECT {_SESSION_COLS} FROM training_sessions ORDER BY held_on DESC, id")
    return [_session(r, att.get(r[0], ())) for r in rows]


def get_session(conn: sqlcipher3.Connection, session_id: int) -> TrainingSession:
    r = conn.execute(
        f"SELECT {_SESSION_COLS} FROM training_sessions WHERE id = ?", (session_id,)
    ).fetchone()
    if r is None:
        raise NotFoundError(f"There is no training session {session_id}.")
    ids = tuple(
        m for (m,) in conn.execute(
            "SELECT member_id FROM training_attendance WHERE session_id = ? ORDER BY member_id",
            (session_id,),
        )
    )  # fmt: skip
    return _session(r, ids)


# ------------------------------------------------------------------ case studies

_CASE_COLS = (
    "id, source_incident_id, title, text, made_by, made_at, checked_by, checked_at, checklist"
)


def _case(r: tuple[Any, ...]) -> CaseStudy:
    return CaseStudy(
        id=r[0], source_incident_id=r[1], title=r[2], text=r[3], made_by=r[4],
        made_at=dt_in(r[5]), checked_by=r[6], checked_at=dt_in(r[7]),
        checklist=dict(json.loads(r[8] or "{}")),
    )  # fmt: skip


def _case_content(c: CaseStudy) -> dict[str, Any]:
    data = dataclasses.asdict(c)
    data["made_at"], data["checked_at"] = dt_out(c.made_at), dt_out(c.checked_at)
    return data


def list_case_studies(conn: sqlcipher3.Connection) -> list[CaseStudy]:
    rows = conn.execute(f"SELECT {_CASE_COLS} FROM training_case_studies ORDER BY id")
    return [_case(r) for r in rows]


def get_case_study(conn: sqlcipher3.Connection, case_id: int) -> CaseStudy:
    r = conn.execute(
        f"SELECT {_CASE_COLS} FROM training_case_studies WHERE id = ?", (case_id,)
    ).fetchone()
    if r is None:
        raise NotFoundError(f"There is no case study {case_id}.")
    return _case(r)


def case_candidates(conn: sqlcipher3.Connection) -> list[str]:
    """References of closed incidents marked as training cases that no case study came from."""
    rows = conn.execute(
        "SELECT reference FROM incidents i WHERE status = 'closed' AND training_case = 1"
        " AND NOT EXISTS (SELECT 1 FROM training_case_studies c"
        " WHERE c.source_incident_id = i.id) ORDER BY occurred_utc DESC, id DESC"
    )
    return [r[0] for r in rows]


def incident_reference(conn: sqlcipher3.Connection, incident_id: int) -> str:
    """The reference of a case study's source incident ("" once it is deleted)."""
    row = conn.execute("SELECT reference FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    return str(row[0]) if row else ""


def save_case_study(conn: sqlcipher3.Connection, c: CaseStudy, user: str) -> CaseStudy:
    """Insert (``c.id`` None) or update a case study with its check state."""
    values = (
        c.source_incident_id, c.title, c.text, c.made_by, dt_out(c.made_at), c.checked_by,
        dt_out(c.checked_at), json.dumps(c.checklist, sort_keys=True),
    )  # fmt: skip
    if c.id is None:
        cur = conn.execute(
            "INSERT INTO training_case_studies (source_incident_id, title, text, made_by,"
            " made_at, checked_by, checked_at, checklist) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        c.id = int(cur.lastrowid or 0)
        action = "add"
    else:
        conn.execute(
            "UPDATE training_case_studies SET source_incident_id = ?, title = ?, text = ?,"
            " made_by = ?, made_at = ?, checked_by = ?, checked_at = ?, checklist = ?"
            " WHERE id = ?",
            (*values, c.id),
        )
        action = "check" if c.checked_by else "update"
    audit.append(conn, user, action, "training_case_study", c.id, _case_content(c))
    return c


# ------------------------------------------------------------------ settings


def get_settings(conn: sqlcipher3.Connection) -> TrainingSettings:
    r = conn.execute(
        "SELECT interval_months, new_starter_days FROM training_settings WHERE id = 1"
    ).fetchone()
    return TrainingSettings(*r) if r else TrainingSettings()


def save_settings(conn: sqlcipher3.Connection, s: TrainingSettings, user: str) -> None:
    conn.execute(
        "INSERT INTO training_settings (id, interval_months, new_starter_days) VALUES (1, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET interval_months = excluded.interval_months,"
        " new_starter_days = excluded.new_starter_days",
        (s.interval_months, s.new_starter_days),
    )
    audit.append(conn, user, "save", "training_settings", 1, dataclasses.asdict(s))
