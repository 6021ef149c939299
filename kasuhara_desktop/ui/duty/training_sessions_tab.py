"""The Sessions tab of the training page: the sessions held and who attended each.

Record session stores a new session with the ticked people. Selecting a session ticks its
attendees; Save attendance replaces that session's attendance (someone forgotten, or ticked by
mistake). The list holds everyone on the roster, those who have left marked, because an old
session's attendees may have left since; the service refuses anyone who did not work here on
the session's date.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from ...domain.training import MemberStatus, TrainingSession, TrainingState
from ...domain.vocabulary import fill
from ...services.training import TrainingService
from ..dialogs.messages import show_error
from .training_widgets import PageHost, pydate, qdate, table


class SessionsTab(QWidget):
    """Sessions and attendance; the forms are disabled without RECORD_TRAINING."""

    def __init__(self, service: TrainingService, can_edit: bool, page: PageHost) -> None:
        super().__init__()  # the tab widget becomes its parent
        self.service, self.page = service, page
        self.shown: list[TrainingSession] = []
        self.table = table(
            [self.tr("Date"), self.tr("Topics"), self.tr("Trainer"), self.tr("Minutes"),
             self.tr("Attendees")],
            "sessionsTable",
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._selected)
        self.date = QDateEdit(qdate(service.today()))
        self.date.setObjectName("sessionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.topics = QLineEdit()
        self.topics.setObjectName("sessionTopics")
        self.trainer = QLineEdit()
        self.trainer.setObjectName("sessionTrainer")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("sessionMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.notes = QLineEdit()
        self.notes.setObjectName("sessionNotes")
        self.attendees = QListWidget()
        self.attendees.setObjectName("attendeeList")
        self.add_button = QPushButton(self.tr("Record &session"))
        self.add_button.setObjectName("addSessionButton")
        self.add_button.clicked.connect(self.add_session)
        self.attendance_button = QPushButton(self.tr("Save &attendance of the selected session"))
        self.attendance_button.setObjectName("saveAttendanceButton")
        self.attendance_button.clicked.connect(self.save_attendance)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Topics:"), self.topics)
        form.addRow(self.tr("Trainer:"), self.trainer)
        form.addRow(self.tr("Duration:"), self.minutes)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.tr("Attended:"), self.attendees)
        form.addRow("", self.add_button)
        form.addRow("", self.attendance_button)
        self.can_edit = can_edit
        for w in (self.date, self.topics, self.trainer, self.minutes, self.notes,
                  self.attendees, self.add_button):  # fmt: skip
            w.setEnabled(can_edit)
        self.attendance_button.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(form, 2)

    def reload(self, statuses: list[MemberStatus]) -> None:
        names = {st.member.id: st.member.name for st in statuses}
        self.shown = self.service.sessions()
        self.table.setRowCount(0)
        for s in self.shown:
            row = self.table.rowCount()
            self.table.insertRow(row)
            who = ", ".join(names.get(i, "?") for i in s.attendee_ids)
            cells = [s.held_on.isoformat(), s.topics, s.trainer, str(s.minutes or "—"), who]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.attendees.clear()
        for st in statuses:
            text = st.member.name
            if st.state is TrainingState.LEFT:
                text = fill(self.tr("%1 (left)"), text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, st.member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendance_button.setEnabled(False)

    def _items(self) -> list[QListWidgetItem]:
        return [it for i in range(self.attendees.count()) if (it := self.attendees.item(i))]

    def checked_attendees(self) -> list[int]:
        return [
            int(it.data(Qt.ItemDataRole.UserRole))
            for it in self._items()
            if it.checkState() == Qt.CheckState.Checked
        ]

    def selected_session(self) -> TrainingSession | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    @Slot()
    def _selected(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        ids = set(session.attendee_ids)
        for it in self._items():
            attended = it.data(Qt.ItemDataRole.UserRole) in ids
            it.setCheckState(Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked)
        self.attendance_button.setEnabled(self.can_edit)

    @Slot()
    def add_session(self) -> None:
        try:
            self.service.add_session(
                pydate(self.date), self.topics.text(), self.trainer.text(),
                self.checked_attendees(), minutes=self.minutes.value(), notes=self.notes.text(),
            )  # fmt: skip
        except Exception as exc:  # said to the user; the form keeps what was typed
            show_error(self, exc)
            return
        self.topics.clear()
        self.notes.clear()
        self.page.reload()

    @Slot()
    def save_attendance(self) -> None:
        session = self.selected_session()
        if session is None or session.id is None:
            return
        try:
            self.service.set_attendance(session.id, self.checked_attendees())
        except Exception as exc:
            show_error(self, exc)
            return
        self.page.reload()
