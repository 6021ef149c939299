"""The employer's duty against customer harassment (``resources/legal/employer_duty.json``).

DOMAIN.md §4: the 2025 amendment (令和7年法律第63号) makes measures an employer's duty (art.
33(1)-(3)); the MHLW guideline lists them; the Tokyo ordinance expects the same. Its in-force
date rests on a draft cabinet order ("confirm the final order before stating it as settled"),
so the statements are data with their sources and the date each was checked, shown as
unverified until someone confirms them, never code.
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

RESOURCE = "legal/employer_duty.json"
FORMAT = "kasuhara-legal-employer-duty/1"
INSTRUMENTS = ("act", "guideline", "ordinance")


@dataclass(frozen=True)
class DutyStatement:
    """One statement of the law, in ja, en and nb, with where it was read and when."""

    id: str
    instrument: str  # act, guideline or ordinance
    ref: str  # "art. 33(2)", "指針 (1)", ...
    text: Mapping[str, str]
    sources: tuple[str, ...]  # urls, each listed in the file's sources
    checked: date

    def in_lang(self, lang: str) -> str:
        return self.text.get(lang) or self.text["en"]


@dataclass(frozen=True)
class EmployerDuty:
    """The law, its in-force date (with why it is not settled) and its statements."""

    law: Mapping[str, str]
    act: str
    promulgated: date
    in_force: date
    in_force_note: Mapping[str, str]
    instruments: Mapping[str, Mapping[str, str]]
    statements: tuple[DutyStatement, ...]
    sources: tuple[tuple[str, str], ...]  # (url, what it says)
    checked: date
    unverified: bool
    unverified_note: str

    def statement(self, statement_id: str) -> DutyStatement:
        for s in self.statements:
            if s.id == statement_id:
                return s
        raise KeyError(statement_id)

    def of(self, instrument: str) -> tuple[DutyStatement, ...]:
        return tuple(s for s in self.statements if s.instrument == instrument)


def _date(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"{RESOURCE}: {where}: a date (YYYY-MM-DD).") from None


def _statement(raw: object, k: int, known: set[str]) -> DutyStatement:
    where = f"statements[{k}]"
    if not isinstance(raw, Mapping):
        raise ValidationError(f"{RESOURCE}: {where}: an object.")
    instrument = raw.get("instrument")
    if instrument not in INSTRUMENTS:
        raise ValidationError(f"{RESOURCE}: {where}.instrument: one of {', '.join(INSTRUMENTS)}.")
    urls = raw.get("sources")
    if not isinstance(urls, list) or not urls or any(u not in known for u in urls):
        raise ValidationError(f"{RESOURCE}: {where}.sources: urls listed in the file's sources.")
    return DutyStatement(
        id=str(raw.get("id", "")),
        instrument=str(instrument),
        ref=str(raw.get("ref", "")),
        text=texts(raw.get("text"), RESOURCE, f"{where}.text"),
        sources=tuple(str(u) for u in urls),
        checked=_date(raw.get("checked"), f"{where}.checked"),
    )


def parse(data: object) -> EmployerDuty:
    """Read the file's JSON, strictly (a broken data file is refused, never half-read)."""
    if not isinstance(data, Mapping):
        raise ValidationError(f"{RESOURCE}: expected format {FORMAT}.")
    where = provenance(data, RESOURCE, FORMAT)
    known = {url for url, _ in where.sources}
    raw = data.get("statements")
    if not isinstance(raw, list) or not raw:
        raise ValidationError(f"{RESOURCE}: statements: at least one.")
    statements = tuple(_statement(s, k, known) for k, s in enumerate(raw))
    ids = [s.id for s in statements]
    if len(set(ids)) != len(ids) or "" in ids:
        raise ValidationError(f"{RESOURCE}: statements: each needs its own id.")
    instruments_raw = data.get("instruments")
    if not isinstance(instruments_raw, Mapping):
        raise ValidationError(f"{RESOURCE}: instruments: {', '.join(INSTRUMENTS)}.")
    return EmployerDuty(
        law=texts(data.get("law"), RESOURCE, "law"),
        act=str(data.get("act", "")),
        promulgated=_date(data.get("promulgated"), "promulgated"),
        in_force=where.in_force,
        in_force_note=texts(data.get("in_force_note"), RESOURCE, "in_force_note"),
        instruments={
            i: texts(instruments_raw.get(i), RESOURCE, f"instruments.{i}") for i in INSTRUMENTS
        },
        statements=statements,
        sources=where.sources,
        checked=where.checked,
        unverified=where.unverified,
        unverified_note=where.unverified_note,
    )


@cache
def employer_duty() -> EmployerDuty:
    """The shipped file, read once."""
    return parse(json.loads(read_text(RESOURCE)))
