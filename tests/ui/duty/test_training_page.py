"""Duty > Training: roster with overdue highlighted, sessions with attendance, case studies with
the checklist, read-only for staff, printing off the GUI thread, screenshots."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.services.training import TrainingService
from kasuhara_desktop.ui.duty import duty_menu
from kasuhara_desktop.ui.duty.training_page import ATTENTION, TrainingPage, open_training_page
from kasuhara_desktop.ui.i18n import install_translators
from kasuhara_desktop.vault.vault import Vault
from tests.helpers import HOSTILE, TOKYO, sample_incident


@pytest.fixture
def service(vault: Vault) -> TrainingService:
    s = TrainingService(vault, clock=lambda: datetime(2026, 12, 4, 9, 0, tzinfo=TOKYO))
    s.add_member("山田 太郎", "full_time", date(2020, 4, 1))
    s.add_member("佐藤 花子", "part_time", date(2024, 4, 1))
    s.add_session(date(2026, 6, 1), "初期対応", "外部講師", ["山田 太郎"], minutes=60)
    return s


def make_page(qtbot: QtBot, service: TrainingService) -> TrainingPage:
    page = TrainingPage(service)
    qtbot.addWidget(page)
    return page


def row_of(page: TrainingPage, name: str) -> int:
    for row in range(page.roster.rowCount()):
        if page.roster.item(row, 0).text() == name:
            return row
    raise AssertionError(name)


def test_the_menu_has_the_entry() -> None:
    entry = next(e for e in duty_menu.ENTRIES if e.module == "training_page")
    assert entry.opener == "open_training_page" and entry.name == "trainingAction"


def test_never_trained_is_highlighted_and_a_session_clears_it(
    qtbot: QtBot, service: TrainingService
) -> None:
    page = make_page(qtbot, service)
    sato = page.roster.item(row_of(page, "佐藤 花子"), 5)
    assert sato.text() == "Never trained" and sato.background().color() == ATTENTION
    yamada = page.roster.item(row_of(page, "山田 太郎"), 5)
    assert yamada.background().color() != ATTENTION
    assert "Never trained: 1" in page.summary.text()
    tab = page.sessions_tab
    tab.topics.setText("電話の打ち切り方")
    tab.trainer.setText("店長")
    tab.notes.setText(HOSTILE)
    for item in tab._items():
        if item.text() == "佐藤 花子":
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 2
    assert page.roster.item(row_of(page, "佐藤 花子"), 5).text() == "Trained"
    assert "Never trained: 0" in page.summary.text()
    assert service.sessions()[0].notes == HOSTILE


def test_attendance_of_a_session_is_corrected(qtbot: QtBot, service: TrainingService) -> None:
    page = make_page(qtbot, service)
    tab = page.sessions_tab
    assert not tab.attendance_button.isEnabled()
    tab.table.selectRow(0)  # the session of 2026-06-01, attended by 山田
    ticked = [it.text() for it in tab._items() if it.checkState() == Qt.CheckState.Checked]
    assert ticked == ["山田 太郎"] and tab.attendance_button.isEnabled()
    for item in tab._items():
        item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(tab.attendance_button, Qt.MouseButton.LeftButton)
    assert len(service.sessions()[0].attendee_ids) == 2
    assert page.roster.item(row_of(page, "佐藤 花子"), 5).text() == "Trained"


def test_add_to_roster_and_mark_left(qtbot: QtBot, service: TrainingService) -> None:
    page = make_page(qtbot, service)
    page.member_name.setText("Kari Nordmann")
    qtbot.mouseClick(page.findChild(type(page.print_button), "addMemberButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert page.roster.rowCount() == 3
    page.roster.selectRow(row_of(page, "Kari Nordmann"))
    qtbot.mouseClick(page.findChild(type(page.print_button), "leaveButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert service.find_member("Kari Nordmann").left_on == date(2026, 12, 4)


def test_case_study_from_draft_to_checked_to_print(
    qtbot: QtBot, service: TrainingService, vault: Vault, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    inc = sample_incident("佐藤が１２月１日に「山田を出せ」と言われた。", training_case=True)
    inc.status = IncidentStatus.CLOSED
    ref = IncidentService(vault).add(inc).reference
    page = make_page(qtbot, service)
    tab = page.cases
    assert not tab.print_button.isEnabled()
    assert [tab.reference.itemText(i) for i in range(tab.reference.count())] == [ref]
    tab.reference.setCurrentIndex(0)
    qtbot.mouseClick(tab.draft_button, Qt.MouseButton.LeftButton)
    assert "佐藤" not in tab.text.toPlainText() and "Replaced:" in tab.removed.text()
    assert "staff member" in tab.removed.text()
    # Not every item confirmed: refused, nothing checked.
    boxes: list[object] = []
    monkeypatch.setattr("kasuhara_desktop.ui.duty.training_case_tab.show_error",
                        lambda parent, exc: boxes.append(exc))  # fmt: skip
    tab.checks[next(iter(tab.checks))].setChecked(True)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert boxes and "not checked" in str(boxes[-1])
    assert not service.case_studies()[0].checked
    # A name typed back in: asked first; declining keeps it unchecked.
    for check in tab.checks.values():
        check.setChecked(True)
    tab.text.setPlainText(tab.text.toPlainText() + "\n佐藤は休んだ。")
    monkeypatch.setattr(tab, "confirm_leftovers", lambda kinds: False)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert not service.case_studies()[0].checked
    tab.text.setPlainText(tab.text.toPlainText().replace("佐藤は休んだ。", "休んだ。"))
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    case = service.case_studies()[0]
    assert case.checked and case.checked_by == vault.user and tab.print_button.isEnabled()
    assert tab.reference.count() == 0  # no longer offered: its case study exists
    dest = tmp_path / "case.pdf"
    monkeypatch.setattr(page, "choose_pdf_path", lambda stem: dest)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert not tab.print_button.isEnabled()  # the task is running
    qtbot.waitUntil(tab.print_button.isEnabled, timeout=30_000)
    assert str(dest) in page.status.text()
    assert "休んだ" in "".join(p.extract_text() or "" for p in PdfReader(dest).pages)


def test_print_record_off_the_gui_thread(
    qtbot: QtBot, service: TrainingService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, service)
    dest = tmp_path / "record.pdf"
    monkeypatch.setattr(page, "choose_pdf_path", lambda stem: dest)
    page.lang.setCurrentIndex(1)  # en
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert not page.print_button.isEnabled()
    qtbot.waitUntil(page.print_button.isEnabled, timeout=30_000)
    text = "".join(p.extract_text() or "" for p in PdfReader(dest).pages)
    assert "Training record" in text and "佐藤 花子" in text


def test_staff_see_it_read_only(qtbot: QtBot, service: TrainingService, vault: Vault) -> None:
    staff = TrainingService(vault, access=Access("aiko", "Aiko", Role.STAFF))
    page = make_page(qtbot, staff)
    assert page.roster.rowCount() == 2 and page.sessions_tab.table.rowCount() == 1
    assert not page.member_name.isEnabled() and not page.sessions_tab.topics.isEnabled()
    assert not page.print_button.isEnabled() and not page.cases.check_button.isEnabled()
    assert page.cases.text.isReadOnly()


def test_open_returns_a_non_modal_window(qtbot: QtBot, vault: Vault) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = open_training_page(window, open_services(vault))
    assert page.isVisible() and not page.isModal()
    assert page.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.close()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_screenshots(qtbot: QtBot, service: TrainingService, lang: str, tmp_path: Path) -> None:
    install_translators(lang)
    try:
        page = make_page(qtbot, service)
        page.show()
        shots = Path(os.environ.get("KASUHARA_SCREENSHOTS", tmp_path))
        shots.mkdir(parents=True, exist_ok=True)
        for index, name in ((0, "staff"), (1, "sessions"), (2, "cases")):
            page.tabs.setCurrentIndex(index)
            assert page.grab().save(str(shots / f"training-{name}-{lang}.png"))
    finally:
        install_translators("en")


def test_the_rule_is_saved_and_applied(qtbot: QtBot, service: TrainingService) -> None:
    page = make_page(qtbot, service)
    assert page.interval.value() == 12 and page.grace.value() == 30
    page.interval.setValue(3)  # 山田's training of 2026-06-01 is now overdue
    qtbot.mouseClick(page.findChild(type(page.print_button), "saveSettingsButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert service.settings().interval_months == 3
    assert page.roster.item(row_of(page, "山田 太郎"), 5).text() == "Overdue"
