"""Reading incidents as lists: the filtered, sorted list pages and the period-summary rows.

Kept apart from the aggregate's save and load (``incidents.py``): these queries read many
incidents at once in one statement, never the whole aggregate.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import sqlcipher3

from ...domain.assessment import Assessment
from ...domain.enums import Behaviour, Channel, IncidentStatus
from ...domain.models import IncidentSummary
from ...domain.query import IncidentFilter, SortKey
from ...domain.staff_care import StaffCare
from .. import search
from ._sql import utc_key
from .dashboard_queries import VIDEO_EVIDENCE

_SORT_SQL = {
    SortKey.OCCURRED: "occurred_utc",
    SortKey.REFERENCE: "reference",
    SortKey.STATUS: "status",
    SortKey.CHANNEL: "channel",
    SortKey.SUMMARY: "summary",
    SortKey.LOCATION: "location",
}


def _where(f: IncidentFilter, tz: str, *, scan: bool = False) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    # The full-text index (vault/search.py); ``scan``: see search.where_clause.
    found, found_args = search.where_clause(f.search, scan=scan)
    if found:
        clauses.append(found)
        args += found_args
    if f.statuses:
        clauses.append(f"status IN ({', '.join('?' * len(f.statuses))})")
        args += sorted(s.value for s in f.statuses)
    if f.channel is not None:
        clauses.append("channel = ?")
        args.append(f.channel.value)
    if f.behaviour is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM incident_behaviours b WHERE b.incident_id = incidents.id"
            " AND b.code = ?)"
        )
        args.append(f.behaviour.value)
    if f.without_video:
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM evidence e WHERE e.incident_id = incidents.id"
            f" AND e.deleted_at IS NULL AND {VIDEO_EVIDENCE})"
        )
    zone = ZoneInfo(tz)
    if f.date_from is not None:
        clauses.append("occurred_utc >= ?")
        args.append(utc_key(datetime.combine(f.date_from, time(), zone)))
    if f.date_to is not None:
        clauses.append("occurred_utc < ?")
        args.append(utc_key(datetime.combine(f.date_to + timedelta(days=1), time(), zone)))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


# Up to this many matches a page looks each one up; above, it walks the sort's index instead.
_LOOKUP_LIMIT = 1000


def count_query(f: IncidentFilter, tz: str = "Asia/Tokyo") -> tuple[str, list[Any]]:
    """The SQL (and its arguments) that counts the incidents matching ``f``."""
    alone = IncidentFilter(search=f.search, sort=f.sort, descending=f.descending)
    if f == alone:
        # A search alone is counted in the index: no incident row is read.
        expression = search.match_expression(f.search)
        if expression is not None:
            table = search.TABLE
            return f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", [expression]
    where, args = _where(f, tz)
    return "SELECT count(*) FROM incidents" + where, args


def count(conn: sqlcipher3.Connection, f: IncidentFilter, tz: str = "Asia/Tokyo") -> int:
    sql, args = count_query(f, tz)
    return int(conn.execute(sql, args).fetchone()[0])


def list_query(
    conn: sqlcipher3.Connection, f: IncidentFilter, offset: int, limit: int, tz: str
) -> tuple[str, list[Any]]:
    """The SQL (and its arguments) of one list page.

    The page's ids are chosen first and only those 200 rows get their behaviours gathered (a
    correlated subquery per match, before sorting, cost more than the rest together). When a
    search matches many incidents and the page is by time, the time index is walked and each
    row checked against the matches, which stops after one page.
    """
    scan = (
        f.sort is SortKey.OCCURRED
        and bool(f.search.strip())
        and search.count_matches(conn, f.search) > _LOOKUP_LIMIT
    )
    where, args = _where(f, tz, scan=scan)
    direction = "DESC" if f.descending else "ASC"
    order = f"{_SORT_SQL[f.sort]} {direction}, id {direction}"
    return (
        "SELECT id, reference, occurred_at, channel, status, summary, location,"
        " (SELECT group_concat(code) FROM incident_behaviours b"
        "  WHERE b.incident_id = incidents.id)"
        f" FROM incidents WHERE id IN (SELECT id FROM incidents{where} ORDER BY {order}"
        f" LIMIT ? OFFSET ?) ORDER BY {order}",
        [*args, limit, offset],
    )


def list_summaries(
    conn: sqlcipher3.Connection,
    f: IncidentFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    tz: str = "Asia/Tokyo",
) -> list[IncidentSummary]:
    rows = conn.execute(*list_query(conn, f, offset, limit, tz)).fetchall()
    return [
        IncidentSummary(
            id=r[0], reference=r[1], occurred_at=datetime.fromisoformat(r[2]),
            channel=_CHANNELS[r[3]], status=_STATUSES[r[4]], summary=r[5], location=r[6],
            behaviours=_behaviour_tuple(r[7]),
        )
        for r in rows
    ]  # fmt: skip


@lru_cache(maxsize=4096)
def _behaviour_tuple(codes: str | None) -> tuple[Behaviour, ...]:
    """Behaviours of a list row in the enum's order (the list shows them as a set).

    Cached: a shop's incidents share few combinations, and sorting them anew for every row
    was a third of a list page's Python time.
    """
    if not codes:
        return ()
    return tuple(
        sorted((_BEHAVIOURS[c] for c in codes.split(",")), key=_BEHAVIOUR_ORDER.__getitem__)
    )


# Plain dict look-ups: calling an Enum class per value is the slowest part of a list page.
_CHANNELS = {c.value: c for c in Channel}
_STATUSES = {s.value: s for s in IncidentStatus}
_BEHAVIOURS = {b.value: b for b in Behaviour}
_BEHAVIOUR_ORDER = {b: i for i, b in enumerate(Behaviour)}


class SummaryRow(NamedTuple):
    """What a period summary needs of one incident, read in one query (no aggregate load)."""

    reference: str
    occurred_at: datetime
    channel: Channel
    status: IncidentStatus
    summary: str
    behaviours: tuple[Behaviour, ...]
    assessment: Assessment
    staff_care: list[StaffCare]
    minutes: int
    yen: int


def summary_rows(
    conn: sqlcipher3.Connection, f: IncidentFilter, tz: str = "Asia/Tokyo"
) -> list[SummaryRow]:
    """Every incident matching ``f``, oldest first, with its totals: one query for all."""
    where, args = _where(f, tz)
    rows = conn.execute(
        "SELECT reference, occurred_at, channel, status, summary,"
        " (SELECT group_concat(code) FROM incident_behaviours b"
        "  WHERE b.incident_id = incidents.id),"
        " assessment, staff_care,"
        " (SELECT coalesce(sum(minutes), 0) FROM costs c WHERE c.incident_id = incidents.id),"
        " (SELECT coalesce(sum(amount_yen), 0) FROM costs c WHERE c.incident_id = incidents.id)"
        f" FROM incidents{where} ORDER BY occurred_utc, id",
        args,
    ).fetchall()
    return [
        SummaryRow(
            reference=r[0], occurred_at=datetime.fromisoformat(r[1]), channel=_CHANNELS[r[2]],
            status=_STATUSES[r[3]], summary=r[4], behaviours=_behaviour_tuple(r[5]),
            assessment=Assessment.from_dict(json.loads(r[6])),
            staff_care=[StaffCare.from_dict(c) for c in json.loads(r[7])],
            minutes=int(r[8]), yen=int(r[9]),
        )
        for r in rows
    ]  # fmt: skip
