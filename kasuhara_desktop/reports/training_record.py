"""The training record and the case-study handout (issue 17.4), as staff documents.

The record shows what a shop must be able to show: the sessions held (date, topics, trainer,
duration, attendees), each person on the roster with their last training and when the next is
due, and who is overdue or never trained. Both documents end with the no-disadvantage and
privacy statements every staff document prints (``staff_statements.py``). Wording lives in
``resources/templates/training_record.json`` (ja, en, nb).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from ..domain.training import (
    CaseStudy,
    MemberStatus,
    TrainingSession,
    TrainingSettings,
    TrainingState,
    summarise,
)
from ..domain.vocabulary import fill
from ..infra.resources import read_text
from .staff_statements import staff_statement_flowables
from .styles import CONTENT_WIDTH, RULE, Styles, make_document, make_styles, page_decorator
from .text import clip_text

TEMPLATE = "templates/training_record.json"
LANGUAGES = ("ja", "en", "nb")
ATTENTION = colors.HexColor("#FBE3E3")
HEADER_BG = colors.HexColor("#E8E8E8")


@cache
def _all_texts() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(read_text(TEMPLATE))
    return data


def texts(lang: str) -> dict[str, str]:
    """The record's wording in ``lang`` (Japanese for anything unknown)."""
    return _all_texts()[lang if lang in LANGUAGES else "ja"]


@dataclass(frozen=True)
class TrainingRecordData:
    """What the record prints (gathered by the service; names already resolved).

    Attributes:
        statuses: one per roster member who works here (left members are not printed).
        attendee_names: session id -> the attendees' names as printed.
    """

    shop_name: str
    made_on: date
    settings: TrainingSettings
    sessions: tuple[TrainingSession, ...]
    statuses: tuple[MemberStatus, ...]
    attendee_names: dict[int, tuple[str, ...]]
    made_by: str = ""


def _d(value: date | None) -> str:
    return value.isoformat() if value else "—"


class _Doc:
    def __init__(self, styles: Styles, lang: str) -> None:
        self.s, self.t, self.lang = styles, texts(lang), lang

    def table(
        self, header: list[str], rows: list[list[str]], widths: list[float], shade: list[int]
    ) -> Table:
        s = self.s
        data = [[s.para(h, s.cell) for h in header]]
        data += [[s.para(c, s.cell) for c in row] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        commands += [("BACKGROUND", (0, i + 1), (-1, i + 1), ATTENTION) for i in shade]
        table.setStyle(s.table_style(*commands))
        return table

    def head(self, title: str, shop: str, made_on: date) -> list[Flowable]:
        s, t = self.s, self.t
        return [
            s.para(title, s.title),
            s.para(f"{t['shop']}: {clip_text(shop, 200)}"),
            s.para(f"{t['made_on']}: {made_on.isoformat()}", s.small),
        ]


def record_story(data: TrainingRecordData, styles: Styles, lang: str) -> list[Flowable]:
    doc = _Doc(styles, lang)
    s, t = styles, doc.t
    counts = summarise(data.statuses)
    story = doc.head(t["title"], data.shop_name, data.made_on)
    story += [
        s.para(fill(t["interval"], str(data.settings.interval_months),
                    str(data.settings.new_starter_days))),
        s.para(fill(t["summary"], str(counts.on_roster), str(counts.overdue),
                    str(counts.never_trained), str(counts.due_new))),
    ]  # fmt: skip
    due = [st for st in data.statuses if st.needs_training]
    story.append(s.para(t["attention_heading"], s.heading))
    if due:
        story += [
            s.para(f"{st.member.name} — {t[st.state.value]} ({t['col_due']}: {_d(st.due_on)})")
            for st in due
        ]
    else:
        story.append(s.para(t["nobody_due"]))
    story.append(s.para(t["sessions_heading"], s.heading))
    if data.sessions:
        rows, notes = [], []
        for sess in data.sessions:
            names = ", ".join(data.attendee_names.get(sess.id or 0, ())) or "—"
            rows.append([sess.held_on.isoformat(), sess.topics, sess.trainer,
                         str(sess.minutes or "—"), names])  # fmt: skip
            if sess.notes.strip():
                notes.append(f"{sess.held_on.isoformat()}: {sess.notes.strip()}")
        w = CONTENT_WIDTH
        header = [t["col_date"], t["col_topics"], t["col_trainer"], t["col_minutes"],
                  t["col_attendees"]]  # fmt: skip
        story.append(doc.table(header, rows, [w * 0.15, w * 0.3, w * 0.15, w * 0.1, w * 0.3], []))
        if notes:
            story.append(s.para(t["notes"], s.heading))
            story += [p for n in notes for p in s.paras(n, s.small)]
    else:
        story.append(s.para(t["no_sessions"]))
    story.append(s.para(t["roster_heading"], s.heading))
    current = [st for st in data.statuses if st.state is not TrainingState.LEFT]
    rows = [
        [st.member.name, t[st.member.employment.value], _d(st.member.joined_on),
         _d(st.last_trained), _d(st.due_on), t[st.state.value]]
        for st in current
    ]  # fmt: skip
    shade = [i for i, st in enumerate(current) if st.needs_training]
    w = CONTENT_WIDTH
    header = [t["col_name"], t["col_employment"], t["col_joined"], t["col_last"], t["col_due"],
              t["col_state"]]  # fmt: skip
    widths = [w * 0.24, w * 0.18, w * 0.14, w * 0.14, w * 0.14, w * 0.16]
    story.append(doc.table(header, rows, widths, shade))
    story += [Spacer(1, 6 * mm), *staff_statement_flowables(styles, lang)]
    return story


def build_training_record(out: BinaryIO, data: TrainingRecordData, lang: str = "ja") -> None:
    """Write the training record PDF in ``lang`` to ``out``."""
    styles = make_styles()
    t = texts(lang)
    doc = make_document(out, title=t["title"], subject=t["title"], lang=lang, author=data.made_by)
    story = record_story(data, styles, lang)
    doc.build(story, canvasmaker=page_decorator(data.made_on.isoformat(), t["footer"]))


def build_case_study_handout(
    out: BinaryIO,
    case: CaseStudy,
    shop_name: str,
    made_on: date,
    lang: str = "ja",
    checked_at_local: datetime | None = None,
) -> None:
    """Write one checked case study as a handout PDF.

    Raises:
        ValueError: ``case`` is not checked (the service refuses before; this is the last
            guard against printing a draft).
    """
    if not case.checked:
        raise ValueError("An unchecked case study is never printed.")
    styles = make_styles()
    doc_ = _Doc(styles, lang)
    s, t = styles, doc_.t
    checked_at = checked_at_local or case.checked_at
    when = (checked_at.date() if checked_at else made_on).isoformat()  # a checked one has it
    story = doc_.head(t["handout_title"], shop_name, made_on)
    story += [s.para(case.title, s.heading), *s.paras(case.text)]
    story += [
        Spacer(1, 4 * mm),
        s.para(t["handout_note"], s.small),
        s.para(fill(t["checked"], case.checked_by, when), s.small),
        Spacer(1, 6 * mm),
        *staff_statement_flowables(styles, lang),
    ]
    doc = make_document(out, title=t["handout_title"], subject=case.title, lang=lang)
    doc.build(story, canvasmaker=page_decorator(f"#{case.id}", t["handout_title"]))


__all__ = [
    "TrainingRecordData",
    "build_case_study_handout",
    "build_training_record",
    "record_story",
    "texts",
]
