"""The notice dialog: fields from the incident, live preview, issuing (with its questions),
inline errors, saving and printing the issued PDF through QPrinter."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from helpers import sample_incident
from notice_dialog_support import (  # notices_fixture: the "notices" fixture
    NO,
    YES,
    judge_as_harassment,
    make_dialog,
    notices_fixture,  # noqa: F401
)

from kasuhara_desktop.domain.enums import TradeType
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.ui.notices import open_notice_dialog, pdf_panel
from kasuhara_desktop.ui.notices.notice_dialog import NoticeDialog
from kasuhara_desktop.ui.notices.pdf_panel import print_pdf

HOSTILE = '<b>&</b> "q" 🙂 עברית'


def add_incident(service: NoticeService, judged: bool = True) -> str:
    inc = sample_incident()
    if judged:
        judge_as_harassment(inc)
    return service.incidents.add(inc).reference


def wait_preview(qtbot: QtBot, dialog: NoticeDialog) -> None:
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.preview.document.pageCount() == 2, timeout=10_000)  # ja+en
    assert dialog.preview.document.status() == QPdfDocument.Status.Ready


def type_text(widget: QWidget, text: str) -> None:
    """Japanese goes in through the input method (keyClicks cannot type it)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def answer(monkeypatch: pytest.MonkeyPatch, name: str, reply: QMessageBox.StandardButton) -> list:
    asked: list[Any] = []

    def fake(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args)
        return reply

    monkeypatch.setattr(QMessageBox, name, fake)
    return asked


def test_fields_come_from_the_incident_and_the_preview_shows_them(
    qtbot: QtBot, notices: NoticeService
) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    form = dialog.form
    assert form.description.toPlainText() == "黒い服"
    assert form.shop.text() == "テスト商店"
    assert form.valid_until.date() == QDate(2027, 11, 27)
    assert not dialog.decision_label.isVisibleTo(dialog)
    assert not form.override.isVisibleTo(form)
    wait_preview(qtbot, dialog)
    assert not dialog.preview.print_button.isEnabled()  # a draft is not printed
    assert not dialog.preview.save_button.isEnabled()


def test_typing_changes_the_preview_after_a_pause(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    wait_preview(qtbot, dialog)
    before = dialog.preview.data
    type_text(dialog.form.name, "山田 太郎")
    assert dialog.form.name.text() == "山田 太郎"
    qtbot.waitUntil(lambda: dialog.preview.data != before, timeout=10_000)
    text = "".join(PdfReader(io.BytesIO(dialog.preview.data or b"")).pages[0].extract_text())
    assert "山田 太郎" in text


def test_a_field_error_is_shown_inline_and_the_preview_kept(
    qtbot: QtBot, notices: NoticeService
) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    wait_preview(qtbot, dialog)
    before = dialog.preview.data
    dialog.form.valid_until.setDate(QDate(2026, 1, 1))
    dialog.refresh_preview()
    assert dialog.error_label.text().startswith("valid_until:")
    assert dialog.preview.data == before
    dialog.form.description.setPlainText("")
    dialog.form.valid_until.setDate(QDate(2027, 1, 1))
    dialog.refresh_preview()
    assert dialog.error_label.text().startswith("addressee:")


def test_issue_then_save_and_print(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    dialog.form.name.setText(HOSTILE)
    asked = answer(monkeypatch, "question", YES)
    with qtbot.waitSignal(dialog.issued, timeout=10_000) as blocker:
        dialog.issue_button.click()
    assert blocker.args == ["N-2026-0001"] and len(asked) == 1
    stored = notices.pdf("N-2026-0001")
    assert dialog.preview.data == stored
    assert HOSTILE in PdfReader(io.BytesIO(stored)).pages[0].extract_text()
    assert not dialog.form.isEnabled() and not dialog.issue_button.isEnabled()
    assert "N-2026-0001" in dialog.error_label.text()

    saved = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    dialog.preview.save_button.click()
    assert (tmp_path / "saved.pdf").read_bytes() == stored

    printed = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(pdf_panel, "new_printer", printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert dialog.preview.print_pdf()
    assert len(PdfReader(printed).pages) == 2  # ja+en side by side at 10.5 pt


def test_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    answer(monkeypatch, "question", YES)
    assert dialog.issue()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.preview.print_pdf()


def test_print_pdf_renders_every_page_on_the_printer(
    tmp_path: Path, notices: NoticeService
) -> None:
    ref = add_incident(notices)
    data = notices.issue_json(ref, {"languages": "nb"}).pdf
    out = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    assert print_pdf(data, printer) == 1
    page = PdfReader(out).pages[0]
    assert len(list(page.images)) == 1  # the page, rendered


def test_saying_no_issues_nothing(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    answer(monkeypatch, "question", NO)
    assert not dialog.issue()
    assert notices.list_notices() == []
    assert dialog.form.isEnabled()


def test_no_verdict_needs_an_override_reason(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices, judged=False))
    assert dialog.decision_label.isVisibleTo(dialog)
    assert "not harassment" in dialog.decision_label.text()
    assert dialog.form.override.isVisibleTo(dialog.form)
    answer(monkeypatch, "question", YES)
    assert not dialog.issue()
    assert dialog.error_label.text().startswith("override_reason:")
    assert notices.list_notices() == []
    type_text(dialog.form.override, "弁護士と相談済み")
    assert dialog.issue()
    assert notices.get("N-2026-0001").override_reason == "弁護士と相談済み"


def test_duty_to_serve_asks_first(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = notices.incidents.shop_profile()
    profile.trade_type = TradeType.CLINIC
    notices.incidents.save_shop_profile(profile)
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    assert "statute" in dialog.decision_label.text()
    warned = answer(monkeypatch, "warning", NO)
    answer(monkeypatch, "question", YES)
    assert not dialog.issue() and len(warned) == 1
    answer(monkeypatch, "warning", YES)
    assert dialog.issue()


def test_entry_point_reports_a_missing_incident(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "kasuhara_desktop.ui.notices.show_error", lambda parent, exc: shown.append(str(exc))
    )
    assert open_notice_dialog(None, notices, "K-1999-0001") is None
    assert shown and "K-1999-0001" in shown[0]
    dialog = open_notice_dialog(None, notices, add_incident(notices))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.close()
