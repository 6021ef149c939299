"""Small forms of the ban register: how a notice was served, and a review, appeal, shortening
or revocation. OK saves through the ``NoticeService``; a refused entry is explained inline and
the dialog stays open with what was typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.notice import (
    Notice,
    Review,
    ReviewKind,
    ReviewOutcome,
    ServiceMethod,
    ServiceRecord,
)
from ...domain.vocabulary import fill
from .notice_form import from_qdate, to_qdate
from .notice_labels import notice_label


class _RecordDialog(QDialog):
    """OK/Cancel around a form, with an inline error line."""

    def __init__(self, service: Any, notice: Notice, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.service = service
        self.notice = notice
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("recordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("recordButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def line(self, name: str, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(label.rstrip(":"))
        self.form.addRow(label, edit)
        return edit

    def note(self, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName("noteEdit")
        edit.setAccessibleName(label.rstrip(":"))
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        self.form.addRow(label, edit)
        return edit

    def combo(self, name: str, label: str, items: list[tuple[Any, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label.rstrip(":"))
        for data, text in items:
            box.addItem(text, data)
        self.form.addRow(label, box)
        return box

    def date_edit(self, name: str, label: str, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(label.rstrip(":"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(label, edit)
        return edit

    def store(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    @Slot()
    def save(self) -> None:
        try:
            self.store()
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class ServiceDialog(_RecordDialog):
    """Record how and when a notice was served, with the scanned receipt if there is one."""

    def __init__(self, service: Any, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(service, notice, parent)
        self.setObjectName("serviceDialog")
        self.setWindowTitle(fill(self.tr("Served: %1"), notice.number))
        self.method = self.combo(
            "methodCombo", self.tr("How:"), [(m.value, notice_label(m)) for m in ServiceMethod]
        )
        now = service.now()
        self.zone = now.tzinfo or ZoneInfo("Asia/Tokyo")
        self.served_at = QDateTimeEdit(self)
        self.served_at.setObjectName("servedAtEdit")
        self.served_at.setAccessibleName(self.tr("When"))
        self.served_at.setCalendarPopup(True)
        self.served_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.served_at.setDateTime(QDateTime(to_qdate(now.date()), QTime(now.hour, now.minute)))
        self.form.addRow(self.tr("When:"), self.served_at)
        self.served_by = self.line("servedByEdit", self.tr("By:"), service.user)
        self.witness = self.line("witnessEdit", self.tr("Witness:"))
        self.tracking = self.line("trackingEdit", self.tr("Tracking number:"))
        receipts = [("", self.tr("None"))] + [
            (i.id, i.original_name)
            for i in service.evidence.items(notice.incident_reference, include_deleted=False)
        ]
        self.receipt = self.combo("receiptCombo", self.tr("Signed receipt (scan):"), receipts)
        self.note_edit = self.note(self.tr("Note:"))

    def store(self) -> None:
        qdt = self.served_at.dateTime()
        d, t = qdt.date(), qdt.time()
        when = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        record = ServiceRecord(
            method=ServiceMethod(self.method.currentData()), served_at=when,
            served_by=self.served_by.text(), witness=self.witness.text(),
            tracking_number=self.tracking.text(),
            receipt_evidence_id=str(self.receipt.currentData() or ""),
            note=self.note_edit.toPlainText(),
        )  # fmt: skip
        self.service.serve(self.notice.number, record)


class ReviewDialog(_RecordDialog):
    """A review or appeal; with outcome shortened or revoked it changes the ban at once."""

    def __init__(
        self,
        service: Any,
        notice: Notice,
        outcome: ReviewOutcome = ReviewOutcome.UPHELD,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, notice, parent)
        self.setObjectName("reviewDialog")
        titles = {
            ReviewOutcome.SHORTENED: self.tr("Shorten %1"),
            ReviewOutcome.REVOKED: self.tr("Revoke %1"),
        }
        self.setWindowTitle(fill(titles.get(outcome, self.tr("Review %1")), notice.number))
        self.kind = self.combo(
            "kindCombo", self.tr("Kind:"), [(k.value, notice_label(k)) for k in ReviewKind]
        )
        self.outcome = self.combo(
            "outcomeCombo", self.tr("Outcome:"), [(o.value, notice_label(o)) for o in ReviewOutcome]
        )
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value))
        today = service.today()
        self.decided_by = self.line("decidedByEdit", self.tr("Decided by:"), service.user)
        self.decided_on = self.date_edit("decidedOnEdit", self.tr("Decided on:"), today)
        self.requested_by = self.line("requestedByEdit", self.tr("Asked for by:"))
        end = notice.effective_until
        default_end = max(notice.valid_from, today)
        if end is not None:
            default_end = max(notice.valid_from, min(default_end, end - timedelta(days=1)))
        self.new_until = self.date_edit("newUntilEdit", self.tr("New last day:"), default_end)
        self.note_edit = self.note(self.tr("Reason:"))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    @Slot()
    def _outcome_changed(self) -> None:
        shortened = self.outcome.currentData() == ReviewOutcome.SHORTENED.value
        self.new_until.setEnabled(shortened)

    def store(self) -> None:
        outcome = ReviewOutcome(self.outcome.currentData())
        review = Review(
            kind=ReviewKind(self.kind.currentData()), outcome=outcome,
            decided_by=self.decided_by.text(), decided_on=from_qdate(self.decided_on.date()),
            requested_by=self.requested_by.text(), note=self.note_edit.toPlainText(),
            new_until=from_qdate(self.new_until.date())
            if outcome is ReviewOutcome.SHORTENED else None,
        )  # fmt: skip
        if outcome is ReviewOutcome.PENDING:
            review.decided_on = None
        self.service.review(self.notice.number, review)
