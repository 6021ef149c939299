"""The report, summary and bundle dialogs, one at a time, over a fake report service."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import TOKYO, report_data
from PySide6.QtCore import QDate

from kasuhara_desktop.domain.errors import Cancelled, NotFoundError, StorageError, ValidationError
from kasuhara_desktop.reports.report_data import (
    SummaryData,
    SummaryIncident,
)
from kasuhara_desktop.services.bundle_verify import verify_bundle
from kasuhara_desktop.services.reports import IncidentReportJob
from kasuhara_desktop.ui.reports import (
    BundleDialog,
    ReportDialog,
    SummaryDialog,
    bundle_dialog,
    common,
    open_report_dialog,
)

HOSTILE = '<b>&</b> "q" 🙂 עברית'
REFERENCE = "K-2026-0007"


def make_job() -> IncidentReportJob:
    return IncidentReportJob(report_data(HOSTILE, REFERENCE), ())


class FakeReportService:
    """``prepare_incident`` and ``prepare_summary`` over plain data; every call recorded."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def prepare_incident(self, reference: str) -> IncidentReportJob:
        self.calls.append(("prepare_incident", reference))
        if reference != REFERENCE:
            raise NotFoundError(f"There is no incident {reference!r}.")
        return make_job()

    def prepare_bundle(self, reference: str) -> IncidentReportJob:
        self.calls.append(("prepare_bundle", reference))
        return self.prepare_incident(reference)

    def record_bundle(self, result: Any) -> None:
        self.calls.append(("record_bundle", result.manifest_sha256))

    def record_document(self, kind: str, subject: str, pdf: bytes) -> bool:
        self.calls.append(("record_document", (kind, subject, pdf[:5])))
        return True

    def prepare_summary(self, start: date, end: date) -> SummaryData:
        self.calls.append(("prepare_summary", (start, end)))
        job = make_job()
        first = datetime(start.year, start.month, start.day, 12, tzinfo=TOKYO)
        incidents = tuple(
            SummaryIncident(
                f"K-2026-{i:04d}",
                first + timedelta(days=i % 20),
                job.data.incident.channel,
                job.data.incident.status,
                tuple(job.data.incident.behaviours),
                job.data.judgement.verdict,
                30,
                1000,
                HOSTILE,
            )
            for i in range(5)
        )
        return SummaryData(job.data.shop, start, end, incidents, (), "店長", datetime.now(UTC), end)

    def summary_job(self, start: date, end: date) -> Any:
        """The dialog gathers in its task: a job whose ``gather`` is ``prepare_summary``."""
        if start > end:
            raise ValidationError(f"The period starts after it ends ({start} to {end}).")
        service = self

        class Job:
            def gather(self, **_kwargs: Any) -> SummaryData:
                return service.prepare_summary(start, end)

        return Job()


@pytest.fixture
def service() -> FakeReportService:
    return FakeReportService()


@pytest.fixture
def saved_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    dest = tmp_path / "saved.pdf"
    monkeypatch.setattr(common, "choose_save_path", lambda *a, **k: dest)
    return dest


def test_report_dialog_previews_and_saves(qtbot, service, saved_to: Path) -> None:
    dialog = ReportDialog(service, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    assert dialog.preview.page_count >= 3
    first = dialog.preview.data
    assert first is not None and first.startswith(b"%PDF")
    dialog.save_button.click()
    assert saved_to.read_bytes() == first
    # Who saved which report is kept (the service stores its SHA-256, never the path).
    assert ("record_document", ("incident_report", REFERENCE, b"%PDF-")) in service.calls
    # Another language: built again from the same data (read once).
    dialog.language.set_language("nb")
    qtbot.waitUntil(
        lambda: dialog.save_button.isEnabled() and dialog.preview.data != first, timeout=20_000
    )
    assert [c for c in service.calls if c[0] == "prepare_incident"] == [
        ("prepare_incident", REFERENCE)
    ]
    dialog.close()


class UnrecordingService(FakeReportService):
    """The vault refuses the audit row (e.g. the disk filled between build and save)."""

    def record_document(self, kind: str, subject: str, pdf: bytes) -> bool:
        raise StorageError("The disk is full: free some space and save again.")


def test_a_failed_audit_record_keeps_the_saved_file_and_says_both(qtbot, saved_to: Path) -> None:
    dialog = ReportDialog(UnrecordingService(), REFERENCE, lang="en")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    dialog.save_button.click()
    status = dialog.preview.status.text()
    assert saved_to.read_bytes() == dialog.preview.data
    assert str(saved_to) in status, status
    assert "disk is full" in status, status


def test_report_dialog_unknown_reference(qtbot, service) -> None:
    dialog = ReportDialog(service, "K-2099-0001")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: "no incident" in dialog.preview.status.text().lower(), timeout=5000)
    assert not dialog.save_button.isEnabled() and dialog.preview.data is None


