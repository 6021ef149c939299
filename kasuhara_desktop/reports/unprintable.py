"""Characters a PDF printed as ``[U+XXXX]``, handed to the caller that built it.

Every document's footer canvas (``styles.NumberedCanvas``) lists on its last page the
characters that no installed font can draw and passes them to ``hand_over``; a caller that
builds inside ``with unprintable_characters() as chars:`` then knows them and can say so (the
GUI in its status line, the CLI on stderr). No reportlab here: ``services/documents.py``
re-exports these for ``ui/`` and ``cli/``.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator

# The sets of the open ``unprintable_characters()`` blocks of this thread/context.
_collectors: contextvars.ContextVar[tuple[set[str], ...]] = contextvars.ContextVar(
    "kh_unprintable", default=()
)


@contextlib.contextmanager
def unprintable_characters() -> Iterator[set[str]]:
    """Collect the characters that the PDFs built inside the block printed as ``[U+XXXX]``.

    The set is filled as each document is saved. Build in the thread that entered the block
    (a worker thread enters its own).
    """
    found: set[str] = set()
    token = _collectors.set((*_collectors.get(), found))
    try:
        yield found
    finally:
        _collectors.reset(token)


def hand_over(chars: Iterable[str]) -> None:
    """Add ``chars`` to every open ``unprintable_characters()`` block."""
    chars = set(chars)
    for collector in _collectors.get():
        collector.update(chars)


def code_points(chars: Iterable[str]) -> str:
    """``U+XXXX U+YYYY`` for ``chars``, in code point order (not the user's text itself)."""
    return " ".join(f"U+{ord(c):04X}" for c in sorted(set(chars)))
