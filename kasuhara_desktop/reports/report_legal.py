"""The incident report's section on possible offences: points for the lawyer, never a verdict."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from kasuhara_desktop.domain.legal_data import LegalData
from kasuhara_desktop.domain.offences import MatchedFact, PossibleOffence
from kasuhara_desktop.domain.quotes import bare_words

from .report_parts import Cell, Parts


def fact_text(p: Parts, fact: MatchedFact) -> str:
    """One matched fact in words: what matched, the recorded words, and when."""
    w = p.w
    count = w.number(fact.count) if fact.count is not None else ""
    text = w.code("fact", fact.code, count=count)
    if fact.evidence.strip():
        text += " " + w.fmt("quote").format(text=bare_words(fact.evidence))
    if fact.at is not None:
        text += " " + w.t("at_time", time=w.dt(fact.at))
    return text


def _complaint(p: Parts, o: PossibleOffence) -> str:
    w = p.w
    if not o.complaint_required:
        return w.t("complaint_not_required")
    if o.complaint_deadline is None or o.days_left is None:
        return w.t("complaint_unknown")
    deadline = w.day(o.complaint_deadline)
    if o.days_left < 0:
        return w.t("complaint_passed", deadline=deadline)
    if o.days_left == 0:
        return w.t("complaint_deadline_today", deadline=deadline)
    return w.t("complaint_deadline", deadline=deadline, days=o.days_left)


def _offence(p: Parts, o: PossibleOffence) -> list[Flowable]:
    w = p.w
    facts = "\n".join(f"• {fact_text(p, f)}" for f in o.matched_facts)
    open_points = "\n".join(f"• {w.code('open_point', c)}" for c in o.open_points)
    source = w.t("legal_source", source=o.source, checked=w.day(o.checked))
    if o.unverified:
        source += "\n" + w.t("legal_unverified")
    rows: list[tuple[str, Cell]] = [
        (w.t("elements"), w.text_in(o.elements)),
        (w.t("matched_facts"), facts or w.t("none_recorded")),
    ]
    if open_points:
        rows.append((w.t("open_points"), open_points))
    rows += [
        (w.t("penalty"), w.text_in(o.penalty)),
        (w.t("complaint"), _complaint(p, o)),
        (w.t("source"), source),
    ]
    title = w.t("article", number=o.article, title=w.text_in(o.title))
    return [p.sub(title), p.fields(rows)]


def offences(p: Parts, items: Sequence[PossibleOffence], legal: LegalData) -> list[Flowable]:
    w = p.w
    out: list[Flowable] = [p.heading(w.t("sec_offences"))]
    out.append(p.warning(f"{w.t('offences_intro')}\n{w.text_in(legal.disclaimer)}"))
    out.append(p.gap())
    if not items:
        return [*out, p.s.para(w.t("no_offences"))]
    out += [p.small(w.text_in(legal.law)), p.small(w.text_in(legal.imprisonment_note))]
    for o in items:
        out += _offence(p, o)
    if any(o.complaint_required for o in items):
        period = legal.complaint_period
        out.append(p.sub(f"{w.text_in(period.law)} {period.article}"))
        out.append(p.s.para(w.text_in(period.text)))
        out.append(p.small(w.text_in(period.counting)))
    return out
