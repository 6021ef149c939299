"""Cooperation requests between employers (art. 33(3) of the amended Act).

When the person who harassed staff is another company's employee, or the customer is a
business, the shop may ask that employer to cooperate (confirm the facts, prevent a recurrence);
and another employer may ask the shop, for instance when the shop's own staff were the
harassers. Both directions are recorded; an outgoing request is printed as a letter.

The letter follows the idea of the notice's reason (``notice_reason.py``): it speaks to the
other employer in neutral, factual sentences built from the structured record (the recorded
behaviours, not the internal summary), names staff only when the shop chooses to, and says the
facts are as the shop recorded them. Its sentences are data:
``resources/templates/cooperation_letter.json`` (ja, en, nb).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from ..infra.resources import read_text
from .enums import Behaviour
from .era import japanese_date
from .errors import ValidationError
from .json_reader import JsonReader
from .models import Incident, ShopProfile
from .notice_reason import ORDER
from .validation import check_date, clean_text
from .vocabulary import label as vocabulary_label

RESOURCE = "templates/cooperation_letter.json"
LANGUAGES = ("ja", "en", "nb")


class Direction(StrEnum):
    OUTGOING = "outgoing"  # the shop asks another employer
    INCOMING = "incoming"  # another employer asks the shop


@dataclass(frozen=True)
class CooperationRequest:
    """One request for cooperation, either way.

    Attributes:
        direction: outgoing (the shop asks) or incoming (the shop is asked).
        request_date: when it was sent or received.
        employer: the other employer (company name).
        employer_contact: the person or department there.
        employer_address: their address.
        incident_reference: the shop's incident, if any.
        occurred_on: when what it concerns happened.
        what_happened: the facts, in neutral words (printed on an outgoing letter).
        what_asked: what is asked (of them, or of the shop).
        response: what the other side (outgoing) or the shop (incoming) answered or did.
        responded_on: when.
        staff_names: the staff concerned; printed only when ``name_staff``.
        name_staff: print the staff names on the letter (off by default).
        id, recorded_at, recorded_by: set by the store.
    """

    direction: Direction
    request_date: date
    employer: str
    employer_contact: str = ""
    employer_address: str = ""
    incident_reference: str = ""
    occurred_on: date | None = None
    what_happened: str = ""
    what_asked: str = ""
    response: str = ""
    responded_on: date | None = None
    staff_names: str = ""
    name_staff: bool = False
    id: int | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""


def validate_request(r: CooperationRequest) -> CooperationRequest:
    """``r`` with checked text and dates, or ``ValidationError`` naming the field."""
    if not isinstance(r.direction, Direction):
        raise ValidationError(f"direction: unknown code {str(r.direction)[:40]!r}.")
    check_date(r.request_date, "date")
    for day, field in ((r.occurred_on, "occurred_on"), (r.responded_on, "responded_on")):
        if day is not None:
            check_date(day, field)
    what = clean_text(r.what_happened, "what_happened", long=True)
    if r.direction is Direction.OUTGOING and not what.strip():
        raise ValidationError("what_happened: say what happened (the letter prints it).")
    return CooperationRequest(
        direction=r.direction,
        request_date=r.request_date,
        employer=clean_text(r.employer, "employer", required=True).strip(),
        employer_contact=clean_text(r.employer_contact, "employer_contact").strip(),
        employer_address=clean_text(r.employer_address, "employer_address"),
        incident_reference=clean_text(r.incident_reference, "incident").strip(),
        occurred_on=r.occurred_on,
        what_happened=what,
        what_asked=clean_text(r.what_asked, "what_asked", long=True),
        response=clean_text(r.response, "response", long=True),
        responded_on=r.responded_on,
        staff_names=clean_text(r.staff_names, "staff_names").strip(),
        name_staff=bool(r.name_staff),
        id=r.id,
        recorded_at=r.recorded_at,
        recorded_by=r.recorded_by,
    )


REQUEST_FIELDS = {
    "direction",
    "date",
    "employer",
    "employer_contact",
    "employer_address",
    "incident",
    "occurred_on",
    "what_happened",
    "what_asked",
    "response",
    "responded_on",
    "staff_names",
    "name_staff",
}


def request_from_dict(data: object) -> CooperationRequest:
    """A request from its JSON object (``cooperation add --file``), checked."""
    r = JsonReader(data, "", REQUEST_FIELDS)
    day = r.date("date")
    if day is None:
        raise ValidationError("date: the day the request was sent or received is required.")
    return validate_request(
        CooperationRequest(
            direction=r.enum("direction", Direction, Direction.OUTGOING),
            request_date=day,
            employer=r.text("employer", required=True),
            employer_contact=r.text("employer_contact"),
            employer_address=r.text("employer_address"),
            incident_reference=r.text("incident"),
            occurred_on=r.date("occurred_on"),
            what_happened=r.text("what_happened", long=True),
            what_asked=r.text("what_asked", long=True),
            response=r.text("response", long=True),
            responded_on=r.date("responded_on"),
            staff_names=r.text("staff_names"),
            name_staff=r.boolean("name_staff"),
        )
    )


def request_to_dict(r: CooperationRequest) -> dict[str, Any]:
    """The JSON form (``cooperation list --json``); reads back with the function above."""
    return {
        "id": r.id,
        "direction": r.direction.value,
        "date": r.request_date.isoformat(),
        "employer": r.employer,
        "employer_contact": r.employer_contact,
        "employer_address": r.employer_address,
        "incident": r.incident_reference,
        "occurred_on": r.occurred_on.isoformat() if r.occurred_on else None,
        "what_happened": r.what_happened,
        "what_asked": r.what_asked,
        "response": r.response,
        "responded_on": r.responded_on.isoformat() if r.responded_on else None,
        "staff_names": r.staff_names,
        "name_staff": r.name_staff,
        "recorded_at": r.recorded_at.isoformat() if r.recorded_at else None,
        "recorded_by": r.recorded_by,
    }


@cache
def _wording() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(RESOURCE))
    return data


def wording(lang: str) -> dict[str, str]:
    """The letter's sentences in ``lang`` (Japanese for an unknown code)."""
    entry: dict[str, Any] = _wording()[lang if lang in LANGUAGES else "ja"]
    return {k: str(v) for k, v in entry.items()}


