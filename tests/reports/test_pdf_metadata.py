"""Self-describing PDFs: language, title and author (a person's name, not the program or a
login) in every document; the recovery sheet's time in Japan time when the shop's zone is not
known yet, never UTC."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.reports.output import build_pdf_bytes
from kasuhara_desktop.reports.recovery_sheet import RecoverySheetData, build_recovery_sheet
from kasuhara_desktop.reports.styles import make_document, make_styles, page_decorator
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf
from kasuhara_desktop.vault.vault import Vault


def meta(pdf: bytes) -> tuple[str, str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    info = reader.metadata or {}
    return str(reader.trailer["/Root"].get("/Lang")), str(info["/Title"]), str(info["/Author"])


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_a_document_says_its_language_title_and_author(lang: str) -> None:
    styles = make_styles()
    out = io.BytesIO()
    doc = make_document(out, title="報告書 K-1", lang=lang, author="  山田\n花子 ")
    doc.build([styles.para("x")], canvasmaker=page_decorator("R", "L"))
    assert meta(out.getvalue()) == (lang, "報告書 K-1", "山田 花子")


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    v, _ = make_vault(tmp_path_factory.mktemp("meta") / "v")
    yield v
    v.close()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_the_incident_report_names_who_prepared_it(vault: Vault, lang: str) -> None:
    reference = IncidentService(vault).add(sample_incident()).reference
    job = ReportService(vault).prepare_incident(reference)
    out = io.BytesIO()
    build_incident_pdf(job, out, lang)
    doc_lang, title, author = meta(out.getvalue())
    assert doc_lang == lang and reference in title
    assert author == job.data.prepared_by and author != "Kasuhara Desktop"


def test_the_recovery_sheet_is_in_japan_time_without_a_shop_zone(tmp_path: Path) -> None:
    data = RecoverySheetData(
        shop_name="店",
        vault_id="7c1e2a9d-4b3f-4e8a-9d2c-5f6a7b8c9d0e",
        created_at=datetime(2025, 3, 14, 10, 36, tzinfo=UTC),
        recovery_key_hex="00" * 32,
        vault_path=str(tmp_path),
    )
    pdf = build_pdf_bytes(lambda out: build_recovery_sheet(out, data, "ja"))
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "2025-03-14 19:36 (UTC+09:00)" in text and "UTC+00:00" not in text
