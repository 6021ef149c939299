"""Penal Code articles that recorded facts may touch on: data in, codes out.

Article titles, elements, penalties, keywords and their source live in
``resources/legal/penal_code.json`` (editable data, with the date each entry was checked and an
``unverified`` flag). ``load_articles`` validates that file; ``suggest_offences`` applies one
small rule per article (``RULES``) to an incident and returns, for each article that
*may* be relevant, the facts that matched (stable fact codes with the concrete record) and the
points still open. It is a list of points to discuss with a lawyer, never a legal conclusion:
show the file's ``disclaimer`` with it.

Fact codes: ``behaviour:<Behaviour>``; ``timeline:<TimelineKind>``; ``stayed_after_leave_order``
(``count`` = minutes), ``no_departure_recorded``; ``quote:<list>`` and ``record:<list>`` for a
keyword list of the data file found in a quote or in the narrative (summary, demand, timeline,
statements, actions, cost notes, staff care); ``channel:online``; ``injury_recorded``,
``medical_visit``; ``staff_time_minutes``, ``money_paid``, ``damage_cost`` (``count`` = minutes
or yen). Open points: ``leave_order_not_recorded``, ``medical_visit_not_recorded``,
``exact_words_not_recorded``, ``threat_or_violence_not_recorded``, ``deception_not_recorded``,
``offender_not_identified``, ``complaint_period_passed``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .deadlines import complaint_deadline, days_left
from .enums import Behaviour, Channel, CostKind, TimelineKind
from .legal_data import Article, Text
from .models import Incident
from .staff_care import StaffCare


@dataclass(frozen=True)
class MatchedFact:
    """One recorded fact that matched an element of an article.

    Attributes:
        code: Stable fact code, e.g. ``behaviour:refusal_to_leave``, ``timeline:leave_order``,
            ``quote:threat``, ``record:injury``, ``stayed_after_leave_order``.
        evidence: The concrete record: the quoted words, the timeline description, a snippet.
        at: When, where the record says.
        count: A number that goes with the code (minutes stayed, yen, times repeated).
        keyword: The data-file keyword that matched, for keyword facts.
    """

    code: str
    evidence: str = ""
    at: datetime | None = None
    count: int | None = None
    keyword: str = ""


@dataclass(frozen=True)
class PossibleOffence:
    """An article that may be relevant, with why (matched facts) and what is open.

    ``open_points`` are codes such as ``exact_words_not_recorded``, ``offender_not_identified``
    or ``complaint_period_passed``. ``complaint_deadline`` is set only for complaint-only
    offences once the day the offender became known is given; ``days_left`` is 0 on the last
    day and negative after it.
    """

    article: str
    title: Text
    elements: Text
    matched_facts: list[MatchedFact]
    open_points: list[str]
    penalty: Text
    complaint_required: bool
    complaint_deadline: date | None
    days_left: int | None
    source: str
    checked: date | None
    unverified: bool


LINGER_MINUTES = 5
"""Minutes after the first leave order past which a customer counts as having stayed, when no
further order, warning or police call is recorded (a heuristic, not a legal line)."""

_SNIPPET = 160
_LATIN_START = re.compile(r"[a-z0-9à-ÿ]")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _find(text: str, words: Sequence[str]) -> tuple[str, int] | None:
    """First keyword found in ``text`` and its position in the normalised text.

    Matching ignores case and full-/half-width differences. Latin-script keywords match at
    the start of a word only ("kill" finds "killed", not "skill"); others anywhere.
    """
    norm = _norm(text)
    for word in words:
        w = _norm(word)
        if _LATIN_START.match(w):
            m = re.search(r"(?<![a-z0-9à-ÿ])" + re.escape(w), norm)
            pos = m.start() if m else -1
        else:
            pos = norm.find(w)
        if pos >= 0:
            return word, pos
    return None


def _snippet(text: str, pos: int) -> str:
    if len(text) <= 2 * _SNIPPET:
        return text
    norm = _norm(text)
    lo, hi = max(0, pos - _SNIPPET // 2), min(len(norm), pos + _SNIPPET)
    return ("…" if lo else "") + norm[lo:hi] + ("…" if hi < len(norm) else "")


@dataclass(frozen=True)
class _Record:
    """One piece of narrative text with where it came from."""

    text: str
    at: datetime | None


class _Facts:
    """What the rules read from one incident (built once per ``suggest_offences`` call)."""

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

    def quotes(self, article: Article, name: str) -> list[MatchedFact]:
        found: list[MatchedFact] = []
        for q in self.incident.quotes:
            hit = _find(q.words, article.words(name))
            if hit is not None:
                found.append(
                    MatchedFact(
                        f"quote:{name}",
                        _snippet(q.words, hit[1]),
                        q.said_at,
                        q.repeat_count,
                        hit[0],
                    )
                )
        return found

    def records(self, article: Article, name: str) -> list[MatchedFact]:
        found: list[MatchedFact] = []
        for r in self.narrative:
            hit = _find(r.text, article.words(name))
            if hit is not None:
                found.append(
                    MatchedFact(f"record:{name}", _snippet(r.text, hit[1]), r.at, None, hit[0])
                )
        return found

    def entries(self, *kinds: TimelineKind) -> list[MatchedFact]:
        return [
            MatchedFact(f"timeline:{e.kind.value}", e.description, e.at)
            for e in self.timeline
            if e.kind in kinds
        ]

    def stayed(self) -> MatchedFact | None:
        """Did the customer stay after the first leave order? (Evidence for art. 130.)"""
        orders = [e.at for e in self.timeline if e.kind is TimelineKind.LEAVE_ORDER]
        if not orders:
            return None
        first = orders[0]
        left = [
            e.at for e in self.timeline if e.kind is TimelineKind.CUSTOMER_LEFT and e.at >= first
        ]
        if not left:
            return MatchedFact("no_departure_recorded", at=first)
        minutes = int((left[0] - first).total_seconds() // 60)
        escalation = {
            TimelineKind.LEAVE_ORDER, TimelineKind.FINAL_WARNING,
            TimelineKind.POLICE_CALL, TimelineKind.POLICE_ARRIVED,
        }  # fmt: skip
        escalated = any(e.kind in escalation and first < e.at < left[0] for e in self.timeline)
        if escalated or minutes >= LINGER_MINUTES:
            return MatchedFact("stayed_after_leave_order", at=first, count=minutes)
        return None

    def public(self, article: Article) -> list[MatchedFact]:
        online = self.incident.channel is Channel.ONLINE
        return ([MatchedFact("channel:online")] if online else []) + self.records(article, "public")

    def yen(self, kind: CostKind, code: str) -> list[MatchedFact]:
        total = sum(c.amount_yen for c in self.incident.costs if c.kind is kind)
        return [MatchedFact(code, count=total)] if total > 0 else []


# ---------------------------------------------------------------- one rule per article

Outcome = tuple[list[MatchedFact], list[str]] | None
B = Behaviour


def _r130(f: _Facts, a: Article) -> Outcome:
    refusal = f.has(B.REFUSAL_TO_LEAVE)
    stayed = f.stayed()
    if not refusal and stayed is None:
        return None
    kinds = (TimelineKind.STOP_REQUEST, TimelineKind.LEAVE_ORDER, TimelineKind.FINAL_WARNING,
             TimelineKind.POLICE_CALL)  # fmt: skip
    facts = refusal + f.entries(*kinds) + ([stayed] if stayed else [])
    return facts, [] if stayed else ["leave_order_not_recorded"]


def _r176(f: _Facts, a: Article) -> Outcome:
    facts = f.has(B.SEXUAL_CONDUCT)
    return (facts, []) if facts else None


def _r204(f: _Facts, a: Article) -> Outcome:
    attack = f.has(B.PHYSICAL_ATTACK)
    injury = [MatchedFact("injury_recorded", c.injury_text, None) for c in f.care if c.injury]
    injury += f.records(a, "injury")
    if not attack or not injury:
        return None
    medical = [MatchedFact("medical_visit", c.staff_name) for c in f.care if c.medical_visit]
    return attack + injury + medical, [] if medical else ["medical_visit_not_recorded"]


def _r208(f: _Facts, a: Article) -> Outcome:
    attack = f.has(B.PHYSICAL_ATTACK)
    return (attack, []) if attack else None


def _r222(f: _Facts, a: Article) -> Outcome:
    words = f.quotes(a, "threat")
    abuse, sns = f.has(B.THREATS_ABUSE), f.has(B.SNS_THREAT_OR_POST)
    if not ((abuse and words) or sns):
        return None
    return abuse + sns + words, [] if words else ["exact_words_not_recorded"]


def _r223(f: _Facts, a: Article) -> Outcome:
    demand = f.has(B.FORCED_KNEELING) + f.quotes(a, "coercion")
    if not demand:
        return None
    means = f.has(B.THREATS_ABUSE, B.PHYSICAL_ATTACK) + f.quotes(a, "threat")
    open_points = [] if means else ["threat_or_violence_not_recorded"]
    if not any(m.code == "quote:coercion" for m in demand):
        open_points.append("exact_words_not_recorded")
    return demand + means, open_points


def _r230(f: _Facts, a: Article) -> Outcome:
    sns, public = f.has(B.SNS_THREAT_OR_POST), f.public(a)
    return (sns + public, []) if sns and public else None


def _r231(f: _Facts, a: Article) -> Outcome:
    conduct = f.has(B.THREATS_ABUSE, B.DISCRIMINATION)
    insults, public = f.quotes(a, "insult"), f.public(a)
    return (conduct + insults + public, []) if conduct and insults and public else None


def _r233(f: _Facts, a: Article) -> Outcome:
    calls = f.has(B.REPEATED_CALLS, B.PERSISTENT_CONTACT)
    deception = f.quotes(a, "deception") + f.records(a, "deception")
    sns = f.has(B.SNS_THREAT_OR_POST)
    if not (calls or (sns and deception)):
        return None
    facts = calls + sns + deception + f.entries(TimelineKind.CALL_START)
    return facts, [] if deception else ["deception_not_recorded"]


def _r234(f: _Facts, a: Article) -> Outcome:
    obstruction = f.has(
        B.PROLONGED_COMPLAINT, B.REFUSAL_TO_LEAVE, B.REPEATED_CALLS, B.PERSISTENT_CONTACT
    )
    force = f.has(B.THREATS_ABUSE, B.PHYSICAL_ATTACK, B.PROPERTY_DAMAGE, B.FORCED_KNEELING)
    force += f.quotes(a, "force") + f.records(a, "force")
    occupying = B.REFUSAL_TO_LEAVE in f.behaviours  # occupying the premises is force itself
    if not obstruction or not (force or occupying):
        return None
    minutes = f.incident.total_minutes
    time = [MatchedFact("staff_time_minutes", count=minutes)] if minutes > 0 else []
    return obstruction + force + time, []


def _r249(f: _Facts, a: Article) -> Outcome:
    demand = f.has(B.EXCESSIVE_COMPENSATION, B.GROUNDLESS_REFUND)
    words = f.quotes(a, "threat")
    threat = f.has(B.THREATS_ABUSE, B.PHYSICAL_ATTACK) + words
    if not demand or not threat:
        return None
    facts = (
        demand + threat + f.quotes(a, "money") + f.yen(CostKind.REFUND_COMPENSATION, "money_paid")
    )
    return facts, [] if words else ["exact_words_not_recorded"]


def _r261(f: _Facts, a: Article) -> Outcome:
    damage = f.has(B.PROPERTY_DAMAGE)
    if not damage:
        return None
    return damage + f.records(a, "damage") + f.yen(CostKind.DAMAGE, "damage_cost"), []


RULES: dict[str, Callable[[_Facts, Article], Outcome]] = {
    "130": _r130, "176": _r176, "204": _r204, "208": _r208, "222": _r222, "223": _r223,
    "230": _r230, "231": _r231, "233": _r233, "234": _r234, "249": _r249, "261": _r261,
}  # fmt: skip


def suggest_offences(
    incident: Incident,
    articles: Sequence[Article],
    *,
    offender_known_on: date | None,
    today: date,
    staff_care: Sequence[StaffCare] = (),
) -> list[PossibleOffence]:
    """Articles that the recorded facts may touch on, in the order of ``articles``.

    Args:
        incident: The incident as recorded.
        articles: From ``load_articles``; articles without a rule are skipped.
        offender_known_on: The day the shop learned who the offender is (for the complaint
            period of complaint-only offences); ``None`` while unknown.
        today: For ``days_left``.
        staff_care: Staff-care records; an injury recorded there supports art. 204.
    """
    facts = _Facts(incident, staff_care)
    result: list[PossibleOffence] = []
    for article in articles:
        rule = RULES.get(article.number)
        outcome = rule(facts, article) if rule is not None else None
        if outcome is None:
            continue
        matched, open_points = outcome
        deadline: date | None = None
        left: int | None = None
        if article.complaint_required:
            if offender_known_on is None:
                open_points.append("offender_not_identified")
            else:
                deadline = complaint_deadline(offender_known_on)
                left = days_left(deadline, today)
                if left < 0:
                    open_points.append("complaint_period_passed")
        result.append(
            PossibleOffence(
                article=article.number,
                title=article.title,
                elements=article.elements,
                matched_facts=matched,
                open_points=open_points,
                penalty=article.penalty,
                complaint_required=article.complaint_required,
                complaint_deadline=deadline,
                days_left=left,
                source=article.source,
                checked=article.checked,
                unverified=article.unverified,
            )
        )
    return result
