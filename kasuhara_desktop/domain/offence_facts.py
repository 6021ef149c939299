"""What the offence view reads from one incident: structured facts and text suggestions.

``MatchedFact`` is one record an element rests on (a behaviour, a timeline step, staff care, a
cost) or, for a suggestion, the words in the record that propose an answer. Text search
ignores case and full-/half-width differences, skips a keyword that the text itself negates
(「けがはなかった」「壊れていない」「no injury」), and quotes the record's own words: the
excerpt is cut from the original text, never from its normalised form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .enums import Behaviour, CostKind, TimelineKind
from .models import Incident
from .staff_care import StaffCare


@dataclass(frozen=True)
class MatchedFact:
    """One record that an element rests on.

    Attributes:
        code: Stable fact code, e.g. ``behaviour:refusal_to_leave``, ``timeline:leave_order``,
            ``stayed_after_leave_order``, ``injury_recorded``; for a text suggestion
            ``quote:<element>`` or ``record:<element>``.
        evidence: The concrete record in its own words: quoted words, a timeline description,
            an excerpt of the narrative.
        at: When, where the record says.
        count: A number that goes with the code (minutes stayed, yen, times repeated).
        keyword: The data-file keyword that matched, for text suggestions.
    """

    code: str
    evidence: str = ""
    at: datetime | None = None
    count: int | None = None
    keyword: str = ""


LINGER_MINUTES = 5
"""Minutes after the first leave order past which a customer counts as having stayed, when no
further order, warning or police call is recorded (a heuristic, not a legal line)."""

_SNIPPET = 160
_LATIN_START = re.compile(r"[a-z0-9à-ÿ]")
# A Japanese predicate negated right after the keyword: a few kana of conjugation, an optional
# particle, then the negation (壊れていない, けがはなかった, けがなし, ケガもなく,
# 割れてはいません).
_JA_NEGATION = re.compile(
    r"^[ぁ-ゖー]{0,4}?[はもが]?"
    r"(?:ない|なく|なし|無し|無く|なかっ|ありません|ませんでし|いない|いません|ません|ず[、。にで]|ず$)"
)
_LATIN_NEGATION = re.compile(
    r"(?:\bno|\bnot|\bwithout|\bnever|\bingen|\bikke|\buten)\s+(?:\w+\s+)?$"
)


def _fold(text: str) -> tuple[str, list[int]]:
    """Text folded for matching (NFKC, casefold) and, per folded character, its source index."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).casefold()
        out.append(folded)
        index += [i] * len(folded)
    return "".join(out), index


def find_keyword(text: str, words: Sequence[str]) -> tuple[str, int] | None:
    """The first keyword that ``text`` states (not negates), and its index in ``text``.

    Latin-script keywords match at the start of a word only ("kill" finds "killed", not
    "skill"); others anywhere.
    """
    folded, index = _fold(text)
    for word in words:
        w = unicodedata.normalize("NFKC", word).casefold()
        if not w:
            continue
        if _LATIN_START.match(w):
            starts = [m.start() for m in re.finditer(r"(?<![a-z0-9à-ÿ])" + re.escape(w), folded)]
        else:
            starts = [m.start() for m in re.finditer(re.escape(w), folded)]
        for pos in starts:
            after = folded[pos + len(w) : pos + len(w) + 12]
            before = folded[max(0, pos - 14) : pos]
            if _JA_NEGATION.match(after) or _LATIN_NEGATION.search(before):
                continue
            return word, index[pos] if pos < len(index) else len(text)
    return None


def snippet(text: str, pos: int) -> str:
    """The record's own words around ``pos``: the whole text when short, else an excerpt."""
    if len(text) <= 2 * _SNIPPET:
        return text
    lo, hi = max(0, pos - _SNIPPET // 2), min(len(text), pos + _SNIPPET)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


@dataclass(frozen=True)
class _Record:
    text: str
    at: datetime | None


class IncidentFacts:
    """The structured facts and the narrative of one incident, read once per evaluation."""

    def __init__(self, incident: Incident, staff_care: Sequence[StaffCare]) -> None:
        self.incident = incident
        self.behaviours = set(incident.behaviours)
        self.care = list(staff_care)
        try:
            zone: tzinfo = ZoneInfo(incident.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = UTC
        # Naive times are read as wall-clock times in the incident's zone, so that they sort.
        self.timeline = sorted(
            (
                (replace(e, at=e.at.replace(tzinfo=zone)) if e.at.tzinfo is None else e)
                for e in incident.timeline
            ),
            key=lambda e: e.at,
        )
        narrative = [_Record(incident.summary, None), _Record(incident.demand, None)]
        narrative += [_Record(e.description, e.at) for e in incident.timeline]
        narrative += [_Record(s.text, s.given_at) for s in incident.statements]
        narrative += [_Record(a.description, a.at) for a in incident.actions]
        narrative += [_Record(c.note, None) for c in incident.costs]
        narrative += [_Record(f"{c.injury_text}\n{c.note}", None) for c in staff_care]
        self.narrative = [r for r in narrative if r.text.strip()]

    def has(self, *codes: Behaviour) -> list[MatchedFact]:
        return [MatchedFact(f"behaviour:{b.value}") for b in codes if b in self.behaviours]

    def suggest(self, element: str, words: Sequence[str]) -> MatchedFact | None:
        """The first quote, else the first narrative record, whose words propose ``element``."""
        if not words:
            return None
        for q in self.incident.quotes:
            hit = find_keyword(q.words, words)
            if hit is not None:
                return MatchedFact(
                    f"quote:{element}", snippet(q.words, hit[1]), q.said_at, q.repeat_count, hit[0]
                )
        for r in self.narrative:
            hit = find_keyword(r.text, words)
            if hit is not None:
                return MatchedFact(f"record:{element}", snippet(r.text, hit[1]), r.at, None, hit[0])
        return None

    def entries(self, *kinds: TimelineKind) -> list[MatchedFact]:
        return [
            MatchedFact(f"timeline:{e.kind.value}", e.description, e.at)
            for e in self.timeline
            if e.kind in kinds
        ]

    def stayed(self) -> tuple[bool | None, MatchedFact | None]:
        """Did the customer stay after the first leave order? ``(None, None)`` without one.

        ``(True, fact)`` when they stayed (or no departure is recorded: ``None`` then, with a
        ``no_departure_recorded`` fact), ``(False, fact)`` when they left within
        ``LINGER_MINUTES`` and nothing escalated.
        """
        orders = [e.at for e in self.timeline if e.kind is TimelineKind.LEAVE_ORDER]
        if not orders:
            return None, None
        first = orders[0]
        left = [
            e.at for e in self.timeline if e.kind is TimelineKind.CUSTOMER_LEFT and e.at >= first
        ]
        if not left:
            return None, MatchedFact("no_departure_recorded", at=first)
        minutes = int((left[0] - first).total_seconds() // 60)
        escalation = {
            TimelineKind.LEAVE_ORDER, TimelineKind.FINAL_WARNING,
            TimelineKind.POLICE_CALL, TimelineKind.POLICE_ARRIVED,
        }  # fmt: skip
        escalated = any(e.kind in escalation and first < e.at < left[0] for e in self.timeline)
        fact = MatchedFact("stayed_after_leave_order", at=first, count=minutes)
        if escalated or minutes >= LINGER_MINUTES:
            return True, fact
        return False, MatchedFact("left_when_asked", at=left[0], count=minutes)

    def yen(self, kind: CostKind, code: str) -> list[MatchedFact]:
        total = sum(c.amount_yen for c in self.incident.costs if c.kind is kind)
        return [MatchedFact(code, count=total)] if total > 0 else []
