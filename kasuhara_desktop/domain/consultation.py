"""The consultation desk: whom staff can talk to, and the record of each consultation.

The MHLW guideline asks for a consultation system staff know about (borderline cases
included) and for the privacy of those who consult. A *contact* is someone staff may turn to:
an internal contact person (a user of the logbook, by login, or just a name), the shop's
lawyer, the local police station, the police consultation line #9110, the labour bureau's
総合労働相談コーナー. The public ones ship in ``resources/templates/consultation_contacts.json``;
a phone number that is not certain is shipped as ``"check"`` and shown as "to be checked",
never guessed.

A *consultation* records who consulted (a name, or initials when they wish), when, how, what
about, what was done and the follow-up, and which contact person handles it. Only the owner and
that contact person may read it (``services/consultation.py`` filters every read).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from ..infra.resources import read_text
from .errors import ValidationError
from .json_reader import JsonReader
from .validation import check_datetime, clean_text

RESOURCE = "templates/consultation_contacts.json"
LANGUAGES = ("ja", "en", "nb")
CHECK = "check"  # a phone number shipped as this is not certain: "to be checked"


class ContactKind(StrEnum):
    """Who a contact is."""

    INTERNAL = "internal"  # a contact person in the shop (a login, or only a name)
    LAWYER = "lawyer"
    POLICE_STATION = "police_station"
    POLICE_LINE = "police_9110"
    LABOUR_BUREAU = "labour_bureau"
    OTHER = "other"


class Channel(StrEnum):
    """How a consultation reached the contact person."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    MESSAGE = "message"  # e-mail, chat, a note
    OTHER = "other"


@dataclass(frozen=True)
class Contact:
    """Someone staff may talk to.

    Attributes:
        kind: what kind of contact.
        name: who (a person, an office); for an internal contact with a login, the display name.
        login: the logbook user for an internal contact person (empty: a name only).
        phone: the number; empty when unknown; :data:`CHECK` when it must be checked locally.
        address: address or where to find them.
        hours: when they can be reached.
        notes: anything else (what they help with).
        id: the stored row; None for a standard contact from the template.
    """

    kind: ContactKind
    name: str
    login: str = ""
    phone: str = ""
    address: str = ""
    hours: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def phone_unchecked(self) -> bool:
        """True when the number is shipped as "check": look it up before relying on it."""
        return self.phone.strip().lower() == CHECK

    @property
    def is_contact_person(self) -> bool:
        """True for an internal contact who is a logbook user (may record consultations)."""
        return self.kind is ContactKind.INTERNAL and bool(self.login.strip())


@dataclass(frozen=True)
class Consultation:
    """One consultation, as the contact person recorded it.

    Attributes:
        consulted_by: who consulted: a name, or initials when they wish to stay unnamed.
        consulted_at: when (with its UTC offset).
        channel: how.
        summary: what it was about.
        contact_login: the contact person handling it (the only one besides the owner who may
            read it).
        incident_reference: the incident it concerns, if any.
        action: what was done.
        follow_up: what is still to be done.
        follow_up_on: by when.
        id, recorded_at, recorded_by: set by the store.
    """

    consulted_by: str
    consulted_at: datetime
    channel: Channel
    summary: str
    contact_login: str
    incident_reference: str = ""
    action: str = ""
    follow_up: str = ""
    follow_up_on: date | None = None
    id: int | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""


def validate_contact(c: Contact) -> Contact:
    """``c`` with checked text, or ``ValidationError`` naming the field."""
    if not isinstance(c.kind, ContactKind):
        raise ValidationError(f"kind: unknown code {str(c.kind)[:40]!r}.")
    name = clean_text(c.name, "name").strip()
    login = clean_text(c.login, "login").strip()
    if c.kind is not ContactKind.INTERNAL and login:
        raise ValidationError("login: only an internal contact person is a logbook user.")
    if not name and not login:
        raise ValidationError("name: give the contact's name (or, for a user, their login).")
    return Contact(
        kind=c.kind,
        name=name,
        login=login,
        phone=clean_text(c.phone, "phone").strip(),
        address=clean_text(c.address, "address"),
        hours=clean_text(c.hours, "hours"),
        notes=clean_text(c.notes, "notes"),
        id=c.id,
    )


