"""The no-disadvantage and privacy statements every staff document prints (art. 33(2))."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus import Paragraph

from kasuhara_desktop.reports.output import build_pdf_bytes
from kasuhara_desktop.reports.staff_statements import (
    KEYS,
    LANGUAGES,
    staff_statement_flowables,
    statement_source,
    statement_texts,
)
from kasuhara_desktop.reports.styles import make_document, make_styles, page_decorator

EXPECTED = {
    "ja": ("不利益な取扱い", "第33条第2項", "プライバシー", "同意"),
    "en": ("otherwise treated disadvantageously", "art. 33(2)", "confidential", "consent"),
    "nb": ("ufordelaktig", "art. 33 nr. 2", "fortrolig", "samtykke"),
}


def render(lang: str) -> bytes:
    def build(out: Any) -> None:
        styles = make_styles()
        doc = make_document(out, title="staff", lang=lang)
        story = [Paragraph("Staff document", styles.title)]
        story += staff_statement_flowables(styles, lang)
        doc.build(story, canvasmaker=page_decorator("", "staff"))

    return build_pdf_bytes(build)


def test_every_language_has_every_statement() -> None:
    for lang in LANGUAGES:
        texts = statement_texts(lang)
        assert set(texts) == set(KEYS)
        assert all(v.strip() for v in texts.values()), lang
    assert "第33条" in statement_source()
    assert statement_texts("xx") == statement_texts("ja")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_says_no_disadvantage_and_privacy(
    lang: str, pdf_tools: dict[str, Any], tmp_path: Path
) -> None:
    data = render(lang)
    text = "".join(pdf_tools["text"](data).split())
    for phrase in EXPECTED[lang]:
        assert "".join(phrase.split()) in text, (lang, phrase)
    assert all(f["embedded"] for f in pdf_tools["fonts"](data).values())
    pdf = tmp_path / f"staff_{lang}.pdf"
    pdf.write_bytes(data)
    png = pdf_tools["render"](pdf, tmp_path / f"staff_{lang}", 70)
    assert png is None or png.stat().st_size > 1000  # None: poppler is not installed
