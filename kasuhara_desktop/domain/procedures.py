"""The shop's handling procedures and its own harassment criteria (issue 17.3).

Procedures are what staff do per situation (in person, phone, online, written demands): steps,
scripts to say, when and for what to apologise, the recording policy, the rule that nobody
handles a complaint alone (``min_staff``) and the phone time limit. Criteria are what the shop
declares *always* unacceptable in manner (behaviour codes of ``resources/vocabulary.json``), its
own examples, and whether a call over the phone limit counts.

Both are versioned data the shop edits (the shipped defaults are
``resources/templates/procedures.json``, version 0). What the criteria suggest about one
incident, for a person to confirm, is ``domain/criteria_suggestions.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any

from ..infra.resources import read_text
from .enums import Behaviour
from .errors import ValidationError
from .json_reader import JsonReader
from .validation import clean_text
from .vocabulary import fill

LANGUAGES = ("ja", "en", "nb")
TEMPLATE = "templates/procedures.json"
MIN_STAFF_RANGE = (1, 20)
PHONE_LIMIT_RANGE = (5, 240)  # as the shop settings offer it (services/shop.py)
MAX_LINES = 30
MAX_EXAMPLES = 50


class Situation(StrEnum):
    """The situations a playbook is written for, in the manual's order."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    ONLINE = "online"
    WRITTEN = "written"


@dataclass(frozen=True)
class Script:
    """One thing to say, with a short label ("Asking to stop")."""

    label: str
    text: str


@dataclass(frozen=True)
class Playbook:
    """What staff do in one situation: a title, numbered steps and scripts."""

    title: str
    steps: tuple[str, ...]
    scripts: tuple[Script, ...]


@dataclass(frozen=True)
class LanguageTexts:
    """Every text of the procedures in one language."""

    playbooks: dict[Situation, Playbook]
    apology: str
    recording_policy: str
    phone_limit_script: str  # "%1" is the limit in minutes


@dataclass(frozen=True)
class Procedures:
    """One version of the shop's procedures (version 0: the shipped defaults)."""

    texts: dict[str, LanguageTexts]
    min_staff: int
    phone_limit_minutes: int
    version: int = 0
    saved_at: datetime | None = None
    saved_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class Criteria:
    """One version of the shop's own harassment criteria (version 0: the shipped defaults)."""

    unacceptable_behaviours: tuple[Behaviour, ...]
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phone_limit_applies: bool = True
    version: int = 0
    saved_at: datetime | None = None
    saved_by: str = ""
    note: str = ""


# ------------------------------------------------------------------ defaults


@cache
def template() -> dict[str, Any]:
    """The shipped template (all languages, the defaults and the manual's wording)."""
    data: dict[str, Any] = json.loads(read_text(TEMPLATE))
    return data


def default_procedures() -> Procedures:
    t = template()
    d = t["defaults"]
    texts = {
        lang: texts_from_dict(t[lang], f"template.{lang}", template=True) for lang in LANGUAGES
    }
    return Procedures(
        texts=texts,
        min_staff=int(d["min_staff"]),
        phone_limit_minutes=int(d["phone_limit_minutes"]),
    )


def default_criteria() -> Criteria:
    d = template()["defaults"]
    return Criteria(
        unacceptable_behaviours=behaviours_from(d["unacceptable_behaviours"], "defaults"),
        examples={lang: () for lang in LANGUAGES},
        phone_limit_applies=bool(d["phone_limit_applies"]),
    )


# ------------------------------------------------------------------ JSON


def texts_to_dict(t: LanguageTexts) -> dict[str, Any]:
    return {
        "situations": {
            s.value: {
                "title": p.title,
                "steps": list(p.steps),
                "scripts": [{"label": c.label, "text": c.text} for c in p.scripts],
            }
            for s, p in t.playbooks.items()
        },
        "apology": t.apology,
        "recording_policy": t.recording_policy,
        "phone_limit_script": t.phone_limit_script,
    }


