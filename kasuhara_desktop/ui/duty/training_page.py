"""Duty > Training: the staff roster with each person's training status, the sessions with
their attendance, and case studies (``training_case_tab.py``).

Overdue and never-trained people are highlighted on the roster. Everyone may read
(``VIEW_GUIDANCE``); recording people, sessions and case studies needs ``RECORD_TRAINING``,
otherwise the forms are disabled; printing needs ``MAKE_REPORT``. Print record… reads what the
record needs on the GUI thread and writes the PDF in a background task (``ui/tasks.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import Permission
from ...domain.training import (
    MAX_INTERVAL_MONTHS,
    MAX_NEW_STARTER_DAYS,
    EmploymentKind,
    MemberStatus,
    TrainingSettings,
    TrainingState,
)
from ...domain.vocabulary import fill
from ...services.registry import Services
from ...services.training import TrainingService
from ..dialogs.messages import show_error
from ..i18n import current_language
from ..save_locations import SaveKind, remember, suggested_path
from ..tasks import Task, run_task
from .training_case_tab import CaseStudyTab
from .training_sessions_tab import SessionsTab
from .training_widgets import pydate as _pydate
from .training_widgets import qdate as _qdate
from .training_widgets import table as _table

ATTENTION = QColor("#F8D7DA")
LANGUAGES = ("ja", "en", "nb")


class TrainingPage(QDialog):
    """The training window of one unlocked vault."""

    def __init__(self, service: TrainingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPage")
        self.setWindowTitle(self.tr("Training"))
        self.service = service
        access = service.access
        self.can_edit = access.can(Permission.RECORD_TRAINING)
        self.can_print = access.can(Permission.MAKE_REPORT)
        self.print_task: Task | None = None
        self.busy_button: QPushButton | None = None
        self.statuses: list[MemberStatus] = []

        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._roster_tab(), self.tr("Staff"))
        self.sessions_tab = SessionsTab(service, self.can_edit, self)
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.cases = CaseStudyTab(service, self.can_edit, self.can_print, self)
        self.tabs.addTab(self.cases, self.tr("Case studies"))

        self.lang = QComboBox()
        self.lang.setObjectName("printLanguage")
        for code, name in (("ja", "日本語"), ("en", "English"), ("nb", "Norsk bokmål")):
            self.lang.addItem(name, code)
        ui = current_language()
        self.lang.setCurrentIndex(LANGUAGES.index(ui) if ui in LANGUAGES else 0)
        self.print_button = QPushButton(self.tr("&Print record…"))
        self.print_button.setObjectName("printRecordButton")
        self.print_button.setEnabled(self.can_print)
        self.print_button.clicked.connect(self.print_record)
        self.status = QLabel()
        self.status.setObjectName("trainingStatus")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Print in:")))
        bottom.addWidget(self.lang)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(900, 620)
        self.reload()

    # ------------------------------------------------------------ roster

    def _roster_tab(self) -> QWidget:
        self.roster = _table(
            [self.tr("Name"), self.tr("Employment"), self.tr("Joined"), self.tr("Last trained"),
             self.tr("Due by"), self.tr("Status")],
            "rosterTable",
        )  # fmt: skip
        self.member_name = QLineEdit()
        self.member_name.setObjectName("memberName")
        self.member_kind = QComboBox()
        self.member_kind.setObjectName("memberEmployment")
        for kind in EmploymentKind:
            self.member_kind.addItem(self._employment(kind), kind.value)
        self.member_kind.setCurrentIndex(list(EmploymentKind).index(EmploymentKind.PART_TIME))
        self.member_joined = QDateEdit(_qdate(self.service.today()))
        self.member_joined.setObjectName("memberJoined")
        self.member_joined.setCalendarPopup(True)
        self.member_joined.setDisplayFormat("yyyy-MM-dd")
        add = QPushButton(self.tr("&Add to roster"))
        add.setObjectName("addMemberButton")
        add.clicked.connect(self.add_member)
        leave = QPushButton(self.tr("Mark as &left today"))
        leave.setObjectName("leaveButton")
        leave.clicked.connect(self.mark_left)
        form = QHBoxLayout()
        for w in (QLabel(self.tr("Name:")), self.member_name, self.member_kind,
                  QLabel(self.tr("Joined:")), self.member_joined, add, leave):  # fmt: skip
            form.addWidget(w)
            w.setEnabled(self.can_edit or isinstance(w, QLabel))
        settings = self.service.settings()
        self.interval = QSpinBox()
        self.interval.setObjectName("intervalMonths")
        self.interval.setRange(1, MAX_INTERVAL_MONTHS)
        self.interval.setValue(settings.interval_months)
        self.interval.setSuffix(self.tr(" months"))
        self.grace = QSpinBox()
        self.grace.setObjectName("newStarterDays")
        self.grace.setRange(1, MAX_NEW_STARTER_DAYS)
        self.grace.setValue(settings.new_starter_days)
        self.grace.setSuffix(self.tr(" days"))
        save = QPushButton(self.tr("Save &rule"))
        save.setObjectName("saveSettingsButton")
        save.clicked.connect(self.save_settings)
        rule = QHBoxLayout()
        for widget in (QLabel(self.tr("Train everyone every")), self.interval,
                       QLabel(self.tr("and new starters within")), self.grace, save):  # fmt: skip
            rule.addWidget(widget)
            widget.setEnabled(self.can_edit or isinstance(widget, QLabel))
        rule.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.roster, 1)
        layout.addLayout(form)
        layout.addLayout(rule)
        return tab

    @Slot()
    def save_settings(self) -> None:
        try:
            self.service.save_settings(TrainingSettings(self.interval.value(), self.grace.value()))
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()

    def _employment(self, kind: EmploymentKind) -> str:
        return {
            EmploymentKind.FULL_TIME: self.tr("Full-time"),
            EmploymentKind.PART_TIME: self.tr("Part-time"),
            EmploymentKind.TEMPORARY: self.tr("Temporary"),
        }[kind]

    def _state(self, state: TrainingState) -> str:
        return {
            TrainingState.CURRENT: self.tr("Trained"),
            TrainingState.DUE_NEW: self.tr("New starter (in time)"),
            TrainingState.OVERDUE: self.tr("Overdue"),
            TrainingState.NEVER: self.tr("Never trained"),
            TrainingState.LEFT: self.tr("Left"),
        }[state]

    def _fill_roster(self) -> None:
        self.roster.setRowCount(0)
        for st in self.statuses:
            m = st.member
            row = self.roster.rowCount()
            self.roster.insertRow(row)
            cells = [
                m.name, self._employment(m.employment), m.joined_on.isoformat(),
                st.last_trained.isoformat() if st.last_trained else "—",
                st.due_on.isoformat() if st.due_on else "—", self._state(st.state),
            ]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                if st.needs_training:
                    item.setBackground(QBrush(ATTENTION))
                self.roster.setItem(row, col, item)

    @Slot()
    def add_member(self) -> None:
        try:
            self.service.add_member(
                self.member_name.text(), str(self.member_kind.currentData()),
                _pydate(self.member_joined),
            )  # fmt: skip
        except Exception as exc:  # said to the user; the form keeps what was typed
            show_error(self, exc)
            return
        self.member_name.clear()
        self.reload()

    @Slot()
    def mark_left(self) -> None:
        row = self.roster.currentRow()
        if row < 0:
            return
        item = self.roster.item(row, 0)
        if item is None:
            return
        member_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.service.leave(int(member_id))
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()

    # ------------------------------------------------------------ all

    def reload(self) -> None:
        self.statuses = self.service.statuses()
        self._fill_roster()
        self.sessions_tab.reload(self.statuses)
        self.cases.reload()
        counts = self.service.status()
        self.summary.setText(
            fill(
                self.tr("On the roster: %1. Overdue: %2. Never trained: %3."),
                counts.on_roster,
                counts.overdue,
                counts.never_trained,
            )
        )

    def print_language(self) -> str:
        return str(self.lang.currentData())

    def choose_pdf_path(self, stem: str) -> Path | None:
        """Ask where to save a PDF (tests replace this)."""
        start = suggested_path(SaveKind.REPORT, f"{stem}-{self.print_language()}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(start), self.tr("PDF files (*.pdf)")
        )
        return Path(chosen) if chosen else None

    @Slot()
    def print_record(self) -> None:
        dest = self.choose_pdf_path(self.tr("training-record"))
        if dest is None:
            return
        remember(SaveKind.REPORT, dest)
        try:
            write = self.service.record_job(dest, self.print_language())
        except Exception as exc:
            show_error(self, exc)
            return
        self.run_print(write, self.print_button)

    def run_print(self, write: object, button: QPushButton) -> None:
        """Run ``write`` (a no-argument callable from the service) off the GUI thread."""
        assert callable(write)
        self.busy_button = button
        button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))
        self.print_task = run_task(
            lambda _ctx: write(), on_result=self._printed, on_error=self._print_failed
        )

    @Slot(object)
    def _printed(self, path: object) -> None:
        if self.busy_button is not None:
            self.busy_button.setEnabled(True)
        self.status.setText(fill(self.tr("Saved: %1"), path))

    @Slot(object)
    def _print_failed(self, exc: object) -> None:
        if self.busy_button is not None:
            self.busy_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, BaseException):
            show_error(self, exc)


def open_training_page(window: QMainWindow, services: Services) -> QWidget:
    """Open the page as a non-modal window over ``window`` (closed when the session locks)."""
    service = services.training
    if service is None:
        raise RuntimeError("The training service is not available.")
    page = TrainingPage(service, window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    return page