def validate_consultation(c: Consultation) -> Consultation:
    """``c`` with checked text, or ``ValidationError`` naming the field."""
    if not isinstance(c.channel, Channel):
        raise ValidationError(f"channel: unknown code {str(c.channel)[:40]!r}.")
    if c.consulted_at.tzinfo is None:
        raise ValidationError("when: the time needs its UTC offset (e.g. +09:00).")
    return Consultation(
        consulted_by=clean_text(c.consulted_by, "consulted_by").strip(),
        consulted_at=check_datetime(c.consulted_at, "when"),
        channel=c.channel,
        summary=clean_text(c.summary, "summary", long=True, required=True),
        contact_login=clean_text(c.contact_login, "contact", required=True).strip(),
        incident_reference=clean_text(c.incident_reference, "incident").strip(),
        action=clean_text(c.action, "action", long=True),
        follow_up=clean_text(c.follow_up, "follow_up", long=True),
        follow_up_on=c.follow_up_on,
        id=c.id,
        recorded_at=c.recorded_at,
        recorded_by=c.recorded_by,
    )


CONSULTATION_FIELDS = {
    "consulted_by",
    "when",
    "channel",
    "summary",
    "contact",
    "incident",
    "action",
    "follow_up",
    "follow_up_on",
}


def consultation_from_dict(data: object, default_contact: str = "") -> Consultation:
    """A consultation from its JSON object (``consultation add --file``), checked."""
    r = JsonReader(data, "", CONSULTATION_FIELDS)
    when = r.datetime("when", required=True)
    assert when is not None  # required above
    return validate_consultation(
        Consultation(
            consulted_by=r.text("consulted_by"),
            consulted_at=when,
            channel=r.enum("channel", Channel, Channel.IN_PERSON),
            summary=r.text("summary", long=True, required=True),
            contact_login=r.text("contact") or default_contact,
            incident_reference=r.text("incident"),
            action=r.text("action", long=True),
            follow_up=r.text("follow_up", long=True),
            follow_up_on=r.date("follow_up_on"),
        )
    )


def consultation_to_dict(c: Consultation) -> dict[str, Any]:
    """The JSON form (``consultation list --json``); reads back with the function above."""
    return {
        "id": c.id,
        "consulted_by": c.consulted_by,
        "when": c.consulted_at.isoformat(),
        "channel": c.channel.value,
        "summary": c.summary,
        "contact": c.contact_login,
        "incident": c.incident_reference,
        "action": c.action,
        "follow_up": c.follow_up,
        "follow_up_on": c.follow_up_on.isoformat() if c.follow_up_on else None,
        "recorded_at": c.recorded_at.isoformat() if c.recorded_at else None,
        "recorded_by": c.recorded_by,
    }


def contact_to_dict(c: Contact) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind.value,
        "name": c.name,
        "login": c.login,
        "phone": c.phone,
        "phone_unchecked": c.phone_unchecked,
        "address": c.address,
        "hours": c.hours,
        "notes": c.notes,
    }


@cache
def _template() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(RESOURCE))
    return data


def _localised(value: object, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("ja") or "")
    return "" if value is None else str(value)


def standard_contacts(lang: str) -> list[Contact]:
    """The public contacts every shop in Japan has (from the template), in ``lang``."""
    lang = lang if lang in LANGUAGES else "ja"
    return [
        Contact(
            kind=ContactKind(entry["kind"]),
            name=_localised(entry.get("name"), lang),
            phone=str(entry.get("phone", "")),
            address=_localised(entry.get("address"), lang),
            hours=_localised(entry.get("hours"), lang),
            notes=_localised(entry.get("notes"), lang),
        )
        for entry in _template()["contacts"]
    ]


def label(key: str, lang: str) -> str:
    """A printed label from the template (kind names, "to be checked"...), in ``lang``."""
    labels: dict[str, Any] = _template()["labels"]
    return _localised(labels.get(key, key), lang if lang in LANGUAGES else "ja")


def with_standard(stored: list[Contact], lang: str) -> list[Contact]:
    """The shop's contacts, then each standard one whose kind the shop has not entered itself.

    The shop's own lawyer, police station or internal contacts come first; #9110 and the
    labour bureau are added from the template unless the shop recorded its own entry of
    that kind (for example the local office's number).
    """
    kinds = {c.kind for c in stored}
    return [*stored, *(c for c in standard_contacts(lang) if c.kind not in kinds)]
