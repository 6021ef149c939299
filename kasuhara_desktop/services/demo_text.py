"""The demo data in the program's language: Japanese as written, English or Norwegian through
``resources/demo/text_<lang>.json``.

The demo incidents are written once, in Japanese (``resources/demo/incidents.json``); each
other language has a table from each Japanese text to its translation, applied to every text
value of the document. One structure for all languages keeps the demo's dates, codes and
workflow states identical, so a screenshot in English shows the same case as one in Japanese.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from ..infra.resources import read_text

DEMO_LANGUAGES = ("ja", "en", "nb")


@functools.cache
def demo_texts(language: str) -> dict[str, str]:
    """Japanese text → ``language``'s text (empty for Japanese, the language written in)."""
    if language == "ja":
        return {}
    if language not in DEMO_LANGUAGES:
        raise ValueError(f"no demo data in {language!r}")
    data = json.loads(read_text(f"demo/text_{language}.json"))
    texts: dict[str, str] = data["text"]
    return texts


def localise(value: Any, language: str) -> Any:
    """``value`` (a JSON document, or one text) with every known Japanese text translated."""
    texts = demo_texts(language)
    if not texts:
        return value
    return _apply(value, texts)


def _apply(value: Any, texts: dict[str, str]) -> Any:
    if isinstance(value, str):
        return texts.get(value, value)
    if isinstance(value, list):
        return [_apply(v, texts) for v in value]
    if isinstance(value, dict):
        return {k: _apply(v, texts) for k, v in value.items()}
    return value
