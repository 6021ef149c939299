"""Line breaking for Japanese with 禁則 (kinsoku), Latin words kept whole or hyphenated.

reportlab's ``wordWrap='CJK'`` breaks after any character once the line is full and only
hangs one closing character into the margin: a line could still start with 」 after a hung 。,
end with 「 or （, split ―― or …… in two, split an Arabic word, or cut a Latin word in the
middle even when a space was near. ``KinsokuParagraph`` replaces that step: it breaks at the
last allowed place that fits (a space, or between two Japanese characters where neither rule
forbids it) and pushes the rest to the next line (追い出し). A Latin word longer than the line
has no allowed place: it is hyphenated with pyphen in the document's language (nb, en) when
a hyphenation point fits, else cut at the line width.
"""

from __future__ import annotations

import contextvars
import functools
import unicodedata
from typing import Any

import pyphen
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

# JIS X 4051 classes, abridged: closing brackets, punctuation, small kana, iteration marks.
CANNOT_START = frozenset(
    "、。，．,.:;!?！？：；)]}）］｝」』】〕〉》〙〗〟’”｠»"
    "ー‐゠–〜～・ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "゛゜%％‰℃°′″"
)
CANNOT_END = frozenset("([{（［｛「『【〔〈《〘〖〝‘“｟«$£¥￥＄#＃@＠§〒")
# Two of these in a row (――, ……, ‥‥) are one mark and stay on one line.
INSEPARABLE = frozenset("―…‥")

# The document's language, set by styles.make_document; it picks the hyphenation patterns.
current_lang: contextvars.ContextVar[str] = contextvars.ContextVar("kh_break_lang", default="ja")
_PYPHEN_LANG = {"nb": "nb_NO", "en": "en_US"}


@functools.cache
def _hyphenator(lang: str) -> pyphen.Pyphen | None:
    code = _PYPHEN_LANG.get(lang)
    return pyphen.Pyphen(lang=code) if code and code in pyphen.LANGUAGES else None


def _is_word_char(ch: str) -> bool:
    """Letters and digits of scripts that break only at spaces (Latin, Greek, Arabic,
    Korean...)."""
    if not ch or (ch.isspace() and ch != "\u00a0"):
        return False
    cp = ord(ch)
    if 0xFB50 <= cp <= 0xFEFF:  # Arabic presentation forms: joined letters of one word
        return True
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:  # Korean breaks between words
        return True
    return cp < 0x2E80


def breakable(prev: str, cur: str) -> bool:
    """May a line end after ``prev`` and the next one start with ``cur``?"""
    if not prev or not cur:
        return True
    if cur.isspace() and cur != "\u3000":
        return False  # the space stays at the end of the line
    if prev.isspace() and prev != "\u00a0":
        return True
    if cur in CANNOT_START or prev in CANNOT_END:
        return False
    if prev == cur and cur in INSEPARABLE:
        return False
    if _joins_previous(cur) or prev == "\u200d":
        return False
    return not (_is_word_char(prev) and _is_word_char(cur))


def _joins_previous(ch: str) -> bool:
    cp = ord(ch) if ch else 0
    return bool(ch) and (
        unicodedata.combining(ch) > 0 or ch in "\u200d\ufe0e\ufe0f" or 0x1F3FB <= cp <= 0x1F3FF
    )


def _width(u: Any, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return float(w)


def _hyphen_cut(units: list[Any], start: int, stop: int, room: float, lang: str) -> int | None:
    """Index inside the word ending the line (``units[start:stop]`` fits ``room`` with a
    hyphen) where pyphen allows a break, or None."""
    hyph = _hyphenator(lang)
    if hyph is None:
        return None
    ws = stop
    while ws > start and _is_word_char(units[ws - 1]) and units[ws - 1].isalpha():
        ws -= 1
    we = stop
    while we < len(units) and units[we].isalpha() and _is_word_char(units[we]):
        we += 1
    word = "".join(units[ws:we])
    if len(word) < 6:
        return None
    for pos in reversed(hyph.positions(word)):
        cut = ws + pos
        if isinstance(cut, int) and start < cut <= stop:
            used = sum(_width(u, room) for u in units[start:cut])
            dash = _width(cjkU("-", units[cut - 1].frag, "utf8"), room)
            if used + dash <= room + _FUZZ:
                return cut
    return None


def kinsoku_split(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """reportlab's ``cjkFragSplit`` with the rules above; returns ``ParaLines(kind=1)``."""
    units: list[Any] = []
    for f in frags:
        text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
        units.extend(cjkU(t, f, "utf8") for t in (text or [""]))
    lang = current_lang.get()
    lines: list[Any] = []
    start = 0
    n = len(units)
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        last_break: int | None = None
        i = start
        end: int | None = None
        hyphen = False
        while i < n:
            u = units[i]
            if i > start and breakable(units[i - 1], u):
                last_break = i
            w = _width(u, max_width)
            if hasattr(u.frag, "lineBreak"):
                end = i + 1
                break
            if used + w > max_width + _FUZZ and i > start and not (u.isspace() and u):
                word_split = last_break is None or (
                    _is_word_char(u)
                    and sum(_width(x, max_width) for x in units[start:last_break]) < max_width / 2
                )
                cut = _hyphen_cut(units, start, i, max_width, lang) if word_split else None
                if cut is not None:
                    end, hyphen = cut, True
                elif last_break is not None:
                    end = last_break
                else:
                    end = i  # no allowed place: cut at the width, yet keep marks with letters
                    while end > start + 1 and _joins_previous(units[end]):
                        end -= 1
                break
            used += w
            i += 1
        if end is None:
            end = n
        line_units = units[start:end]
        while end < n and len(line_units) > 1 and line_units[-1] == " ":
            line_units.pop()  # a wrapped line's last space takes no room (centred, right)
        if hyphen:
            line_units = [*line_units, cjkU("-", units[end - 1].frag, "utf8")]
        width = sum(_width(u, max_width) for u in line_units)
        line_break = end > start and hasattr(units[end - 1].frag, "lineBreak")
        lines.append(
            makeCJKParaLine(
                line_units, max_width, width, max_width - width, line_break, calc_bounds
            )
        )
        start = end
    return ParaLines(kind=1, lines=lines)


class KinsokuParagraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A Paragraph whose CJK line breaking follows 禁則 (see the module docstring)."""

    def breakLinesCJK(self, max_widths: Any) -> Any:
        if getattr(self, "_splitpara", 0) and hasattr(self, "blPara"):
            return super().breakLinesCJK(max_widths)
        frags = self.frags
        special = self.bulletText or self.style.endDots
        if not frags or special or any(hasattr(f, "cbDefn") for f in frags):
            return super().breakLinesCJK(max_widths)
        if not isinstance(max_widths, (list, tuple)):
            max_widths = [max_widths]
        self.height = 0
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return kinsoku_split(frags, list(max_widths), auto_leading not in ("", "off"))
