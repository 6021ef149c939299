"""``validate_incident``: the rules every stored incident obeys, whatever path it came by.

The services call it before every write (forms, the wizard, phone filing, the CLI, imports);
the JSON reader (``incident_json``) calls it after reading, so both give the same message,
naming the field as the JSON format spells it (``quotes[2].said_at: ...``).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from .assessment import Assessment
from .enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    Employment,
    IncidentStatus,
    ParticipantRole,
    TimelineKind,
)
from .errors import ValidationError
from .json_reader import MAX_ITEMS, check_timezone
from .models import Incident, Person, StaffMember
from .staff_care import StaffCare
from .validation import check_date, check_datetime, clean_int, clean_text

# A repeat count or a cost beyond these is a typing error, not a record.
MAX_REPEATS = 100_000
MAX_MINUTES = 10**7
MAX_YEN = 10**12


def _enum(value: object, cls: type[StrEnum], field: str) -> None:
    if not isinstance(value, cls):
        raise ValidationError(f"{field}: unknown code {str(value)[:40]!r}.")


def _when(value: object, field: str, *, required: bool = False) -> None:
    if value is None:
        if required:
            raise ValidationError(f"{field}: a date and time is required.")
        return
    if not isinstance(value, datetime):
        raise ValidationError(f"{field}: expected a date and time.")
    check_datetime(value, field)


def _day(value: object, field: str) -> None:
    if value is None:
        return
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(f"{field}: expected a date.")
    check_date(value, field)


def _count(items: list[object], field: str) -> None:
    if len(items) > MAX_ITEMS:
        raise ValidationError(f"{field}: more than {MAX_ITEMS:,} entries.")


def _staff(s: StaffMember, path: str) -> None:
    s.name = clean_text(s.name, f"{path}.name", required=True)
    s.position = clean_text(s.position, f"{path}.position")
    _enum(s.employment, Employment, f"{path}.employment")
    s.contact = clean_text(s.contact, f"{path}.contact")


def _person(p: Person, path: str) -> None:
    p.label = clean_text(p.label, f"{path}.label")
    p.name = clean_text(p.name, f"{path}.name")
    p.description = clean_text(p.description, f"{path}.description", long=True)
    p.contact = clean_text(p.contact, f"{path}.contact")
    if not (p.label.strip() or p.name.strip()):
        raise ValidationError(f"{path}: a person needs a label or a name.")
    if not p.label.strip():
        p.label = p.name


def _lists(inc: Incident) -> None:
    for name in ("behaviours", "quotes", "timeline", "participants", "statements", "actions",
                 "costs", "staff_care"):  # fmt: skip
        _count(getattr(inc, name), name)
    for i, b in enumerate(inc.behaviours):
        _enum(b, Behaviour, f"behaviours[{i}]")
    inc.behaviours = list(dict.fromkeys(inc.behaviours))
    for i, q in enumerate(inc.quotes):
        path = f"quotes[{i}]"
        q.speaker = clean_text(q.speaker, f"{path}.speaker")
        q.words = clean_text(q.words, f"{path}.words", long=True, required=True)
        _when(q.said_at, f"{path}.said_at")
        clean_int(q.repeat_count, f"{path}.repeat_count", minimum=1, maximum=MAX_REPEATS)
        q.response = clean_text(q.response, f"{path}.response", long=True)
    for i, t in enumerate(inc.timeline):
        path = f"timeline[{i}]"
        _when(t.at, f"{path}.at", required=True)
        _enum(t.kind, TimelineKind, f"{path}.kind")
        t.description = clean_text(t.description, f"{path}.description", long=True)
        t.by = clean_text(t.by, f"{path}.by")
    for i, p in enumerate(inc.participants):
        path = f"participants[{i}]"
        _enum(p.role, ParticipantRole, f"{path}.role")
        if (p.staff is None) == (p.person is None):
            raise ValidationError(f"{path}: give exactly one of 'staff' or 'person'.")
        if p.staff is not None:
            _staff(p.staff, f"{path}.staff")
        if p.person is not None:
            _person(p.person, f"{path}.person")
        p.note = clean_text(p.note, f"{path}.note")
    for i, s in enumerate(inc.statements):
        path = f"statements[{i}]"
        s.witness = clean_text(s.witness, f"{path}.witness", required=True)
        s.relation = clean_text(s.relation, f"{path}.relation")
        _when(s.given_at, f"{path}.given_at")
        s.taken_by = clean_text(s.taken_by, f"{path}.taken_by")
        s.text = clean_text(s.text, f"{path}.text", long=True, required=True)
    for i, a in enumerate(inc.actions):
        path = f"actions[{i}]"
        _enum(a.kind, ActionKind, f"{path}.kind")
        a.description = clean_text(a.description, f"{path}.description", long=True)
        _when(a.at, f"{path}.at")
        a.by = clean_text(a.by, f"{path}.by")
        _day(a.due, f"{path}.due")
    for i, c in enumerate(inc.costs):
        path = f"costs[{i}]"
        _enum(c.kind, CostKind, f"{path}.kind")
        clean_int(c.minutes, f"{path}.minutes", maximum=MAX_MINUTES)
        clean_int(c.amount_yen, f"{path}.amount_yen", maximum=MAX_YEN)
        c.note = clean_text(c.note, f"{path}.note")


def validate_incident(inc: Incident) -> Incident:
    """Check and normalise ``inc`` in place (text NFC, limits, dates in range and in order,
    known codes); return it.

    Raises:
        ValidationError: naming the field, e.g. ``quotes[0].said_at: 0001-01-01 is outside
            1900-01-01..2200-12-31.``
    """
    _when(inc.occurred_at, "occurred_at", required=True)
    _when(inc.ended_at, "ended_at")
    if inc.ended_at is not None and inc.ended_at < inc.occurred_at:
        raise ValidationError("ended_at: the incident ends before it began.")
    inc.timezone = check_timezone(clean_text(inc.timezone, "timezone") or "Asia/Tokyo")
    inc.location = clean_text(inc.location, "location")
    _enum(inc.channel, Channel, "channel")
    _enum(inc.status, IncidentStatus, "status")
    inc.summary = clean_text(inc.summary, "summary", long=True, required=True)
    inc.demand = clean_text(inc.demand, "demand", long=True)
    _lists(inc)
    if not isinstance(inc.assessment, Assessment):
        raise ValidationError("assessment: expected the recorded answers.")
    Assessment.from_dict(inc.assessment.to_dict())
    for i, care in enumerate(inc.staff_care):
        try:
            StaffCare.from_dict(care.to_dict())
        except (ValidationError, AttributeError) as exc:
            raise ValidationError(f"staff_care[{i}]: {exc}") from None
    inc.prevention = clean_text(inc.prevention, "prevention", long=True)
    if not isinstance(inc.training_case, bool):
        raise ValidationError("training_case: expected true or false.")
    _day(inc.offender_known_on, "offender_known_on")
    _day(inc.offender_known_to_staff_on, "offender_known_to_staff_on")
    return inc
