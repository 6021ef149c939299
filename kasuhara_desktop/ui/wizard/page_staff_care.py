"""Step 5, staff care: per affected staff member, safety, who took over, injury, follow-ups.

MHLW step 6: safety first, a supervisor takes over and separates the staff member from the
customer, then mental-health follow-up (check-ins, referral to a specialist). Each staff member
gets one ``StaffCare`` record in the draft; "Plan standard check-ins" adds the default dates
(``domain/deadlines.care_follow_up_dates``: next day, one week, one month).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ParticipantRole
from ...domain.response_flow import Step
from ...domain.staff_care import FollowUp, StaffCare
from ..editor.common import from_qdate, to_qdate
from ..editor.fields import CheckField, LineField, SpinField, TextField
from . import clock
from .contacts_box import ContactsBox
from .draft import ResponseDraft
from .page_base import ResponsePage
from .widgets import big_button, drop_widget, plain

CHECK_IN = "check_in"  # the note ``StaffCare.plan_check_ins`` gives a planned check-in


class StaffCarePage(ResponsePage):
    """A list of affected staff members and a form for the one selected."""

    step = Step.STAFF_CARE

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("5. Care for the staff"))
        self.setSubTitle(
            self.tr(
                "Safety first: a supervisor takes over and separates the staff member from "
                "the customer. Then plan check-ins in the days after."
            )
        )
        self._row = -1
        columns = QHBoxLayout()
        left = QVBoxLayout()
        self.name = QComboBox(self)
        self.name.setObjectName("care_name")
        self.name.setEditable(True)
        self.name.setAccessibleName(self.tr("Staff member"))
        self.add = QPushButton(self.tr("&Add staff member"), self)
        self.add.setObjectName("care_add")
        self.add.setAutoDefault(False)
        self.add.clicked.connect(self._on_add)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.setObjectName("care_remove")
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(self._on_remove)
        self.people = QListWidget(self)
        self.people.setObjectName("care_list")
        self.people.setAccessibleName(self.tr("Staff members cared for"))
        self.people.currentRowChanged.connect(self._on_current)
        left.addWidget(self.name)
        left.addWidget(self.add)
        left.addWidget(self.people, 1)
        left.addWidget(self.remove)
        columns.addLayout(left, 1)

        self.form_box = QGroupBox(self.tr("Care"), self)
        form = QFormLayout(self.form_box)
        self.safety = CheckField(self.tr("Safe and separated from the customer"), self.form_box)
        self.supervisor = LineField(self.form_box)
        self.injury = CheckField(self.tr("Injured"), self.form_box)
        self.injury_text = TextField(2, self.form_box)
        self.medical = CheckField(self.tr("Saw a doctor"), self.form_box)
        self.days_off = SpinField(0, 3650, self.form_box)
        self.referral = CheckField(self.tr("Referred to a specialist"), self.form_box)
        self.note = TextField(2, self.form_box)
        for name, widget, caption in (
            ("care_safety", self.safety, None),
            ("care_supervisor", self.supervisor, self.tr("Supervisor who took &over")),
            ("care_injury", self.injury, None),
            ("care_injury_text", self.injury_text, self.tr("What in&jury")),
            ("care_medical", self.medical, None),
            ("care_days_off", self.days_off, self.tr("&Days off")),
            ("care_referral", self.referral, None),
            ("care_note", self.note, self.tr("No&te")),
        ):
            widget.setObjectName(name)
            widget.edited.connect(self._on_form_edited)
            if caption is None:
                form.addRow(widget)
            else:
                widget.setAccessibleName(caption.replace("&", ""))
                form.addRow(caption, widget)

        follow = QGroupBox(self.tr("Check-ins and follow-ups"), self.form_box)
        follow_layout = QVBoxLayout(follow)
        self.plan = big_button(self.tr("Plan standard check-ins"), "care_plan", follow)
        self.plan.setToolTip(self.tr("The next day, after one week and after one month"))
        self.plan.clicked.connect(self.plan_check_ins)
        follow_layout.addWidget(self.plan)
        self.rows_widget = QWidget(follow)
        self.rows = QGridLayout(self.rows_widget)
        self.rows.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.rows_widget)
        self.add_follow_up = QPushButton(self.tr("Add a &follow-up"), follow)
        self.add_follow_up.setObjectName("care_follow_up_add")
        self.add_follow_up.setAutoDefault(False)
        self.add_follow_up.clicked.connect(self._on_add_follow_up)
        follow_layout.addWidget(self.add_follow_up)
        follow_layout.addStretch(1)
        form.addRow(follow)
        for field in (self.injury_text, self.note):
            field.setMaximumHeight(field.sizeHint().height())
        columns.addWidget(self.form_box, 3)
        self.body.addLayout(columns)
        self.contacts_box = ContactsBox(self)  # who to talk to: read-only, from the desk
        self.body.addWidget(self.contacts_box)

    # ------------------------------------------------------------ draft

    @property
    def care(self) -> list[StaffCare]:
        return self.draft.incident.staff_care

    def current(self) -> StaffCare | None:
        return self.care[self._row] if 0 <= self._row < len(self.care) else None

    def load(self) -> None:
        names: list[str] = []
        roles = (ParticipantRole.TARGET, ParticipantRole.HANDLER)
        for p in sorted(self.draft.incident.participants, key=lambda p: p.role not in roles):
            if p.staff is not None and p.staff.name:
                names.append(p.staff.name)
        if not self.draft.can_judge:  # staff recording it are often the one it happened to
            names.append(self.draft.who)
        if self.draft.services is not None:
            names += [s.name for s in self.draft.services.incidents.staff()]
        with QSignalBlocker(self.name):
            self.name.clear()
            self.name.addItems(list(dict.fromkeys(names)))
        self.contacts_box.load(self.draft.services)
        self._fill_list(min(max(self._row, 0), len(self.care) - 1))

    def _fill_list(self, select: int) -> None:
        with QSignalBlocker(self.people):
            self.people.clear()
            self.people.addItems([c.staff_name for c in self.care])
        self.people.setCurrentRow(select)
        self._on_current(select)

    @Slot(int)
    def _on_current(self, row: int) -> None:
        self._row = row
        care = self.current()
        self.form_box.setEnabled(care is not None)
        self.remove.setEnabled(care is not None)
        shown = care or StaffCare(staff_name="")
        self._loading = True
        try:
            self.safety.set_value(shown.safety_secured)
            self.supervisor.set_value(shown.supervisor_took_over)
            self.injury.set_value(shown.injury)
            self.injury_text.set_value(shown.injury_text)
            self.injury_text.setEnabled(shown.injury)
            self.medical.set_value(shown.medical_visit)
            self.days_off.set_value(shown.days_off)
            self.referral.set_value(shown.referral_to_specialist)
            self.note.set_value(shown.note)
        finally:
            self._loading = False
        self._show_follow_ups()

    @Slot()
    def _on_form_edited(self) -> None:
        care = self.current()
        if self._loading or care is None:
            return
        care.safety_secured = self.safety.value()
        care.supervisor_took_over = self.supervisor.value()
        care.injury = self.injury.value()
        self.injury_text.setEnabled(care.injury)
        care.injury_text = self.injury_text.value() if care.injury else ""
        care.medical_visit = self.medical.value()
        care.days_off = self.days_off.value()
        care.referral_to_specialist = self.referral.value()
        care.note = self.note.value()
        self.draft.notify()

    # ------------------------------------------------------------ staff members

    def add_staff(self, name: str) -> int:
        """Add a record for ``name`` (or select the one there is); returns its row."""
        name = name.strip()
        for number, care in enumerate(self.care):
            if care.staff_name == name:
                self._fill_list(number)
                return number
        self.care.append(StaffCare(staff_name=name, safety_secured=True))
        self.draft.notify()
        self._fill_list(len(self.care) - 1)
        return len(self.care) - 1

    @Slot()
    def _on_add(self) -> None:
        if self.name.currentText().strip():
            self.add_staff(self.name.currentText())

    @Slot()
    def _on_remove(self) -> None:
        if self.current() is not None:
            del self.care[self._row]
            self.draft.notify()
            self._fill_list(min(self._row, len(self.care) - 1))

    # ------------------------------------------------------------ follow-ups

    @Slot()
    def plan_check_ins(self) -> None:
        care = self.current()
        if care is None:
            return
        day = self.draft.incident.occurred_at.astimezone(ZoneInfo(self.draft.tz)).date()
        care.plan_check_ins(day)
        care.follow_ups.sort(key=lambda f: f.due)
        self.draft.notify()
        self._show_follow_ups()

    @Slot()
    def _on_add_follow_up(self) -> None:
        care = self.current()
        if care is not None:
            care.follow_ups.append(FollowUp(due=clock.today(self.draft.tz)))
            self.draft.notify()
            self._show_follow_ups()

    def _show_follow_ups(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                drop_widget(widget)
        care = self.current()
        follow_ups = care.follow_ups if care is not None else []
        if not follow_ups:
            self.rows.addWidget(plain(self.tr("No check-ins planned yet."), self.rows_widget))
        for number, f in enumerate(follow_ups):
            self._follow_up_row(number, f)

    def _follow_up_row(self, number: int, f: FollowUp) -> None:
        parent = self.rows_widget
        due = QDateEdit(to_qdate(f.due), parent)
        due.setObjectName(f"follow_up_{number}_due")
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        due.setAccessibleName(self.tr("Due"))
        note = LineField(parent)
        note.setObjectName(f"follow_up_{number}_note")
        note.setAccessibleName(self.tr("What"))
        note.set_value(self.tr("Check-in") if f.note == CHECK_IN else f.note)
        done = QCheckBox(self.tr("Done"), parent)
        done.setObjectName(f"follow_up_{number}_done")
        done.setChecked(f.done)
        remove = QPushButton(self.tr("Remove"), parent)
        remove.setObjectName(f"follow_up_{number}_remove")
        remove.setAutoDefault(False)
        check_in = self.tr("Check-in")

        def changed() -> None:
            f.due = from_qdate(due.date())
            text = note.value()
            f.note = CHECK_IN if f.note == CHECK_IN and text == check_in else text
            f.done = done.isChecked()
            self.draft.notify()

        def drop() -> None:
            care = self.current()
            kept = [x for x in care.follow_ups if x is not f] if care is not None else []
            if care is not None and len(kept) < len(care.follow_ups):
                care.follow_ups[:] = kept
                self.draft.notify()
                self._show_follow_ups()

        due.dateChanged.connect(changed)
        note.edited.connect(changed)
        done.toggled.connect(changed)
        remove.clicked.connect(drop)
        for column, widget in enumerate((due, note, done, remove)):
            self.rows.addWidget(widget, number, column)
        self.rows.setColumnStretch(1, 1)
