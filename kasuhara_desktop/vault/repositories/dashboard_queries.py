"""What the home screen (dashboard) counts, each figure one statement over the whole logbook.

Every query reads only the rows its tile needs (open incidents, the last twelve months, the
incidents whose CCTV may still be on the recorder...), grouped in SQL where that is possible,
so that a busy shop's ten years cost little more than its last year. The callers run them on
a worker thread through a connection of their own (``services/dashboard.py``).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import NamedTuple

import sqlcipher3

from ...domain.enums import IncidentStatus
from ...domain.staff_care import StaffCare
from ._sql import utc_key

VIDEO_EVIDENCE = "(e.mime LIKE 'video/%' OR e.source_kind = 'cctv')"
"""An attachment that counts as the shop's camera footage: any video, or a file marked CCTV."""


def open_count(conn: sqlcipher3.Connection) -> int:
    """Incidents not yet closed."""
    row = conn.execute(
        "SELECT count(*) FROM incidents WHERE status <> ?", (IncidentStatus.CLOSED.value,)
    ).fetchone()
    return int(row[0])


class CareRow(NamedTuple):
    reference: str
    staff_care: list[StaffCare]


def staff_care_rows(conn: sqlcipher3.Connection) -> list[CareRow]:
    """The incidents with any staff-care record (an empty list is stored as '[]')."""
    rows = conn.execute(
        "SELECT reference, staff_care FROM incidents WHERE staff_care <> '[]' ORDER BY id"
    ).fetchall()
    return [CareRow(r[0], [StaffCare.from_dict(c) for c in json.loads(r[1])]) for r in rows]


class ActionRow(NamedTuple):
    reference: str
    kind: str
    description: str
    due: date


def actions_due(conn: sqlcipher3.Connection, by: date) -> list[ActionRow]:
    """Actions with a due day on or before ``by`` that are not done, earliest first."""
    rows = conn.execute(
        "SELECT i.reference, a.kind, a.description, a.due FROM actions a"
        " JOIN incidents i ON i.id = a.incident_id"
        " WHERE a.done = 0 AND a.due IS NOT NULL AND substr(a.due, 1, 10) <= ?"
        " ORDER BY a.due, i.reference",
        (by.isoformat(),),
    ).fetchall()
    return [ActionRow(r[0], r[1], r[2], date.fromisoformat(r[3][:10])) for r in rows]


def offender_known_since(conn: sqlcipher3.Connection, since: date) -> list[str]:
    """References of incidents whose offender became known to a complaint holder (the shop or
    the staff member harmed) on or after ``since``."""
    rows = conn.execute(
        "SELECT reference FROM incidents WHERE offender_known_on >= ?1"
        " OR offender_known_to_staff_on >= ?1 ORDER BY id",
        (since.isoformat(),),
    ).fetchall()
    return [r[0] for r in rows]


class CctvRow(NamedTuple):
    reference: str
    occurred_at: datetime
    status: IncidentStatus


def without_video(conn: sqlcipher3.Connection, channel: str, since: datetime) -> list[CctvRow]:
    """Incidents on ``channel`` with no live video attached that occurred since ``since`` or
    are still open (an open one's footage is worth asking about however old), oldest first."""
    rows = conn.execute(
        "SELECT i.reference, i.occurred_at, i.status FROM incidents i"
        " WHERE i.channel = ? AND (i.occurred_utc >= ? OR i.status <> ?)"
        " AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.incident_id = i.id"
        f" AND e.deleted_at IS NULL AND {VIDEO_EVIDENCE})"
        " ORDER BY i.occurred_utc, i.id",
        (channel, utc_key(since), IncidentStatus.CLOSED.value),
    ).fetchall()
    return [CctvRow(r[0], datetime.fromisoformat(r[1]), IncidentStatus(r[2])) for r in rows]


def behaviour_counts(
    conn: sqlcipher3.Connection, since: datetime
) -> list[tuple[str, str | None, int]]:
    """(month "YYYY-MM" in the incident's own time zone, behaviour code or None, incidents)
    for the incidents since ``since``; an incident with two behaviours counts in both."""
    rows = conn.execute(
        "SELECT substr(i.occurred_at, 1, 7), b.code, count(*) FROM incidents i"
        " LEFT JOIN incident_behaviours b ON b.incident_id = i.id"
        " WHERE i.occurred_utc >= ? GROUP BY 1, 2",
        (utc_key(since),),
    ).fetchall()
    return [(r[0], r[1], int(r[2])) for r in rows]


def recorded_minutes(conn: sqlcipher3.Connection, since: datetime) -> list[tuple[str, str, int]]:
    """(month, cost kind, minutes) recorded in the incidents' costs since ``since``."""
    rows = conn.execute(
        "SELECT substr(i.occurred_at, 1, 7), c.kind, sum(c.minutes) FROM costs c"
        " JOIN incidents i ON i.id = c.incident_id"
        " WHERE i.occurred_utc >= ? AND c.minutes > 0 GROUP BY 1, 2",
        (utc_key(since),),
    ).fetchall()
    return [(r[0], r[1], int(r[2])) for r in rows]


def untimed_spans(conn: sqlcipher3.Connection, since: datetime) -> list[tuple[datetime, datetime]]:
    """(start, end) of the incidents since ``since`` that have an end time but no minutes in
    their costs (their handling time is the span; with minutes recorded those count)."""
    rows = conn.execute(
        "SELECT i.occurred_at, i.ended_at FROM incidents i"
        " WHERE i.occurred_utc >= ? AND i.ended_at IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM costs c WHERE c.incident_id = i.id AND c.minutes > 0)",
        (utc_key(since),),
    ).fetchall()
    return [(datetime.fromisoformat(r[0]), datetime.fromisoformat(r[1])) for r in rows]
