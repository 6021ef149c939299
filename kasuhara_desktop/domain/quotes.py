"""Quoted words: shown in the reader's quotation marks, never in two pairs of them.

Staff often type the words with their own marks (「帰れ」, "get out"); a screen or a report that
then adds its marks would print 「「帰れ」」. :func:`bare_words` takes off one enclosing pair
(and the spaces around it) so the caller's marks are the only ones.
"""

from __future__ import annotations

PAIRS = {"「": "」", "『": "』", "“": "”", '"': '"', "«": "»", "‘": "’", "'": "'", "„": "“"}


def bare_words(text: str) -> str:
    """``text`` without one pair of quotation marks around all of it ("「帰れ」" -> "帰れ").

    Marks inside the words stay ("「帰れ」と言った" keeps its marks: they do not enclose all of
    it), and so does a lone mark.
    """
    stripped = text.strip()
    if len(stripped) >= 2:
        close = PAIRS.get(stripped[0])
        if close is not None and stripped.endswith(close):
            inner = stripped[1:-1]
            if stripped[0] not in inner and close not in inner:  # 「a」と「b」: two quotes
                return inner.strip()
    return text
