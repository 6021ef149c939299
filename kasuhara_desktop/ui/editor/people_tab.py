"""The people tab's row form: a role, and either a staff member or an outside person.

Staff and persons can be picked from those already in the vault (so that two incidents with
the same customer are linked) or typed in new.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from ...domain.enums import Employment, ParticipantRole
from ...domain.models import Person, StaffMember
from .common import cell_text
from .field_names import field_label
from .fields import EnumCombo, LineField, TextField
from .list_tabs import RowForm
from .models import ParticipantRow, RecordTableModel


class ParticipantForm(RowForm):
    """Edits one ``ParticipantRow`` of the people model."""

    def __init__(self, model: RecordTableModel, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self._row = -1
        self._writing = False
        self._staff: list[StaffMember] = []
        self._persons: list[Person] = []
        self.fields: dict[str, Any] = {}

        self.layout_ = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role = self._add(EnumCombo(ParticipantRole, self), f"{prefix}_role", "role")
        self.role.edited.connect(lambda: self._set("role", self.role.value()))
        form.addRow(field_label("role"), self.role)
        self.is_staff = QRadioButton(field_label("staff"), self)
        self.is_staff.setObjectName(f"{prefix}_is_staff")
        self.is_person = QRadioButton(field_label("person"), self)
        self.is_person.setObjectName(f"{prefix}_is_person")
        group = QButtonGroup(self)
        group.addButton(self.is_staff)
        group.addButton(self.is_person)
        kinds = QHBoxLayout()
        kinds.addWidget(self.is_person)
        kinds.addWidget(self.is_staff)
        kinds.addStretch(1)
        form.addRow(self.tr("Who"), kinds)
        self.is_staff.toggled.connect(self._on_kind)

        # Person rows, then staff rows; only one side is visible at a time.
        self.person_pick = QComboBox(self)
        self.person_pick.setObjectName(f"{prefix}_person_pick")
        self.person_pick.setAccessibleName(self.tr("Known outside persons"))
        self.person_pick.activated.connect(self._on_person_pick)
        self._person_rows = [self._row_of(form, self.tr("Known person"), self.person_pick)]
        for key in ("label", "name", "description", "contact"):
            widget: Any = TextField(2, self) if key == "description" else LineField(self)
            self._add(widget, f"{prefix}_person_{key}", key)
            widget.edited.connect(lambda k=key, w=widget: self._set_person(k, w.value()))
            self.fields[f"person.{key}"] = widget
            self._person_rows.append(self._row_of(form, field_label(key), widget))
        self.staff_pick = QComboBox(self)
        self.staff_pick.setObjectName(f"{prefix}_staff_pick")
        self.staff_pick.setAccessibleName(self.tr("Staff members"))
        self.staff_pick.activated.connect(self._on_staff_pick)
        self._staff_rows = [self._row_of(form, self.tr("Staff list"), self.staff_pick)]
        for key in ("name", "position", "employment", "contact"):
            widget = EnumCombo(Employment, self) if key == "employment" else LineField(self)
            self._add(widget, f"{prefix}_staff_{key}", key)
            widget.edited.connect(lambda k=key, w=widget: self._set_staff(k, w.value()))
            self.fields[f"staff.{key}"] = widget
            self._staff_rows.append(self._row_of(form, field_label(key), widget))

        self.note = self._add(LineField(self), f"{prefix}_note", "note")
        self.note.edited.connect(lambda: self._set("note", self.note.value()))
        form.addRow(field_label("note"), self.note)
        model.dataChanged.connect(self._on_data_changed)
        self.bind(-1)

    @staticmethod
    def _row_of(form: QFormLayout, caption: str, widget: QWidget) -> int:
        form.addRow(caption, widget)
        return form.rowCount() - 1

    def _add(self, widget: Any, name: str, key: str) -> Any:
        widget.setObjectName(name)
        widget.setAccessibleName(field_label(key))
        return widget

    def _show_side(self, is_staff: bool) -> None:
        for row in self._staff_rows:
            self.layout_.setRowVisible(row, is_staff)
        for row in self._person_rows:
            self.layout_.setRowVisible(row, not is_staff)

    # ------------------------------------------------------------ directory

    def set_directory(self, staff: list[StaffMember], persons: list[Person]) -> None:
        """The staff and persons already in the vault, offered in the pickers."""
        self._staff, self._persons = list(staff), list(persons)
        with QSignalBlocker(self.staff_pick), QSignalBlocker(self.person_pick):
            self.staff_pick.clear()
            self.staff_pick.addItem(self.tr("New staff member (type below)"), None)
            for s in self._staff:
                text = f"{s.name} ({s.position})" if s.position else s.name
                self.staff_pick.addItem(cell_text(text), s.id)
            self.person_pick.clear()
            self.person_pick.addItem(self.tr("New person (type below)"), None)
            for p in self._persons:
                parts = [p.label, p.name, p.description]
                self.person_pick.addItem(cell_text(" / ".join(x for x in parts if x)), p.id)
        self.bind(self._row)

    # ------------------------------------------------------------ binding

    def bind(self, row: int) -> None:
        self._row = row if 0 <= row < self.model.rowCount() else -1
        self.setEnabled(self._row >= 0)
        item: ParticipantRow = self.model.row(self._row) if self._row >= 0 else ParticipantRow()
        self.role.set_value(item.role)
        with QSignalBlocker(self.is_staff), QSignalBlocker(self.is_person):
            self.is_staff.setChecked(item.is_staff)
            self.is_person.setChecked(not item.is_staff)
        self._show_side(item.is_staff)
        for key, widget in self.fields.items():
            side, name = key.split(".")
            widget.set_value(getattr(item.staff if side == "staff" else item.person, name))
        self.note.set_value(item.note)
        with QSignalBlocker(self.staff_pick), QSignalBlocker(self.person_pick):
            self.staff_pick.setCurrentIndex(max(0, self.staff_pick.findData(item.staff.id)))
            self.person_pick.setCurrentIndex(max(0, self.person_pick.findData(item.person.id)))

    def focus_field(self, key: str | None) -> None:
        if self._row < 0:
            return
        item: ParticipantRow = self.model.row(self._row)
        side = "staff" if item.is_staff else "person"
        first = "name" if item.is_staff else "label"
        widget = self.fields.get(f"{side}.{key}") or self.fields[f"{side}.{first}"]
        if key in ("role", "note"):
            widget = self.role if key == "role" else self.note
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, key: str, value: Any) -> None:
        if self._row < 0:
            return
        self._writing = True
        try:
            self.model.set_value(self._row, key, value)
        finally:
            self._writing = False

    def _set_staff(self, key: str, value: Any) -> None:
        if self._row >= 0:
            staff = copy.copy(self.model.row(self._row).staff)
            setattr(staff, key, value)
            self._set("staff", staff)

    def _set_person(self, key: str, value: Any) -> None:
        if self._row >= 0:
            person = copy.copy(self.model.row(self._row).person)
            setattr(person, key, value)
            self._set("person", person)

    # ------------------------------------------------------------ slots

    @Slot(bool)
    def _on_kind(self, is_staff: bool) -> None:
        self._show_side(is_staff)
        self._set("is_staff", is_staff)

    @Slot(int)
    def _on_staff_pick(self, index: int) -> None:
        if self._row < 0:
            return
        if index <= 0:  # "new": keep what is typed, but do not link it to a known member
            self._set_staff("id", None)
            return
        self._set("staff", copy.deepcopy(self._staff[index - 1]))
        self.bind(self._row)

    @Slot(int)
    def _on_person_pick(self, index: int) -> None:
        if self._row < 0:
            return
        if index <= 0:
            self._set_person("id", None)
            return
        self._set("person", copy.deepcopy(self._persons[index - 1]))
        self.bind(self._row)

    @Slot(QModelIndex, QModelIndex)
    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if not self._writing and top.row() <= self._row <= bottom.row():
            self.bind(self._row)