def test_open_report_dialog_accepts_a_report_service(qtbot, service) -> None:
    dialog = open_report_dialog(None, service, REFERENCE, "en")
    try:
        assert dialog.isVisible() and dialog.language.language() == "en"
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    finally:
        with qtbot.waitSignal(dialog.destroyed, timeout=5000):
            dialog.close()  # deletes itself (WA_DeleteOnClose)


def test_summary_dialog_presets_custom_range_and_save(qtbot, service, saved_to: Path) -> None:
    dialog = SummaryDialog(service, today=date(2026, 2, 15))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.period() == (date(2026, 2, 1), date(2026, 2, 28))
    assert not dialog.start.isEnabled()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    assert service.calls[-1] == ("prepare_summary", (date(2026, 2, 1), date(2026, 2, 28)))
    for key, expected in (
        ("last_month", (date(2026, 1, 1), date(2026, 1, 31))),
        ("this_quarter", (date(2026, 1, 1), date(2026, 3, 31))),
        ("this_year", (date(2026, 1, 1), date(2026, 12, 31))),
    ):
        dialog.preset.setCurrentIndex(dialog.preset.findData(key))
        assert dialog.period() == expected
    dialog.preset.setCurrentIndex(dialog.preset.findData("custom"))
    assert dialog.start.isEnabled() and dialog.end.isEnabled()
    dialog.start.setDate(QDate(2026, 5, 1))
    dialog.end.setDate(QDate(2026, 4, 1))
    dialog.rebuild()
    assert "starts after it ends" in dialog.preview.status.text()
    assert not dialog.save_button.isEnabled()
    dialog.end.setDate(QDate(2026, 6, 30))
    dialog.rebuild()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    dialog.save_button.click()
    assert saved_to.read_bytes() == dialog.preview.data
    assert ("record_document", ("summary", "2026-05-01..2026-06-30", b"%PDF-")) in service.calls
    assert dialog.suggested_name() == "summary_2026-05-01_2026-06-30_ja.pdf"
    dialog.close()


def test_bundle_dialog_makes_a_checked_bundle(qtbot, service, tmp_path: Path) -> None:
    dialog = BundleDialog(service, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.open()
    dest = tmp_path / "out" / "b"
    dest.parent.mkdir()
    dialog.target.setText(str(dest))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.bundle is not None, timeout=20_000)
    assert dialog.bundle.path == dest.with_name("b.zip")
    assert verify_bundle(dialog.bundle.path).ok
    assert dialog.bundle.manifest_sha256 in dialog.status.text()
    assert ("record_bundle", dialog.bundle.manifest_sha256) in service.calls  # for the report
    assert dialog.create_button.isEnabled()


