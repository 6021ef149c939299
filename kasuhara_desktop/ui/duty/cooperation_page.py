"""Duty > Cooperation requests (art. 33(3)): requests to and from other employers.

# [cooperation] lives as a tab of the consultation desk's window (``consultation_page``); the
Duty menu's "Cooperation requests…" opens that window on this tab. Managers and the owner only
(``COOPERATION``). An outgoing request prints as a neutral letter (ja, en, nb): what the letter
needs is read on the GUI thread, the PDF is written in a background task (``ui/tasks.py``).
"Draft from incident" fills "what happened" from the incident's recorded behaviours, never its
internal summary or names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.cooperation import CooperationRequest, Direction
from ...domain.vocabulary import fill
from ...services.consultation import ConsultationService
from ..dialogs.messages import show_error
from ..editor.common import from_qdate, to_qdate
from ..i18n import current_language
from ..save_locations import SaveKind, remember, suggested_path
from ..tasks import run_task


def _date_edit(name: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _text(name: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 12)
    return edit


class RequestForm(QGroupBox):
    """One request: direction, date, the other employer, the facts, what is asked, response."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request"), parent)
        self.setObjectName("requestForm")
        self.request_id: int | None = None
        self.stored: CooperationRequest | None = None
        self.direction = QComboBox(self)
        self.direction.setObjectName("requestDirection")
        self.direction.addItem(self.tr("We ask another employer"), Direction.OUTGOING.value)
        self.direction.addItem(self.tr("Another employer asks us"), Direction.INCOMING.value)
        self.day = _date_edit("requestDate", self)
        self.employer = QLineEdit(self)
        self.employer.setObjectName("requestEmployer")
        self.contact = QLineEdit(self)
        self.contact.setObjectName("requestContact")
        self.address = QLineEdit(self)
        self.address.setObjectName("requestAddress")
        self.incident = QLineEdit(self)
        self.incident.setObjectName("requestIncident")
        self.incident.setPlaceholderText(self.tr("K-2026-0001 (if it concerns one)"))
        self.draft = QPushButton(self.tr("D&raft from incident"), self)
        self.draft.setObjectName("draftFromIncident")
        self.draft.setAutoDefault(False)
        incident_row = QHBoxLayout()
        incident_row.addWidget(self.incident, 1)
        incident_row.addWidget(self.draft)
        self.known = QCheckBox(self.tr("Happened on"), self)
        self.known.setObjectName("occurredKnown")
        self.occurred = _date_edit("occurredOn", self)
        occurred_row = QHBoxLayout()
        occurred_row.addWidget(self.known)
        occurred_row.addWidget(self.occurred, 1)
        self.known.toggled.connect(self.occurred.setEnabled)
        self.what = _text("requestWhat", self, 4)
        self.asked = _text("requestAsked", self, 2)
        self.response = _text("requestResponse", self, 2)
        self.staff = QLineEdit(self)
        self.staff.setObjectName("requestStaff")
        self.name_staff = QCheckBox(self.tr("Print the staff names on the letter"), self)
        self.name_staff.setObjectName("requestNameStaff")
        form = QFormLayout(self)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("Sent or received &on"), self.day)
        form.addRow(self.tr("Other &employer"), self.employer)
        form.addRow(self.tr("Their contact"), self.contact)
        form.addRow(self.tr("Their address"), self.address)
        form.addRow(self.tr("Incident"), incident_row)
        form.addRow("", occurred_row)
        form.addRow(self.tr("What &happened"), self.what)
        form.addRow(self.tr("What is &asked"), self.asked)
        form.addRow(self.tr("Res&ponse"), self.response)
        form.addRow(self.tr("&Staff concerned"), self.staff)
        form.addRow("", self.name_staff)

    def set_value(self, r: CooperationRequest | None, today: date) -> None:
        self.request_id = r.id if r else None
        self.stored = r
        self.direction.setCurrentIndex(
            max(0, self.direction.findData(r.direction.value)) if r else 0
        )
        self.day.setDate(to_qdate(r.request_date if r else today))
        self.employer.setText(r.employer if r else "")
        self.contact.setText(r.employer_contact if r else "")
        self.address.setText(r.employer_address if r else "")
        self.incident.setText(r.incident_reference if r else "")
        self.known.setChecked(bool(r and r.occurred_on))
        self.occurred.setEnabled(self.known.isChecked())
        self.occurred.setDate(to_qdate((r.occurred_on if r else None) or today))
        self.what.setPlainText(r.what_happened if r else "")
        self.asked.setPlainText(r.what_asked if r else "")
        self.response.setPlainText(r.response if r else "")
        self.staff.setText(r.staff_names if r else "")
        self.name_staff.setChecked(bool(r and r.name_staff))

    def value(self, today: date) -> CooperationRequest:
        response = self.response.toPlainText()
        responded = self.stored.responded_on if self.stored else None
        if response.strip() and responded is None:
            responded = today  # the day the response was first recorded
        return CooperationRequest(
            direction=Direction(self.direction.currentData()),
            request_date=from_qdate(self.day.date()),
            employer=self.employer.text(),
            employer_contact=self.contact.text(),
            employer_address=self.address.text(),
            incident_reference=self.incident.text().strip(),
            occurred_on=from_qdate(self.occurred.date()) if self.known.isChecked() else None,
            what_happened=self.what.toPlainText(),
            what_asked=self.asked.toPlainText(),
            response=response,
            responded_on=responded,
            staff_names=self.staff.text(),
            name_staff=self.name_staff.isChecked(),
            id=self.request_id,
        )


