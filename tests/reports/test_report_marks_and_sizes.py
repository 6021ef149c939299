"""The report quotes typed words once (「殺すぞ」, never 「「殺すぞ」」) and writes sizes the
way the screen does ("12.3 KB", not "KiB")."""

from __future__ import annotations

import io
import os
from pathlib import Path

from helpers import make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.models import Quote
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf


def report_text(tmp_path: Path, lang: str) -> str:
    vault, _key = make_vault(tmp_path / f"vault-{lang}")
    try:
        inc = sample_incident(quotes=[Quote(speaker="客", words="「殺すぞ」")])
        reference = IncidentService(vault).add(inc).reference
        photo = tmp_path / f"scan-{lang}.pdf"
        photo.write_bytes(b"%PDF-1.4\n" + os.urandom(12_336))  # 12,345 bytes
        EvidenceService(vault).add_files(reference, [ImportRequest(photo)])
        out = io.BytesIO()
        build_incident_pdf(ReportService(vault).prepare_incident(reference), out, lang)
    finally:
        vault.close()
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)


def test_typed_marks_are_not_doubled_and_sizes_match_the_screen(tmp_path: Path) -> None:
    text = report_text(tmp_path, "ja")
    assert text.count("「殺すぞ」") >= 2  # the exact words and the offence that quotes them
    assert "「「" not in text and "」」" not in text
    assert "12.3 KB" in text and "KiB" not in text


def test_norwegian_sizes_use_a_decimal_comma(tmp_path: Path) -> None:
    text = report_text(tmp_path, "nb")
    assert "12,3 KB" in text and "«「" not in text
