"""Helpers for checking PDFs: what they say (text) and how they are built (fonts, pages)."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> dict[str, dict[str, Any]]:
    """BaseFont -> {"subtype", "embedded"} for every font used on any page."""
    found: dict[str, dict[str, Any]] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = {
                "subtype": str(font["/Subtype"]),
                "embedded": embedded,
                "truetype": "/FontFile2" in descriptor,
            }
    return found


def render_png(pdf: Path, out_stem: Path, dpi: int = 60) -> Path | None:
    """Render page 1 with pdftoppm; None when poppler is not installed."""
    if shutil.which("pdftoppm") is None:
        return None
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", pdf, out_stem],
        check=True,
        timeout=60,
    )
    return out_stem.with_suffix(".png")


@pytest.fixture
def pdf_tools() -> dict[str, Callable[..., Any]]:
    return {
        "text": pdf_text,
        "pages": pdf_pages,
        "fonts": pdf_fonts,
        "render": render_png,
    }
