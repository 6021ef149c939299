"""The no-entry notice PDF: what each language version says, one page, embedded fonts, photo,
the shop's wording (checked and escaped), and pages rendered to PNG."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import LANGUAGES, Addressee, Issuer, Notice
from kasuhara_desktop.reports.fonts import find_japanese_font
from kasuhara_desktop.reports.notice import (
    PLACEHOLDERS,
    NoticeRender,
    build_notice_bytes,
    check_wording,
    default_wording,
    effective_wording,
    format_date,
    wording_keys,
)
from kasuhara_desktop.reports.notice_layout import natural_height
from kasuhara_desktop.reports.output import write_pdf_atomically

HOSTILE = '<b>&</b> "q" 🙂 עברית'
VERSIONS = [("ja", "en"), ("ja",), ("en",), ("nb",)]


def notice(languages: tuple[str, ...] = ("ja", "en"), **changes: Any) -> Notice:
    n = Notice(
        incident_reference="K-2026-0007",
        addressee=Addressee(
            name="山田 太郎",
            address="東京都新宿区西新宿2-8-1",
            description="50代男性、灰色のコート",
        ),
        issuer=Issuer(
            shop="さくらマート 新宿店",
            company="株式会社さくら商事",
            representative="代表取締役 佐藤 花子",
            address="東京都新宿区新宿3-1-1",
            phone="03-1234-5678",
        ),
        issue_date=date(2026, 11, 28),
        valid_from=date(2026, 11, 28),
        valid_until=date(2027, 11, 27),
        reason="レジ前で大声で怒鳴り、退去を求められても居座った。",
        premises=["さくらマート 新宿店", "さくらマート 西口店"],
        objection_contact="株式会社さくら商事 総務部",
        languages=languages,
        number="N-2026-0001",
        incident_date=date(2026, 11, 3),
    )
    for key, value in changes.items():
        setattr(n, key, value)
    return n


def render(n: Notice, photo: bytes | None = None, wording: dict[str, Any] | None = None) -> bytes:
    words = wording or {lang: default_wording(lang) for lang in n.languages}
    return build_notice_bytes(NoticeRender(n, words, photo))


def png_photo(size: tuple[int, int] = (300, 400)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (90, 120, 160)).save(buf, "PNG")
    return buf.getvalue()


def flat(text: str) -> str:
    return "".join(text.split())


def test_every_language_has_every_key_and_valid_placeholders() -> None:
    keys = set(wording_keys())
    for lang in LANGUAGES:
        words = default_wording(lang)
        assert set(words) == keys, lang
        assert check_wording(lang, words) == {}, lang  # the defaults pass their own checks
        for key in ("title", "body", "breach", "objection", "premises_label", "period_label"):
            assert words[key].strip(), (lang, key)
        for key, names in PLACEHOLDERS.items():
            for name in names:
                assert "{" + name + "}" in words[key], (lang, key, name)
    assert "130" in default_wording("ja")["breach"] and "刑法" in default_wording("ja")["breach"]
    assert "Article 130" in default_wording("en")["breach"]


def test_dates_per_language() -> None:
    day = date(2026, 11, 28)
    assert format_date(day, "ja") == "令和8年11月28日"
    assert format_date(date(2019, 5, 1), "ja") == "令和元年5月1日"
    assert format_date(day, "en") == "28 November 2026"
    assert format_date(day, "nb") == "28. november 2026"


@pytest.mark.parametrize("languages", VERSIONS, ids=["+".join(v) for v in VERSIONS])
def test_each_language_version_says_everything(
    languages: tuple[str, ...], pdf_tools: dict[str, Any]
) -> None:
    n = notice(languages)
    data = render(n)
    assert pdf_tools["pages"](data) == len(languages)  # side by side at 10.5 pt: two pages
    text = flat(pdf_tools["text"](data))
    for value in (
        n.number,
        n.incident_reference,
        n.addressee.name,
        n.addressee.address,
        n.addressee.description,
        *n.premises,
        n.issuer.company,
        n.issuer.representative,
        n.issuer.address,
        n.issuer.phone,
        n.reason,
        n.objection_contact,
    ):
        assert flat(value) in text, value
    for lang in languages:
        words = default_wording(lang)
        for key in ("title", "body", "breach", "objection", "seal", "receipt_heading"):
            assert flat(words[key]) in text, (lang, key)
        assert flat(format_date(n.issue_date, lang)) in text
        assert flat(format_date(date(2027, 11, 27), lang)) in text
        assert flat(format_date(n.incident_date or n.issue_date, lang)) in text
    if "ja" in languages:
        assert "令和8年11月28日" in text and "刑法第130条" in text
    assert "130" in text


@pytest.mark.parametrize("languages", VERSIONS, ids=["+".join(v) for v in VERSIONS])
def test_hostile_text_is_reproduced_exactly(
    languages: tuple[str, ...], pdf_tools: dict[str, Any]
) -> None:
    n = notice(
        languages,
        addressee=Addressee(name=HOSTILE, address=HOSTILE, description=HOSTILE),
        issuer=Issuer(
            shop=HOSTILE, company=HOSTILE, representative=HOSTILE, address=HOSTILE, phone=HOSTILE
        ),
        premises=[HOSTILE],
        reason=HOSTILE,
        objection_contact=HOSTILE,
    )
    data = render(n)
    assert pdf_tools["pages"](data) <= len(languages)
    text = pdf_tools["text"](data)
    assert text.count(HOSTILE) >= 9, text
    assert "<b>" not in flat(text).replace(flat(HOSTILE), "")  # no markup leaked or lost


def test_all_fonts_are_embedded_truetype(pdf_tools: dict[str, Any]) -> None:
    for languages in VERSIONS:
        fonts = pdf_tools["fonts"](render(notice(languages, reason=HOSTILE), png_photo()))
        assert fonts
        for name, info in fonts.items():
            assert info["embedded"] and info["truetype"], (languages, name, info)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_agrees(tmp_path: Path) -> None:
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(render(notice(reason=HOSTILE)))
    lines = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True, timeout=60
    ).stdout.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), lines


def test_photo_is_drawn_and_a_bad_one_is_refused(pdf_tools: dict[str, Any]) -> None:
    data = render(notice(), png_photo((2000, 1200)))
    page = PdfReader(io.BytesIO(data)).pages[0]
    images = list(page.images)
    assert len(images) == 1 and max(images[0].image.size) <= 600
    with pytest.raises(ValidationError, match="photo_evidence_id"):
        render(notice(), b"not a picture")


@pytest.mark.parametrize("languages", VERSIONS, ids=["+".join(v) for v in VERSIONS])
def test_a_typical_notice_fits_its_pages_at_full_size(languages: tuple[str, ...]) -> None:
    """One language: one page at 10.5 pt; two side by side: two pages (never smaller)."""
    n = notice(languages, reason="レジ前で大声で怒鳴り、退去を求められても居座った。" * 6)
    words = {lang: default_wording(lang) for lang in languages}
    needed, available = natural_height(NoticeRender(n, words), find_japanese_font(), png_photo())
    assert needed <= available * len(languages), (needed, available)


def font_sizes(data: bytes) -> dict[str, float]:
    """Text drawn → its font size in points (the running footer excluded)."""
    sizes: dict[str, float] = {}

    def visit(text: str, _cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip() and tm[5] > 60:  # the footer sits in the bottom margin
            sizes[text.strip()] = size * (tm[0] or 1)

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("languages", [("ja", "en"), ("ja",)])
def test_a_long_name_and_reason_flow_to_another_page_never_smaller(
    languages: tuple[str, ...], pdf_tools: dict[str, Any]
) -> None:
    long_name = "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末" * 3
    n = notice(languages, reason="長い説明。" * 200, valid_until=None,
               addressee=Addressee(name=long_name, address="東京都" * 40))  # fmt: skip
    data = render(n, png_photo())
    assert pdf_tools["pages"](data) >= 2
    sizes = font_sizes(data)
    assert min(sizes.values()) >= 10.5, min(sizes.items(), key=lambda kv: kv[1])
    text = flat(pdf_tools["text"](data))
    assert "解除を書面で通知するまで" in text and flat(long_name) in text
    if "en" in languages:
        assert "untilwenotifyyouinwriting" in text


def test_preview_without_number(pdf_tools: dict[str, Any]) -> None:
    text = flat(pdf_tools["text"](render(notice(number=""))))
    assert "（発行時に採番）" in text and "(assignedwhenissued)" in text


def test_the_shops_wording_is_checked_and_printed_literally(pdf_tools: dict[str, Any]) -> None:
    edited = check_wording("ja", {"title": HOSTILE, "reason_intro": "{date}に{incident}で {{注}}"})
    assert edited == {"title": HOSTILE, "reason_intro": "{date}に{incident}で {{注}}"}
    words = {"ja": effective_wording("ja", edited)}
    text = pdf_tools["text"](render(notice(("ja",)), wording=words))
    assert HOSTILE in text and "令和8年11月3日にK-2026-0007で {注}" in text
    for bad, message in (
        ({"reason_intro": "{name}"}, r"\{name\} cannot be filled in"),
        ({"period_range": "{from"}, "unbalanced braces"),
        ({"receipt": "{number!r}"}, "cannot be filled in"),
        ({"title": ""}, "must not be empty"),
        ({"nonsense": "x"}, "unknown wording key"),
        ({"body": "a\x01"}, "control character"),
    ):
        with pytest.raises(ValidationError, match=message):
            check_wording("ja", bad)
    with pytest.raises(ValidationError, match="language"):
        check_wording("de", {})


def test_missing_wording_language_is_refused() -> None:
    with pytest.raises(ValidationError, match="'en'"):
        render(notice(("ja", "en")), wording={"ja": default_wording("ja")})


@pytest.mark.parametrize("languages", VERSIONS, ids=["+".join(v) for v in VERSIONS])
def test_pages_render_to_png(
    languages: tuple[str, ...], tmp_path: Path, pdf_tools: dict[str, Any]
) -> None:
    pdf = tmp_path / "notice.pdf"
    write_pdf_atomically(pdf, lambda out: out.write(render(notice(languages), png_photo())))
    png = pdf_tools["render"](pdf, tmp_path / "notice", 70)
    if png is None:
        pytest.skip("pdftoppm not installed")
    assert png.stat().st_size > 20_000
