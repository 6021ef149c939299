"""Penal Code articles that the record may touch on, element by element: data in, views out.

Articles, their elements (``requires``: groups of element codes, any one of a group meeting
it; ``supports``: points that decide the form) and each element's question live in
``resources/legal/penal_code.json``. ``offence_elements`` answers each element from the
structured record, the person's confirmations and, as a mere suggestion, the text.

An article is listed when no required group is *not met* and every group has something on
record (a basis, a suggestion, an answer) unless its elements may stand open with nothing
recorded (``needs_record`` false, e.g. 176's statutory circumstances). It is a list of points
to discuss with a lawyer, never a legal conclusion: show the file's ``disclaimer`` with it.

Open points (codes): ``leave_order_not_recorded``, ``medical_visit_not_recorded``,
``exact_words_not_recorded``, ``attempt_250`` (nothing handed over: attempted extortion),
``offender_not_identified`` (no holder's day is recorded), ``complaint_period_passed`` (every
holder's period has ended).

Complaint-only offences name who may complain (``complaint_holders``: the shop as a company,
the staff member harmed); each holder's six months run from the day that holder learned who the
offender is, so each gets its own ``HolderDeadline``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .deadlines import complaint_deadline, days_left
from .legal_check import Check
from .legal_data import Article, LegalNote, Question, Text, legal_data_path, load_legal_data
from .models import Incident
from .offence_elements import ElementState, ElementView, evaluate_element
from .offence_facts import LINGER_MINUTES, IncidentFacts, MatchedFact
from .staff_care import StaffCare

__all__ = [
    "LINGER_MINUTES", "HolderDeadline", "MatchedFact", "PossibleOffence", "holder_periods",
    "known_on_by_holder", "suggest_offences",
]  # fmt: skip


@dataclass(frozen=True)
class HolderDeadline:
    """One complaint holder's period: counted from ``known_on``, the day recorded as when that
    holder learned who the offender is; ``days_left`` is 0 on the last day, negative after."""

    holder: str
    known_on: date
    deadline: date
    days_left: int


@dataclass(frozen=True)
class PossibleOffence:
    """An article that may be relevant: its elements as the record stands, and what is open.

    ``element_view`` has one entry per element code of the article (required first).
    ``matched_facts`` is every structured record the elements rest on, in that order (the
    records that may be relevant). For complaint-only offences ``complaint_holders`` says who
    may complain and ``holder_deadlines`` has one period per holder whose day is recorded;
    ``complaint_deadline`` and ``days_left`` are the next one to act on (the soonest still
    running, else the last that ended), None while no holder's day is recorded.
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
    check: Check
    unverified: bool
    element_view: tuple[ElementView, ...] = ()
    notes: tuple[LegalNote, ...] = ()
    complaint_holders: tuple[str, ...] = ()
    holder_deadlines: tuple[HolderDeadline, ...] = ()
    ask: tuple[str, ...] = ()
    """Codes of the elements to put to a person (``element_view`` order)."""


@lru_cache(maxsize=1)
def _shipped_questions() -> Mapping[str, Question]:
    return load_legal_data(legal_data_path()).questions


_WORDS_ELEMENTS = frozenset({"harm_announced", "insult", "made_to_do_without_duty"})


def _views(
    f: IncidentFacts, article: Article, questions: Mapping[str, Question], inc: Incident
) -> dict[str, ElementView]:
    required = {c for group in article.requires for c in group}
    return {
        code: evaluate_element(f, questions[code], inc.offence_answers, required=code in required)
        for code in article.element_codes()
        if code in questions
    }


def _listed(article: Article, views: Mapping[str, ElementView],
            questions: Mapping[str, Question]) -> bool:  # fmt: skip
    for group in article.requires:
        members = [views[c] for c in group if c in views]
        if not members or all(v.state is ElementState.NOT_MET for v in members):
            return False
        if any(v.state is ElementState.MET for v in members):
            continue
        live = [v for v in members if v.state is ElementState.OPEN]
        if not any(v.has_record or not questions[v.code].needs_record for v in live):
            return False
    return True


def _open_points(article: Article, views: Mapping[str, ElementView], inc: Incident) -> list[str]:
    points: list[str] = []
    stayed = views.get("stayed_after_leave_order")
    if (
        stayed is not None
        and stayed.state is ElementState.OPEN
        and not any(b.code.startswith("timeline:") for b in stayed.basis)
        and views.get("entry_against_will", stayed).state is not ElementState.MET
    ):
        points.append("leave_order_not_recorded")
    harmed = [views[c] for c in ("injury", "illness_caused") if c in views]
    medical = views.get("medical_record")
    if (
        any(v.state is ElementState.MET for v in harmed)
        and medical is not None
        and medical.state is not ElementState.MET
    ):
        points.append("medical_visit_not_recorded")
    if not inc.quotes and any(
        c in _WORDS_ELEMENTS
        and views[c].state is not ElementState.NOT_MET
        and views[c].suggestion is None  # the words may be in the summary or a statement
        for c in views
        if views[c].required
    ):
        points.append("exact_words_not_recorded")
    handed = views.get("handed_over")
    if handed is not None and handed.state is ElementState.NOT_MET:
        points.append("attempt_250")
    return points


