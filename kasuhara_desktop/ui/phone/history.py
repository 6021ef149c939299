"""Calls already on file, gathered from the incidents (on the GUI thread, which owns the vault).

A call on file is a ``call_start``/``call_end`` pair on an incident's timeline
(``domain.phone.calls_from_timeline``). Its number is the start entry's description when that
is a phone number (the call panel writes it there), else the contact of the incident's caller
(a person participant, the customer first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Protocol

from ...domain.enums import ParticipantRole, TimelineKind
from ...domain.models import Incident, IncidentSummary, Person
from ...domain.phone import CallLog, calls_from_timeline, count_calls_from, normalise_number
from ...domain.query import IncidentFilter

REPEAT_WINDOW = timedelta(days=30)
"""How far back repeated calls from one number are counted."""

REPEAT_THRESHOLD = 3
"""Calls in the window (this one included) from which the behaviour ``repeated_calls`` is
recorded; the shop's choice, not a legal line (``domain.phone.repeated_callers``)."""

PAGE = 200
_NUMBER_TEXT = re.compile(r"^[\s0-9０-９+＋()（）\-‐－ー#*]{6,}$")


class IncidentReader(Protocol):
    def find(
        self, query: IncidentFilter, offset: int = 0, limit: int = 200
    ) -> list[IncidentSummary]: ...

    def get(self, reference: str) -> Incident: ...


def looks_like_number(text: str) -> bool:
    return bool(_NUMBER_TEXT.match(text.strip())) and len(normalise_number(text)) >= 6


def caller_number(incident: Incident) -> str:
    """The normalised number of the incident's caller ('' when none is recorded)."""
    persons = [p for p in incident.participants if p.person is not None]
    persons.sort(key=lambda p: p.role is not ParticipantRole.CUSTOMER)
    for p in persons:
        assert p.person is not None
        key = normalise_number(p.person.contact)
        if key:
            return key
    return ""


def calls_of(incident: Incident) -> list[CallLog]:
    """The incident's calls, each with the number it came from where that is known."""
    fallback = caller_number(incident)
    starts = {
        e.at: e.description
        for e in incident.timeline
        if e.kind is TimelineKind.CALL_START and looks_like_number(e.description)
    }
    calls = calls_from_timeline(incident)
    for call in calls:
        described = starts.get(call.start, "")
        call.number = normalise_number(described) if described else fallback
    return calls


def recent_summaries(
    incidents: IncidentReader, since: datetime, limit: int = 2_000
) -> list[IncidentSummary]:
    """Summaries of incidents on or after ``since``'s day, newest first."""
    found: list[IncidentSummary] = []
    query = IncidentFilter(date_from=since.date())
    while len(found) < limit:
        batch = incidents.find(query, offset=len(found), limit=PAGE)
        found += batch
        if len(batch) < PAGE:
            break
    return found


def gather_calls(incidents: IncidentReader, until: datetime) -> list[CallLog]:
    """Every call on file that began within ``REPEAT_WINDOW`` before ``until``."""
    calls: list[CallLog] = []
    for summary in recent_summaries(incidents, until - REPEAT_WINDOW):
        calls += calls_of(incidents.get(summary.reference))
    return calls


def repeat_count(calls: Iterable[CallLog], number: str, until: datetime) -> int:
    """Calls on file from ``number`` in the window ending at ``until`` (0 without a number)."""
    return count_calls_from(calls, number, window=REPEAT_WINDOW, until=until)


def person_with_number(persons: Iterable[Person], number: str) -> Person | None:
    """The person on file whose contact is ``number`` (so one caller stays one person)."""
    key = normalise_number(number)
    if not key:
        return None
    return next((p for p in persons if normalise_number(p.contact) == key), None)
