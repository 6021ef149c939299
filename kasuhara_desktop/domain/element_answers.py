"""A person's answer to one element question (構成要件), stored with the incident.

The offence view asks a shop manager questions such as "was anyone injured?". The answer is
part of the record: who gave it, when, and what it rests on when it came from elsewhere (a
breach of a no-entry notice logged against notice N answers "entry against the manager's
will" with ``source="notice:N"``). Structured facts (a behaviour, staff care) still win over
an answer that contradicts them; see ``offence_elements``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .errors import ValidationError
from .json_reader import JsonReader

ELEMENT_CODE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
MAX_ANSWERS = 100


@dataclass(frozen=True)
class ElementAnswer:
    """Yes or no to one element question.

    Attributes:
        value: True: the element is confirmed; False: it is rejected.
        by: Who answered.
        at: When.
        source: What the answer rests on when not the person's own knowledge
            (``notice:<number>`` for a logged breach of a notice).
    """

    value: bool
    by: str = ""
    at: datetime | None = None
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "by": self.by,
            "at": self.at.isoformat() if self.at is not None else None,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: object, path: str = "answer") -> ElementAnswer:
        r = JsonReader(data, path, {"value", "by", "at", "source"})
        if not isinstance(r.data.get("value"), bool):
            raise ValidationError(f"{path}.value: expected true or false.")
        return cls(
            value=bool(r.data["value"]),
            by=r.text("by"),
            at=r.datetime("at"),
            source=r.text("source"),
        )


def answers_to_dict(answers: Mapping[str, ElementAnswer]) -> dict[str, Any]:
    """JSON form of an incident's answers, keyed by element code, sorted for stable hashes."""
    return {code: answers[code].to_dict() for code in sorted(answers)}


def answers_from_dict(data: object, path: str = "offence_answers") -> dict[str, ElementAnswer]:
    """Parse answers; unknown-looking codes and non-objects are refused with the field named."""
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ValidationError(f"{path}: expected an object keyed by element code.")
    if len(data) > MAX_ANSWERS:
        raise ValidationError(f"{path}: at most {MAX_ANSWERS} answers.")
    result: dict[str, ElementAnswer] = {}
    for code, value in data.items():
        if not isinstance(code, str) or not ELEMENT_CODE.match(code):
            raise ValidationError(f"{path}: {str(code)[:40]!r} is not an element code.")
        result[code] = ElementAnswer.from_dict(value, f"{path}.{code}")
    return result
