"""Right-to-left runs put in visual order line by line, after the paragraph is wrapped.

Reversing a Hebrew or Arabic run before wrapping (what ``text.visual_order`` does) is right for
a run that fits on one line; a run that wraps then reads from its end: the first line shows the
last words. ``BidiParagraph`` wraps the text in logical (typed) order and reorders each drawn
line on its own: a stretch of right-to-left words (with the spaces, digits and punctuation
between them) is reversed word by word and letter by letter, as the Unicode bidi algorithm does
for right-to-left runs inside left-to-right text. Widths do not change, so the line breaks stay
valid. Only drawing sees the reordered copy: ``split`` still builds its halves from the logical
words.

reportlab's own bidi support (``wordWrap='RTL'``) needs a separate library and replaces the
CJK line breaking (kinsoku) the Japanese text needs, so it is not used.
"""

from __future__ import annotations

import copy
from typing import Any

from .linebreak import KinsokuParagraph
from .rtl import has_rtl, line_visual_positions


def visual_line_text(text: str) -> str:
    """One drawn line's text in visual order."""
    return "".join(text[k] for k in line_visual_positions(text))


def _visual_line(line: Any, kind: int) -> Any:
    if kind == 0:  # (extra space, [word strings]), drawn joined by spaces
        extra, words = line
        return (extra, visual_line_text(" ".join(words)).split(" "))
    words = getattr(line, "words", None)
    if not words or not any(has_rtl(getattr(w, "text", "")) for w in words):
        return line
    # Characters of the whole line, each knowing its word (frag); a word without text (an
    # inline object) stands as one placeholder that moves with its neighbours.
    chars: list[str] = []
    owner: list[int] = []
    for k, w in enumerate(words):
        text = getattr(w, "text", None)
        piece = text if isinstance(text, str) and text else "\ufffc"
        chars.extend(piece)
        owner.extend([k] * len(piece))
    new_words: list[Any] = []
    group: list[int] = []

    def flush() -> None:
        w = words[owner[group[0]]]
        text = getattr(w, "text", None)
        if isinstance(text, str) and text:
            w = w.clone() if hasattr(w, "clone") else copy.copy(w)
            w.text = "".join(chars[p] for p in group)
        new_words.append(w)

    for p in line_visual_positions("".join(chars)):
        if group and owner[p] != owner[group[-1]]:
            flush()
            group = []
        group.append(p)
    if group:
        flush()
    new_line = copy.copy(line)
    new_line.words = new_words
    return new_line


class BidiParagraph(KinsokuParagraph):
    """A Paragraph of logical-order text, broken with 禁則, whose right-to-left runs are
    reordered per line."""

    def draw(self) -> None:
        bl = getattr(self, "blPara", None)
        if bl is None or not any(has_rtl(t) for t in _line_texts(bl)):
            super().draw()
            return
        visual = copy.copy(bl)
        visual.lines = [_visual_line(line, bl.kind) for line in bl.lines]
        self.blPara = visual
        try:
            super().draw()
        finally:
            self.blPara = bl


def _line_texts(bl: Any) -> list[str]:
    out: list[str] = []
    for line in bl.lines:
        if bl.kind == 0:
            out.extend(line[1])
        else:
            out.extend(getattr(w, "text", "") for w in getattr(line, "words", []))
    return out
