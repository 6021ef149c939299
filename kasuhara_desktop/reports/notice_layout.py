"""The page of the no-entry notice: title, particulars, reason, the notice itself, breach,
objections, issuer with the seal box (印), and a receipt slip to cut off and sign.

Two languages go side by side: labels are stacked (the second language small and grey),
the wording is paired row by row so that each paragraph sits beside its translation, and what
the shop typed (names, the facts) is printed once across both columns.

Text never shrinks below 10.5 pt (the size e-内容証明 asks for, and what a reader needs): a
notice with a long name, address or reason flows onto a second page instead of being squeezed
onto one; the receipt slip is kept whole on the page where it starts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from kasuhara_desktop.domain.notice import Notice

from .fonts import FontChoice
from .linebreak import KinsokuParagraph
from .notice_wording import NoticeRender, fill, format_date
from .styles import PAGE_SIZE, Margins, Styles, make_document, make_styles, page_decorator
from .text import para_text

MARGINS = Margins(left=16 * mm, right=16 * mm, top=13 * mm, bottom=18 * mm)
WIDTH = PAGE_SIZE[0] - MARGINS.left - MARGINS.right
LABEL_W, PHOTO_W, PHOTO_H, SEAL = 31 * mm, 30 * mm, 30 * mm, 20 * mm
GREY = colors.HexColor("#666666")
LINE = colors.HexColor("#888888")
SHADE = colors.HexColor("#F3F3F3")


class _Page:
    """The flowables of one notice page in one or two languages."""

    def __init__(self, styles: Styles, data: NoticeRender, photo: bytes | None) -> None:
        self.s = styles
        self.n: Notice = data.notice
        self.langs = self.n.languages
        self.w = [data.wording[lang] for lang in self.langs]
        self.two = len(self.langs) == 2
        self.photo = photo
        body, size = styles.body, styles.body.fontSize
        self.title = ParagraphStyle(
            "nt-title", parent=styles.title, alignment=TA_CENTER, spaceAfter=0
        )
        self.subtitle = ParagraphStyle(
            "nt-sub", parent=body, alignment=TA_CENTER, fontSize=size * 1.35,
            leading=size * 1.8, textColor=GREY, spaceAfter=0,
        )  # fmt: skip
        # The body in Mincho (a notice is a formal letter), labels and headings in bold Gothic.
        self.cell = ParagraphStyle(
            "nt-cell", parent=body, spaceAfter=0, leading=size * 1.45, fontName=styles.fonts.serif
        )
        self.bold = ParagraphStyle("nt-bold", parent=self.cell, fontName=styles.fonts.bold)
        self.name = ParagraphStyle(
            "nt-name", parent=self.bold, fontSize=size * 1.3, leading=size * 1.75
        )
        self.second = ParagraphStyle(
            "nt-second",
            parent=self.cell,
            fontSize=size,
            leading=size * 1.4,
            textColor=GREY,
        )  # fmt: skip  (the second language is read too: same size, grey)
        self.right = ParagraphStyle("nt-right", parent=self.cell, alignment=TA_RIGHT)
        self.second_right = ParagraphStyle("nt-second-r", parent=self.second, alignment=TA_RIGHT)
        self.centre = ParagraphStyle("nt-centre", parent=self.cell, alignment=TA_CENTER)

    # ------------------------------------------------------------ helpers

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.s.para(text, style or self.cell)

    def label(
        self, key: str, style: ParagraphStyle | None = None, *, inline: bool = False
    ) -> Paragraph:
        """The label in the first language, the second language small underneath (or after
        it, ``inline``)."""
        st = style or self.bold
        fallbacks = (*self.s.fonts.fallbacks,)
        text = para_text(self.w[0][key], font=st.fontName, fallbacks=fallbacks)
        if self.two and self.w[1][key]:
            second = para_text(self.w[1][key], font=self.second.fontName, fallbacks=fallbacks)
            size, colour = self.second.fontSize, GREY.hexval()[2:]
            text += " " if inline else "<br/>"
            text += f'<font size="{size:.1f}" color="#{colour}">{second}</font>'
        return KinsokuParagraph(text, st)  # 禁則 for the wording too

    def per_lang(self, key: str, style: ParagraphStyle | None = None, **values: str) -> list[Any]:
        """``key`` in each language, one paragraph each (the second one small)."""
        out: list[Any] = [self.p(fill(self.w[0], key, **values), style)]
        if self.two:
            out.append(self.p(fill(self.w[1], key, **values), self.second))
        return out

    def paired(self, rows: Sequence[Sequence[list[Flowable]]]) -> Table:
        """Rows of [first-language cell, second-language cell] side by side, or one column."""
        if not self.two:
            return Table([[row[0]] for row in rows], colWidths=[WIDTH], style=self._plain())
        table = Table([[r[0], r[1]] for r in rows], colWidths=[WIDTH / 2, WIDTH / 2])
        table.setStyle(
            self._plain(
                ("LINEAFTER", (0, 0), (0, -1), 0.4, LINE), ("LEFTPADDING", (1, 0), (1, -1), 8)
            )
        )
        return table

    def _plain(self, *extra: tuple[Any, ...]) -> Any:
        return self.s.table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        )

    def section(self, heading: str, text: str, i: int, **values: str) -> list[Flowable]:
        w = self.w[i]
        return [self.p(fill(w, heading), self.bold), self.p(fill(w, text, **values))]

    def dates(self, day: Any) -> list[str]:
        return [format_date(day, lang) for lang in self.langs]

    # ------------------------------------------------------------ parts

    def header(self) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.w[0]["title"], self.title)]
        if self.two:
            out.append(self.p(self.w[1]["title"], self.subtitle))
        number = self.n.number
        pending = [
            self.p(w["number_pending"], st)
            for w, st in zip(self.w, (self.right, self.second_right), strict=False)
        ]
        number_cell = [self.p(number, self.right)] if number else pending
        date_cell = [self.p(d, self.right) for d in self.dates(self.n.issue_date)]
        meta = Table(
            [[self.label("number_label", self.right, inline=True), number_cell,
              self.label("date_label", self.right, inline=True), date_cell]],
            colWidths=[40 * mm, 34 * mm, 30 * mm, 44 * mm], hAlign="RIGHT",
        )  # fmt: skip
        meta.setStyle(self._plain(("ALIGN", (0, 0), (-1, -1), "RIGHT")))
        return [*out, Spacer(1, 2 * mm), meta, Spacer(1, 2 * mm)]

    def addressee(self) -> list[Flowable]:
        a = self.n.addressee
        out: list[Flowable] = []
        if a.name:
            out.append(self.p(a.name + self.w[0]["name_suffix"], self.name))
        else:
            out += self.per_lang("name_unknown")
        for key, value in (("address_label", a.address), ("description_label", a.description)):
            if value:
                out += [self.label(key, self.second, inline=True), self.p(value)]
        return out

    def particulars(self) -> Table:
        n, i = self.n, self.n.issuer
        premises: list[Flowable] = (
            [self.p(p) for p in n.premises]
            if n.premises
            else self.per_lang("premises_this_shop", shop=i.shop)
        )
        if not n.premises and i.address:
            premises.append(self.p(i.address, self.second))
        froms = self.dates(n.valid_from)
        if n.valid_until is None:
            period = [self.p(fill(w, "period_indefinite", **{"from": f}))
                      for w, f in zip(self.w, froms, strict=True)]  # fmt: skip
        else:
            untils = self.dates(n.valid_until)
            period = [self.p(fill(w, "period_range", **{"from": f, "until": u}))
                      for w, f, u in zip(self.w, froms, untils, strict=True)]  # fmt: skip
        if self.two:
            period[1].style = self.second
        photo = self._photo()
        value_w = WIDTH - LABEL_W - (PHOTO_W if photo else 0)
        rows: list[list[Any]] = [
            [self.label("addressee_label"), self.addressee()],
            [self.label("premises_label"), premises],
            [self.label("period_label"), period],
        ]
        extra: list[tuple[Any, ...]] = [
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, LINE),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        widths = [LABEL_W, value_w]
        if photo:
            rows[0].append(photo)
            for row in rows[1:]:
                row.append("")
            extra += [("SPAN", (1, 1), (2, 1)), ("SPAN", (1, 2), (2, 2))]
            widths.append(PHOTO_W)
        table = Table(rows, colWidths=widths)
        table.setStyle(self._plain(*extra))
        return table

    def _photo(self) -> list[Flowable] | None:
        if self.photo is None:
            return None
        img = Image(io.BytesIO(self.photo))
        scale = min((PHOTO_W - 8) / img.imageWidth, PHOTO_H / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        return [img]

    def reason(self) -> list[Flowable]:
        n = self.n
        day = n.incident_date or n.issue_date
        values = {"shop": n.issuer.shop, "incident": n.incident_reference}
        intro = [
            self.section("reason_label", "reason_intro", k, date=format_date(day, lang), **values)
            for k, lang in enumerate(self.langs)
        ]
        facts = Table([[self.s.paras(n.reason, self.cell)]], colWidths=[WIDTH])
        facts.setStyle(
            self.s.table_style(
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.4, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            )
        )
        closing = [[self.p(w["reason_closing"])] for w in self.w]
        return [self.paired([intro]), facts, Spacer(1, 1 * mm),
                self.paired([closing])]  # fmt: skip

    def notice_text(self) -> list[Flowable]:
        body = [[self.p(w["body"], self.bold)] for w in self.w]
        breach = [self.section("breach_heading", "breach", k) for k in range(len(self.w))]
        objection = [self.section("objection_heading", "objection", k) for k in range(len(self.w))]
        contact = Table(
            [[self.label("objection_contact_label"), self.p(self.n.objection_contact)]],
            colWidths=[LABEL_W, WIDTH - LABEL_W],
        )
        contact.setStyle(self._plain(("BOX", (0, 0), (-1, -1), 0.4, LINE),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 4)))  # fmt: skip
        return [self.paired([body, breach, objection]), Spacer(1, 1 * mm), contact]

    def issuer(self) -> list[Flowable]:
        i = self.n.issuer
        rows = [
            [self.label(key, self.second, inline=True), self.p(value)]
            for key, value in (
                ("company_label", i.company),
                ("shop_label", i.shop),
                ("address_label", i.address),
                ("phone_label", i.phone),
                ("representative_label", i.representative),
            )
            if value
        ]
        details = Table(rows, colWidths=[36 * mm, WIDTH - 36 * mm - SEAL - 10 * mm])
        details.setStyle(self._plain(("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))  # fmt: skip
        lines: list[Flowable] = [self.label("issuer_label", inline=True), details]
        size = self.cell.fontSize * (1.6 if len(self.w[0]["seal"]) <= 2 else 1.0)
        seal_style = ParagraphStyle(
            "nt-seal",
            parent=self.centre,
            textColor=colors.HexColor("#AAAAAA"),
            fontSize=size,
            leading=size * 1.3,
        )
        seal = Table([[self.label("seal", seal_style)]], colWidths=[SEAL], rowHeights=[SEAL])
        seal.setStyle(
            self.s.table_style(
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            )
        )
        table = Table([[lines, seal]], colWidths=[WIDTH - SEAL - 6 * mm, SEAL + 6 * mm])
        table.setStyle(self._plain(("VALIGN", (1, 0), (1, 0), "BOTTOM")))
        out: list[Flowable] = [table]
        if self.w[0]["closing"]:
            out.append(self.p(self.w[0]["closing"], self.right))
        return out

    def receipt(self) -> list[Flowable]:
        number = self.n.number or "N-____-____"
        text = [self.section("receipt_heading", "receipt", k, number=number)
                for k in range(len(self.w))]  # fmt: skip
        blanks = Table(
            [[self.label("receipt_date", self.second, inline=True), "",
              self.label("receipt_name", self.second, inline=True),
              ""]],
            colWidths=[44 * mm, 45 * mm, 28 * mm, WIDTH - 117 * mm], rowHeights=[11 * mm],
        )  # fmt: skip
        blanks.setStyle(
            self._plain(
                ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
                ("LINEBELOW", (3, 0), (3, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            )
        )
        cut = HRFlowable(width="100%", thickness=0.5, color=LINE, dash=(3, 2), spaceBefore=4,
                         spaceAfter=4)  # fmt: skip
        return [KeepTogether([cut, self.paired([text]), blanks])]

    def story(self) -> list[Flowable]:
        gap = Spacer(1, 2 * mm)
        return [
            *self.header(),
            self.particulars(),
            gap,
            *self.reason(),
            gap,
            *self.notice_text(),
            gap,
            *self.issuer(),
            Spacer(1, 3 * mm),
            *self.receipt(),
        ]


MIN_SIZE = 10.5  # points: e-内容証明's minimum, and never smaller to fit a long text


def _base_size(n: Notice) -> float:
    return MIN_SIZE


def build_page(out: BinaryIO, data: NoticeRender, fonts: FontChoice, photo: bytes | None) -> None:
    """Lay out the notice of ``data`` on one A4 page written to ``out``."""
    n = data.notice
    styles = make_styles(fonts, base_size=_base_size(n))
    page = _Page(styles, data, photo)
    words = [data.wording[lang] for lang in n.languages]
    title = " / ".join(w["title"] for w in words)
    doc = make_document(
        out, title=title, subject=n.number or title, lang=n.languages[0], margins=MARGINS,
        font=fonts.regular, author=n.issuer.representative or n.issuer.company,
    )  # fmt: skip
    footer = " / ".join(w["footer"] for w in words)
    reference = n.number or n.incident_reference
    doc.build(
        page.story(),
        canvasmaker=page_decorator(reference, footer, font=fonts.regular, margins=MARGINS),
    )


def natural_height(
    data: NoticeRender, fonts: FontChoice, photo: bytes | None
) -> tuple[float, float]:
    """(height the content needs, height one page has), in points: a notice whose content
    needs more goes on to a second page (it is never printed smaller)."""
    page = _Page(make_styles(fonts, base_size=_base_size(data.notice)), data, photo)
    needed = 0.0
    flat: list[Flowable] = []
    for flowable in page.story():  # a KeepTogether needs a canvas to wrap: measure its parts
        flat += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    for flowable in flat:
        _w, h = flowable.wrap(WIDTH, PAGE_SIZE[1])
        needed += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return needed, PAGE_SIZE[1] - MARGINS.top - MARGINS.bottom
