"""Shared styles, page geometry and the "page n of N" footer."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader
from reportlab.platypus import PageBreak, Table

from kasuhara_desktop.reports.styles import (
    CONTENT_WIDTH,
    make_document,
    make_styles,
    page_decorator,
)


def test_every_page_says_n_of_total_with_reference_and_label(pdf_tools: dict[str, Any]) -> None:
    styles = make_styles()
    story = [styles.para("one"), PageBreak(), styles.para("two"), PageBreak(), styles.para("3")]
    buf = io.BytesIO()
    make_document(buf, title="t").build(
        story,
        canvasmaker=page_decorator(
            "INC-2025-0042", "事件報告 Incident report", page_format="{page} / {total} ページ"
        ),
    )
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages]
    assert len(pages) == 3
    for n, text in enumerate(pages, start=1):
        assert f"{n} / 3 ページ" in text
        assert "INC-2025-0042" in text
        assert "事件報告 Incident report" in text


def test_overlong_footer_texts_are_shortened(pdf_tools: dict[str, Any]) -> None:
    buf = io.BytesIO()
    styles = make_styles()
    make_document(buf, title="t").build(
        [styles.para("x")], canvasmaker=page_decorator("R" * 500, "L\n" * 300)
    )
    text = pdf_tools["text"](buf.getvalue())
    assert "1 / 1" in text
    assert "R" * 500 not in text and "…" in text


def test_no_unembedded_fonts_and_metadata_set(pdf_tools: dict[str, Any]) -> None:
    styles = make_styles()
    buf = io.BytesIO()
    story = [styles.para(t, s) for t, s in [("題名", styles.title), ("見出し", styles.heading)]]
    story += [styles.para("本文 body <b>", styles.body), styles.para("abc123", styles.mono)]
    story += [styles.para("small", styles.small), styles.para("cell", styles.cell)]
    table = Table([[styles.para("表", styles.cell), "plain string cell"]])
    table.setStyle(styles.table_style(("GRID", (0, 0), (-1, -1), 0.5, "black")))
    story.append(table)
    make_document(buf, title="タイトル", subject="s").build(
        story, canvasmaker=page_decorator("r", "l")
    )
    fonts = pdf_tools["fonts"](buf.getvalue())
    assert fonts and all(f["embedded"] for f in fonts.values()), fonts
    meta = PdfReader(io.BytesIO(buf.getvalue())).metadata
    assert meta is not None and meta.title == "タイトル"
    assert meta.creator == "Kasuhara Desktop"
    assert "plain string cell" in pdf_tools["text"](buf.getvalue())


def test_mono_hash_wraps_within_content_width() -> None:
    styles = make_styles()
    digest = "ab" * 200
    para = styles.para(digest, styles.mono)
    width, height = para.wrap(CONTENT_WIDTH / 3, 10_000)
    assert width <= CONTENT_WIDTH / 3 + 0.01
    assert height > styles.mono.leading * 3  # it wrapped onto several lines
