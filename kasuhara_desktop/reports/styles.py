"""Page geometry, paragraph styles and the numbered page footer shared by every PDF.

Characters that no installed font can draw are collected by the document's ``Styles`` while
its paragraphs are made; the footer canvas of the same document (``page_decorator`` is called
after ``make_styles`` by every document builder) lists them on the last page, and hands them
to every ``unprintable.unprintable_characters()`` block it is built in, so the caller can say so.
"""

from __future__ import annotations

import contextvars
import logging
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, TableStyle

from ..domain.vocabulary import fill
from . import linebreak
from .bidi import BidiParagraph
from .fonts import FontChoice, find_japanese_font
from .text import para_text, paragraphs
from .unprintable import code_points, hand_over

_log = logging.getLogger(__name__)
# The missing-character set and language of the document being made in this thread/context.
_current_missing: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "kh_missing_chars", default=None
)
_current_lang: contextvars.ContextVar[str] = contextvars.ContextVar("kh_doc_lang", default="ja")
MISSING_LINE = {
    "ja": "印刷できなかった文字: %1",
    "en": "Characters that could not be printed: %1",
    "nb": "Tegn som ikke kunne skrives ut: %1",
}

PAGE_SIZE = A4
CREATOR = "Kasuhara Desktop"
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")


@dataclass(frozen=True)
class Margins:
    left: float = 20 * mm
    right: float = 20 * mm
    top: float = 18 * mm
    bottom: float = 22 * mm  # leaves room for the footer


MARGINS = Margins()
CONTENT_WIDTH = PAGE_SIZE[0] - MARGINS.left - MARGINS.right
FOOTER_Y = 12 * mm


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, built on one FontChoice."""

    fonts: FontChoice
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    mono: ParagraphStyle
    cell: ParagraphStyle
    missing: set[str] = field(default_factory=set)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A Paragraph showing user ``text`` literally (escaped, with font fallback)."""
        st = style or self.body
        markup = para_text(
            text,
            font=st.fontName,
            fallbacks=self._fallbacks(st),
            missing=self.missing,
            visual=False,
        )
        return BidiParagraph(markup, st)

    def paras(self, text: str, style: ParagraphStyle | None = None) -> list[Paragraph]:
        """Like ``para`` but for text of any length: it may span many pages."""
        st = style or self.body
        return paragraphs(text, st, fallbacks=self._fallbacks(st), missing=self.missing)

    def table_style(self, *commands: tuple[Any, ...]) -> TableStyle:
        """A TableStyle whose cells use the Japanese font.

        Always use it: reportlab sets every cell's font (Helvetica by default) even when the
        cell holds Paragraphs, which would list an unembedded font in the PDF.
        """
        base = ("FONT", (0, 0), (-1, -1), self.fonts.regular, self.cell.fontSize)
        return TableStyle([base, *commands])

    def _fallbacks(self, style: ParagraphStyle) -> tuple[str, ...]:
        # The mono font lacks Japanese: let the Gothic font take over for it.
        first: tuple[str, ...] = (
            (self.fonts.regular,) if style.fontName != self.fonts.regular else ()
        )
        return first + self.fonts.fallbacks


