"""Hebrew and Arabic in a PDF that reportlab draws left to right: shaping and run reversal.

reportlab (without HarfBuzz and its bidi add-on) draws glyphs in the order it is given, so a
right-to-left run is handed over reversed (visual order), and Arabic letters are first joined
into their contextual forms (arabic-reshaper), in logical order. ``bidi.BidiParagraph`` uses
``reverse_runs`` on each wrapped line; ``visual_order`` does both steps for text that is drawn
on one line.
"""

from __future__ import annotations

import re
import unicodedata

import arabic_reshaper

# Hebrew and Arabic letters (incl. presentation forms).
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_CHAR = re.compile(f"[{_RTL}]")
_RTL_RUN = re.compile(f"[{_RTL}](?:[{_RTL} \u00a00-9.,:;!?\\-]*[{_RTL}])?")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(s: str) -> bool:
    """True when ``s`` holds a Hebrew or Arabic letter."""
    return _RTL_CHAR.search(s) is not None


# Letters that are strongly left to right: they end a right-to-left run.
LTR_LETTERS = (
    "A-Za-z\u00c0-\u024f\u0370-\u052f\u1e00-\u1fff"  # Latin, Greek, Cyrillic
    "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"  # kana, kanji
    "\uac00-\ud7af"  # Hangul
)
# A right-to-left run inside left-to-right text: from a Hebrew/Arabic letter to the last one
# before a left-to-right letter or a line end; spaces, digits, punctuation and emoji between
# them belong to it.
LINE_RUN = re.compile(f"[{_RTL}](?:[^{LTR_LETTERS}\n]*[{_RTL}])?")


def reverse_order(run: str) -> list[int]:
    """Positions of ``run`` in visual order: reversed, but numbers and each letter's
    combining marks keep their own order."""
    groups: list[range] = []
    i = 0
    while i < len(run):
        j = i + 1
        if run[i].isdigit():
            while j < len(run) and (
                run[j].isdigit() or (run[j] in ".,:" and j + 1 < len(run) and run[j + 1].isdigit())
            ):
                j += 1
        else:
            while j < len(run) and unicodedata.category(run[j]) == "Mn":
                j += 1
        groups.append(range(i, j))
        i = j
    return [k for g in reversed(groups) for k in g]


def line_visual_positions(text: str) -> list[int]:
    """Positions of one drawn line's ``text`` in visual order (its right-to-left runs
    reversed)."""
    order = list(range(len(text)))
    for m in LINE_RUN.finditer(text):
        start, end = m.span()
        order[start:end] = [start + k for k in reverse_order(m.group())]
    return order


def _reverse_run(run: str) -> str:
    """Reverse one right-to-left run, keeping numbers and each letter's combining marks in
    their own order."""
    return "".join(run[k] for k in reverse_order(run))


def reverse_runs(s: str, *, whole: bool = False) -> str:
    """Right-to-left runs of ``s`` in visual order; ``whole``: ``s`` is one run."""
    if whole:
        return _reverse_run(s)
    return _RTL_RUN.sub(lambda m: _reverse_run(m.group()), s)


def shape_arabic(s: str) -> str:
    """Arabic letters in their joined forms, line by line (logical order kept)."""
    if not _ARABIC.search(s):
        return s
    return "\n".join(arabic_reshaper.reshape(line) for line in s.split("\n"))


def visual_order(s: str) -> str:
    """Put right-to-left runs (Hebrew, Arabic) inside left-to-right text into visual order,
    the order a PDF draws glyphs in, after joining Arabic letters."""
    return reverse_runs(shape_arabic(s))
