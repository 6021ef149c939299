"""Filing a call into an incident: a new one, or one that is already on file.

The call becomes ``call_start``/``call_end`` timeline entries (the start carries the number), a
quote with the caller's exact words, the caller as a person participant with the number as
contact, the time spent as a phone-handling cost, and ``repeated_calls`` once the number has
called ``REPEAT_THRESHOLD`` times in the window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...domain.enums import Behaviour, Channel, CostKind, ParticipantRole, TimelineKind
from ...domain.models import CostEntry, Incident, Participant, Person, Quote, TimelineEntry
from ...domain.phone import CallLog, normalise_number
from ...services.incidents import IncidentService
from .history import person_with_number


@dataclass(frozen=True)
class CallFiling:
    """What the panel hands over besides the call itself."""

    tz: str
    user: str
    caller_label: str
    summary: str
    repeated: bool


def call_minutes(call: CallLog) -> int:
    return max(1, math.ceil(call.duration().total_seconds() / 60))


def _caller(call: CallLog, filing: CallFiling, known: Person | None) -> Participant:
    person = known or Person(label=filing.caller_label, contact=call.number.strip())
    return Participant(role=ParticipantRole.CUSTOMER, person=person)


def add_call(incident: Incident, call: CallLog, filing: CallFiling, known: Person | None) -> None:
    """Write ``call`` into ``incident`` (in place)."""
    assert call.end is not None
    incident.timeline += [
        TimelineEntry(
            at=call.start, kind=TimelineKind.CALL_START, description=call.number.strip(),
            by=filing.user,
        ),
        TimelineEntry(at=call.end, kind=TimelineKind.CALL_END, by=filing.user),
    ]  # fmt: skip
    if call.words.strip():
        incident.quotes.append(
            Quote(speaker=filing.caller_label, words=call.words, said_at=call.start)
        )
    if filing.repeated and Behaviour.REPEATED_CALLS not in incident.behaviours:
        incident.behaviours.append(Behaviour.REPEATED_CALLS)
    key = normalise_number(call.number)
    numbers = {
        normalise_number(p.person.contact) for p in incident.participants if p.person is not None
    }
    if key and key not in numbers:
        incident.participants.append(_caller(call, filing, known))
    incident.costs.append(
        CostEntry(kind=CostKind.PHONE, minutes=call_minutes(call), note=call.number.strip())
    )


def file_call(
    incidents: IncidentService, call: CallLog, filing: CallFiling, reference: str | None
) -> Incident:
    """Save ``call`` into incident ``reference``, or into a new phone incident when ``None``."""
    known = person_with_number(incidents.persons(), call.number)
    if reference:
        incident = incidents.get(reference)
        add_call(incident, call, filing, known)
        return incidents.update(reference, incident, incident.version)
    incident = Incident(
        occurred_at=call.start,
        ended_at=call.end,
        summary=filing.summary,
        channel=Channel.PHONE,
        timezone=filing.tz,
        location="",
    )
    add_call(incident, call, filing, known)
    if not normalise_number(call.number):
        incident.participants.append(_caller(call, filing, None))
    return incidents.add(incident)