def _to_ask(article: Article, views: Mapping[str, ElementView]) -> tuple[str, ...]:
    """The elements a person is asked about: those the record does not settle, except an
    alternative with nothing recorded for it whose every group is already met (no one is asked
    about an illness when a recorded blow and a recorded injury already make out art. 204)."""
    met = [any(views[c].state is ElementState.MET for c in g if c in views)
           for g in article.requires]  # fmt: skip
    asked = []
    for code, v in views.items():
        if not v.asks:
            continue
        groups = [ok for g, ok in zip(article.requires, met, strict=True) if code in g]
        if v.required and not v.has_record and groups and all(groups):
            continue
        asked.append(code)
    return tuple(asked)


def known_on_by_holder(incident: Incident) -> dict[str, date]:
    """The days recorded as when each complaint holder learned who the offender is."""
    days = {"shop": incident.offender_known_on, "staff": incident.offender_known_to_staff_on}
    return {holder: day for holder, day in days.items() if day is not None}


def _holder_deadlines(
    article: Article, known_on: Mapping[str, date], today: date
) -> tuple[HolderDeadline, ...]:
    result = []
    for holder in article.complaint_holders:
        day = known_on.get(holder)
        if day is not None:
            last = complaint_deadline(day)
            result.append(HolderDeadline(holder, day, last, days_left(last, today)))
    return tuple(result)


def _next_deadline(periods: Sequence[HolderDeadline]) -> HolderDeadline | None:
    running = [p for p in periods if p.days_left >= 0]
    if running:
        return min(running, key=lambda p: p.deadline)
    return max(periods, key=lambda p: p.deadline, default=None)


def holder_periods(o: PossibleOffence) -> list[tuple[str, str, HolderDeadline | None]]:
    """Each complaint holder of ``o`` with the legal data's term for their period
    (``holder_unknown``, ``holder_passed``, ``holder_deadline_today``, ``holder_deadline``) and
    the period itself (None while their day is not recorded), in the article's order."""
    periods = {d.holder: d for d in o.holder_deadlines}
    found: list[tuple[str, str, HolderDeadline | None]] = []
    for holder in o.complaint_holders:
        d = periods.get(holder)
        if d is None:
            key = "holder_unknown"
        elif d.days_left < 0:
            key = "holder_passed"
        else:
            key = "holder_deadline_today" if d.days_left == 0 else "holder_deadline"
        found.append((key, holder, d))
    return found


def suggest_offences(
    incident: Incident,
    articles: Sequence[Article],
    *,
    known_on: Mapping[str, date] | None = None,
    today: date,
    staff_care: Sequence[StaffCare] = (),
    questions: Mapping[str, Question] | None = None,
) -> list[PossibleOffence]:
    """Articles that the record may touch on, in the order of ``articles``.

    Args:
        incident: The incident as recorded, with its ``offence_answers``.
        articles: From the legal data; articles without ``requires`` are skipped.
        known_on: The day each complaint holder ("shop", "staff") learned who the offender
            is; the incident's own days (``known_on_by_holder``) when omitted.
        today: For ``days_left``.
        staff_care: Staff-care records; an injury recorded there settles "injury".
        questions: The legal data's element questions; the shipped file's when omitted.
    """
    if questions is None:
        questions = _shipped_questions()
    if known_on is None:
        known_on = known_on_by_holder(incident)
    facts = IncidentFacts(incident, staff_care)
    result: list[PossibleOffence] = []
    for article in articles:
        if not article.requires:
            continue
        views = _views(facts, article, questions, incident)
        if not _listed(article, views, questions):
            continue
        open_points = _open_points(article, views, incident)
        periods = _holder_deadlines(article, known_on, today)
        upcoming = _next_deadline(periods)
        if article.complaint_required:
            if not periods:
                open_points.append("offender_not_identified")
            elif len(periods) == len(article.complaint_holders) and all(
                p.days_left < 0 for p in periods
            ):
                open_points.append("complaint_period_passed")
        matched = list(dict.fromkeys(b for v in views.values() for b in v.basis))
        result.append(
            PossibleOffence(
                article=article.number,
                title=article.title,
                elements=article.elements,
                matched_facts=matched,
                open_points=open_points,
                penalty=article.penalty,
                complaint_required=article.complaint_required,
                complaint_deadline=upcoming.deadline if upcoming else None,
                days_left=upcoming.days_left if upcoming else None,
                source=article.source,
                check=article.check,
                unverified=article.unverified,
                element_view=tuple(views.values()),
                ask=_to_ask(article, views),
                notes=article.notes,
                complaint_holders=article.complaint_holders,
                holder_deadlines=periods,
            )
        )
    return result