def date_text(day: date, lang: str) -> str:
    """令和8年12月4日 in Japanese (ISO before 1873), ISO otherwise."""
    if lang == "ja":
        try:
            return japanese_date(day)
        except ValueError:
            pass
    return day.isoformat()


def draft_what_happened(incident: Incident, lang: str, day: date) -> str:
    """A neutral first draft of "what happened" from an incident's recorded behaviours.

    Only the behaviour codes and the day are used: never the internal summary, the customer's
    name or staff names (the letter adds staff names only when the shop chooses to).
    """
    w = wording(lang)
    lines = [w["draft_intro"].replace("{date}", date_text(day, lang))]
    recorded = set(incident.behaviours)
    # The manner first, the demand after it (as on a notice): see notice_reason.ORDER.
    for behaviour in [*ORDER, *(b for b in Behaviour if b not in ORDER)]:
        if behaviour in recorded:
            lines.append(w["bullet"] + vocabulary_label(behaviour, lang))
    if len(lines) == 1:
        lines.append(w["bullet"] + w["draft_none"])
    return "\n".join(lines)


@dataclass(frozen=True)
class CooperationLetter:
    """The outgoing letter's texts, in one language, ready for ``reports/cooperation_request``."""

    lang: str
    title: str
    date_line: str
    addressee: tuple[str, ...]
    sender: tuple[str, ...]
    salutation: str
    intro: str
    sections: tuple[tuple[str, str], ...]
    privacy: str
    closing: str


def compose_letter(r: CooperationRequest, shop: ShopProfile, lang: str) -> CooperationLetter:
    """The letter for outgoing request ``r`` from ``shop``, in ``lang``.

    Raises:
        ValidationError: ``r`` is an incoming request (the shop answers those in its own words).
    """
    if r.direction is not Direction.OUTGOING:
        raise ValidationError("Only an outgoing request is printed as a letter.")
    w = wording(lang)
    addressee = [r.employer + w["company_suffix"]]
    if r.employer_contact:
        addressee.append(w["attention"].replace("{name}", r.employer_contact))
    if r.employer_address.strip():
        addressee.insert(0, r.employer_address.strip())
    sender = [x for x in (shop.address, shop.company, shop.name) if x.strip()]
    if shop.representative.strip():
        sender.append(shop.representative.strip())
    if shop.phone.strip():
        sender.append(w["phone"].replace("{phone}", shop.phone.strip()))
    happened = r.what_happened.strip()
    facts: list[str] = []
    if r.occurred_on is not None:
        facts.append(w["occurred_on"].replace("{date}", date_text(r.occurred_on, lang)))
    if r.incident_reference:
        facts.append(w["our_reference"].replace("{ref}", r.incident_reference))
    facts.append(happened)
    if r.name_staff and r.staff_names:
        facts.append(w["staff"].replace("{names}", r.staff_names))
    facts.append(w["as_recorded"])
    asked = r.what_asked.strip() or w["default_asked"]
    return CooperationLetter(
        lang=lang,
        title=w["title"],
        date_line=date_text(r.request_date, lang),
        addressee=tuple(addressee),
        sender=tuple(sender),
        salutation=w["salutation"],
        intro=w["intro"],
        sections=(
            (w["heading_happened"], "\n".join(facts)),
            (w["heading_asked"], asked),
        ),
        privacy=w["privacy"],
        closing=w["closing"],
    )
