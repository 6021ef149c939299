"""The ban register: every notice with its status, the "is this person banned?" lookup for the
till, expiry reminders, and the steps after issuing (serve, review, shorten, revoke, breach).

Signals:
    incident_created(str): a breach was logged as this new incident (open it in the editor).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.notice import BanStatus, Notice, ReviewOutcome
from ...domain.vocabulary import fill
from ..dialogs.messages import show_error
from ..time_display import format_datetime
from ..widgets.column_sizing import ColumnSizer
from ..widgets.empty_state import EmptyState
from .notice_labels import notice_label
from .pdf_panel import NoticePdfDialog
from .record_dialogs import ReviewDialog, ServiceDialog
from .register_model import ADDRESSEE, NoticeTableModel

LOOKUP_DELAY_MS = 250
EXPIRING = "expiring"


class BanRegisterDialog(QDialog):
    """The register over a ``NoticeService`` (or a stand-in with the same methods)."""

    incident_created = Signal(str)

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banRegisterDialog")
        self.setWindowTitle(self.tr("Ban register"))
        self.service = service

        self.lookup = QLineEdit(self)
        self.lookup.setObjectName("banLookupEdit")
        self.lookup.setAccessibleName(self.tr("Is this person banned?"))
        self.lookup.setPlaceholderText(self.tr("Is this person banned? Name, description or phone"))
        self.lookup.setClearButtonEnabled(True)
        big = self.lookup.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.lookup.setFont(big)
        self.lookup_result = QLabel(self)
        self.lookup_result.setObjectName("banLookupResult")
        self.lookup_result.setWordWrap(True)
        self.lookup_result.setTextFormat(Qt.TextFormat.PlainText)
        self.lookup_result.setFont(big)
        self.reminder = QLabel(self)
        self.reminder.setObjectName("expiryReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: #a15c00;")

        self.filter = QComboBox(self)
        self.filter.setObjectName("statusFilter")
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.addItem(self.tr("All notices"), None)
        self.filter.addItem(notice_label(BanStatus.ACTIVE), BanStatus.ACTIVE.value)
        self.filter.addItem(self.tr("Ending within 30 days"), EXPIRING)
        for status in (BanStatus.SCHEDULED, BanStatus.EXPIRED, BanStatus.REVOKED):
            self.filter.addItem(notice_label(status), status.value)
        self.model = NoticeTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("noticeTable")
        self.table.setAccessibleName(self.tr("Notices"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.sizer = ColumnSizer(self.table, elastic=ADDRESSEE)
        self.empty = EmptyState(self.table, "noticesEmpty")
        self.empty.action_requested.connect(self.show_everything)
        self._listed: list[Notice] = []  # what the status filter chose
        self._matches: set[str] | None = None  # the lookup's notice numbers (None: no lookup)
        self.detail = QLabel(self)
        self.detail.setObjectName("noticeDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setObjectName("registerStatus")

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
            ("viewButton", self.tr("Show PDF…"), self.view_pdf),
            ("serveButton", self.tr("Record service…"), self.record_service),
            ("reviewButton", self.tr("Review or appeal…"), self.review),
            ("shortenButton", self.tr("Shorten…"), self.shorten),
            ("revokeButton", self.tr("Revoke…"), self.revoke),
            ("breachButton", self.tr("Log breach"), self.log_breach),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        row.addWidget(close)

        top = QHBoxLayout()
        top.addWidget(self.lookup, 2)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lookup_result)
        layout.addWidget(self.reminder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.resize(1000, 620)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LOOKUP_DELAY_MS)
        self.timer.timeout.connect(self.run_lookup)
        self.lookup.textChanged.connect(self.timer.start)
        self.lookup.returnPressed.connect(self.run_lookup)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    # ------------------------------------------------------------ listing

    @Slot()
    def refresh(self) -> None:
        """Reload the notices (keeping the selected one) and the reminders."""
        current = self.selected()
        keep = current.number if current else ""
        choice = self.filter.currentData()
        try:
            today = self.service.today()
            if choice == EXPIRING:
                rows = self.service.list_notices(expiring=True)
            else:
                rows = self.service.list_notices(BanStatus(choice) if choice else None)
            soon = self.service.list_notices(expiring=True)
        except UserError as exc:
            show_error(self, exc)
            return
        self._listed = list(rows)
        self._show_rows(today)
        if soon:
            numbers = ", ".join(n.number for n in soon)
            self.reminder.setText(
                fill(self.tr("%n ban(s) end within 30 days: %1", "", len(soon)), numbers)
            )
        else:
            self.reminder.clear()
        self.reminder.setVisible(bool(soon))
        self.select(keep)
        self._selection_changed()

    def _show_rows(self, today: date) -> None:
        """The status filter's notices, narrowed to the lookup's matches while it has a query."""
        matches = self._matches
        rows = [n for n in self._listed if matches is None or n.number in matches]
        self.model.set_notices(rows, today)
        if rows:
            self.empty.set_message("")
        elif matches is not None:
            self.empty.set_message(
                fill(self.tr("No notice matches “%1”."), self.lookup.text().strip()),
                self.tr("Show all notices"),
            )
        elif self.filter.currentIndex() > 0:
            self.empty.set_message(
                self.tr("No notice is in this state."), self.tr("Show all notices")
            )
        else:
            self.empty.set_message(
                self.tr(
                    "No notice has been issued yet. A no-entry notice is issued from an "
                    "incident: Response → Issue no-entry notice…"
                )
            )

    @Slot()
    def show_everything(self) -> None:
        """The empty list's button: drop the lookup and the status filter."""
        self.lookup.clear()
        self.filter.setCurrentIndex(0)
        self.run_lookup()

    def selected(self) -> Notice | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.notice_at(rows[0].row()) if rows else None

    def select(self, number: str) -> None:
        row = self.model.row_of(number) if number else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()

    @Slot()
    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args: object) -> None:
        n = self.selected()
        today = self.service.today()
        status = n.status(today) if n else None
        in_force = status in (BanStatus.ACTIVE, BanStatus.SCHEDULED)
        self.buttons["viewButton"].setEnabled(n is not None)
        self.buttons["serveButton"].setEnabled(n is not None and status is not BanStatus.REVOKED)
        for name in ("reviewButton", "shortenButton", "revokeButton"):
            self.buttons[name].setEnabled(n is not None and in_force)
        self.buttons["breachButton"].setEnabled(status is BanStatus.ACTIVE)
        self.detail.setText(self._history(n) if n else "")

    def _history(self, n: Notice) -> str:
        tz = self.service.now().tzinfo  # the shop's zone: every time is shown in it
        lines = [f"{n.number}: {n.reason[:200]}"]
        lines += [
            fill(
                self.tr("Served %1 (%2) by %3"),
                format_datetime(s.served_at, tz),
                notice_label(s.method),
                s.served_by,
            )
            for s in n.service
        ]
        lines += [
            f"{r.decided_on or ''} {notice_label(r.kind)}: {notice_label(r.outcome)} "
            f"({r.decided_by}) {r.note[:120]}"
            for r in n.reviews
        ]
        lines += [
            fill(self.tr("Breach %1: %2"), format_datetime(b.occurred_at, tz), b.incident_reference)
            for b in n.breaches
        ]
        if not n.service:
            lines.append(self.tr("Not served yet: record how the notice reached the person."))
        return "\n".join(lines)

    # ------------------------------------------------------------ the lookup

    @Slot()
    def run_lookup(self) -> None:
        self.timer.stop()
        query = self.lookup.text().strip()
        keep = self.selected()
        if not query:
            self.lookup_result.clear()
            self.lookup_result.setStyleSheet("")
            if self._matches is not None:
                self._matches = None
                self._show_rows(self.service.today())
                self.select(keep.number if keep else "")
                self._selection_changed()
            return
        try:
            check = self.service.ban_check(query)
        except UserError as exc:
            self.lookup_result.setText(str(exc))
            return
        # the list shows the matches only, so a "no match" never sits beside a selected row
        self._matches = {m.notice.number for m in check.matches}
        self._show_rows(self.service.today())
        self.select(keep.number if keep else "")
        active = [m for m in check.matches if m.status is BanStatus.ACTIVE]
        if active:
            n = active[0].notice
            until = n.effective_until.isoformat() if n.effective_until else self.tr("no end")
            text = self.tr(
                "BANNED — %1: %2 (until %3). Politely refuse entry and ask them to leave; "
                "call the police if they refuse."
            )
            self.lookup_result.setText(fill(text, n.number, n.addressee.display, until))
            self.lookup_result.setStyleSheet("color: #b00020; font-weight: bold;")
            self.select(n.number)
        elif check.matches:
            found = ", ".join(
                f"{m.notice.number} ({notice_label(m.status)})" for m in check.matches
            )
            self.lookup_result.setText(fill(self.tr("Not banned now. Earlier notices: %1"), found))
            self.lookup_result.setStyleSheet("color: #1b5e20;")
        else:
            self.lookup_result.setText(self.tr("No notice matches."))
            self.lookup_result.setStyleSheet("color: #1b5e20;")
        self._selection_changed()

    # ------------------------------------------------------------ actions

    def _run(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    @Slot()
    def view_pdf(self) -> NoticePdfDialog | None:
        n = self.selected()
        if n is None:
            return None
        try:
            data = self.service.pdf(n.number)
        except UserError as exc:
            show_error(self, exc)
            return None
        dialog = NoticePdfDialog(data, f"{n.number}.pdf", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def record_service(self) -> ServiceDialog | None:
        n = self.selected()
        if n is None:
            return None
        dialog = ServiceDialog(self.service, n, self)
        self._run(dialog)
        return dialog

    def _review(self, outcome: ReviewOutcome) -> ReviewDialog | None:
        n = self.selected()
        if n is None:
            return None
        dialog = ReviewDialog(self.service, n, outcome, self)
        self._run(dialog)
        return dialog

    @Slot()
    def review(self) -> ReviewDialog | None:
        return self._review(ReviewOutcome.UPHELD)

    @Slot()
    def shorten(self) -> ReviewDialog | None:
        return self._review(ReviewOutcome.SHORTENED)

    @Slot()
    def revoke(self) -> ReviewDialog | None:
        return self._review(ReviewOutcome.REVOKED)

    @Slot()
    def log_breach(self) -> str:
        """Log a breach of the selected notice as a new incident; its reference, or ""."""
        n = self.selected()
        if n is None:
            return ""
        answer = QMessageBox.question(
            self,
            self.tr("Log a breach?"),
            fill(
                self.tr(
                    "Record that %1 came in despite notice %2? A new incident is created with this "
                    "person as the customer; add what happened there."
                ),
                n.addressee.display,
                n.number,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return ""
        try:
            incident = self.service.log_breach(n.number)
        except UserError as exc:
            show_error(self, exc)
            return ""
        reference = str(incident.reference)
        self.status.setText(fill(self.tr("Breach logged as incident %1."), reference))
        self.refresh()
        self.incident_created.emit(reference)
        return reference
