"""Translated names of incident fields, keyed by their JSON names.

One table serves the form labels, the table headers, the history ("what changed") and the
messages that point at a field ("Exact words, row 2, Words: must not be empty").
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from .common import fill


def _fields() -> dict[str, str]:
    return {
        "occurred_at": QCoreApplication.translate("IncidentFields", "Occurred"),
        "ended_at": QCoreApplication.translate("IncidentFields", "Ended"),
        "timezone": QCoreApplication.translate("IncidentFields", "Time zone"),
        "location": QCoreApplication.translate("IncidentFields", "Location"),
        "channel": QCoreApplication.translate("IncidentFields", "Channel"),
        "status": QCoreApplication.translate("IncidentFields", "Status"),
        "summary": QCoreApplication.translate("IncidentFields", "What happened"),
        "demand": QCoreApplication.translate("IncidentFields", "Demand"),
        "behaviours": QCoreApplication.translate("IncidentFields", "Behaviours"),
        "reference": QCoreApplication.translate("IncidentFields", "Reference"),
        "version": QCoreApplication.translate("IncidentFields", "Version"),
        "created": QCoreApplication.translate("IncidentFields", "Created"),
        "speaker": QCoreApplication.translate("IncidentFields", "Speaker"),
        "words": QCoreApplication.translate("IncidentFields", "Exact words"),
        "said_at": QCoreApplication.translate("IncidentFields", "Said at"),
        "repeat_count": QCoreApplication.translate("IncidentFields", "Times"),
        "response": QCoreApplication.translate("IncidentFields", "Answer given"),
        "at": QCoreApplication.translate("IncidentFields", "Time"),
        "kind": QCoreApplication.translate("IncidentFields", "Kind"),
        "description": QCoreApplication.translate("IncidentFields", "Description"),
        "by": QCoreApplication.translate("IncidentFields", "By"),
        "role": QCoreApplication.translate("IncidentFields", "Role"),
        "staff": QCoreApplication.translate("IncidentFields", "Staff member"),
        "person": QCoreApplication.translate("IncidentFields", "Outside person"),
        "note": QCoreApplication.translate("IncidentFields", "Note"),
        "name": QCoreApplication.translate("IncidentFields", "Name"),
        "position": QCoreApplication.translate("IncidentFields", "Position"),
        "employment": QCoreApplication.translate("IncidentFields", "Employment"),
        "contact": QCoreApplication.translate("IncidentFields", "Contact"),
        "label": QCoreApplication.translate("IncidentFields", "Label"),
        "witness": QCoreApplication.translate("IncidentFields", "Witness"),
        "relation": QCoreApplication.translate("IncidentFields", "Relation"),
        "given_at": QCoreApplication.translate("IncidentFields", "Given at"),
        "taken_by": QCoreApplication.translate("IncidentFields", "Taken by"),
        "text": QCoreApplication.translate("IncidentFields", "Statement"),
        "due": QCoreApplication.translate("IncidentFields", "Due"),
        "done": QCoreApplication.translate("IncidentFields", "Done"),
        "minutes": QCoreApplication.translate("IncidentFields", "Minutes"),
        "amount_yen": QCoreApplication.translate("IncidentFields", "Amount (yen)"),
        "assessment": QCoreApplication.translate("IncidentFields", "Assessment"),
        "staff_care": QCoreApplication.translate("IncidentFields", "Staff care"),
        "prevention": QCoreApplication.translate("IncidentFields", "Prevention"),
        "training_case": QCoreApplication.translate("IncidentFields", "Training case"),
        "offender_known_on": QCoreApplication.translate(
            "IncidentFields", "Day the shop learned who the offender is"
        ),
        "offender_known_to_staff_on": QCoreApplication.translate(
            "IncidentFields", "Day the staff member harmed learned who the offender is"
        ),
    }


def _sections() -> dict[str, str]:
    return {
        "quotes": QCoreApplication.translate("IncidentFields", "Exact words"),
        "timeline": QCoreApplication.translate("IncidentFields", "Timeline"),
        "participants": QCoreApplication.translate("IncidentFields", "People"),
        "statements": QCoreApplication.translate("IncidentFields", "Statements"),
        "actions": QCoreApplication.translate("IncidentFields", "Actions"),
        "costs": QCoreApplication.translate("IncidentFields", "Costs"),
    }


SECTIONS = ("quotes", "timeline", "participants", "statements", "actions", "costs")


def field_label(key: str) -> str:
    return _fields().get(key) or _sections().get(key) or key


def section_label(key: str) -> str:
    return _sections().get(key, key)


_PATH = re.compile(r"^(?P<section>[a-z_]+)(?:\[(?P<row>\d+)\])?(?:\.(?P<rest>[a-z_.\[\]0-9]+))?$")


def locate(path: str) -> tuple[str, int | None, str | None]:
    """Split a validation path like ``quotes[2].words`` into (section, row, field)."""
    match = _PATH.match(path)
    if match is None:
        return path, None, None
    row = match["row"]
    rest = match["rest"]
    last = rest.rsplit(".", 1)[-1] if rest else None
    return match["section"], int(row) if row is not None else None, last


def describe_path(path: str) -> str:
    """A person-readable place for a validation path (translated)."""
    section, row, last = locate(path)
    if row is None:
        return field_label(section)
    where = fill(
        QCoreApplication.translate("IncidentFields", "%1, row %2"), section_label(section), row + 1
    )
    if last is not None:
        where += ", " + field_label(last)
    return where
