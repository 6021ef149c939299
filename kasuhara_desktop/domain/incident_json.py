"""Incident JSON: the documented import/export format (resources/docs/incident-json.md).

``incident_to_dict`` and ``incident_from_dict`` are exact inverses for every field the format
carries, so ``incident show --json`` feeds ``incident add`` or ``incident update`` losslessly.
Input is checked strictly: unknown keys, wrong types, unknown codes and oversized or
control-character text are refused with a message naming the field.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .assessment import Assessment, judge
from .element_answers import answers_from_dict, answers_to_dict
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
from .incident_validation import MAX_MINUTES, MAX_REPEATS, MAX_YEN, validate_incident
from .json_reader import JsonReader, check_timezone, parse_enum
from .models import (
    Action,
    CostEntry,
    Incident,
    Participant,
    Person,
    Quote,
    StaffMember,
    TimelineEntry,
    WitnessStatement,
)
from .staff_care import StaffCare
from .validation import clean_text

FORMAT = "kasuhara-incident/1"
# Computed on output from the recorded answers; accepted on input and recomputed.
JUDGEMENT_KEYS = frozenset({"verdict", "claim", "is_harassment", "reasons", "next_steps",
                            "inconsistencies"})  # fmt: skip
# Added by the service on output (needs the legal data); accepted on input and ignored.
OUTPUT_ONLY_KEYS = frozenset({"possible_offences", "legal_disclaimer"})


# ---------------------------------------------------------------- export


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _staff_to_dict(s: StaffMember) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "position": s.position,
        "employment": s.employment.value,
        "contact": s.contact,
    }


def _person_to_dict(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "label": p.label,
        "name": p.name,
        "description": p.description,
        "contact": p.contact,
    }


def incident_to_dict(inc: Incident) -> dict[str, Any]:
    """Return the JSON-ready dictionary for ``inc`` (the documented format)."""
    return {
        "format": FORMAT,
        "reference": inc.reference or None,
        "version": inc.version,
        "status": inc.status.value,
        "occurred_at": _dt(inc.occurred_at),
        "ended_at": _dt(inc.ended_at),
        "timezone": inc.timezone,
        "location": inc.location,
        "channel": inc.channel.value,
        "summary": inc.summary,
        "demand": inc.demand,
        "behaviours": [b.value for b in inc.behaviours],
        "quotes": [
            {
                "speaker": q.speaker,
                "words": q.words,
                "said_at": _dt(q.said_at),
                "repeat_count": q.repeat_count,
                "response": q.response,
            }
            for q in inc.quotes
        ],
        "timeline": [
            {"at": _dt(t.at), "kind": t.kind.value, "description": t.description, "by": t.by}
            for t in inc.timeline
        ],
        "participants": [
            {
                "role": p.role.value,
                "note": p.note,
                **({"staff": _staff_to_dict(p.staff)} if p.staff is not None else {}),
                **({"person": _person_to_dict(p.person)} if p.person is not None else {}),
            }
            for p in inc.participants
        ],
        "statements": [
            {
                "witness": s.witness,
                "relation": s.relation,
                "given_at": _dt(s.given_at),
                "taken_by": s.taken_by,
                "text": s.text,
            }
            for s in inc.statements
        ],
        "actions": [
            {
                "kind": a.kind.value,
                "description": a.description,
                "at": _dt(a.at),
                "by": a.by,
                "due": _d(a.due),
                "done": a.done,
            }
            for a in inc.actions
        ],
        "costs": [
            {"kind": c.kind.value, "minutes": c.minutes, "amount_yen": c.amount_yen, "note": c.note}
            for c in inc.costs
        ],
        "assessment": {
            **inc.assessment.to_dict(),
            **judge(inc.assessment, behaviours=inc.behaviours).to_dict(),
        },
        "staff_care": [c.to_dict() for c in inc.staff_care],
        "prevention": inc.prevention,
        "training_case": inc.training_case,
        "offender_known_on": _d(inc.offender_known_on),
        "offender_known_to_staff_on": _d(inc.offender_known_to_staff_on),
        "offence_answers": answers_to_dict(inc.offence_answers),
    }


# ---------------------------------------------------------------- import


def _staff(data: object, path: str) -> StaffMember:
    r = JsonReader(data, path, {"id", "name", "position", "employment", "contact"})
    return StaffMember(
        id=r.optional_id("id"),
        name=r.text("name", required=True),
        position=r.text("position"),
        employment=r.enum("employment", Employment, Employment.PART_TIME),
        contact=r.text("contact"),
    )


def _person(data: object, path: str) -> Person:
    r = JsonReader(data, path, {"id", "label", "name", "description", "contact"})
    person = Person(
        id=r.optional_id("id"),
        label=r.text("label"),
        name=r.text("name"),
        description=r.text("description", long=True),
        contact=r.text("contact"),
    )
    if not (person.label.strip() or person.name.strip()):
        raise ValidationError(f"{path}: a person needs a label or a name.")
    if not person.label.strip():
        person.label = person.name
    return person


def _participant(data: object, path: str) -> Participant:
    r = JsonReader(data, path, {"role", "note", "staff", "person"})
    staff = _staff(r.data["staff"], f"{path}.staff") if r.data.get("staff") is not None else None
    person = (
        _person(r.data["person"], f"{path}.person") if r.data.get("person") is not None else None
    )
    if (staff is None) == (person is None):
        raise ValidationError(f"{path}: give exactly one of 'staff' or 'person'.")
    return Participant(
        role=r.enum("role", ParticipantRole), staff=staff, person=person, note=r.text("note")
    )


def _quote(data: object, path: str) -> Quote:
    r = JsonReader(data, path, {"speaker", "words", "said_at", "repeat_count", "response"})
    return Quote(
        speaker=r.text("speaker"),
        words=r.text("words", long=True, required=True),
        said_at=r.datetime("said_at"),
        repeat_count=r.integer("repeat_count", 1, minimum=1, maximum=MAX_REPEATS),
        response=r.text("response", long=True),
    )


def _timeline(data: object, path: str) -> TimelineEntry:
    r = JsonReader(data, path, {"at", "kind", "description", "by"})
    at = r.datetime("at", required=True)
    assert at is not None
    return TimelineEntry(
        at=at,
        kind=r.enum("kind", TimelineKind, TimelineKind.NOTE),
        description=r.text("description", long=True),
        by=r.text("by"),
    )


def _statement(data: object, path: str) -> WitnessStatement:
    r = JsonReader(data, path, {"witness", "relation", "given_at", "taken_by", "text"})
    return WitnessStatement(
        witness=r.text("witness", required=True),
        relation=r.text("relation"),
        given_at=r.datetime("given_at"),
        taken_by=r.text("taken_by"),
        text=r.text("text", long=True, required=True),
    )


def _action(data: object, path: str) -> Action:
    r = JsonReader(data, path, {"kind", "description", "at", "by", "due", "done"})
    return Action(
        kind=r.enum("kind", ActionKind),
        description=r.text("description", long=True),
        at=r.datetime("at"),
        by=r.text("by"),
        due=r.date("due"),
        done=r.boolean("done"),
    )


def _cost(data: object, path: str) -> CostEntry:
    r = JsonReader(data, path, {"kind", "minutes", "amount_yen", "note"})
    return CostEntry(
        kind=r.enum("kind", CostKind),
        minutes=r.integer("minutes", 0, maximum=MAX_MINUTES),
        amount_yen=r.integer("amount_yen", 0, maximum=MAX_YEN),
        note=r.text("note"),
    )


def _assessment(data: object) -> Assessment:
    if data is None:
        return Assessment()
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in JUDGEMENT_KEYS}
    return Assessment.from_dict(data)


def _staff_care(data: object, path: str) -> StaffCare:
    try:
        return StaffCare.from_dict(data)
    except ValidationError as exc:
        raise ValidationError(f"{path}: {exc}") from None


_TOP_KEYS = {
    "format", "reference", "version", "status", "occurred_at", "ended_at", "timezone",
    "location", "channel", "summary", "demand", "behaviours", "quotes", "timeline",
    "participants", "statements", "actions", "costs", "assessment", "staff_care", "prevention",
    "training_case", "offender_known_on", "offender_known_to_staff_on", "offence_answers",
    *OUTPUT_ONLY_KEYS,
}  # fmt: skip


def incident_from_dict(data: object) -> Incident:
    """Build an ``Incident`` from the documented JSON, or raise ``ValidationError``.

    ``reference`` and ``version`` are accepted (so exported JSON can be fed back) but are
    informational: the vault assigns them.
    """
    r = JsonReader(data, "", _TOP_KEYS)
    fmt = r.data.get("format", FORMAT)
    if fmt != FORMAT:
        raise ValidationError(f"format: expected {FORMAT!r}, got {str(fmt)[:40]!r}.")
    occurred = r.datetime("occurred_at", required=True)
    assert occurred is not None
    behaviours_raw = r.data.get("behaviours", [])
    if not isinstance(behaviours_raw, list):
        raise ValidationError("behaviours: expected a list of codes.")
    behaviours: list[Behaviour] = []
    for i, code in enumerate(behaviours_raw):
        b = parse_enum(code, Behaviour, f"behaviours[{i}]")
        if b not in behaviours:
            behaviours.append(b)
    ref = r.data.get("reference")
    if ref is not None and not isinstance(ref, str):
        raise ValidationError("reference: expected text like K-2026-0001.")
    inc = Incident(
        occurred_at=occurred,
        ended_at=r.datetime("ended_at"),
        timezone=check_timezone(r.text("timezone") or "Asia/Tokyo"),
        location=r.text("location"),
        channel=r.enum("channel", Channel, Channel.IN_PERSON),
        summary=r.text("summary", long=True, required=True),
        demand=r.text("demand", long=True),
        status=r.enum("status", IncidentStatus, IncidentStatus.DRAFT),
        behaviours=behaviours,
        quotes=r.items("quotes", _quote),
        timeline=r.items("timeline", _timeline),
        participants=r.items("participants", _participant),
        statements=r.items("statements", _statement),
        actions=r.items("actions", _action),
        costs=r.items("costs", _cost),
        reference=clean_text(ref, "reference"),
        assessment=_assessment(r.data.get("assessment")),
        staff_care=r.items("staff_care", _staff_care),
        prevention=r.text("prevention", long=True),
        training_case=r.boolean("training_case"),
        offender_known_on=r.date("offender_known_on"),
        offender_known_to_staff_on=r.date("offender_known_to_staff_on"),
        offence_answers=answers_from_dict(r.data.get("offence_answers")),
    )
    # The rules beyond types (ranges, order of dates...) are the ones the service applies.
    return validate_incident(inc)
