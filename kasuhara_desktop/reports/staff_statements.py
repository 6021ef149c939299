"""The two statements every staff document prints: no disadvantage, and privacy.

The MHLW guideline asks employers to tell staff that nobody is dismissed or otherwise treated
disadvantageously for consulting about customer harassment or for cooperating in fact-finding
(art. 33(2) of the amended Act), and that the privacy of those who consult is protected. Every
document handed to staff (the policy, the manual, the training record) prints the same words, so
they live once, in ``resources/templates/staff_statements.json`` (ja, en, nb), and once here.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from ..infra.resources import read_text
from .styles import CONTENT_WIDTH, RULE, Styles

RESOURCE = "templates/staff_statements.json"
LANGUAGES = ("ja", "en", "nb")
KEYS = ("no_disadvantage_title", "no_disadvantage", "privacy_title", "privacy")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(RESOURCE))
    return data


def statement_texts(lang: str) -> dict[str, str]:
    """The statements in ``lang`` (``ja``, ``en`` or ``nb``; anything else gives Japanese)."""
    entry: dict[str, Any] = _data()[lang if lang in LANGUAGES else "ja"]
    return {key: str(entry[key]) for key in KEYS}


def statement_source() -> str:
    """Where the statements come from (the Act and the guideline), for a footnote."""
    return str(_data().get("source", ""))


def staff_statement_flowables(
    styles: Styles, lang: str, width: float = CONTENT_WIDTH
) -> list[Flowable]:
    """The statements as one framed block (kept on one page) for a staff document.

    Args:
        styles: the document's styles (their fonts and missing-character collection).
        lang: ``ja``, ``en`` or ``nb``.
        width: the frame's width; the full content width by default.
    """
    t = statement_texts(lang)
    cells: list[Flowable] = [
        styles.para(t["no_disadvantage_title"], styles.heading),
        *styles.paras(t["no_disadvantage"]),
        styles.para(t["privacy_title"], styles.heading),
        *styles.paras(t["privacy"]),
    ]
    box = Table([[cells]], colWidths=[width])
    box.setStyle(
        styles.table_style(
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F4F4")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        )
    )
    return [KeepTogether([box])]