class CooperationTab(QWidget):
    """The requests, newest first, and the form; Print letter… for an outgoing one."""

    def __init__(self, service: ConsultationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cooperationTab")
        self.service = service
        self.items: list[CooperationRequest] = []
        self.print_task: object | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("requestsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Direction"), self.tr("Other employer"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form = RequestForm(self)
        self.new = QPushButton(self.tr("&New request"), self)
        self.new.setObjectName("newRequest")
        self.save = QPushButton(self.tr("&Save request"), self)
        self.save.setObjectName("saveRequest")
        self.letter_lang = QComboBox(self)
        self.letter_lang.setObjectName("letterLanguage")
        for code, name in (("ja", "日本語"), ("en", "English"), ("nb", "Norsk bokmål")):
            self.letter_lang.addItem(name, code)
        lang = current_language()
        self.letter_lang.setCurrentIndex(max(0, self.letter_lang.findData(lang)))
        self.print_button = QPushButton(self.tr("&Print letter…"), self)
        self.print_button.setObjectName("printLetter")
        self.status = QLabel(self)
        self.status.setObjectName("requestStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for w in (self.new, self.save, self.letter_lang, self.print_button):
            if isinstance(w, QPushButton):
                w.setAutoDefault(False)
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._on_select)
        self.new.clicked.connect(self._on_new)
        self.save.clicked.connect(self.save_request)
        self.print_button.clicked.connect(self.print_letter)
        self.form.draft.clicked.connect(self.draft_from_incident)
        self.form.direction.currentIndexChanged.connect(self._update_buttons)
        self.form.set_value(None, service.today())
        self.load()

    def load(self) -> None:
        self.items = self.service.requests()
        self.table.setRowCount(0)
        for r in self.items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            direction = (
                self.tr("Outgoing") if r.direction is Direction.OUTGOING else self.tr("Incoming")
            )
            status = self.tr("Answered") if r.response.strip() else self.tr("Open")
            for col, text in enumerate((r.request_date.isoformat(), direction, r.employer, status)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        outgoing = self.form.direction.currentData() == Direction.OUTGOING.value
        self.print_button.setEnabled(self.form.request_id is not None and outgoing)
        self.form.draft.setEnabled(outgoing)

    @Slot()
    def _on_select(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.form.set_value(self.items[row], self.service.today())
        self._update_buttons()

    @Slot()
    def _on_new(self) -> None:
        self.table.clearSelection()
        self.form.set_value(None, self.service.today())
        self._update_buttons()

    @Slot()
    def draft_from_incident(self) -> None:
        try:
            text = self.service.draft_what_happened(
                self.form.incident.text().strip(), str(self.letter_lang.currentData())
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.form.what.setPlainText(text)

    @Slot()
    def save_request(self) -> None:
        try:
            saved = self.service.save_request(self.form.value(self.service.today()))
        except Exception as exc:  # said to the user; the form keeps what was typed
            show_error(self, exc)
            return
        self.load()
        self.form.set_value(saved, self.service.today())
        self._update_buttons()
        self.status.setText(self.tr("The request was saved."))

    def choose_letter_path(self) -> Path | None:
        """Ask where to save the letter (tests replace this)."""
        name = self.tr("cooperation-request") + f"-{self.form.request_id}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter"),
            str(suggested_path(SaveKind.REPORT, name)),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    @Slot()
    def print_letter(self) -> None:
        if self.form.request_id is None:
            return
        dest = self.choose_letter_path()
        if dest is None:
            return
        remember(SaveKind.REPORT, dest)
        lang = str(self.letter_lang.currentData())
        try:
            write = self.service.letter_job(self.form.request_id, dest, lang)
        except Exception as exc:
            show_error(self, exc)
            return
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Writing the letter…"))
        self.print_task = run_task(
            lambda _ctx: write(), on_result=self._printed, on_error=self._print_failed
        )

    @Slot(object)
    def _printed(self, path: object) -> None:
        self._update_buttons()
        self.status.setText(fill(self.tr("The letter was saved: %1"), path))

    @Slot(object)
    def _print_failed(self, exc: object) -> None:
        self._update_buttons()
        self.status.setText("")
        if isinstance(exc, BaseException):
            show_error(self, exc)
