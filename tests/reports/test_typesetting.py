"""Typesetting: 禁則 in paragraphs and table cells, ―― kept together, long Norwegian words
hyphenated, read back line by line from the PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table

from kasuhara_desktop.reports.linebreak import CANNOT_END, CANNOT_START, breakable
from kasuhara_desktop.reports.styles import make_document, make_styles, page_decorator

JAPANESE = (
    "お客様は「ふざけるな、責任者を出せ」と言い、（店長が対応）。その後も「土下座しろ」と"
    "繰り返した――約三十分。従業員は「申し訳ございません」と答え、退去を求めた。"
) * 3


def lines_of(story_text: str, lang: str, *, width: float | None = None) -> list[str]:
    styles = make_styles()
    out = io.BytesIO()
    doc = make_document(out, title="t", lang=lang)
    para = styles.para(story_text, styles.cell if width else styles.body)
    story = [Table([[para]], colWidths=[width])] if width else [para]
    doc.build(story, canvasmaker=page_decorator("R", "L"))
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    return [ln for ln in text.splitlines() if ln.strip()][:-3]  # footer: label, n / N, ref


def test_rules() -> None:
    assert not breakable("す", "。") and not breakable("「", "ふ") and not breakable("―", "―")
    assert breakable("す", "が") and breakable("。", "そ") and not breakable("a", "b")
    assert breakable(" ", "b")


@pytest.mark.parametrize("width", [None, 83.0, 121.0])
def test_no_line_starts_or_ends_against_kinsoku(width: float | None) -> None:
    lines = lines_of(JAPANESE, "ja", width=width)
    assert len(lines) > 5
    assert [ln for ln in lines if ln[0] in CANNOT_START] == []
    assert [ln for ln in lines if ln.rstrip()[-1] in CANNOT_END] == []
    assert [ln for ln in lines if ln.rstrip().endswith("―") and not ln.endswith("――")] == []
    assert "".join(lines) == JAPANESE


def test_long_norwegian_words_are_hyphenated_in_a_narrow_cell() -> None:
    word = "arbeidsmiljøtilsynsforskriftene"
    lines = lines_of(f"Se {word} og {word}.", "nb", width=60.0)
    assert any(ln.endswith("-") for ln in lines), lines
    assert "".join(ln.removesuffix("-") for ln in lines).replace(" ", "") == f"Se{word}og{word}."
