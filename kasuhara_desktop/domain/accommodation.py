"""The reasonable-accommodation question (障害者差別解消法): could the behaviour relate to a
disability or to a request for accommodation?

Since 2024-04-01 businesses must provide reasonable accommodation to disabled customers, and the
MHLW guideline says measures against customer harassment must respect that duty: a request for
accommodation is not harassment. So the judge step asks the question, the answer is stored on
the incident like the element answers (``Incident.offence_answers[QUESTION]``: who, when), a
yes leads to guidance rather than a ban, and the notice gate (``workflow.can_issue_notice``)
refuses a notice until the question has been considered.

The law's name, the guidance and the sources are data (``resources/legal/accommodation.json``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..infra.resources import read_text
from .errors import ValidationError
from .legal_file import provenance, texts
from .models import Incident

QUESTION = "accommodation_related"
RESOURCE = "legal/accommodation.json"
FORMAT = "kasuhara-legal-accommodation/1"


def answer(incident: Incident) -> bool | None:
    """True: it could relate to a disability or a request for accommodation; False: considered,
    it does not; None: not yet considered."""
    found = incident.offence_answers.get(QUESTION)
    return None if found is None else found.value


@dataclass(frozen=True)
class AccommodationLaw:
    law: Mapping[str, str]
    act: str
    in_force: date
    guidance: Mapping[str, str]
    sources: tuple[tuple[str, str], ...]
    checked: date
    unverified: bool
    unverified_note: str

    def text(self, lang: str) -> str:
        return self.guidance.get(lang) or self.guidance["en"]

    def name(self, lang: str) -> str:
        return self.law.get(lang) or self.law["en"]


def parse(data: object) -> AccommodationLaw:
    """Read the file's JSON strictly."""
    if not isinstance(data, Mapping):
        raise ValidationError(f"{RESOURCE}: expected format {FORMAT}.")
    where = provenance(data, RESOURCE, FORMAT)
    return AccommodationLaw(
        law=texts(data.get("law"), RESOURCE, "law"),
        act=str(data.get("act", "")),
        in_force=where.in_force,
        guidance=texts(data.get("guidance"), RESOURCE, "guidance"),
        sources=where.sources,
        checked=where.checked,
        unverified=where.unverified,
        unverified_note=where.unverified_note,
    )


@cache
def accommodation_law() -> AccommodationLaw:
    """The shipped file, read once."""
    return parse(json.loads(read_text(RESOURCE)))
