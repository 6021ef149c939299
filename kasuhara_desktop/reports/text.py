"""User text into reportlab ``Paragraph`` markup, safely.

Everything a user typed is data, never markup: ``para_text`` escapes it, keeps line breaks and
runs of spaces visible, drops characters that break the parser, and (given the style's font)
routes each character the Japanese font lacks (𠮷, Korean, Hebrew, Arabic, emoji) to the first
font of the fallback chain that has it (``font_chain.py``); Greek and Cyrillic, which the Japanese
font draws full-width, go to a proportional font. Arabic is shaped (joined forms) before it is
put in visual order. A character no installed font has is never drawn as a box: it prints as
``[U+XXXX]`` and is added to the caller's ``missing`` set, which the page footer lists.

Very long text (100 KB, no spaces) lays out through ``paragraphs``, which cuts it into chunks of
a few thousand characters: reportlab re-wraps a paragraph's remainder on every page, so one huge
paragraph costs quadratic time. Long words and CJK runs inside a chunk are broken at the line
width by the styles' ``splitLongWords``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from .bidi import BidiParagraph
from .font_chain import wants_proportional
from .rtl import has_rtl, shape_arabic, visual_order

CHUNK_CHARS = 3000

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_DROP = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_SPACE_RUN = re.compile(r"(?:(?<=\n)|^) +| {2,}")


def clean_text(s: str) -> str:
    """Normalise line breaks to ``\\n``, tabs to spaces; drop control characters and
    replace lone surrogates (from broken file names) with U+FFFD."""
    s = _NEWLINES.sub("\n", s)
    s = _DROP.sub("", s)
    s = _SURROGATES.sub("\ufffd", s)
    return s.replace("\t", "    ")


# A letter followed by combining marks (e + U+0301, か + U+3099): reportlab cannot place a mark
# over its letter, so such a sequence prints in its composed form (é, が) where one exists. Only
# these sequences are composed: NFC over the whole text would also swap CJK compatibility
# ideographs (U+FA19 神 -> U+795E), i.e. the glyph of a person's name. The record keeps both.
_MARKED = re.compile(
    "[^\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a]"
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a]+"
)


def compose_marks(s: str) -> str:
    """Compose letter + combining mark sequences for printing; leave everything else as is."""
    return _MARKED.sub(lambda m: unicodedata.normalize("NFC", m.group()), s)


def _keep_spaces(escaped: str) -> str:
    # reportlab collapses whitespace; no-break spaces survive. A run keeps one ordinary space
    # at its end so the line can still break there; leading spaces of a line all survive.
    def repl(m: re.Match[str]) -> str:
        run = m.group()
        if m.start() == 0 or escaped[m.start() - 1] == "\n":
            return "\u00a0" * len(run)
        return "\u00a0" * (len(run) - 1) + " "

    return _SPACE_RUN.sub(repl, escaped)


def _cmap(font_name: str) -> dict[int, int] | None:
    try:
        font = pdfmetrics.getFont(font_name)
    except KeyError:
        return None
    face = getattr(font, "face", None)
    cmap: dict[int, int] | None = getattr(face, "charToGlyph", None)
    return cmap


def _is_invisible(char: str) -> bool:
    cp = ord(char)
    return unicodedata.category(char) == "Cf" or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _narrow(font_name: str, char: str) -> bool:
    width: float = pdfmetrics.stringWidth(char, font_name, 1000)
    return width < 900


def missing_marker(char: str) -> str:
    """What prints instead of a character no installed font has."""
    return f"[U+{ord(char):04X}]"


def _font_runs(
    s: str, font: str, fallbacks: Sequence[str], missing: set[str] | None = None
) -> list[tuple[str | None, str]]:
    """Split ``s`` into (font or None for the main font, text) runs."""
    main = _cmap(font)
    if main is None:
        return [(None, s)]
    others = [(name, cmap) for name in fallbacks if (cmap := _cmap(name)) is not None]
    runs: list[tuple[str | None, str]] = []
    current: str | None = None
    buf: list[str] = []
    for char in s:
        cp = ord(char)
        chosen: str | None = None
        if char == " " and current is not None:
            # A space stays in the fallback run it sits in: a run of only a space would reach
            # reportlab as a no-break space, and the line could not break there.
            chosen = current
        if cp >= 0x80 and char != "\n" and wants_proportional(char) and not _narrow(font, char):
            chosen = next((n for n, cmap in others if cp in cmap and _narrow(n, char)), None)
        elif has_rtl(char):
            # Hebrew and Arabic from the chain even where a Japanese font has a few letters:
            # one design for them in every style, and its presentation forms for shaping.
            chosen = next((n for n, cmap in others if cp in cmap), None)
        if cp >= 0x80 and cp not in main and char != "\n":
            chosen = next((name for name, cmap in others if cp in cmap), None)
            if chosen is None:
                if _is_invisible(char) or unicodedata.combining(char):
                    continue  # a mark or format character nobody draws: nothing, not a box
                if missing is not None:
                    missing.add(char)
                char = missing_marker(char)
        if chosen != current and buf:
            runs.append((current, "".join(buf)))
            buf = []
        current = chosen
        buf.append(char)
    if buf:
        runs.append((current, "".join(buf)))
    return _spaces_to_next_font(runs)


def _spaces_to_next_font(runs: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    # Spaces ending a fallback run that another font follows go to that font: the text keeps
    # one space there (a fallback's own space glyph made text extraction see two).
    out = list(runs)
    for i in range(len(out) - 1):
        font, text = out[i]
        core = text.rstrip(" ")
        if font is not None and core and len(core) < len(text) and out[i + 1][0] != font:
            out[i] = (font, core)
            out[i + 1] = (out[i + 1][0], text[len(core) :] + out[i + 1][1])
    return out


def para_text(
    s: str,
    *,
    font: str | None = None,
    fallbacks: Sequence[str] = (),
    missing: set[str] | None = None,
    visual: bool = True,
) -> str:
    """Return ``s`` as Paragraph markup that shows exactly what was typed.

    Args:
        s: user text; ``<b>``, ``&amp;`` etc. are shown literally.
        font: the style's font name; characters it lacks go to the
            first of ``fallbacks`` that has them (invisible ones nobody has are dropped).
        fallbacks: names of registered TrueType fonts (``FontChoice.fallbacks``).
        missing: collects the characters no font has (printed as ``[U+XXXX]``).
        visual: put right-to-left runs in visual order here (text drawn on one line); False
            for a ``bidi.BidiParagraph``, which reorders each line after wrapping.
    """
    s = compose_marks(clean_text(s))
    s = visual_order(s) if visual else shape_arabic(s)
    runs = _font_runs(s, font, fallbacks, missing) if font else [(None, s)]
    parts: list[str] = []
    for run_font, text in runs:
        escaped = _keep_spaces(escape(text))
        parts.append(f'<font name="{run_font}">{escaped}</font>' if run_font else escaped)
    return "".join(parts).replace("\n", "<br/>")


def split_long_text(s: str, max_chars: int = CHUNK_CHARS) -> list[str]:
    """Cut ``s`` into pieces of at most ``max_chars``, preferring line breaks, then spaces.

    Never splits a base character from the combining marks that follow it.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    pieces: list[str] = []
    while len(s) > max_chars:
        window = s[:max_chars]
        cut = window.rfind("\n", max_chars // 2)
        if cut > 0:
            pieces.append(s[:cut])
            s = s[cut + 1 :]
            continue
        cut = window.rfind(" ", max_chars // 2)
        if cut > 0:
            pieces.append(s[:cut])
            s = s[cut + 1 :]
            continue
        cut = max_chars
        while cut > 1 and unicodedata.combining(s[cut]):
            cut -= 1
        pieces.append(s[:cut])
        s = s[cut:]
    pieces.append(s)
    return pieces


def clip_text(s: str, limit: int) -> str:
    """Shorten ``s`` to about ``limit`` characters for places that cannot span pages
    (table cells, headers), saying how much was left out."""
    if len(s) <= limit:
        return s
    return f"{s[:limit]}… (+{len(s) - limit:,} characters)"


def paragraphs(
    s: str,
    style: ParagraphStyle,
    *,
    fallbacks: Sequence[str] = (),
    max_chars: int = CHUNK_CHARS,
    missing: set[str] | None = None,
) -> list[Paragraph]:
    """Flowables for text of any length: one Paragraph per chunk, spaced as one paragraph."""
    chunks = split_long_text(clean_text(s), max_chars)
    if len(chunks) == 1:
        markup = para_text(
            s, font=style.fontName, fallbacks=fallbacks, missing=missing, visual=False
        )
        return [BidiParagraph(markup, style)]
    inner = ParagraphStyle(f"{style.name}-chunk", parent=style, spaceBefore=0, spaceAfter=0)
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
    out: list[Paragraph] = []
    for i, chunk in enumerate(chunks):
        st = first if i == 0 else last if i == len(chunks) - 1 else inner
        markup = para_text(
            chunk, font=style.fontName, fallbacks=fallbacks, missing=missing, visual=False
        )
        out.append(BidiParagraph(markup, st))
    return out
