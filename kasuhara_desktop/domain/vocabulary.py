"""One vocabulary for the stored codes, and the one safe way to fill a ``%1`` template.

Design: the display names of every code (behaviours, statuses, roles, evidence kinds, timeline
kinds, channels, assessment answers ...) are *data*, kept once in ``resources/vocabulary.json``
as ``table -> code -> {"en", "ja", "nb"}``. This module reads it and answers
:func:`term` ``(table, code, lang)``. Documents and the CLI choose their language per document
and call :func:`term` directly (``reports/wording.py``). The UI must show every string through
Qt's translation, so ``ui/labels.py`` asks ``QCoreApplication.translate("Vocabulary", english,
"table.code")`` with the English term as source and the code as disambiguation;
``build/update_translations.py`` writes the ``Vocabulary`` context of ``resources/i18n/*.ts``
from this same catalog (lupdate cannot see those calls), and ``tests/domain/test_vocabulary.py``
checks that the ``.ts`` files and the catalog agree and that no entry is missing or empty.
A word is therefore changed in one place, for screen and paper alike.

:func:`fill` puts values into a translated template's ``%1``, ``%2`` ... in a single pass, so a
value that itself holds ``%2`` (a customer's name, a file path) is shown as typed, never
expanded again as chained ``str.replace`` calls would.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LANGUAGES = ("ja", "en", "nb")

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2`` ... replaced by ``values`` in one pass.

    A placeholder with no value (``%3`` given two values) stays as written; text inside a value
    is never read as a placeholder.
    """

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if n <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources"
