"""Typesetting: 禁則 in paragraphs and table cells, ―― kept together, long Norwegian words
hyphenated, read back line by line from the PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

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
    assert not breakable("한", "국") and breakable(" ", "손")  # Korean breaks between words


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


def test_headings_are_set_in_a_bold_face_and_kept_with_what_follows() -> None:
    styles = make_styles()
    assert styles.fonts.bold != styles.fonts.regular  # IPAex has no bold: MigMix Bold
    assert styles.heading.fontName == styles.title.fontName == styles.fonts.bold
    assert styles.heading.keepWithNext
    # At a page's foot, the heading moves to the next page with its paragraph.
    from reportlab.platypus import Spacer

    out = io.BytesIO()
    doc = make_document(out, title="t", lang="ja")
    story = [Spacer(1, doc.height - 40), styles.para("見出し", styles.heading)]
    story += [styles.para("本文。" * 60)]
    doc.build(story, canvasmaker=page_decorator("R", "L"))
    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert "見出し" not in pages[0] and "見出し" in pages[1]


def test_the_notice_body_is_set_in_mincho() -> None:
    from datetime import date

    from kasuhara_desktop.domain.notice import Addressee, Issuer, Notice
    from kasuhara_desktop.reports.notice import NoticeRender, build_notice_bytes, default_wording

    n = Notice(
        incident_reference="K-1",
        addressee=Addressee(name="山田", address="東京都", description=""),
        issuer=Issuer(shop="店", company="社", representative="代表", address="東京都", phone="03"),
        issue_date=date(2026, 11, 28),
        valid_from=date(2026, 11, 28),
        valid_until=date(2027, 11, 27),
        reason="大声で怒鳴った。",
        premises=["店"],
        objection_contact="総務部",
        languages=("ja",),
        number="N-1",
        incident_date=date(2026, 11, 3),
    )
    pdf = build_notice_bytes(NoticeRender(n, {"ja": default_wording("ja")}, None))
    fonts = {
        str(ref.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for ref in page["/Resources"]["/Font"].values()
    }
    assert any("Mincho" in f for f in fonts) and any("Bold" in f or "bold" in f for f in fonts), (
        fonts
    )


def test_summary_numbers_are_written_as_the_language_writes_them(tmp_path: Path) -> None:
    from datetime import date, datetime

    from helpers import TOKYO, make_vault, sample_incident

    from kasuhara_desktop.domain.enums import CostKind
    from kasuhara_desktop.domain.models import CostEntry
    from kasuhara_desktop.services.incidents import IncidentService
    from kasuhara_desktop.services.period_summary import build_summary_pdf
    from kasuhara_desktop.services.reports import ReportService

    vault, _ = make_vault(tmp_path / "v")
    try:
        inc = sample_incident()
        inc.occurred_at = datetime(2026, 2, 3, 12, 0, tzinfo=TOKYO)
        inc.costs = [CostEntry(CostKind.DAMAGE, amount_yen=12_000)]
        IncidentService(vault).add(inc)
        data = ReportService(vault).prepare_summary(date(2026, 1, 1), date(2026, 3, 31))
        texts = {}
        for lang in ("nb", "en"):
            out = io.BytesIO()
            build_summary_pdf(data, out, lang)
            pages = PdfReader(io.BytesIO(out.getvalue())).pages
            texts[lang] = "\n".join(p.extract_text() or "" for p in pages)
    finally:
        vault.close()
    # The money chart's axis (5 000, 10 000, 15 000) and the figures.
    assert "10 000" in texts["nb"] and "12 000" in texts["nb"]
    assert not re.search(r"\d,\d{3}", texts["nb"])
    assert "10,000" in texts["en"] and "12,000" in texts["en"]
