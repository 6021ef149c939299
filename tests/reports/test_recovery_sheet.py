"""The recovery sheet: what it says, that it fits one page, and that its fonts are embedded."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.recovery_key import format_recovery_key, recovery_key_groups
from kasuhara_desktop.reports.output import build_pdf_bytes, write_pdf_atomically
from kasuhara_desktop.reports.recovery_sheet import (
    INSTRUCTION_COUNT,
    LANGUAGES,
    TEXT_KEYS,
    RecoverySheetData,
    build_recovery_sheet,
    load_wording,
)

KEY = hashlib.sha256(b"test recovery key").digest()
HOSTILE = '<b>&amp; "quotes" 🙂 עברית'
JST = timezone(timedelta(hours=9))


def sheet_data(**changes: Any) -> RecoverySheetData:
    values: dict[str, Any] = {
        "shop_name": "ラーメン山田 本店",
        "vault_id": "7c1e2a9d-4b3f-4e8a-9d2c-5f6a7b8c9d0e",
        "created_at": datetime(2025, 3, 14, 9, 30, tzinfo=JST),
        "recovery_key_hex": KEY.hex(),
        "vault_path": "/home/yamada/Kasuhara/vault",
    }
    values.update(changes)
    return RecoverySheetData(**values)


def render(data: RecoverySheetData, lang: str = "ja") -> bytes:
    return build_pdf_bytes(lambda out: build_recovery_sheet(out, data, lang))


def test_every_language_has_all_wording() -> None:
    wording = load_wording()
    for lang in LANGUAGES:
        for key in TEXT_KEYS:
            assert str(wording[lang][key]).strip(), (lang, key)
        assert len(wording[lang]["instructions"]) == INSTRUCTION_COUNT, lang
    assert wording["ja"]["secondary"] == "en"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheet_shows_shop_key_groups_checksum_and_instructions(
    lang: str, pdf_tools: dict[str, Any]
) -> None:
    data = render(sheet_data(), lang)
    assert pdf_tools["pages"](data) == 1
    text = pdf_tools["text"](data)
    wording = load_wording()[lang]
    for needle in (
        "ラーメン山田 本店",
        "7c1e2a9d-4b3f-4e8a-9d2c-5f6a7b8c9d0e",
        "2025-03-14 09:30 (UTC+09:00)",
        "/home/yamada/Kasuhara/vault",
        wording["title"],
        hashlib.sha256(KEY).hexdigest()[:8].upper(),
        "unlock --recovery-key",
        "PRAGMA key = \"x'",
        "SQLCipher 4",
        "1 / 1",
    ):
        assert needle in text, (lang, needle)
    for group in recovery_key_groups(KEY):
        assert group in text
    if lang == "ja":
        assert "Recovery key" in text  # English under the Japanese


def test_nb_sheet_prints_norwegian_letters(pdf_tools: dict[str, Any]) -> None:
    text = pdf_tools["text"](render(sheet_data(shop_name="Kafé Ærlig Øl & Bår"), "nb"))
    assert "Gjenopprettingsnøkkel" in text
    assert "Kafé Ærlig Øl & Bår" in text


def test_hostile_shop_name_is_printed_literally(pdf_tools: dict[str, Any]) -> None:
    data = render(sheet_data(shop_name=HOSTILE, vault_path='C:\\店\\"<dir>"'))
    assert pdf_tools["pages"](data) == 1
    text = pdf_tools["text"](data)
    assert '<b>&amp; "quotes"' in text
    assert "עברית" in text or "תירבע" in text  # logical or visual order, never lost
    assert "<dir>" in text


def test_all_fonts_are_embedded_truetype(pdf_tools: dict[str, Any]) -> None:
    fonts = pdf_tools["fonts"](render(sheet_data(shop_name=HOSTILE)))
    assert fonts, "no fonts found"
    for name, info in fonts.items():
        assert info["embedded"] and info["truetype"], (name, info)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_agrees_everything_is_embedded(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(render(sheet_data()))
    listing = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True, timeout=60
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        emb = line.split()[-5]
        assert emb == "yes", line


def test_page_renders_to_png(tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    pdf = tmp_path / "sheet.pdf"
    write_pdf_atomically(pdf, lambda out: build_recovery_sheet(out, sheet_data(), "ja"))
    png = pdf_tools["render"](pdf, tmp_path / "sheet", 60)
    if png is None:
        pytest.skip("pdftoppm not installed")
    assert png.stat().st_size > 10_000  # not a blank page
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_very_long_values_still_fit_one_page(pdf_tools: dict[str, Any]) -> None:
    data = sheet_data(
        shop_name="店" * 5000,
        vault_id="9" * 1000,
        vault_path="/" + "very-long-folder-name/" * 200,
    )
    pdf = render(data)
    assert pdf_tools["pages"](pdf) == 1
    text = pdf_tools["text"](pdf)
    for group in recovery_key_groups(KEY):
        assert group in text


def test_formatted_key_is_accepted_and_bad_key_refused(tmp_path: Path) -> None:
    render(sheet_data(recovery_key_hex=format_recovery_key(KEY).lower()))
    dest = tmp_path / "sheet.pdf"
    with pytest.raises(ValidationError, match="64"):
        write_pdf_atomically(
            dest, lambda out: build_recovery_sheet(out, sheet_data(recovery_key_hex="abc"))
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("lang", "expected"), [("ja_JP", "リカバリーキー"), ("de", "Recovery key")]
)
def test_language_codes_are_normalised(lang: str, expected: str, pdf_tools: dict[str, Any]) -> None:
    assert expected in pdf_tools["text"](render(sheet_data(), lang))


def test_naive_time_is_printed_without_offset(pdf_tools: dict[str, Any]) -> None:
    text = pdf_tools["text"](render(sheet_data(created_at=datetime(2025, 1, 2, 3, 4))))
    assert "2025-01-02 03:04" in text
    assert "UTC" not in text.split("2025-01-02 03:04")[1][:6]


def test_creation_time_is_printed_in_the_shops_zone(pdf_tools: dict[str, Any]) -> None:
    """The vault header keeps UTC; the sheet says the shop's time (not "UTC+00:00")."""
    utc = datetime(2025, 3, 14, 10, 36, tzinfo=UTC)
    text = pdf_tools["text"](render(sheet_data(created_at=utc, timezone="Asia/Tokyo")))
    assert "2025-03-14 19:36" in text and "UTC+09:00" in text
    assert "UTC+00:00" not in text
