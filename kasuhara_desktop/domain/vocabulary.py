"""One vocabulary for the stored codes, and the one safe way to fill a ``%1`` template.

Design: the display names of every code (behaviours, statuses, roles, evidence kinds, timeline
kinds, channels, notice codes, assessment answers and verdicts ...) and the assessment's
sentences (verdict, reason, step, inconsistency) are *data*, kept once in
``resources/vocabulary.json`` as ``table -> code -> {"en", "ja", "nb"}``. This module reads it
and answers :func:`term` ``(table, code, lang)``, :func:`label` for an enum member and
:func:`sentence` for an assessment code. Documents (and the CLI, should it show a name rather
than the code it accepts) choose their language per document and call these directly
(``reports/wording.py``); this module imports no Qt, so the layer rule holds. The GUI must show
every string through Qt's translation, so ``ui/labels.py`` asks
``QCoreApplication.translate("Vocabulary", english, "table.code")`` with the English term as
source and the code as disambiguation; ``build/update_translations.py`` writes the
``Vocabulary`` context of ``resources/i18n/*.ts`` from this same catalog (lupdate cannot read a
data file), and ``tests/domain/test_vocabulary.py`` checks that the ``.ts`` files and the
catalog agree and that no code lacks a non-empty term in any language. A word is therefore
changed in one place, for screen and paper alike.

:func:`fill` puts values into a translated template's ``%1``, ``%2`` ... in a single pass, so a
value that itself holds ``%2`` (a customer's name, a file path) is shown as typed, never
expanded again as chained ``str.replace`` calls would.
"""

from __future__ import annotations

import json
import re
from enum import Enum
from functools import cache
from typing import Any

from ..infra.resources import read_text
from .assessment import Answer, ClaimStatus, MannerFlag, Verdict
from .enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    Employment,
    IncidentStatus,
    ParticipantRole,
    TimelineKind,
    TradeType,
)
from .evidence import SourceKind
from .notice import BanStatus, ReviewKind, ReviewOutcome, ServiceMethod

LANGUAGES = ("ja", "en", "nb")
CONTEXT = "Vocabulary"
"""The Qt translation context of the catalog's terms (generated from the catalog, see above)."""

TABLES: dict[type[Enum], str] = {
    Behaviour: "behaviour",
    Channel: "channel",
    IncidentStatus: "status",
    ParticipantRole: "role",
    TimelineKind: "timeline",
    ActionKind: "action",
    CostKind: "cost",
    Employment: "employment",
    TradeType: "trade",
    SourceKind: "source",
    Answer: "answer",
    ClaimStatus: "claim",
    MannerFlag: "manner",
    Verdict: "verdict_short",
    ServiceMethod: "service_method",
    BanStatus: "ban_status",
    ReviewKind: "review_kind",
    ReviewOutcome: "review_outcome",
}
"""The catalog table of each enum whose members are stored codes. Three tables hold codes that
are not enums: ``evidence_kind`` (``EvidenceItem.kind``), ``keyword_list`` (the legal
data's keyword lists) and ``incident_field`` (the top-level keys of an incident's JSON form,
which a revision lists as what changed, and ``created`` for the first version)."""

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2`` ... replaced by ``values`` in one pass.

    A placeholder with no value (``%3`` given two values) stays as written; text inside a value
    is never read as a placeholder.
    """

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if n <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


@cache
def catalog() -> dict[str, dict[str, dict[str, str]]]:
    """``table -> code -> {lang: term}`` as stored in ``resources/vocabulary.json``."""
    data: dict[str, Any] = json.loads(read_text("vocabulary.json"))
    return {name: table for name, table in data.items() if not name.startswith("_")}


def language(lang: str) -> str:
    """``lang`` reduced to one of ``LANGUAGES`` ("ja_JP" → "ja"); anything else → "en"."""
    code = lang.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def term(table: str, code: str, lang: str = "en") -> str:
    """The display name of ``code`` in ``table``, in ``lang`` (English if that is missing).

    An unknown code is shown as it is stored, so a newer file never crashes a view or a
    document (the tests check that every known code has all three languages).
    """
    entry = catalog().get(table, {}).get(code, {})
    return entry.get(language(lang)) or entry.get("en") or code


SENTENCE_TABLES = ("verdict", "reason", "step", "inconsistency")
"""The assessment's code tables (``domain/assessment.py``'s ``judge``), whose terms are
sentences. A code ``prefix:value`` uses the prefix's sentence with ``%1`` filled by the value:
the value's term where ``VALUE_TABLES`` names its table, else the value as written (a shop's
own criterion)."""

VALUE_TABLES = {"behaviour_without_manner": "behaviour", "manner": "manner"}


def sentence(table: str, code: str, lang: str = "en") -> str:
    """The sentence for an assessment code of ``table`` (one of ``SENTENCE_TABLES``) in
    ``lang``; an unknown code is shown as it is."""
    entries = catalog().get(table, {})
    if code in entries:
        return term(table, code, lang)
    prefix, sep, value = code.partition(":")
    if not sep or prefix not in entries:
        return code
    shown = term(VALUE_TABLES[prefix], value, lang) if prefix in VALUE_TABLES else value
    return fill(term(table, prefix, lang), shown)


def table_of(member: Enum) -> str | None:
    """The catalog table of an enum member, or None for an enum the catalog does not cover."""
    return TABLES.get(type(member))


def label(member: Enum, lang: str = "en") -> str:
    """The display name of a stored enum member in ``lang``."""
    table = table_of(member)
    return term(table, str(member.value), lang) if table else str(member.value)


def disambiguation(table: str, code: str) -> str:
    """The Qt disambiguation of a term: ``"table.code"``, unique where English words repeat
    ("Note" is both a timeline kind and an action kind)."""
    return f"{table}.{code}"