def _lines(value: object, path: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValidationError(f"{path}: expected a list of texts.")
    if len(value) > MAX_LINES:
        raise ValidationError(f"{path}: more than {MAX_LINES} lines.")
    out = [clean_text(v, f"{path}[{i}]", long=True).strip() for i, v in enumerate(value)]
    return tuple(line for line in out if line)


def _playbook(value: object, path: str) -> Playbook:
    r = JsonReader(value, path, {"title", "steps", "scripts"})
    scripts_raw = r.data.get("scripts", [])
    if not isinstance(scripts_raw, list) or len(scripts_raw) > MAX_LINES:
        raise ValidationError(f"{path}.scripts: expected a list of at most {MAX_LINES} scripts.")
    scripts = []
    for i, item in enumerate(scripts_raw):
        sr = JsonReader(item, f"{path}.scripts[{i}]", {"label", "text"})
        text = sr.text("text", long=True).strip()
        if text:
            scripts.append(Script(label=sr.text("label").strip(), text=text))
    title = r.text("title", required=True).strip()
    if not title:
        raise ValidationError(f"{path}.title: must not be empty.")
    return Playbook(
        title=title, steps=_lines(r.data.get("steps", []), f"{path}.steps"), scripts=tuple(scripts)
    )


_TEXT_KEYS = {"situations", "apology", "recording_policy", "phone_limit_script"}
_PROGRAM_KEYS = {"manual", "suggestion"}  # the template's fixed wording, not the shop's texts


def texts_from_dict(data: object, path: str, *, template: bool = False) -> LanguageTexts:
    """One language's texts, or ``ValidationError`` naming the field (every situation needed).

    ``template``: reading the shipped template, whose program wording is skipped.
    """
    r = JsonReader(data, path, _TEXT_KEYS | (_PROGRAM_KEYS if template else set()))
    sit = JsonReader(r.data.get("situations"), f"{path}.situations", {s.value for s in Situation})
    missing = [s.value for s in Situation if s.value not in sit.data]
    if missing:
        raise ValidationError(f"{path}.situations: missing {missing[0]!r}.")
    return LanguageTexts(
        playbooks={
            s: _playbook(sit.data[s.value], f"{path}.situations.{s.value}") for s in Situation
        },
        apology=r.text("apology", long=True).strip(),
        recording_policy=r.text("recording_policy", long=True).strip(),
        phone_limit_script=r.text("phone_limit_script", long=True).strip(),
    )


def behaviours_from(value: object, path: str) -> tuple[Behaviour, ...]:
    if not isinstance(value, list):
        raise ValidationError(f"{path}.unacceptable_behaviours: expected a list of codes.")
    out: list[Behaviour] = []
    for i, code in enumerate(value):
        if not isinstance(code, str) or code not in Behaviour._value2member_map_:
            allowed = ", ".join(b.value for b in Behaviour)
            raise ValidationError(
                f"{path}.unacceptable_behaviours[{i}]: unknown code {str(code)[:40]!r};"
                f" expected one of {allowed}."
            )
        out.append(Behaviour(code))
    order = list(Behaviour)
    return tuple(sorted(set(out), key=order.index))  # enum order: stable versions and output


def procedures_to_dict(p: Procedures) -> dict[str, Any]:
    return {
        "version": p.version,
        "saved_at": p.saved_at.isoformat() if p.saved_at else None,
        "saved_by": p.saved_by,
        "note": p.note,
        "settings": {"min_staff": p.min_staff, "phone_limit_minutes": p.phone_limit_minutes},
        "texts": {lang: texts_to_dict(t) for lang, t in p.texts.items()},
    }


def criteria_to_dict(c: Criteria) -> dict[str, Any]:
    return {
        "version": c.version,
        "saved_at": c.saved_at.isoformat() if c.saved_at else None,
        "saved_by": c.saved_by,
        "note": c.note,
        "unacceptable_behaviours": [b.value for b in c.unacceptable_behaviours],
        "examples": {lang: list(x) for lang, x in c.examples.items()},
        "phone_limit_applies": c.phone_limit_applies,
    }


_READ_ONLY = {"version", "saved_at", "saved_by"}  # shown by `procedures show`, ignored on input


def merge_document(
    data: object, current: Procedures, criteria: Criteria
) -> tuple[Procedures, Criteria]:
    """Apply a ``procedures set`` document over the current versions.

    The document has the shape ``procedures show --json`` prints: ``{"procedures": {...},
    "criteria": {...}}``; any part left out keeps its current value (a language, a setting,
    the criteria). Version numbers and who/when are ignored: the service sets them.

    Raises:
        ValidationError: a field is unknown or breaks a rule; the message names it.
    """
    top = JsonReader(data, "", {"procedures", "criteria"})
    p, c = current, criteria
    if "procedures" in top.data:
        r = JsonReader(
            top.data["procedures"], "procedures", {"settings", "texts", "note"} | _READ_ONLY
        )
        texts = dict(p.texts)
        if "texts" in r.data:
            tr = JsonReader(r.data["texts"], "procedures.texts", set(LANGUAGES))
            for lang in tr.data:
                texts[lang] = texts_from_dict(tr.data[lang], f"procedures.texts.{lang}")
        min_staff, limit = p.min_staff, p.phone_limit_minutes
        if "settings" in r.data:
            sr = JsonReader(
                r.data["settings"], "procedures.settings", {"min_staff", "phone_limit_minutes"}
            )
            min_staff = sr.integer(
                "min_staff", min_staff, minimum=MIN_STAFF_RANGE[0], maximum=MIN_STAFF_RANGE[1]
            )
            limit = sr.integer(
                "phone_limit_minutes",
                limit,
                minimum=PHONE_LIMIT_RANGE[0],
                maximum=PHONE_LIMIT_RANGE[1],
            )
        p = Procedures(
            texts=texts,
            min_staff=min_staff,
            phone_limit_minutes=limit,
            note=r.text("note", long=True).strip(),
        )
    if "criteria" in top.data:
        keys = {"unacceptable_behaviours", "examples", "phone_limit_applies", "note"} | _READ_ONLY
        r = JsonReader(top.data["criteria"], "criteria", keys)
        behaviours = c.unacceptable_behaviours
        if "unacceptable_behaviours" in r.data:
            behaviours = behaviours_from(r.data["unacceptable_behaviours"], "criteria")
        examples = dict(c.examples)
        if "examples" in r.data:
            er = JsonReader(r.data["examples"], "criteria.examples", set(LANGUAGES))
            for lang in er.data:
                lines = _lines(er.data[lang], f"criteria.examples.{lang}")
                if len(lines) > MAX_EXAMPLES:
                    raise ValidationError(f"criteria.examples.{lang}: more than {MAX_EXAMPLES}.")
                examples[lang] = lines
        applies = c.phone_limit_applies
        if "phone_limit_applies" in r.data:
            applies = r.boolean("phone_limit_applies")
        c = Criteria(
            unacceptable_behaviours=behaviours,
            examples=examples,
            phone_limit_applies=applies,
            note=r.text("note", long=True).strip(),
        )
    return p, c


def same_procedures(a: Procedures, b: Procedures) -> bool:
    """True when the two differ in nothing but version, who/when and note."""
    return (a.texts, a.min_staff, a.phone_limit_minutes) == (
        b.texts,
        b.min_staff,
        b.phone_limit_minutes,
    )


def same_criteria(a: Criteria, b: Criteria) -> bool:
    norm = {lang: a.examples.get(lang, ()) for lang in LANGUAGES}
    other = {lang: b.examples.get(lang, ()) for lang in LANGUAGES}
    return (a.unacceptable_behaviours, norm, a.phone_limit_applies) == (
        b.unacceptable_behaviours,
        other,
        b.phone_limit_applies,
    )


def phone_limit_text(texts: LanguageTexts, minutes: int) -> str:
    """The phone-limit script with the limit filled in (``%1``)."""
    return fill(texts.phone_limit_script, minutes)


def language(lang: str) -> str:
    """``lang`` as one of LANGUAGES ("ja_JP" -> "ja"); English for anything else."""
    code = lang.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"
