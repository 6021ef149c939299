"""Every character the user typed appears in the PDF: each script is typed into an incident,
a notice and a period summary, each built in ja, en and nb, and read back out of the PDF.

Right-to-left text is drawn in visual order and Arabic in joined (presentation) forms, so the
extracted text is compared after reading it backwards and folding those forms (NFKC). A letter
followed by a combining accent prints composed (e + U+0301 as é), while the record keeps the
two code points exactly as typed.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import TOKYO, make_vault, sample_incident
from pypdf import PdfReader
from reportlab.platypus import Table

from kasuhara_desktop.domain.notice import Addressee, Issuer, Notice
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.reports.font_chain import make_to_unicode_cmap
from kasuhara_desktop.reports.notice import NoticeRender, build_notice_bytes, default_wording
from kasuhara_desktop.reports.styles import make_document, make_styles, page_decorator
from kasuhara_desktop.reports.text import compose_marks, para_text
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf, build_summary_pdf
from kasuhara_desktop.vault.vault import Vault

SCRIPTS = {
    "japanese": "𠮷田様「ふざけるな」と怒鳴った",
    "korean": "한국어손님",
    "arabic": "مرحبا بالعالم",
    "hebrew": "שלום עולם",
    "greek": "Ελληνικά",
    "cyrillic": "Русский",
    "emoji": "😡👍🙂",
    "norwegian": "blåbærsyltetøy ÆØÅ",
    "combining": "Cafe\u0301 ni\u0303o",
}
RTL = {"arabic", "hebrew"}
LANGS = ["ja", "en", "nb"]
MIXED = " / ".join(SCRIPTS.values())


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _rtl_words_found(sample: str, text: str) -> bool:
    # pypdf turns some right-to-left runs back into logical order and leaves others as drawn,
    # so each word counts when it is found in either direction.
    folded = unicodedata.normalize("NFKC", text)
    return all(w in folded or w[::-1] in folded for w in sample.split())


def missing_scripts(text: str) -> list[str]:
    """Names of the SCRIPTS samples that the extracted ``text`` does not contain."""
    forward = flat(unicodedata.normalize("NFC", text))
    missing = []
    for name, sample in SCRIPTS.items():
        if name in RTL:
            found = _rtl_words_found(sample, text)
        else:
            found = flat(unicodedata.normalize("NFC", sample)) in forward
        if not found:
            missing.append(name)
    return missing


def one_paragraph_pdf(text: str, lang: str = "en") -> tuple[bytes, set[str]]:
    styles = make_styles()
    out = io.BytesIO()
    doc = make_document(out, title="scripts", lang=lang)
    doc.build([styles.para(text)], canvasmaker=page_decorator("R", "L"))
    return out.getvalue(), styles.missing


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_each_script_survives_a_paragraph(name: str) -> None:
    pdf, missing = one_paragraph_pdf(f"x {SCRIPTS[name]} y")
    assert missing == set()
    text = pdf_text(pdf)
    assert "[U+" not in text
    assert name not in missing_scripts(text), text


def test_characters_beyond_the_bmp_extract_as_themselves() -> None:
    # reportlab's own ToUnicode map wrote 😡 (U+1F621) as five hex digits: read as ὢ (U+1F62).
    text = pdf_text(one_paragraph_pdf("𠮷 😡")[0])
    assert "𠮷" in text and "😡" in text and "ὢ" not in text
    assert "<00> <D83DDE21>" in make_to_unicode_cmap("F", [0x1F621])


def test_greek_and_cyrillic_are_not_set_full_width() -> None:
    styles = make_styles()
    markup = para_text("Ωμέγα Жук", font=styles.body.fontName, fallbacks=styles.fonts.fallbacks)
    # They leave the Japanese font, whose Greek and Cyrillic letters are full-width.
    assert markup.startswith('<font name="') and styles.fonts.regular not in markup


def test_a_character_no_font_has_is_reported_not_boxed() -> None:
    nobody = "\U0001fae8"  # shaking face (Unicode 15): no installed font has it
    pdf, missing = one_paragraph_pdf(f"a{nobody}b", lang="nb")
    text = pdf_text(pdf)
    assert missing == {nobody}
    assert "a[U+1FAE8]b" in flat(text)
    assert "Tegn som ikke kunne skrives ut: U+1FAE8" in text


def test_combining_marks_print_composed_but_cjk_compatibility_ideographs_stay() -> None:
    assert compose_marks("Cafe\u0301") == "Café"
    assert compose_marks("か\u3099") == "が"
    assert compose_marks("\ufa19") == "\ufa19"  # 神 (compatibility form) stays a name's glyph


def test_typed_text_is_stored_exactly(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    try:
        service = IncidentService(vault)
        added = service.add(sample_incident(summary="Cafe\u0301 か\u3099"))
        assert service.get(added.reference).summary == "Cafe\u0301 か\u3099"
        # Search still finds either spelling.
        for spelling in ("café", "Cafe\u0301", "が"):
            found = service.find(IncidentFilter(search=spelling))
            assert [i.reference for i in found] == [added.reference], spelling
    finally:
        vault.close()


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, str]]:
    vault, _ = make_vault(tmp_path_factory.mktemp("scripts") / "v")
    inc = sample_incident(summary=MIXED)
    inc.occurred_at = datetime(2026, 3, 9, 12, 0, tzinfo=TOKYO)
    inc.demand = MIXED
    added = IncidentService(vault).add(inc)
    yield vault, added.reference
    vault.close()


@pytest.mark.parametrize("lang", LANGS)
def test_incident_report_prints_every_script(filled: tuple[Vault, str], lang: str) -> None:
    vault, reference = filled
    out = io.BytesIO()
    build_incident_pdf(ReportService(vault).prepare_incident(reference), out, lang)
    text = pdf_text(out.getvalue())
    assert missing_scripts(text) == []
    assert "[U+" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_summary_prints_every_script(filled: tuple[Vault, str], lang: str) -> None:
    vault, _reference = filled
    out = io.BytesIO()
    data = ReportService(vault).prepare_summary(date(2026, 1, 1), date(2026, 3, 31))
    build_summary_pdf(data, out, lang)
    assert missing_scripts(pdf_text(out.getvalue())) == []


@pytest.mark.parametrize("lang", LANGS)
def test_notice_prints_every_script(lang: str, tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    n = Notice(
        incident_reference="K-2026-0007",
        addressee=Addressee(name="𠮷田 太郎", address="東京都新宿区", description=MIXED),
        issuer=Issuer(
            shop="さくらマート",
            company="株式会社さくら商事",
            representative="佐藤 花子",
            address="東京都新宿区新宿3-1-1",
            phone="03-1234-5678",
        ),
        issue_date=date(2026, 11, 28),
        valid_from=date(2026, 11, 28),
        valid_until=date(2027, 11, 27),
        reason=MIXED,
        premises=["さくらマート"],
        objection_contact="総務部",
        languages=(lang,),
        number="N-2026-0001",
        incident_date=date(2026, 11, 3),
    )
    pdf = build_notice_bytes(NoticeRender(n, {lang: default_wording(lang)}, None))
    assert missing_scripts(pdf_text(pdf)) == []
    if lang == "ja":  # looked at: 𠮷, Korean, emoji and RTL drawn, no boxes
        path = tmp_path / "notice.pdf"
        path.write_bytes(pdf)
        pdf_tools["render"](path, tmp_path / "notice", dpi=80)


def test_wrapped_right_to_left_text_reads_in_order_on_every_line() -> None:
    from kasuhara_desktop.reports.bidi import _visual_line, visual_line_text

    # A Hebrew stretch (with its spaces and numbers) is reversed as a whole; what stands
    # between left-to-right text and it (the emoji) stays on the left-to-right side.
    assert visual_line_text("abc שלום עולם x") == "abc םלוע םולש x"
    assert visual_line_text("q 🙂 עברית 12 כן.") == "q 🙂 ןכ 12 תירבע."
    styles = make_styles()
    words = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"]
    para = styles.para(" ".join(words), styles.cell)
    para.wrap(70, 1000)
    lines = para.blPara.lines
    assert len(lines) > 3
    # What each line draws, left to right, read right to left, continues the line above.
    read: list[str] = []
    for line in lines:
        drawn = "".join(w.text for w in _visual_line(line, para.blPara.kind).words)
        read += drawn[::-1].split()
    assert read == words
    # And the words come out of the PDF whole (pypdf may give them in either direction).
    out = io.BytesIO()
    doc = make_document(out, title="rtl", lang="en")
    doc.build([Table([[para]], colWidths=[70])], canvasmaker=page_decorator("R", "L"))
    assert _rtl_words_found(" ".join(words), pdf_text(out.getvalue()))
