"""The ban register: the table model (Qt's checks), status filter, expiry reminder, the quick
lookup, and serve / review / shorten / revoke / breach from the buttons."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from helpers import TOKYO, sample_incident

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.notice import BanStatus, ReviewOutcome, ServiceMethod
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.ui.notices import open_ban_register
from kasuhara_desktop.ui.notices.ban_register import BanRegisterDialog
from kasuhara_desktop.ui.notices.record_dialogs import ReviewDialog, ServiceDialog
from kasuhara_desktop.ui.notices.register_model import (
    ADDRESSEE,
    BREACHES,
    NUMBER_ROLE,
    STATUS,
    NoticeTableModel,
)
from kasuhara_desktop.vault.vault import Vault

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO)


class Clock:
    now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def notices(vault: Vault) -> NoticeService:
    service = NoticeService(vault, clock=Clock())
    for data in (
        {"addressee": {"name": "山田 太郎", "phone": "090-1234-5678"}},  # N-2026-0001 active
        {"addressee": {"name": "鈴木 一郎"}, "months": 1},  # 0002 ends within 30 days
        {"addressee": {"name": "佐藤 花子"}, "valid_from": "2027-01-01"},  # 0003 scheduled
        {"addressee": {"name": "田中 次郎"}},  # 0004, revoked below
    ):
        inc = sample_incident()
        a = inc.assessment
        a.facts_confirmed_by = a.judged_by = "店長"
        a.shop_fault, a.demand_related = Answer.NO, Answer.YES
        a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
        service.issue_json(service.incidents.add(inc).reference, data)
    service.revoke("N-2026-0004", "和解")
    return service


def make(qtbot: QtBot, notices: NoticeService) -> BanRegisterDialog:
    dialog = BanRegisterDialog(notices)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def numbers(dialog: BanRegisterDialog) -> list[str]:
    m = dialog.model
    return [m.data(m.index(r, 0), NUMBER_ROLE) for r in range(m.rowCount())]


def test_model_passes_qt_checks(qtmodeltester: Any, notices: NoticeService) -> None:
    model = NoticeTableModel()
    qtmodeltester.check(model)
    model.set_notices(notices.list_notices(), notices.today())
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.data(model.index(0, STATUS)) == "Revoked"
    assert model.data(model.index(0, BREACHES)) == "0"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"


def test_status_filter_and_expiry_reminder(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make(qtbot, notices)
    assert numbers(dialog) == ["N-2026-0004", "N-2026-0003", "N-2026-0002", "N-2026-0001"]
    expected = {
        BanStatus.ACTIVE: ["N-2026-0002", "N-2026-0001"],
        "expiring": ["N-2026-0002"],
        BanStatus.SCHEDULED: ["N-2026-0003"],
        BanStatus.EXPIRED: [],
        BanStatus.REVOKED: ["N-2026-0004"],
    }
    for choice, rows in expected.items():
        dialog.filter.setCurrentIndex(dialog.filter.findData(str(choice)))
        assert numbers(dialog) == rows, choice
    assert dialog.reminder.isVisibleTo(dialog)
    assert "N-2026-0002" in dialog.reminder.text() and "1 ban" in dialog.reminder.text()


def test_quick_lookup(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make(qtbot, notices)
    dialog.lookup.setText("山田太郎")
    qtbot.waitUntil(lambda: "BANNED" in dialog.lookup_result.text(), timeout=5_000)
    assert "N-2026-0001" in dialog.lookup_result.text()
    assert dialog.selected() is not None and dialog.selected().number == "N-2026-0001"
    dialog.lookup.setText("090 1234 5678")
    dialog.run_lookup()
    assert "N-2026-0001" in dialog.lookup_result.text()
    dialog.lookup.setText("田中")
    dialog.run_lookup()
    assert "Not banned now" in dialog.lookup_result.text()
    assert "N-2026-0004" in dialog.lookup_result.text()
    dialog.lookup.setText("誰でもない")
    dialog.run_lookup()
    assert dialog.lookup_result.text() == "No notice matches."
    dialog.lookup.clear()
    dialog.run_lookup()
    assert dialog.lookup_result.text() == ""


def test_buttons_follow_the_selected_notice(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make(qtbot, notices)
    b = dialog.buttons
    assert not any(button.isEnabled() for button in b.values())
    dialog.select("N-2026-0004")  # revoked
    assert b["viewButton"].isEnabled() and not b["revokeButton"].isEnabled()
    assert not b["breachButton"].isEnabled() and not b["serveButton"].isEnabled()
    dialog.select("N-2026-0003")  # not yet in force
    assert b["revokeButton"].isEnabled() and not b["breachButton"].isEnabled()
    dialog.select("N-2026-0001")
    assert all(button.isEnabled() for button in b.values())
    assert "Not served yet" in dialog.detail.text()


def test_record_service(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make(qtbot, notices)
    dialog.select("N-2026-0001")
    form = dialog.record_service()
    assert isinstance(form, ServiceDialog)
    form.method.setCurrentIndex(form.method.findData(ServiceMethod.CERTIFIED_MAIL.value))
    form.tracking.setText("1234-5678-9012")
    form.served_by.clear()
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.error.text().startswith("served_by:") and form.isVisible()
    form.served_by.setText("店長")
    with qtbot.waitSignal(form.accepted):
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    record = notices.get("N-2026-0001").service[0]
    assert (record.method, record.tracking_number) == (ServiceMethod.CERTIFIED_MAIL,
                                                       "1234-5678-9012")  # fmt: skip
    assert "Served 2026-11-28" in dialog.detail.text()
    m = dialog.model
    assert m.data(m.index(m.row_of("N-2026-0001"), 6)) == "Yes"


def test_shorten_and_revoke(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make(qtbot, notices)
    dialog.select("N-2026-0001")
    form = dialog.shorten()
    assert isinstance(form, ReviewDialog) and form.new_until.isEnabled()
    form.new_until.setDate(QDate(2027, 5, 31))
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert form.error.text().startswith("note:")
    form.note_edit.setPlainText("謝罪文を受け取った")
    with qtbot.waitSignal(form.accepted):
        ok.click()
    assert notices.get("N-2026-0001").effective_until == date(2027, 5, 31)

    form = dialog.revoke()
    assert form is not None and form.outcome.currentData() == ReviewOutcome.REVOKED
    assert not form.new_until.isEnabled()
    form.note_edit.setPlainText("誤認")
    with qtbot.waitSignal(form.accepted):
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    n = notices.get("N-2026-0001")
    assert n.status(notices.today()) is BanStatus.REVOKED
    assert [r.outcome for r in n.reviews] == [ReviewOutcome.SHORTENED, ReviewOutcome.REVOKED]


def test_review_upheld(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make(qtbot, notices)
    dialog.select("N-2026-0002")
    form = dialog.review()
    assert form is not None
    form.kind.setCurrentIndex(1)  # appeal
    form.requested_by.setText("本人")
    with qtbot.waitSignal(form.accepted):
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    review = notices.get("N-2026-0002").reviews[0]
    assert (review.outcome, review.requested_by) == (ReviewOutcome.UPHELD, "本人")


def test_log_breach(qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make(qtbot, notices)
    dialog.select("N-2026-0001")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert dialog.log_breach() == ""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.incident_created) as blocker:
        dialog.buttons["breachButton"].click()
    assert blocker.args == ["K-2026-0005"]
    assert "K-2026-0005" in dialog.status.text()
    m = dialog.model
    assert m.data(m.index(m.row_of("N-2026-0001"), BREACHES)) == "1"
    assert "Breach of no-entry notice N-2026-0001" in notices.incidents.get("K-2026-0005").summary


def test_view_pdf_and_the_entry_point(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = open_ban_register(None, notices)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.select("N-2026-0002")
    viewer = dialog.view_pdf()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.panel.document.pageCount() == 2, timeout=5_000)  # ja+en
    assert viewer.panel.data == notices.pdf("N-2026-0002")
    assert viewer.panel.print_button.isEnabled() and viewer.panel.save_button.isEnabled()
    viewer.close()
    dialog.close()


def test_states_move_with_the_clock(qtbot: QtBot, notices: NoticeService) -> None:
    clock = notices._clock
    assert isinstance(clock, Clock)
    clock.now = NOW + timedelta(days=45)
    dialog = make(qtbot, notices)
    dialog.filter.setCurrentIndex(dialog.filter.findData(BanStatus.EXPIRED.value))
    assert numbers(dialog) == ["N-2026-0002"]
    dialog.filter.setCurrentIndex(dialog.filter.findData(BanStatus.ACTIVE.value))
    assert numbers(dialog) == ["N-2026-0003", "N-2026-0001"]
    assert not dialog.reminder.isVisibleTo(dialog)


def test_lookup_narrows_the_list_to_the_matches(qtbot: QtBot, notices: NoticeService) -> None:
    """Issue 11: "No notice matches." never sits beside a list that still shows (and selects)
    someone else: the list shows the lookup's matches only, and all again once it is cleared."""
    dialog = make(qtbot, notices)
    empty = dialog.findChild(QWidget, "noticesEmpty")
    assert empty is not None and not empty.isVisible()
    dialog.lookup.setText("山田太郎")
    dialog.run_lookup()
    assert numbers(dialog) == ["N-2026-0001"]
    assert dialog.selected() is not None and dialog.selected().number == "N-2026-0001"
    dialog.lookup.setText("誰でもない")
    dialog.run_lookup()
    assert dialog.lookup_result.text() == "No notice matches."
    assert numbers(dialog) == [] and dialog.selected() is None
    assert not dialog.buttons["breachButton"].isEnabled()
    assert (
        empty.isVisible() and "誰でもない" in dialog.findChild(QLabel, "noticesEmptyMessage").text()
    )
    dialog.lookup.setText("田中")
    dialog.run_lookup()
    assert numbers(dialog) == ["N-2026-0004"]
    dialog.filter.setCurrentIndex(dialog.filter.findData(str(BanStatus.ACTIVE)))
    assert numbers(dialog) == []  # the status filter and the lookup both apply
    assert empty.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "noticesEmptyButton"), Qt.MouseButton.LeftButton)
    assert dialog.lookup.text() == "" and dialog.filter.currentIndex() == 0
    assert len(numbers(dialog)) == 4 and not empty.isVisible()


def test_an_empty_register_says_where_notices_come_from(qtbot: QtBot, vault: Vault) -> None:
    dialog = make(qtbot, NoticeService(vault, clock=Clock()))
    empty = dialog.findChild(QWidget, "noticesEmpty")
    assert empty is not None and empty.isVisible()
    assert "issued from an incident" in dialog.findChild(QLabel, "noticesEmptyMessage").text()
    assert not dialog.findChild(QPushButton, "noticesEmptyButton").isVisible()


def test_register_columns_fit_their_headings_and_cells(
    qtbot: QtBot, notices: NoticeService
) -> None:
    dialog = make(qtbot, notices)
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        if column == ADDRESSEE:
            continue
        for row in range(table.model().rowCount()):
            need = table.sizeHintForIndex(table.model().index(row, column)).width()
            assert header.sectionSize(column) >= need, (column, row)
