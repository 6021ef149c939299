"""Translated names of incident fields, keyed by their JSON names.

One table serves the form labels, the table headers, the history ("what changed") and the
messages that point at a field ("Exact words, row 2, Words: must not be empty").
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("IncidentFields", text)


def _fields() -> dict[str, str]:
    return {
        "occurred_at": _t("Occurred"),
        "ended_at": _t("Ended"),
        "timezone": _t("Time zone"),
        "location": _t("Location"),
        "channel": _t("Channel"),
        "status": _t("Status"),
        "summary": _t("What happened"),
        "demand": _t("Demand"),
        "behaviours": _t("Behaviours"),
        "reference": _t("Reference"),
        "version": _t("Version"),
        "created": _t("Created"),
        "speaker": _t("Speaker"),
        "words": _t("Exact words"),
        "said_at": _t("Said at"),
        "repeat_count": _t("Times"),
        "response": _t("Answer given"),
        "at": _t("Time"),
        "kind": _t("Kind"),
        "description": _t("Description"),
        "by": _t("By"),
        "role": _t("Role"),
        "staff": _t("Staff member"),
        "person": _t("Outside person"),
        "note": _t("Note"),
        "name": _t("Name"),
        "position": _t("Position"),
        "employment": _t("Employment"),
        "contact": _t("Contact"),
        "label": _t("Label"),
        "witness": _t("Witness"),
        "relation": _t("Relation"),
        "given_at": _t("Given at"),
        "taken_by": _t("Taken by"),
        "text": _t("Statement"),
        "due": _t("Due"),
        "done": _t("Done"),
        "minutes": _t("Minutes"),
        "amount_yen": _t("Amount (yen)"),
        "assessment": _t("Assessment"),
        "staff_care": _t("Staff care"),
        "prevention": _t("Prevention"),
        "training_case": _t("Training case"),
        "offender_known_on": _t("Offender known on"),
    }


def _sections() -> dict[str, str]:
    return {
        "quotes": _t("Exact words"),
        "timeline": _t("Timeline"),
        "participants": _t("People"),
        "statements": _t("Statements"),
        "actions": _t("Actions"),
        "costs": _t("Costs"),
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
    where = QCoreApplication.translate("IncidentFields", "%1, row %2")
    where = where.replace("%1", section_label(section)).replace("%2", str(row + 1))
    if last is not None:
        where += ", " + field_label(last)
    return where
