"""Translated names of incident fields, keyed by their JSON names.

One table serves the form labels, the table headers, the history ("what changed") and the
messages that point at a field ("Exact words, row 2, Words: must not be empty").
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from .common import fill


def _fields() -> dict[str, str]:
    tr = QCoreApplication.translate  # literal arguments, so that lupdate finds every string
    return {
        "occurred_at": tr("IncidentFields", "Occurred"),
        "ended_at": tr("IncidentFields", "Ended"),
        "timezone": tr("IncidentFields", "Time zone"),
        "location": tr("IncidentFields", "Location"),
        "channel": tr("IncidentFields", "Channel"),
        "status": tr("IncidentFields", "Status"),
        "summary": tr("IncidentFields", "What happened"),
        "demand": tr("IncidentFields", "Demand"),
        "behaviours": tr("IncidentFields", "Behaviours"),
        "reference": tr("IncidentFields", "Reference"),
        "version": tr("IncidentFields", "Version"),
        "created": tr("IncidentFields", "Created"),
        "speaker": tr("IncidentFields", "Speaker"),
        "words": tr("IncidentFields", "Exact words"),
        "said_at": tr("IncidentFields", "Said at"),
        "repeat_count": tr("IncidentFields", "Times"),
        "response": tr("IncidentFields", "Answer given"),
        "at": tr("IncidentFields", "Time"),
        "kind": tr("IncidentFields", "Kind"),
        "description": tr("IncidentFields", "Description"),
        "by": tr("IncidentFields", "By"),
        "role": tr("IncidentFields", "Role"),
        "staff": tr("IncidentFields", "Staff member"),
        "person": tr("IncidentFields", "Outside person"),
        "note": tr("IncidentFields", "Note"),
        "name": tr("IncidentFields", "Name"),
        "position": tr("IncidentFields", "Position"),
        "employment": tr("IncidentFields", "Employment"),
        "contact": tr("IncidentFields", "Contact"),
        "label": tr("IncidentFields", "Label"),
        "witness": tr("IncidentFields", "Witness"),
        "relation": tr("IncidentFields", "Relation"),
        "given_at": tr("IncidentFields", "Given at"),
        "taken_by": tr("IncidentFields", "Taken by"),
        "text": tr("IncidentFields", "Statement"),
        "due": tr("IncidentFields", "Due"),
        "done": tr("IncidentFields", "Done"),
        "minutes": tr("IncidentFields", "Minutes"),
        "amount_yen": tr("IncidentFields", "Amount (yen)"),
        "assessment": tr("IncidentFields", "Assessment"),
        "staff_care": tr("IncidentFields", "Staff care"),
        "prevention": tr("IncidentFields", "Prevention"),
        "training_case": tr("IncidentFields", "Training case"),
        "offender_known_on": tr("IncidentFields", "Offender known on"),
    }


def _sections() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "quotes": tr("IncidentFields", "Exact words"),
        "timeline": tr("IncidentFields", "Timeline"),
        "participants": tr("IncidentFields", "People"),
        "statements": tr("IncidentFields", "Statements"),
        "actions": tr("IncidentFields", "Actions"),
        "costs": tr("IncidentFields", "Costs"),
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
