"""After saving, the report dialog and the notice PDF panel say which characters could not be
printed (they show as [U+XXXX] in the PDF)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from helpers import report_data, sample_incident
from PySide6.QtWidgets import QFileDialog

from kasuhara_desktop.services.reports import IncidentReportJob
from kasuhara_desktop.ui.notices import pdf_panel
from kasuhara_desktop.ui.reports import ReportDialog, common

NOBODY = "\U0001fae8"  # no installed font has it (tests/reports/test_scripts.py)
REFERENCE = "K-2026-0007"


class OneReport:
    def __init__(self, summary: str) -> None:
        self.summary = summary

    def prepare_incident(self, reference: str) -> IncidentReportJob:
        return IncidentReportJob(report_data(self.summary, reference), ())

    def record_document(self, kind: str, subject: str, pdf: bytes) -> bool:
        return True


@pytest.mark.parametrize(("summary", "noted"), [(f"a{NOBODY}b", True), ("返金要求", False)])
def test_the_report_dialog_says_what_could_not_be_printed(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, summary: str, noted: bool
) -> None:
    dest = tmp_path / "saved.pdf"
    monkeypatch.setattr(common, "choose_save_path", lambda *a, **k: dest)
    dialog = ReportDialog(OneReport(summary), REFERENCE, lang="en")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=30_000)
    dialog.save_button.click()
    status = dialog.preview.status.text()
    assert dest.exists() and str(dest) in status
    # "%n character(s)": the English plural form may read "1 character".
    assert ("could not be printed: U+1FAE8" in status) is noted, status
    assert ("1 character" in status) is noted


def test_the_notice_panel_says_what_could_not_be_printed_after_saving(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "notice.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    panel = pdf_panel.PdfPanel()
    qtbot.addWidget(panel)
    pdf = b"%PDF-1.4\n%%EOF\n"
    panel.set_pdf(pdf, "N.pdf", final=True, unprintable={NOBODY, "\U0001fae9"})
    assert panel.save_pdf() == dest
    assert "2 character" in panel.status.text()
    assert "could not be printed: U+1FAE8 U+1FAE9" in panel.status.text()
    panel.set_pdf(pdf, "N.pdf", final=True)
    panel.save_pdf()
    assert "could not be printed" not in panel.status.text()


@pytest.mark.parametrize(("summary", "noted"), [(f"a{NOBODY}b", True), ("返金要求", False)])
def test_the_summary_dialog_says_what_could_not_be_printed(
    qtbot, vault, summary: str, noted: bool
) -> None:
    from helpers import TOKYO

    from kasuhara_desktop.services.incidents import IncidentService
    from kasuhara_desktop.services.reports import ReportService
    from kasuhara_desktop.ui.reports import SummaryDialog

    inc = sample_incident(summary=summary)
    inc.occurred_at = datetime(2026, 5, 3, 12, 0, tzinfo=TOKYO)
    IncidentService(vault).add(inc)
    dialog = SummaryDialog(ReportService(vault), today=date(2026, 5, 20), lang="en")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=30_000)
    status = dialog.preview.status.text()
    assert ("could not be printed: U+1FAE8" in status) is noted, status