def test_bundle_dialog_password_rules_and_encryption(qtbot, service, tmp_path: Path) -> None:
    dialog = BundleDialog(service, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.target.setText(str(tmp_path / "b.zip"))
    dialog.encrypt.setChecked(True)
    assert dialog.password.isEnabled()
    dialog.password.setText("long enough password")
    dialog.repeat.setText("something else")
    dialog.create_button.click()
    assert "differ" in dialog.status.text()
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.create_button.click()
    assert "at least 8" in dialog.status.text()
    assert not (tmp_path / "b.zip").exists()
    dialog.password.setText("long enough password")
    dialog.repeat.setText("long enough password")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.bundle is not None, timeout=20_000)
    assert dialog.bundle.encrypted
    assert dialog.bundle.path == tmp_path / "b.7z"  # with a password: 7z, names hidden
    assert verify_bundle(tmp_path / "b.7z", "long enough password").ok
    # The README readable without the password lies beside it, and the dialog says so.
    assert (tmp_path / "b_README.txt").is_file()
    assert "b_README.txt" in dialog.status.text()


def test_bundle_dialog_format_follows_encryption(qtbot, service, tmp_path: Path) -> None:
    """Plain: ZIP. Encrypted: 7z unless the older-tools ZIP is chosen; the name follows."""
    dialog = BundleDialog(service, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.target.setText(str(tmp_path / "b.zip"))
    assert not dialog.format.isEnabled() and dialog.archive_format() == "zip"
    dialog.encrypt.setChecked(True)
    assert dialog.format.isEnabled() and dialog.archive_format() == "7z"
    assert dialog.target.text().endswith("b.7z")
    dialog.format.setCurrentIndex(dialog.format.findData("zip"))
    assert dialog.target.text().endswith("b.zip")
    dialog.password.setText("long enough password")
    dialog.repeat.setText("long enough password")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.bundle is not None, timeout=20_000)
    assert (tmp_path / "b.zip").read_bytes()[:2] == b"PK"
    assert verify_bundle(tmp_path / "b.zip", "long enough password").ok
    dialog.encrypt.setChecked(False)
    dialog.target.setText(str(tmp_path / "c.7z"))
    dialog.encrypt.setChecked(True)
    dialog.encrypt.setChecked(False)
    assert dialog.target.text().endswith("c.zip")


def test_bundle_dialog_cancel(qtbot, service, tmp_path: Path, monkeypatch) -> None:
    started: list[bool] = []

    def slow_bundle(job: Any, dest: Path, **kw: Any) -> None:
        started.append(True)
        for _ in range(500):
            if kw["should_cancel"]():
                raise Cancelled("Making the bundle was cancelled; no file was written.")
            kw["progress"](1, 10)
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(bundle_dialog, "build_bundle", slow_bundle)
    dialog = BundleDialog(service, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.target.setText(str(tmp_path / "b.zip"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert not dialog.create_button.isEnabled()
    task = dialog.tasks.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=5000):
        dialog.cancel_button.click()
    assert "Cancelled" in dialog.status.text()
    assert dialog.create_button.isEnabled() and dialog.bundle is None
    assert not (tmp_path / "b.zip").exists()


def test_task_holder_gives_back_what_pyside_loses(qtbot) -> None:
    import sys

    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    got: list[object] = []
    holder = common.TaskHolder(owner, got.append, got.append, lambda d, t: None)

    def job(ctx: Any) -> int:
        for i in range(300):
            ctx.progress(i, 300)
        return 7

    before = sys.getrefcount(True)
    holder.start(job)
    qtbot.waitUntil(lambda: got == [7], timeout=10_000)
    assert sys.getrefcount(True) >= before - 20  # 600+ without the give-back on PySide 6.12.0


def test_report_dialog_checks_evidence_once(qtbot, service, monkeypatch) -> None:
    from kasuhara_desktop.ui.reports import report_dialog

    seen: list[object] = []
    real = report_dialog.build_incident_pdf

    def spy(job: Any, out: Any, lang: str, **kw: Any) -> Any:
        seen.append(kw.get("checked"))
        return real(job, out, lang, **kw)

    monkeypatch.setattr(report_dialog, "build_incident_pdf", spy)
    dialog = ReportDialog(service, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    dialog.language.set_language("en")
    qtbot.waitUntil(lambda: len(seen) == 2 and dialog.save_button.isEnabled(), timeout=20_000)
    assert seen[0] is None and seen[1] == []
