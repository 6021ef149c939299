"""The incident report's section on possible offences: points for the lawyer, never a verdict.

Each article is shown element by element (構成要件): on record / open / not on record, with the
record each rests on, a text suggestion marked as such ("suggested from: 「…」", to be
confirmed), and a person's answer with who gave it. Words quoted in 「」 are the record's own.
The element view's words come from the legal data's ``terms`` (ja/en/nb).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from kasuhara_desktop.domain.legal_check import Check
from kasuhara_desktop.domain.legal_data import LegalData, LegalNote
from kasuhara_desktop.domain.offence_elements import ElementView
from kasuhara_desktop.domain.offences import MatchedFact, PossibleOffence, holder_periods
from kasuhara_desktop.domain.quotes import bare_words

from .report_parts import Cell, Parts


class _Terms:
    """The legal data's element-view words in the report's language."""

    def __init__(self, p: Parts, legal: LegalData) -> None:
        self.p, self.legal = p, legal

    def has(self, key: str) -> bool:
        return key in self.legal.terms

    def t(self, key: str, **values: object) -> str:
        return self.legal.term(key, self.p.w.lang, **values)


def fact_text(p: Parts, fact: MatchedFact, terms: _Terms | None = None) -> str:
    """One record in words: what it is, the recorded words, and when."""
    w = p.w
    count = w.number(fact.count) if fact.count is not None else ""
    key = "fact_" + fact.code.replace(":", "_")
    if terms is not None and terms.has(key):
        return terms.t(key, count=count, evidence=fact.evidence)
    text = w.code("fact", fact.code, count=count)
    if fact.evidence.strip():
        text += " " + w.fmt("quote").format(text=bare_words(fact.evidence))
    if fact.at is not None:
        text += " " + w.t("at_time", time=w.dt(fact.at))
    return text


def element_lines(p: Parts, e: ElementView, legal: LegalData) -> str:
    """One element: the question, its state, and what it rests on (one line each)."""
    terms = _Terms(p, legal)
    question = legal.questions.get(e.code)
    asked = p.w.text_in(question.question) if question is not None else e.code
    head = f"[{terms.t('state_' + e.state.value)}] {asked}"
    if not e.required:
        head += " " + terms.t("supporting")
    lines = [head]
    lines += [f"  • {fact_text(p, f, terms)}" for f in e.basis]
    if e.suggestion is not None:
        # The marks the user typed around the words would otherwise show twice: 「「…」」.
        words = bare_words(e.suggestion.evidence.strip())
        lines.append("  • " + terms.t("suggested_from", text=words))
    if e.answer is not None:
        by = e.answer_by or terms.t("someone")
        lines.append("  • " + terms.t("answered_yes" if e.answer else "answered_no", by=by))
        if e.answer_source.startswith("notice:"):
            number = e.answer_source.removeprefix("notice:")
            lines.append("  • " + terms.t("answer_notice", number=number))
    return "\n".join(lines)


def _complaint(p: Parts, o: PossibleOffence, terms: _Terms) -> str:
    """Who may complain and, for each, the period counted from the day recorded as when that
    person learned who the offender is (one person's period ending does not end another's)."""
    w = p.w
    if not o.complaint_required:
        return w.t("complaint_not_required")
    lines = [terms.t("holder_intro")]
    for key, holder, d in holder_periods(o):
        values: dict[str, object] = {"holder": w.enum_text("complaint_holder", holder)}
        if d is not None:
            values |= {"deadline": w.day(d.deadline), "known": w.day(d.known_on),
                       "days": d.days_left}  # fmt: skip
        lines.append("• " + terms.t(key, **values))
    return "\n".join(lines)


def _check(p: Parts, legal: LegalData, check: Check) -> str:
    """When and against what an entry was checked, with its references, in the report's words."""
    return legal.check_text(check, p.w.lang, p.w.day(check.on))


def _sourced(p: Parts, legal: LegalData, source: str, check: Check, unverified: bool) -> str:
    """``source; checked … against …. References: …`` with the "not verified" mark if due."""
    text = f"{source}; {_check(p, legal, check)}" if source else _check(p, legal, check)
    return text + (" " + legal.term("unverified", p.w.lang) if unverified else "")


def _note_source(p: Parts, legal: LegalData, note: LegalNote) -> str:
    return _sourced(p, legal, note.source, note.check, note.unverified)


def _open_point(p: Parts, code: str, terms: _Terms) -> str:
    return terms.t("open_" + code) if terms.has("open_" + code) else p.w.code("open_point", code)


def _offence(p: Parts, o: PossibleOffence, legal: LegalData) -> list[Flowable]:
    w = p.w
    terms = _Terms(p, legal)
    elements = "\n".join(element_lines(p, e, legal) for e in o.element_view)
    open_points = "\n".join(f"• {_open_point(p, c, terms)}" for c in o.open_points)
    source = f"{o.source}\n{_check(p, legal, o.check)}"
    if o.unverified:
        source += "\n" + w.t("legal_unverified")
    rows: list[tuple[str, Cell]] = [
        (w.t("elements"), w.text_in(o.elements)),
        (terms.t("element_view"), elements or w.t("none_recorded")),
    ]
    if open_points:
        rows.append((w.t("open_points"), open_points))
    rows += [(w.t("penalty"), w.text_in(o.penalty)), (w.t("complaint"), _complaint(p, o, terms))]
    if o.notes:
        notes = []
        for n in o.notes:
            notes.append(f"• {w.text_in(n.text)} ({_note_source(p, legal, n)})")
        rows.append((terms.t("notes"), "\n".join(notes)))
    rows.append((w.t("source"), source))
    title = w.t("article", number=o.article, title=w.text_in(o.title))
    return [p.sub(title), p.fields(rows)]


def offences(p: Parts, items: Sequence[PossibleOffence], legal: LegalData) -> list[Flowable]:
    w = p.w
    terms = _Terms(p, legal)
    out: list[Flowable] = [p.heading(w.t("sec_offences"))]
    out.append(p.warning(f"{terms.t('offences_intro')}\n{w.text_in(legal.disclaimer)}"))
    out.append(p.gap())
    if not items:
        return [*out, p.s.para(w.t("no_offences"))]
    note = w.text_in(legal.imprisonment_note) + " (" + _sourced(
        p, legal, legal.imprisonment_note_source, legal.imprisonment_note_check,
        legal.imprisonment_note_unverified,
    ) + ")"  # fmt: skip
    out += [p.small(w.text_in(legal.law)), p.small(note)]
    for o in items:
        out += _offence(p, o, legal)
    if any(o.complaint_required for o in items):
        period = legal.complaint_period
        out.append(p.sub(f"{w.text_in(period.law)} {period.article}"))
        out.append(p.s.para(w.text_in(period.text)))
        out.append(p.small(w.text_in(period.counting)))
        out.append(p.small(_sourced(p, legal, period.source, period.check, period.unverified)))
        if period.filing is not None:
            filing = period.filing
            out += [p.s.para(w.text_in(filing.text)), p.small(_note_source(p, legal, filing))]
    return out
