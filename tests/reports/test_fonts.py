"""Finding, checking and registering the Japanese font."""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics

from kasuhara_desktop.reports import fonts
from kasuhara_desktop.reports.fonts import (
    CID_GOTHIC,
    FontUnusableError,
    candidate_font_paths,
    check_outline_format,
    covers,
    find_japanese_font,
)
from kasuhara_desktop.reports.styles import make_document, make_styles, page_decorator

IPAEX_GOTHIC = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
IPAEX_MINCHO = Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
needs_ipaex = pytest.mark.skipif(
    not (IPAEX_GOTHIC.is_file() and IPAEX_MINCHO.is_file()), reason="IPAex fonts not installed"
)


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Forget cached choices and scans before and after a test that changes the search."""
    find_japanese_font.cache_clear()
    fonts._font_files.cache_clear()
    yield
    find_japanese_font.cache_clear()
    fonts._font_files.cache_clear()


@needs_ipaex
def test_ipaex_is_found_embedded_and_covers_japanese_and_norwegian() -> None:
    choice = find_japanese_font()
    assert choice.embedded
    assert choice.path is not None and choice.path.resolve() == IPAEX_GOTHIC.resolve()
    for name in (choice.regular, choice.serif):
        assert all(covers(name, c) for c in "あア漢字æøåÆØÅ€")
    assert choice.serif != choice.regular  # IPAex Mincho found
    assert IPAEX_GOTHIC in candidate_font_paths()


@needs_ipaex
def test_choice_is_cached_and_registration_idempotent(fresh_cache: None) -> None:
    first = find_japanese_font()
    assert find_japanese_font() is first
    find_japanese_font.cache_clear()
    again = find_japanese_font()
    assert again == first  # same registered names, nothing registered twice under new names
    assert first.regular in pdfmetrics.getRegisteredFontNames()


@needs_ipaex
def test_configured_font_wins(fresh_cache: None) -> None:
    choice = find_japanese_font(IPAEX_MINCHO)
    assert choice.path == IPAEX_MINCHO
    assert choice.embedded


def _fake_font(path: Path, head: bytes) -> Path:
    path.write_bytes(head + b"\x00" * 64)
    return path


@needs_ipaex
@pytest.mark.parametrize(
    ("name", "head", "reason"),
    [
        ("NotoSansCJK-Regular.otf", b"OTTO", "CFF-based OpenType"),
        ("broken.ttf", b"\x00\x01\x00\x00", "cannot load"),
        ("notafont.ttf", b"%PDF-1.4", "not a TrueType"),
    ],
)
def test_unusable_configured_font_is_skipped_with_reason(
    fresh_cache: None, tmp_path: Path, name: str, head: bytes, reason: str
) -> None:
    bad = _fake_font(tmp_path / name, head)
    choice = find_japanese_font(bad)
    assert choice.path is not None and choice.path.resolve() == IPAEX_GOTHIC.resolve()
    assert "configured font was not used" in choice.note
    assert reason in choice.note


@needs_ipaex
def test_missing_configured_font_is_reported(fresh_cache: None, tmp_path: Path) -> None:
    choice = find_japanese_font(tmp_path / "gone.ttf")
    assert choice.embedded
    assert "does not exist" in choice.note


def test_collection_with_cff_subfont_is_detected(tmp_path: Path) -> None:
    # A .ttc header: 'ttcf', version, count 2, offsets -> subfont 0 is TrueType, 1 is CFF.
    header = b"ttcf" + struct.pack(">HHI", 1, 0, 2) + struct.pack(">II", 20, 24)
    ttc = tmp_path / "mixed.ttc"
    ttc.write_bytes(header + b"\x00\x01\x00\x00" + b"OTTO" + b"\x00" * 32)
    check_outline_format(ttc, 0)
    with pytest.raises(FontUnusableError, match="CFF"):
        check_outline_format(ttc, 1)
    with pytest.raises(FontUnusableError, match="no index 5"):
        check_outline_format(ttc, 5)


def test_no_font_at_all_falls_back_to_cid_with_warning(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "candidate_font_paths", list)
    choice = find_japanese_font()
    assert choice.regular == CID_GOTHIC
    assert not choice.embedded
    assert choice.path is None
    assert "not embedded" in choice.note and "IPAex" in choice.note
    # It still makes a PDF with Japanese text.
    styles = make_styles(choice)
    buf = io.BytesIO()
    make_document(buf, title="t", font=choice.regular).build(
        [styles.para("日本語のテキスト")],
        canvasmaker=page_decorator("ref", "label", font=choice.regular),
    )
    assert buf.getvalue().startswith(b"%PDF")


@needs_ipaex
def test_windows_fonts_folder_is_searched(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    windir = tmp_path / "Windows"
    (windir / "Fonts").mkdir(parents=True)
    msgothic = windir / "Fonts" / "msgothic.ttc"
    msgothic.symlink_to(IPAEX_GOTHIC)  # stands in for MS Gothic
    monkeypatch.setenv("WINDIR", str(windir))
    assert msgothic in candidate_font_paths()


@needs_ipaex
def test_user_font_folder_is_searched(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    user_fonts = tmp_path / "data" / "fonts" / "ipa"
    user_fonts.mkdir(parents=True)
    (user_fonts / "ipag.ttf").symlink_to(IPAEX_GOTHIC)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert user_fonts / "ipag.ttf" in candidate_font_paths()


@needs_ipaex
def test_japanese_and_norwegian_survive_into_the_pdf(pdf_tools: dict[str, Any]) -> None:
    styles = make_styles()
    buf = io.BytesIO()
    make_document(buf, title="t").build(
        [styles.para("迷惑行為の記録 Ærlig øl på Åsgårdstrand", styles.body)],
        canvasmaker=page_decorator("ref", "label"),
    )
    text = pdf_tools["text"](buf.getvalue())
    assert "迷惑行為の記録" in text
    assert "Ærlig øl på Åsgårdstrand" in text
    used = pdf_tools["fonts"](buf.getvalue())
    assert used and all(f["embedded"] and f["truetype"] for f in used.values()), used
