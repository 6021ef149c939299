"""Building blocks shared by the incident report and the period summary.

``Parts`` turns user text and labels into flowables with one set of styles and one wording;
``build_story`` runs reportlab's layout with progress reports and a cancel check between
flowables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Spacer, Table

from kasuhara_desktop.domain.errors import Cancelled
from kasuhara_desktop.domain.models import ShopProfile

from .styles import CONTENT_WIDTH, MARGINS, PAGE_SIZE, NumberedCanvas, Styles
from .text import clean_text
from .wording import Wording

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
Cell: TypeAlias = str | Flowable | list[Flowable]
EMPTY: list[Flowable] = []
"""A cell left blank on purpose (an empty string prints the "not recorded" dash)."""

WARN = colors.HexColor("#B00020")
HEAD_BG = colors.HexColor("#E8E8E8")
LINE = colors.HexColor("#BBBBBB")
SHADE = colors.HexColor("#F6F6F6")
LABEL_WIDTH = 42 * mm
NAME_LIMIT = 40
"""Names (people, staff, who did something) are cut to this many characters in table cells."""
SEPARATOR = colors.HexColor("#888888")
FRAME_HEIGHT = PAGE_SIZE[1] - MARGINS.top - MARGINS.bottom
"""The height of the one frame on every page (``styles.make_document``)."""


class WholeRowTable(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A table that splits inside a row only when that row cannot fit on a page by itself.

    reportlab splits between rows when it can; when not even the first row (below the header)
    fits in what is left of the page, it splits inside that row, so the page ends with the
    header and a line or two of the row. Here the table moves to the next page instead, unless
    the header and that row are taller than a whole page (a very long text), which must be cut.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        head = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        heights = self._rowHeights
        if len(heights) > head:
            first = sum(heights[: head + 1])
            if avail_height < first <= FRAME_HEIGHT:
                return []
        return list(super().split(avail_width, avail_height))


class Parts:
    """Flowable builders over one ``Styles`` and one ``Wording``."""

    def __init__(self, styles: Styles, w: Wording) -> None:
        self.s = styles
        self.w = w
        self.heading_style = ParagraphStyle("kh-sec", parent=styles.heading, keepWithNext=1)
        self.sub_style = ParagraphStyle(
            "kh-sub",
            parent=styles.body,
            fontName=styles.fonts.bold,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.head_cell = ParagraphStyle(
            "kh-head-cell", parent=styles.cell, fontName=styles.fonts.bold
        )
        self.compact_cell = ParagraphStyle(
            "kh-compact", parent=styles.cell, fontSize=7.5, leading=9.8
        )
        self.compact_head = ParagraphStyle(
            "kh-compact-head", parent=self.compact_cell, fontName=styles.fonts.bold
        )
        self.mono_cell = ParagraphStyle(
            "kh-mono-cell", parent=styles.mono, fontSize=7, leading=8.6, spaceAfter=0
        )
        self.warn_style = ParagraphStyle(
            "kh-warn", parent=styles.body, textColor=WARN, fontName=styles.fonts.bold
        )
        self.quote_style = ParagraphStyle(
            "kh-quote",
            parent=styles.body,
            leftIndent=5 * mm,
            borderPadding=(2, 4, 2, 4),
            backColor=SHADE,
            spaceBefore=6,
            spaceAfter=4,
        )

    # ------------------------------------------------------------ text

    def heading(self, text: str) -> Paragraph:
        return self.s.para(text, self.heading_style)

    def sub(self, text: str) -> Paragraph:
        return self.s.para(text, self.sub_style)

    def body(self, text: str) -> list[Flowable]:
        """User text of any length, flowing across pages."""
        if not clean_text(text).strip():
            return [self.s.para(self.w.t("not_recorded"))]
        return list(self.s.paras(text))

    def small(self, text: str) -> Paragraph:
        return self.s.para(text, self.s.small)

    def none(self) -> Paragraph:
        return self.s.para(self.w.t("none_recorded"), self.s.small)

    def warning(self, text: str) -> Table:
        box = Table([[self.s.para(text, self.warn_style)]], colWidths=[CONTENT_WIDTH])
        box.setStyle(
            self.s.table_style(
                ("BOX", (0, 0), (-1, -1), 1.2, WARN),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            )
        )
        return box

    def cell(self, value: Cell, style: ParagraphStyle | None = None) -> Flowable | list[Flowable]:
        if isinstance(value, str):
            return self.s.para(value if value.strip() else self.w.t("not_recorded"),
                               style or self.s.cell)  # fmt: skip
        return value

    def mono(self, text: str) -> Paragraph:
        return self.s.para(text, self.mono_cell)

    def nowrap(self, text: str) -> Paragraph:
        """A cell that stays on one line (a date and time): its spaces do not break."""
        return self.s.para(text.replace(" ", "\u00a0"), self.s.cell)

    def time_column(self, texts: Sequence[str]) -> float:
        """A column width that holds the widest of ``texts`` (and the header) on one line."""
        cell = self.s.cell
        widest = max(
            [stringWidth(t, cell.fontName, cell.fontSize) for t in texts]
            + [stringWidth(self.w.t("time"), self.head_cell.fontName, cell.fontSize)]
        )
        return float(min(max(widest + 8, 20 * mm), 50 * mm))  # 3 pt padding each side, 2 pt slack

    def separators(self, rows: int) -> list[tuple[Any, ...]]:
        """Table commands for a clear line between the rows of a dense table."""
        if rows < 1:
            return []
        return [
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, SEPARATOR),
            ("LINEBELOW", (0, 1), (-1, -1), 0.6, SEPARATOR),
        ]

    def letterhead(self, shop: ShopProfile) -> list[Flowable]:
        """The shop's name and, below it, its address and phone: the head of a document."""
        name = ParagraphStyle(
            "kh-letterhead", parent=self.s.body, fontName=self.s.fonts.bold, fontSize=12,
            leading=15, spaceAfter=0,
        )  # fmt: skip
        out: list[Flowable] = [self.s.para(self.w.clip(shop.name, 120), name)]
        contact = [x.strip() for x in (shop.company, shop.address, shop.phone) if x.strip()]
        if contact:
            out.append(self.s.para("　".join(contact) if self.w.lang == "ja"
                                   else " · ".join(contact), self.s.small))  # fmt: skip
        rule = Table([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[4])
        rule.setStyle(self.s.table_style(("LINEBELOW", (0, 0), (-1, -1), 0.8, SEPARATOR)))
        return [*out, rule, self.gap(2 * mm)]

    # ------------------------------------------------------------ tables

    def fields(self, rows: Sequence[tuple[str, Cell]], label_width: float = LABEL_WIDTH) -> Table:
        """A two-column table of labels and values."""
        data = [[self.cell(label, self.head_cell), self.cell(value)] for label, value in rows]
        table = WholeRowTable(
            data, colWidths=[label_width, CONTENT_WIDTH - label_width], splitInRow=1
        )
        table.setStyle(
            self.s.table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            )
        )
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *commands: tuple[Any, ...],
        compact: bool = False,
    ) -> Table:
        """A table whose header row repeats at the top of each page it continues on.

        A row is split across pages only when it is taller than a page (long text).

        ``widths`` are relative; ``compact`` uses a smaller type for dense tables."""
        total = sum(widths)
        scaled = [w * CONTENT_WIDTH / total for w in widths]
        body = self.compact_cell if compact else self.s.cell
        head = self.compact_head if compact else self.head_cell
        data: list[list[Any]] = [[self.cell(h, head) for h in header]]
        data += [[self.cell(c, body) for c in row] for row in rows]
        table = WholeRowTable(data, colWidths=scaled, repeatRows=1, splitInRow=1)
        table.setStyle(
            self.s.table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *commands,
            )
        )
        return table

    def gap(self, height: float = 3 * mm) -> Spacer:
        return Spacer(1, height)


def build_story(
    doc: BaseDocTemplate,
    story: list[Flowable],
    canvasmaker: type[NumberedCanvas],
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> None:
    """``doc.build`` with ``progress(done, total)`` per flowable laid out and ``Cancelled``
    raised between flowables once ``should_cancel()`` is true."""
    total = max(1, len(story))
    done = 0

    def after(_flowable: Flowable) -> None:
        nonlocal done
        if should_cancel is not None and should_cancel():
            raise Cancelled("Making the document was cancelled.")
        done += 1
        if progress is not None:
            progress(min(done, total), total)

    if should_cancel is not None and should_cancel():
        raise Cancelled("Making the document was cancelled.")
    doc.afterFlowable = after
    doc.build(story, canvasmaker=canvasmaker)
