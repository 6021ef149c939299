"""The guided response walked from the main window to the end, as a careful manager walks it:
what happened, the facts confirmed with a statement, the judgement, the stop and leave requests
logged as they are said, the staff member looked after, a no-entry notice issued from step 7
through the notice dialog (its PDF stored, the action recorded only once it is issued), saved
and closed with a confirmation; then the incident report saved as a PDF from the main window."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from e2e_support import LANGS, child, type_text, wait_window
from helpers import OWNER, PASSPHRASE, sample_incident
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
    QWizard,
)

from kasuhara_desktop.domain.enums import ActionKind, IncidentStatus, TimelineKind
from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.domain.response_flow import Step
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.services.vaults import create_vault
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.notices.notice_dialog import NoticeDialog
from kasuhara_desktop.ui.reports.report_dialog import ReportDialog
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard
from kasuhara_desktop.vault.kdf import FAST_PARAMS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    shop = ShopProfile(
        name="テスト商店", company="テスト株式会社", representative="山田 太郎",
        address="東京都中野区1-2-3", phone="03-1234-5678", timezone="Asia/Tokyo",
    )  # fmt: skip
    vault, _key = create_vault(path, shop, OWNER, PASSPHRASE, kdf=FAST_PARAMS)
    inc = sample_incident()
    inc.timeline = []  # nothing logged yet: the manager logs it in step 4
    IncidentService(vault).add(inc)
    vault.close()
    return path


def click(qtbot, parent: QWidget, name: str) -> None:
    button = child(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: ResponseWizard, step: Step) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.page_for(step), wizard.currentPage().objectName()


def open_guide(qtbot, start_app, folder: Path, lang: str) -> tuple[MainWindow, ResponseWizard]:
    start_app(folder, lang=lang)
    unlock = wait_window(qtbot, UnlockDialog)
    unlock.panel.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(unlock.panel.unlock_button, Qt.MouseButton.LeftButton)
    window = wait_window(qtbot, MainWindow)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    table = child(window, QTableView, "incidentTable")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    return window, wait_window(qtbot, ResponseWizard)


def walk_to_the_on_site_step(qtbot, wizard: ResponseWizard) -> None:
    # 1. What happened: the exact words, with the time they were said.
    click(qtbot, wizard, "quote_add_now")
    type_text(child(wizard, QPlainTextEdit, "quotes_words"), "土下座しろ")
    # 2. Facts: a statement from the staff member, then the facts confirmed.
    next_page(qtbot, wizard, Step.FACTS)
    click(qtbot, wizard, "statement_add_involved")
    type_text(child(wizard, QLineEdit, "statements_witness"), "佐藤")
    type_text(child(wizard, QPlainTextEdit, "statements_text"), "客が大声で土下座を要求した")
    child(wizard, QCheckBox, "facts_confirmed").click()
    # 3. Judge: the threats recorded in step 1 pre-tick the manner; the manager confirms.
    next_page(qtbot, wizard, Step.JUDGE)
    assert child(wizard, QCheckBox, "manner_violent_or_threatening").isChecked()
    click(qtbot, wizard, "fault_no")
    click(qtbot, wizard, "related_yes")
    child(wizard, QCheckBox, "judged").click()
    next_page(qtbot, wizard, Step.ON_SITE)


def walk_to_the_close_step(qtbot, wizard: ResponseWizard) -> None:
    walk_to_the_on_site_step(qtbot, wizard)
    # 4. On site: each request logged the moment it is said, 2 of each as the manual asks.
    type_text(child(wizard, QLineEdit, "supervisor_name"), "店長 山田")
    for kind in ("conversation_end", "stop_request", "stop_request", "leave_order",
                 "leave_order", "final_warning", "customer_left"):  # fmt: skip
        click(qtbot, wizard, f"log_{kind}")
    # 5. Staff care: the staff member is safe, a supervisor took over, check-ins planned.
    next_page(qtbot, wizard, Step.STAFF_CARE)
    click(qtbot, wizard, "care_add")
    child(wizard, QCheckBox, "care_safety").click()
    type_text(child(wizard, QLineEdit, "care_supervisor"), "店長 山田")
    click(qtbot, wizard, "care_plan")
    # 6. Possible offences: read them; 7. close.
    next_page(qtbot, wizard, Step.OFFENCES)
    next_page(qtbot, wizard, Step.CLOSE)


def test_step_4_counts_the_requests_in_english_plurals(qtbot, start_app, folder: Path) -> None:
    _window, wizard = open_guide(qtbot, start_app, folder, "en")
    walk_to_the_on_site_step(qtbot, wizard)
    hint = child(wizard, QLabel, "flow_next")
    for kind in ("conversation_end", "stop_request", "leave_order", "customer_left"):
        click(qtbot, wizard, f"log_{kind}")
    assert "The customer left after 1 stop request and 1 order to leave." in hint.text()
    click(qtbot, wizard, "undo_last")  # the customer had not left yet: asked once more
    for kind in ("stop_request", "leave_order", "customer_left"):
        click(qtbot, wizard, f"log_{kind}")
    assert "The customer left after 2 stop requests and 2 orders to leave." in hint.text()
    assert "(s)" not in hint.text()


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_walked_to_the_end_with_a_notice_then_the_report(
    qtbot, start_app, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    window, wizard = open_guide(qtbot, start_app, folder, lang)
    reference = wizard.draft.reference
    incidents = window.service
    walk_to_the_close_step(qtbot, wizard)

    # Step 7: the starred notice button opens the notice dialog; nothing is recorded yet.
    notice_button = child(wizard, QAbstractButton, "action_no_return_notice")
    assert notice_button.text().startswith("★")
    click(qtbot, wizard, "action_no_return_notice")
    dialog = wait_window(qtbot, NoticeDialog)
    kinds = [a.kind for a in incidents.get(reference).actions]
    assert ActionKind.NO_RETURN_NOTICE not in kinds
    assert ActionKind.NO_RETURN_NOTICE not in [a.kind for a in wizard.draft.incident.actions]
    assert incidents.get(reference).assessment.facts_confirmed  # the walk so far was saved
    before = datetime.now(UTC).replace(microsecond=0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.issued, timeout=30_000) as issued:
        click(qtbot, dialog, "issueButton")
    number = issued.args[0]
    notices = NoticeService(incidents.vault)
    assert [n.number for n in notices.for_incident(reference)] == [number]
    assert notices.pdf(number).startswith(b"%PDF")
    recorded = [
        a for a in incidents.get(reference).actions if a.kind is ActionKind.NO_RETURN_NOTICE
    ]
    assert len(recorded) == 1 and recorded[0].at is not None and recorded[0].at >= before
    dialog.close()

    # Save and close: the status the guards allow now, and a confirmation in the status bar.
    status = child(wizard, QComboBox, "target_status")
    assert status.currentData() == IncidentStatus.RESPONDED.value
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert reference in window.statusBar().currentMessage()
    saved = incidents.get(reference)
    assert saved.status is IncidentStatus.RESPONDED
    flow = [e.kind for e in saved.timeline]
    assert flow.count(TimelineKind.STOP_REQUEST) == 2 and flow.count(TimelineKind.LEAVE_ORDER) == 2
    assert saved.staff_care and saved.statements and saved.assessment.judged_by
    assert [a.kind for a in saved.actions] == [ActionKind.NO_RETURN_NOTICE]

    # The incident report, saved as a PDF from the main window.
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    table = child(window, QTableView, "incidentTable")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    report = wait_window(qtbot, ReportDialog)
    save = child(report, QAbstractButton, "saveButton")
    qtbot.waitUntil(save.isEnabled, timeout=60_000)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.is_file, timeout=10_000)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert reference in text
    report.reject()
