"""Phone calls: the calls on file, the repeat-call policy, and filing a call into an incident.

The panel in ``ui/phone`` and ``kasuhara call add`` both go through :class:`PhoneService`, so a
call is filed the same way whichever door it came in by, and through ``IncidentService``'s
validating ``add``/``update``. The rules themselves (what a call writes into an incident, how
numbers compare, the window and the threshold) are pure and live in ``domain/phone.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from ..domain.errors import UserError
from ..domain.models import Incident, IncidentSummary
from ..domain.phone import (
    REPEAT_THRESHOLD,
    REPEAT_WINDOW,
    CallFiling,
    CallLog,
    add_call,
    call_incident,
    call_minutes,
    calls_of,
    count_calls_from,
    normalise_number,
    person_with_number,
)
from ..domain.query import IncidentFilter
from ..domain.roles import AccessDeniedError, Permission
from ..domain.vocabulary import fill
from .incidents import IncidentService
from .procedures import ProcedureService

__all__ = [
    "REPEAT_THRESHOLD",
    "REPEAT_WINDOW",
    "IncidentReader",
    "PhoneService",
    "call_minutes",
    "gather_calls",
    "recent_summaries",
    "repeat_count",
]

PAGE = 200


class IncidentReader(Protocol):
    """What counting calls reads: ``IncidentService`` or a fake."""

    def find(
        self, query: IncidentFilter, offset: int = 0, limit: int = 200
    ) -> list[IncidentSummary]: ...

    def get(self, reference: str) -> Incident: ...


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


class PhoneService:
    """Phone calls of one open vault, over its ``IncidentService``."""

    def __init__(self, incidents: IncidentService) -> None:
        self.incidents = incidents
        self.access = incidents.access  # the incidents service's signed-in user

    def calls_on_file(self, until: datetime) -> list[CallLog]:
        """Every call on file that began within ``REPEAT_WINDOW`` before ``until``."""
        return gather_calls(self.incidents, until)

    def count_from(self, number: str, until: datetime, *, this_call: bool = False) -> int:
        """Calls from ``number`` in the window ending at ``until``; ``this_call`` adds the call
        being taken (not on file yet). 0 for a blank or withheld number."""
        if not normalise_number(number):
            return 0
        earlier = repeat_count(self.calls_on_file(until), number, until)
        return earlier + (1 if this_call else 0)

    def limit_scripts(self) -> dict[str, str]:
        """What the shop's handling procedures tell staff to say when a call reaches the limit,
        per language, with the limit filled in; empty for a user who may not read them."""
        try:
            procedures = ProcedureService(self.incidents.vault, access=self.access).procedures()
        except AccessDeniedError:
            return {}
        minutes = str(procedures.phone_limit_minutes)
        return {
            lang: fill(texts.phone_limit_script, minutes)
            for lang, texts in procedures.texts.items()
            if texts.phone_limit_script.strip()
        }

    @staticmethod
    def is_repeated(count: int) -> bool:
        """The policy: ``count`` calls (this one included) mark the incident ``repeated_calls``."""
        return count >= REPEAT_THRESHOLD

    def targets(self, since: datetime, limit: int) -> list[IncidentSummary]:
        """Incidents a call may be filed into: those on or after ``since``'s day, newest first."""
        return recent_summaries(self.incidents, since, limit=limit)[:limit]

    def file_call(
        self, call: CallLog, *, caller_label: str, summary: str, reference: str | None = None
    ) -> Incident:
        """Save the ended ``call`` into incident ``reference``, or into a new phone incident
        (with ``summary``) when ``None``. Whether it is a repeated call is decided here, from the
        calls on file; the incident is validated and stored by ``IncidentService``.

        Raises:
            UserError: the call has not ended, or the incident cannot be found or saved.
            ValidationError: what the call carries breaks a rule (e.g. words too long).
        """
        self.access.require(Permission.RECORD_INCIDENT)  # staff log calls into any incident
        if call.end is None:
            raise UserError("The call has not ended yet; end it before filing it.")
        if call.end < call.start:
            raise UserError("The call ends before it began.")
        count = self.count_from(call.number, call.start, this_call=True)
        filing = CallFiling(self.incidents.user, caller_label, self.is_repeated(count))
        known = person_with_number(self.incidents.persons(), call.number)
        if reference:
            incident = self.incidents.get(reference)
            add_call(incident, call, filing, known)
            return self.incidents.update(reference, incident, incident.version)
        timezone = self.incidents.timezone
        incident = call_incident(call, filing, known, summary=summary, timezone=timezone)
        return self.incidents.add(incident)
