"""Incidents as aggregates: the row plus its parts, saved whole with a revision and audit row."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

import sqlcipher3

from ...domain.assessment import Assessment
from ...domain.element_answers import answers_from_dict, answers_to_dict
from ...domain.enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    IncidentStatus,
    ParticipantRole,
    TimelineKind,
)
from ...domain.errors import NotFoundError, UserError
from ...domain.incident_json import incident_to_dict
from ...domain.models import (
    Action,
    CostEntry,
    Incident,
    Participant,
    Quote,
    Revision,
    TimelineEntry,
    WitnessStatement,
)
from ...domain.query import normalise_for_search
from ...domain.staff_care import StaffCare
from ...infra import clock
from .. import audit, search
from . import people
from ._sql import date_in, date_out, dt_in, dt_out, now_utc, utc_key

_VOLATILE = ("reference", "version")


def content_of(inc: Incident) -> dict[str, Any]:
    """What the audit chain hashes for an incident: its JSON form."""
    return incident_to_dict(inc)


def next_reference(conn: sqlcipher3.Connection, year: int) -> str:
    # One statement per save instead of a read and a write.
    last = conn.execute(
        "INSERT INTO reference_counters (year, last) VALUES (?, 1)"
        " ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
        (year,),
    ).fetchone()[0]
    return f"K-{year:04d}-{last:04d}"


def search_text(inc: Incident) -> str:
    """Everything a user may search for, folded: what the search index is built from."""
    parts: list[str] = [inc.reference, inc.location, inc.summary, inc.demand]
    for q in inc.quotes:
        parts += [q.speaker, q.words, q.response]
    parts += [t.description + " " + t.by for t in inc.timeline]
    for p in inc.participants:
        if p.staff:
            parts += [p.staff.name, p.staff.position]
        if p.person:
            parts += [p.person.label, p.person.name, p.person.description, p.person.contact]
        parts.append(p.note)
    parts += [s.witness + " " + s.text + " " + s.relation for s in inc.statements]
    parts += [a.description for a in inc.actions]
    parts += [c.note for c in inc.costs]
    parts += [inc.assessment.notes, inc.prevention, *inc.assessment.shop_criteria_met]
    parts += [c.staff_name + " " + c.note + " " + c.injury_text for c in inc.staff_care]
    return normalise_for_search("\n".join(parts))


def insert(conn: sqlcipher3.Connection, inc: Incident, user: str) -> Incident:
    now = now_utc()
    local = inc.occurred_at.astimezone(ZoneInfo(inc.timezone))
    inc.reference = next_reference(conn, local.year)
    inc.version = 1
    inc.created_at = inc.updated_at = now
    inc.created_by = inc.updated_by = user
    _link_people(conn, inc, user)
    cur = conn.execute(
        "INSERT INTO incidents (reference, occurred_at, occurred_utc, ended_at, timezone,"
        " location, channel, summary, demand, status, version, created_at, created_by,"
        " updated_at, updated_by, search_text, assessment, staff_care, prevention,"
        " training_case, offender_known_on, offence_answers, offender_known_to_staff_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            inc.reference, dt_out(inc.occurred_at), utc_key(inc.occurred_at),
            dt_out(inc.ended_at), inc.timezone, inc.location, inc.channel.value, inc.summary,
            inc.demand, inc.status.value, inc.version, dt_out(now), user, dt_out(now), user,
            "", *_response_columns(inc),
        ),
    )  # fmt: skip
    inc.id = int(cur.lastrowid or 0)
    # The column stays empty (schema v9): the index is the searchable form, in this transaction.
    search.put(conn, inc.id, search_text(inc), replace=False)
    _write_parts(conn, inc)
    _record(conn, inc, user, "create", changed=["created"])
    return inc


def update(
    conn: sqlcipher3.Connection, inc: Incident, user: str, expected_version: int
) -> Incident:
    """Replace the stored incident ``inc.reference`` with ``inc``; refuse a stale edit."""
    old = get(conn, inc.reference)
    if old.version != expected_version:
        raise UserError(
            f"{inc.reference} was changed by {old.updated_by} since you opened it "
            f"(version {old.version}, yours {expected_version}). Reopen it and apply your "
            "changes again; your text is still in the form."
        )
    before = content_of(old)
    inc.id, inc.version = old.id, old.version + 1
    inc.created_at, inc.created_by = old.created_at, old.created_by
    inc.updated_at, inc.updated_by = now_utc(), user
    _link_people(conn, inc, user)
    after = content_of(inc)
    changed = [k for k in after if k not in _VOLATILE and after[k] != before.get(k)]
    if not changed:
        inc.version = old.version
        inc.updated_at, inc.updated_by = old.updated_at, old.updated_by
        return inc
    conn.execute(
        "UPDATE incidents SET occurred_at = ?, occurred_utc = ?, ended_at = ?, timezone = ?,"
        " location = ?, channel = ?, summary = ?, demand = ?, status = ?, version = ?,"
        " updated_at = ?, updated_by = ?, search_text = ?, assessment = ?, staff_care = ?,"
        " prevention = ?, training_case = ?, offender_known_on = ?, offence_answers = ?,"
        " offender_known_to_staff_on = ? WHERE id = ?",
        (
            dt_out(inc.occurred_at), utc_key(inc.occurred_at), dt_out(inc.ended_at),
            inc.timezone, inc.location, inc.channel.value, inc.summary, inc.demand,
            inc.status.value, inc.version, dt_out(inc.updated_at), user, "",
            *_response_columns(inc), inc.id,
        ),
    )  # fmt: skip
    search.put(conn, inc.id or 0, search_text(inc), replace=True)
    stored_parts = {
        "incident_behaviours": old.behaviours, "quotes": old.quotes, "timeline": old.timeline,
        "participants": old.participants, "statements": old.statements, "actions": old.actions,
        "costs": old.costs,
    }  # fmt: skip
    for table, rows in stored_parts.items():
        if rows:  # ``old`` was read in this transaction: an empty part has no rows to delete
            conn.execute(f"DELETE FROM {table} WHERE incident_id = ?", (inc.id,))
    _write_parts(conn, inc)
    _record(conn, inc, user, "update", changed=changed, content=after)
    return inc


def _response_columns(inc: Incident) -> tuple[object, ...]:
    return (
        json.dumps(inc.assessment.to_dict(), ensure_ascii=False),
        json.dumps([c.to_dict() for c in inc.staff_care], ensure_ascii=False),
        inc.prevention,
        inc.training_case,
        date_out(inc.offender_known_on),
        json.dumps(answers_to_dict(inc.offence_answers), ensure_ascii=False),
        date_out(inc.offender_known_to_staff_on),
    )


def _record(
    conn: sqlcipher3.Connection,
    inc: Incident,
    user: str,
    action: str,
    changed: list[str],
    content: dict[str, Any] | None = None,
) -> None:
    """Write revision ``inc.version`` and its audit row (``content``: ``content_of(inc)``)."""
    # The snapshot is stored as the canonical text the audit row hashes, so each revision can
    # be checked against its audit row (sha256 of the snapshot = content_hash), and the
    # incident is serialised once per save rather than twice.
    snapshot = audit.canonical_json(content_of(inc) if content is None else content)
    conn.execute(
        "INSERT INTO incident_revisions (incident_id, version, at, user, changed, snapshot)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (inc.id, inc.version, dt_out(inc.updated_at), user, json.dumps(changed), snapshot),
    )
    audit.append(
        conn, user, action, "incident", inc.reference, None, content_hash=audit.hash_text(snapshot)
    )


def _link_people(conn: sqlcipher3.Connection, inc: Incident, user: str) -> None:
    for p in inc.participants:
        if p.staff is not None:
            p.staff.id = people.upsert_staff(conn, p.staff, user)
        if p.person is not None:
            p.person.id = people.upsert_person(conn, p.person, user)


def _many(conn: sqlcipher3.Connection, sql: str, rows: list[tuple[object, ...]]) -> None:
    """``executemany`` only when there are rows (most incidents leave several parts empty)."""
    if rows:
        conn.executemany(sql, rows)


def _write_parts(conn: sqlcipher3.Connection, inc: Incident) -> None:
    i = inc.id
    _many(
        conn,
        "INSERT INTO incident_behaviours (incident_id, code, position) VALUES (?, ?, ?)",
        [(i, b.value, n) for n, b in enumerate(inc.behaviours)],
    )
    _many(
        conn,
        "INSERT INTO quotes (incident_id, position, speaker, words, said_at, repeat_count,"
        " response) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(i, n, q.speaker, q.words, dt_out(q.said_at), q.repeat_count, q.response)
         for n, q in enumerate(inc.quotes)],
    )  # fmt: skip
    _many(
        conn,
        "INSERT INTO timeline (incident_id, position, at, kind, description, by)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(i, n, dt_out(t.at), t.kind.value, t.description, t.by)
         for n, t in enumerate(inc.timeline)],
    )  # fmt: skip
    _many(
        conn,
        "INSERT INTO participants (incident_id, position, role, staff_id, person_id, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(i, n, p.role.value, p.staff.id if p.staff else None,
          p.person.id if p.person else None, p.note) for n, p in enumerate(inc.participants)],
    )  # fmt: skip
    _many(
        conn,
        "INSERT INTO statements (incident_id, position, witness, relation, given_at, taken_by,"
        " text) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(i, n, s.witness, s.relation, dt_out(s.given_at), s.taken_by, s.text)
         for n, s in enumerate(inc.statements)],
    )  # fmt: skip
    _many(
        conn,
        "INSERT INTO actions (incident_id, position, kind, description, at, by, due, done)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(i, n, a.kind.value, a.description, dt_out(a.at), a.by, date_out(a.due), a.done)
         for n, a in enumerate(inc.actions)],
    )  # fmt: skip
    _many(
        conn,
        "INSERT INTO costs (incident_id, position, kind, minutes, amount_yen, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(i, n, c.kind.value, c.minutes, c.amount_yen, c.note) for n, c in enumerate(inc.costs)],
    )


_COLUMNS = (
    "id, reference, occurred_at, ended_at, timezone, location, channel, summary, demand,"
    " status, version, created_at, created_by, updated_at, updated_by, assessment, staff_care,"
    " prevention, training_case, offender_known_on, offence_answers, offender_known_to_staff_on"
)


def get(conn: sqlcipher3.Connection, reference: str) -> Incident:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM incidents WHERE reference = ?",
        (reference.strip().upper(),),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no incident {reference!r}. List them with 'incident list'.")
    return _load(conn, row)


def status_of(conn: sqlcipher3.Connection, reference: str) -> IncidentStatus:
    """The stored status alone (a status change is checked before the whole save)."""
    row = conn.execute(
        "SELECT status FROM incidents WHERE reference = ?", (reference.strip().upper(),)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no incident {reference!r}. List them with 'incident list'.")
    return IncidentStatus(row[0])


def _load(conn: sqlcipher3.Connection, row: tuple[Any, ...]) -> Incident:
    occurred = dt_in(row[2])
    assert occurred is not None
    inc = Incident(
        id=row[0], reference=row[1], occurred_at=occurred, ended_at=dt_in(row[3]),
        timezone=row[4], location=row[5], channel=Channel(row[6]), summary=row[7],
        demand=row[8], status=IncidentStatus(row[9]), version=row[10],
        created_at=dt_in(row[11]), created_by=row[12], updated_at=dt_in(row[13]),
        updated_by=row[14], assessment=Assessment.from_dict(json.loads(row[15])),
        staff_care=[StaffCare.from_dict(c) for c in json.loads(row[16])], prevention=row[17],
        training_case=bool(row[18]), offender_known_on=date_in(row[19]),
        offence_answers=answers_from_dict(json.loads(row[20])),
        offender_known_to_staff_on=date_in(row[21]),
    )  # fmt: skip
    i = (inc.id,)
    q = conn.execute
    inc.behaviours = [
        Behaviour(r[0])
        for r in q(
            "SELECT code FROM incident_behaviours WHERE incident_id = ? ORDER BY position", i
        )
    ]
    inc.quotes = [
        Quote(speaker=r[0], words=r[1], said_at=dt_in(r[2]), repeat_count=r[3], response=r[4])
        for r in q("SELECT speaker, words, said_at, repeat_count, response FROM quotes"
                   " WHERE incident_id = ? ORDER BY position", i)
    ]  # fmt: skip
    inc.timeline = [
        TimelineEntry(
            at=dt_in(r[0]) or occurred, kind=TimelineKind(r[1]), description=r[2], by=r[3]
        )
        for r in q("SELECT at, kind, description, by FROM timeline WHERE incident_id = ?"
                   " ORDER BY position", i)
    ]  # fmt: skip
    inc.participants = []
    for role, staff_id, person_id, note in q(
        "SELECT role, staff_id, person_id, note FROM participants WHERE incident_id = ?"
        " ORDER BY position", i
    ):  # fmt: skip
        inc.participants.append(
            Participant(
                role=ParticipantRole(role),
                staff=people.get_staff(conn, staff_id) if staff_id else None,
                person=people.get_person(conn, person_id) if person_id else None,
                note=note,
            )
        )
    inc.statements = [
        WitnessStatement(
            witness=r[0], relation=r[1], given_at=dt_in(r[2]), taken_by=r[3], text=r[4]
        )
        for r in q("SELECT witness, relation, given_at, taken_by, text FROM statements"
                   " WHERE incident_id = ? ORDER BY position", i)
    ]  # fmt: skip
    inc.actions = [
        Action(kind=ActionKind(r[0]), description=r[1], at=dt_in(r[2]), by=r[3],
               due=date_in(r[4]), done=bool(r[5]))
        for r in q("SELECT kind, description, at, by, due, done FROM actions"
                   " WHERE incident_id = ? ORDER BY position", i)
    ]  # fmt: skip
    inc.costs = [
        CostEntry(kind=CostKind(r[0]), minutes=r[1], amount_yen=r[2], note=r[3])
        for r in q("SELECT kind, minutes, amount_yen, note FROM costs WHERE incident_id = ?"
                   " ORDER BY position", i)
    ]  # fmt: skip
    return inc


def revisions(conn: sqlcipher3.Connection, reference: str) -> list[Revision]:
    inc = get(conn, reference)
    return [
        Revision(
            version=r[0],
            at=dt_in(r[1]) or clock.now(),
            user=r[2],
            changed=tuple(json.loads(r[3])),
        )
        for r in conn.execute(
            "SELECT version, at, user, changed FROM incident_revisions WHERE incident_id = ?"
            " ORDER BY version", (inc.id,)
        )
    ]  # fmt: skip


def revision_snapshot(conn: sqlcipher3.Connection, reference: str, version: int) -> dict[str, Any]:
    inc = get(conn, reference)
    row = conn.execute(
        "SELECT snapshot FROM incident_revisions WHERE incident_id = ? AND version = ?",
        (inc.id, version),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"{reference} has no version {version}.")
    result: dict[str, Any] = json.loads(row[0])
    return result


def iter_revision_snapshots(conn: sqlcipher3.Connection) -> Iterable[tuple[str, int, str]]:
    """Every saved version as (reference, version, snapshot JSON text), by reference, version."""
    for row in conn.execute(
        "SELECT i.reference, r.version, r.snapshot FROM incident_revisions r"
        " JOIN incidents i ON i.id = r.incident_id ORDER BY i.reference, r.version"
    ):
        yield row[0], row[1], row[2]


def iter_all(conn: sqlcipher3.Connection, batch: int = 500) -> Iterable[Incident]:
    """Every incident by id, read ``batch`` rows at a time (memory stays flat at any size, and
    no statement stays open between yields, so the caller may write meanwhile)."""
    last = 0
    while rows := conn.execute(
        f"SELECT {_COLUMNS} FROM incidents WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
    ).fetchall():
        for row in rows:
            yield _load(conn, row)
        last = rows[-1][0]