def make_styles(fonts: FontChoice | None = None, base_size: float = 10.0) -> Styles:
    """Build the styles; ``fonts`` defaults to ``find_japanese_font()``."""
    f = fonts or find_japanese_font()
    size = base_size
    # "CJK" wrapping breaks between Japanese characters (with kinsoku rules) yet keeps Latin
    # words whole; long words, URLs and hex still break at the line width.
    common: dict[str, Any] = {
        "wordWrap": "CJK",
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    missing: set[str] = set()
    _current_missing.set(missing)
    body = ParagraphStyle(
        "kh-body",
        fontName=f.regular,
        fontSize=size,
        leading=size * 1.55,
        spaceAfter=size * 0.4,
        **common,
    )
    return Styles(
        fonts=f,
        missing=missing,
        title=ParagraphStyle(
            "kh-title",
            parent=body,
            fontName=f.bold,
            fontSize=size * 2.0,
            leading=size * 2.6,
            spaceAfter=size * 0.6,
        ),
        heading=ParagraphStyle(
            "kh-heading",
            parent=body,
            fontName=f.bold,
            fontSize=size * 1.3,
            leading=size * 1.8,
            spaceBefore=size * 0.8,
            spaceAfter=size * 0.4,
            keepWithNext=1,  # never the last line of a page
        ),
        body=body,
        small=ParagraphStyle(
            "kh-small",
            parent=body,
            fontSize=size * 0.8,
            leading=size * 1.2,
            spaceAfter=size * 0.3,
            textColor=MUTED,
        ),
        mono=ParagraphStyle(
            "kh-mono",
            parent=body,
            fontName=f.mono,
            fontSize=size * 0.9,
            leading=size * 1.3,
        ),
        cell=ParagraphStyle(
            "kh-cell",
            parent=body,
            fontSize=size * 0.9,
            leading=size * 1.3,
            spaceAfter=0,
        ),
    )


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it is at most ``width`` points wide."""
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Canvas that holds pages back until ``save`` so each footer can say "page n of N".

    Configure through ``page_decorator``, which returns a subclass with the class attributes set.
    """

    reference = ""
    label = ""
    font_name = "Helvetica"
    font_size = 8.0
    page_format = "{page} / {total}"
    margins = MARGINS
    missing: set[str] | None = None
    lang = "ja"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise every page starts in Helvetica, a font the PDF would list but not embed.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = self.font_name
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self.draw_footer(self._pageNumber, total)
            if self._pageNumber == total:
                self.draw_missing()
            super().showPage()
        super().save()

    def draw_missing(self) -> None:
        """List, above the last page's footer, the characters printed as ``[U+XXXX]``."""
        if not self.missing:
            return
        hand_over(self.missing)
        codes = code_points(self.missing)
        line = fill(MISSING_LINE.get(self.lang, MISSING_LINE["en"]), codes)
        # Only the count goes to the log: the characters themselves are user text.
        _log.warning("%d character(s) could not be printed in a PDF", len(self.missing))
        width, _height = self._pagesize
        m = self.margins
        size = self.font_size
        self.saveState()
        self.setFont(self.font_name, size)
        self.setFillColor(MUTED)
        usable = width - m.left - m.right
        self.drawString(m.left, FOOTER_Y + size * 2.2, _fit(line, self.font_name, size, usable))
        self.restoreState()

    def draw_footer(self, page: int, total: int) -> None:
        width, _height = self._pagesize
        m = self.margins
        usable = width - m.left - m.right
        size = self.font_size
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(m.left, FOOTER_Y + size * 1.4, width - m.right, FOOTER_Y + size * 1.4)
        self.setFont(self.font_name, size)
        self.setFillColor(MUTED)
        number = self.page_format.format(page=page, total=total)
        number_w = stringWidth(number, self.font_name, size)
        side = (usable - number_w) / 2 - 4 * mm
        self.drawString(m.left, FOOTER_Y, _fit(self.label, self.font_name, size, side))
        self.drawCentredString(width / 2, FOOTER_Y, number)
        self.drawRightString(
            width - m.right, FOOTER_Y, _fit(self.reference, self.font_name, size, side)
        )
        self.restoreState()


def page_decorator(
    reference: str,
    label: str,
    *,
    font: str | None = None,
    page_format: str = "{page} / {total}",
    margins: Margins = MARGINS,
) -> type[NumberedCanvas]:
    """A canvasmaker for ``doc.build(..., canvasmaker=...)`` that prints ``label`` (left),
    "page n of N" (centre, from ``page_format`` with ``{page}`` and ``{total}``) and
    ``reference`` (right) at the foot of every page."""
    attrs = {
        "reference": " ".join(reference.split()),
        "label": " ".join(label.split()),
        "font_name": font or find_japanese_font().regular,
        "page_format": page_format,
        "margins": margins,
        "missing": _current_missing.get(),
        "lang": _current_lang.get(),
    }
    return type("FooterCanvas", (NumberedCanvas,), attrs)


def make_document(
    out: BinaryIO,
    *,
    title: str,
    subject: str = "",
    lang: str = "ja",
    margins: Margins = MARGINS,
    font: str | None = None,
    author: str = "",
) -> BaseDocTemplate:
    """An A4 document writing to ``out`` with the shared margins and PDF metadata.

    Its one frame has no inner padding, so flowables may be exactly ``CONTENT_WIDTH`` wide.
    ``font`` (default: the Japanese Gothic) is the canvas's initial font, so that no
    unembedded Helvetica is listed in the PDF. ``author`` is the person who made the document
    (their display name, not the login); the program is the creator.

    The PDF says its language (``/Lang`` in the catalog, from ``lang``), title and author.
    It is not a tagged PDF: reportlab (open-source edition) writes no structure tree, so a
    screen reader gets the text in reading order (one frame, top to bottom) but no headings
    or table structure.
    """
    _current_lang.set(lang)
    linebreak.current_lang.set(lang)
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE_SIZE,
        leftMargin=margins.left,
        rightMargin=margins.right,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        title=title,
        subject=subject,
        author=" ".join(author.split())[:200] or CREATOR,
        creator=CREATOR,
        lang=lang,
        initialFontName=font or find_japanese_font().regular,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
