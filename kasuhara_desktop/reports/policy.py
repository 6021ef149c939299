"""The basic policy on paper: the staff document (A4) and the customer-facing poster (A4, A3).

The staff document prints the shop, the version and its adoption date, the policy text, the
consultation contacts when the shop has any, the no-disadvantage and privacy statements
(art. 33(2), :mod:`.staff_statements`) and the record of when staff were told and who
acknowledged it. The poster is for customers: the shop's name, the title and the short text in
large type, and nothing internal (no staff names, no records).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Spacer,
    Table,
)

from ..domain.employer_duty import employer_duty
from ..domain.policy import Acknowledgement, ToldRecord, policy_template
from ..domain.vocabulary import fill
from . import linebreak
from .staff_statements import staff_statement_flowables
from .styles import CONTENT_WIDTH, CREATOR, RULE, make_document, make_styles, page_decorator
from .text import clip_text
from .unprintable import hand_over

POSTER_SIZES = {"A4": A4, "A3": A3}
SHADE = colors.HexColor("#EFEFEF")
NAME_LIMIT = 200


@dataclass(frozen=True)
class PolicyDocumentData:
    """What the staff document prints.

    Attributes:
        contacts: (who, how to reach them) lines of the consultation desk; () prints none.
        unacknowledged: roster names with no acknowledgement yet (printed with an empty
            date for their signature).
        timezone: the shop's zone; the printing time is shown in it.
    """

    shop_name: str
    lang: str
    title: str
    body: str
    version: int
    adopted_on: date | None
    printed_at: datetime
    timezone: str = "Asia/Tokyo"
    told: tuple[ToldRecord, ...] = ()
    acknowledgements: tuple[Acknowledgement, ...] = ()
    unacknowledged: tuple[str, ...] = ()
    contacts: tuple[tuple[str, str], ...] = ()
    prepared_by: str = ""


@dataclass(frozen=True)
class PosterData:
    """What the customer-facing poster prints: nothing but the shop and the short policy."""

    shop_name: str
    lang: str
    adopted_on: date | None = None


def _local(when: datetime, tz: str) -> str:
    with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
        when = when.astimezone(ZoneInfo(tz))
    return when.strftime("%Y-%m-%d %H:%M")


class _Document:
    def __init__(self, data: PolicyDocumentData) -> None:
        self.data = data
        self.s = make_styles()
        self.t = policy_template(data.lang)
        self.w: dict[str, Any] = dict(self.t.labels)

    def facts(self) -> Table:
        d, s, w = self.data, self.s, self.w
        adopted = d.adopted_on.isoformat() if d.adopted_on else w["not_adopted"]
        rows = [
            (w["shop"], clip_text(d.shop_name, NAME_LIMIT)),
            (w["version"], str(d.version)),
            (w["adopted_on"], adopted),
            (w["printed"], _local(d.printed_at, d.timezone)),
        ]
        table = Table(
            [[s.para(k, s.cell), s.para(v, s.cell)] for k, v in rows],
            colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        )
        table.setStyle(
            s.table_style(
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            )
        )
        return table

    def contacts(self) -> list[Flowable]:
        if not self.data.contacts:
            return []
        s = self.s
        out: list[Flowable] = [s.para(self.w["contacts"], s.heading)]
        for who, how in self.data.contacts:
            out.append(s.para(f"{who}: {how}" if how else who))
        return out

    def _grid(self, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
        s = self.s
        cells = [[s.para(h, s.cell) for h in header]]
        cells += [[s.para(c, s.cell) for c in row] for row in rows]
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(
            s.table_style(
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            )
        )
        return table

    def told(self) -> list[Flowable]:
        d, s, w = self.data, self.s, self.w
        out: list[Flowable] = [s.para(w["told"], s.heading)]
        if not d.told:
            return [*out, s.para(w["none_told"])]
        methods: dict[str, str] = w["methods"]
        rows = [
            [
                t.told_on.isoformat(),
                methods.get(t.method.value, t.method.value),
                ", ".join(t.who) if t.who else w["all_staff"],
            ]
            for t in d.told
        ]
        widths = [30 * mm, 40 * mm, CONTENT_WIDTH - 70 * mm]
        return [*out, self._grid([w["told_on"], w["how"], w["who"]], rows, widths)]

    def acknowledgements(self) -> list[Flowable]:
        d, s, w = self.data, self.s, self.w
        if not d.acknowledgements and not d.unacknowledged:
            return []
        rows = [[a.name, a.acknowledged_on.isoformat(), ""] for a in d.acknowledgements]
        rows += [[name, w["not_acked"], ""] for name in d.unacknowledged]
        widths = [CONTENT_WIDTH - 90 * mm, 40 * mm, 50 * mm]
        return [
            s.para(w["acks"], s.heading),
            self._grid([w["name"], w["ack_on"], w["sign"]], rows, widths),
        ]

    def legal(self) -> list[Flowable]:
        """The law behind the policy, from ``resources/legal/employer_duty.json``: the Act's
        art. 33, its in-force date as far as it was confirmed, and when that was checked."""
        s, w, lang = self.s, self.w, self.data.lang
        duty = employer_duty()
        out: list[Flowable] = [s.para(w["legal"], s.heading)]
        out.append(s.para(duty.instruments["act"][lang], s.small))
        for statement in duty.of("act")[:3]:
            out.append(s.para(f"{statement.ref}: {statement.in_lang(lang)}", s.small))
        out.append(s.para(duty.in_force_note[lang], s.small))
        if duty.unverified:
            out.append(s.para(fill(w["legal_checked"], duty.checked.isoformat()), s.small))
        return out

    def story(self) -> list[Flowable]:
        d, s = self.data, self.s
        return [
            s.para(self.w["document"], s.small),
            s.para(d.title, s.title),
            self.facts(),
            Spacer(1, 5 * mm),
            *s.paras(d.body),
            Spacer(1, 3 * mm),
            *self.contacts(),
            Spacer(1, 3 * mm),
            *staff_statement_flowables(s, d.lang),
            *self.told(),
            *self.acknowledgements(),
            *self.legal(),
        ]


def build_policy_document(out: BinaryIO, data: PolicyDocumentData) -> None:
    """Write the staff document (A4, as many pages as the text needs) to ``out``."""
    doc_ = _Document(data)
    w = doc_.w
    doc = make_document(
        out, title=data.title, subject=w["document"], lang=data.lang, author=data.prepared_by
    )
    reference = fill(str(w["version_ref"]), data.version)
    canvas = page_decorator(reference, w["footer"], page_format=str(w["page"]))
    doc.build(doc_.story(), canvasmaker=canvas)


def build_policy_poster(out: BinaryIO, data: PosterData, size: str = "A4") -> None:
    """Write the one-page customer poster in ``size`` ("A4" or "A3") to ``out``."""
    if size not in POSTER_SIZES:
        raise ValueError(f"poster size {size!r}")
    page = POSTER_SIZES[size]
    scale = page[0] / A4[0]  # A3 is A4 enlarged: everything grows by √2
    t = policy_template(data.lang)
    s = make_styles(base_size=10.0 * scale)
    margin = 18 * mm * scale
    width = page[0] - 2 * margin
    centred = {"alignment": TA_CENTER, "wordWrap": "CJK"}
    shop = ParagraphStyle("pp-shop", parent=s.body, fontName=s.fonts.bold, fontSize=20 * scale,
                          leading=28 * scale, spaceAfter=6 * scale, **centred)  # fmt: skip
    title = ParagraphStyle("pp-title", parent=s.title, fontSize=30 * scale, leading=42 * scale,
                           spaceAfter=0, **centred)  # fmt: skip
    body = ParagraphStyle("pp-body", parent=s.body, fontSize=17 * scale, leading=28 * scale,
                          spaceAfter=12 * scale)  # fmt: skip
    foot = ParagraphStyle("pp-foot", parent=s.body, fontSize=12 * scale, leading=18 * scale,
                          textColor=colors.HexColor("#444444"), **centred)  # fmt: skip
    name = clip_text(data.shop_name, NAME_LIMIT)
    story: list[Flowable] = [
        s.para(name, shop),
        *[s.para(line, title) for line in t.poster_title.splitlines()],
        Spacer(1, 12 * mm * scale),
        *s.paras(t.filled_poster(name), body),
    ]
    if data.adopted_on is not None:
        story += [
            Spacer(1, 6 * mm * scale),
            s.para(t.adopted_line(name, data.adopted_on.isoformat()), foot),
        ]
    # One page whatever the shop's name: the frame shrinks the text a little if it must.
    boxed = Table([[KeepInFrame(width - 20 * mm * scale, page[1] - 2 * margin - 20 * mm * scale,
                                story, mode="shrink")]], colWidths=[width],
                  rowHeights=[page[1] - 2 * margin])  # fmt: skip
    boxed.setStyle(
        s.table_style(
            ("BOX", (0, 0), (-1, -1), 3 * scale, colors.HexColor("#1F3A5F")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10 * mm * scale),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm * scale),
            ("TOPPADDING", (0, 0), (-1, -1), 10 * mm * scale),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10 * mm * scale),
        )
    )
    linebreak.current_lang.set(data.lang)  # make_document does this for A4 documents
    doc = BaseDocTemplate(
        out, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin, title=t.title, subject=t.title, author=CREATOR, creator=CREATOR,
        lang=data.lang, initialFontName=s.fonts.regular,
    )  # fmt: skip
    frame = Frame(margin, margin, width, page[1] - 2 * margin, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="poster")  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="poster", frames=[frame])])
    doc.build([boxed])
    if s.missing:  # the A4 documents' footer canvas does this; the poster has no footer
        hand_over(s.missing)
