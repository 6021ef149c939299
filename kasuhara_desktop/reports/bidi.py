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
import re
from typing import Any

from .linebreak import KinsokuParagraph
from .rtl import has_rtl, reverse_runs

_STRONG_LTR = re.compile(
    r"[A-Za-z\u00c0-\u024f\u0370-\u052f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def _kind(text: str) -> str:
    """'R' for right-to-left text, 'L' for text with left-to-right letters, 'N' for neutral."""
    if _STRONG_LTR.search(text):
        return "L"
    return "R" if has_rtl(text) else "N"


def reorder_tokens(texts: list[str]) -> list[int]:
    """Visual order (indices into ``texts``) of one line's tokens; R-runs are reversed.

    A run starts and ends with a right-to-left token and may hold neutral ones between.
    """
    return [k for k, _in_run in _visual_tokens(texts)]


def _visual_tokens(texts: list[str]) -> list[tuple[int, bool]]:
    """(index, inside a right-to-left run) for one line's tokens, in visual order."""
    kinds = [_kind(t) for t in texts]
    order = list(range(len(texts)))
    in_run = [False] * len(texts)
    i = 0
    while i < len(texts):
        if kinds[i] != "R":
            i += 1
            continue
        j = i
        end = i
        while j < len(texts) and kinds[j] in "RN":
            if kinds[j] == "R":
                end = j
            j += 1
        order[i : end + 1] = reversed(order[i : end + 1])
        in_run[i : end + 1] = [True] * (end + 1 - i)
        i = end + 1
    return [(k, in_run[k]) for k in order]


def _visual_text(text: str, in_run: bool) -> str:
    # A token inside a right-to-left run is reversed as a whole; elsewhere (a token mixing
    # scripts) only its own right-to-left runs are.
    if in_run:
        core = text.rstrip(" \u00a0")  # a space ending the line stays at its end
        return reverse_runs(core, whole=True) + text[len(core) :]
    return reverse_runs(text)


def _visual_line(line: Any, kind: int) -> Any:
    if kind == 0:  # (extra space, [word strings])
        extra, words = line
        texts = list(words)
        return (extra, [_visual_text(texts[k], run) for k, run in _visual_tokens(texts)])
    words = getattr(line, "words", None)
    if not words or not any(has_rtl(getattr(w, "text", "")) for w in words):
        return line
    texts = [getattr(w, "text", "") for w in words]
    new_words = []
    for k, run in _visual_tokens(texts):
        w = words[k]
        if hasattr(w, "text"):
            w = w.clone() if hasattr(w, "clone") else copy.copy(w)
            w.text = _visual_text(texts[k], run)
        new_words.append(w)
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
