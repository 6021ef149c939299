"""Duty > Consultation desk: whom staff can talk to, and the private record of consultations.

The contacts tab is for everyone (``VIEW_GUIDANCE``): the shop's contacts, then the standard
public ones; managers and the owner (``EDIT_POLICY``) add, change and remove the shop's own.
The records tab exists only for the owner and the designated contact persons: the owner sees
every record, a contact person only those naming them (``ConsultationService`` filters; the
page never holds a record its user may not read). A staff member who is neither never sees the
tab, so the page cannot even tell them whether any record exists.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.consultation import Consultation, Contact
from ...domain.roles import Permission
from ...services.consultation import ConsultationService
from ...services.registry import Services
from ..dialogs.messages import show_error
from ..i18n import current_language
from .consultation_forms import ContactForm, RecordForm, channel_names, kind_names
from .cooperation_page import CooperationTab


def _table(
    parent: QWidget, name: str, headers: list[str], stretch: tuple[int, ...]
) -> QTableWidget:
    """A read-only table; the ``stretch`` columns share the width and wrap their text."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if col in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(col, mode)
    table.setWordWrap(True)
    # Rows keep fitting their wrapped text at the width the columns really get (small tables).
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(0)
    for values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(values):
            table.setItem(row, col, QTableWidgetItem(value))


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class ContactsTab(QWidget):
    """The contacts, read-only for staff; the form below for those who may edit."""

    def __init__(self, service: ConsultationService, can_edit: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self.service = service
        self.can_edit = can_edit
        self.contacts: list[Contact] = []
        intro = QLabel(
            self.tr(
                "Staff can talk to any of these after customer harassment, also when unsure "
                "whether it was. What is said is kept confidential, and nobody is treated "
                "disadvantageously for consulting."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = _table(
            self,
            "contactsTable",
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Hours"),
                self.tr("Notes"),
            ],
            (1, 3, 4),
        )
        self.form = ContactForm(self)
        self.save = _button(self.tr("&Save contact"), "saveContact", self)
        self.new = _button(self.tr("&New contact"), "newContact", self)
        self.remove = _button(self.tr("&Remove contact"), "removeContact", self)
        buttons = QHBoxLayout()
        for b in (self.new, self.save, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        for w in (self.form, self.save, self.new, self.remove):
            w.setVisible(can_edit)
        if can_edit:
            self.form.set_logins(service.user_logins())
        self.table.itemSelectionChanged.connect(self._on_select)
        self.save.clicked.connect(self.save_contact)
        self.new.clicked.connect(lambda: self.form.set_value(None))
        self.remove.clicked.connect(self.remove_contact)
        self.load()

    def load(self) -> None:
        self.contacts = self.service.contacts(current_language())
        names = kind_names()
        rows = []
        for c in self.contacts:
            phone = self.tr("number to be checked") if c.phone_unchecked else c.phone
            name = f"{c.name} ({c.login})" if c.login and c.login != c.name else c.name
            rows.append([names[c.kind], name, phone, c.hours, c.notes])
        _fill(self.table, rows)
        self.remove.setEnabled(False)

    def selected(self) -> Contact | None:
        row = self.table.currentRow()
        return self.contacts[row] if 0 <= row < len(self.contacts) else None

    @Slot()
    def _on_select(self) -> None:
        c = self.selected()
        stored = c is not None and c.id is not None  # a standard contact is not the shop's own
        self.remove.setEnabled(stored)
        if self.can_edit and c is not None:
            self.form.set_value(c if stored else None)

    @Slot()
    def save_contact(self) -> None:
        try:
            self.service.save_contact(self.form.value())
        except Exception as exc:  # said to the user; the form keeps what was typed
            show_error(self, exc)
            return
        self.form.set_value(None)
        self.load()

    @Slot()
    def remove_contact(self) -> None:
        c = self.selected()
        if c is None or c.id is None:
            return
        try:
            self.service.delete_contact(c.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.form.set_value(None)
        self.load()


class RecordsTab(QWidget):
    """The consultations this user may read, and the form to add or complete one."""

    def __init__(self, service: ConsultationService, timezone: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("recordsTab")
        self.service = service
        self.zone = ZoneInfo(timezone)
        self.records: list[Consultation] = []
        note = QLabel(
            self.tr("Only the owner and the contact person named on a record can see it."), self
        )
        note.setWordWrap(True)
        self.table = _table(
            self,
            "recordsTable",
            [
                self.tr("When"),
                self.tr("Who consulted"),
                self.tr("How"),
                self.tr("Contact person"),
                self.tr("Incident"),
                self.tr("What about"),
            ],
            (5,),
        )
        self.form = RecordForm(timezone, self)
        self.form.set_contacts(service.record_contacts())
        self.save = _button(self.tr("&Save record"), "saveRecord", self)
        self.new = _button(self.tr("New &record"), "newRecord", self)
        self.status = QLabel(self)
        self.status.setObjectName("recordStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new)
        buttons.addWidget(self.save)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._on_select)
        self.save.clicked.connect(self.save_record)
        self.new.clicked.connect(lambda: self.form.set_value(None))
        self.form.set_value(None)
        self.load()

    def load(self) -> None:
        self.records = self.service.records()
        channels = channel_names()
        rows = []
        for r in self.records:
            when = r.consulted_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
            summary = " ".join(r.summary.split())
            summary = summary[:80] + ("…" if len(summary) > 80 else "")
            by = r.consulted_by or "—"
            rows.append([when, by, channels[r.channel], r.contact_login, r.incident_reference,
                         summary])  # fmt: skip
        _fill(self.table, rows)

    @Slot()
    def _on_select(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.records):
            self.form.set_value(self.records[row])

    @Slot()
    def save_record(self) -> None:
        value = self.form.value()
        try:
            if value.id is None:
                self.service.add_record(value)
                self.status.setText(self.tr("The consultation was recorded."))
            else:
                self.service.update_record(value)
                self.status.setText(self.tr("The record was updated."))
        except Exception as exc:  # said to the user; the form keeps what was typed
            show_error(self, exc)
            return
        self.form.set_value(None)
        self.load()


class ConsultationPage(QDialog):
    """Contacts for everyone; records for the owner and contact persons; cooperation requests
    for managers and the owner."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if services.consultation is None:
            raise RuntimeError("The consultation service is not available.")
        service = services.consultation
        self.setObjectName("consultationPage")
        self.setWindowTitle(self.tr("Consultation desk"))
        self.resize(900, 680)
        timezone = services.incidents.shop_profile().timezone
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("consultationTabs")
        self.contacts = ContactsTab(service, services.access.can(Permission.EDIT_POLICY), self)
        self.tabs.addTab(self.contacts, self.tr("Who to talk to"))
        self.records: RecordsTab | None = None
        if service.can_record():
            self.records = RecordsTab(service, timezone, self)
            self.tabs.addTab(self.records, self.tr("Consultation records"))
        self.cooperation: CooperationTab | None = None
        if services.access.can(Permission.COOPERATION):
            self.cooperation = CooperationTab(service, self)
            self.tabs.addTab(self.cooperation, self.tr("Cooperation requests"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_cooperation(self) -> None:
        if self.cooperation is not None:
            self.tabs.setCurrentWidget(self.cooperation)


def open_consultation_page(window: QMainWindow, services: Services) -> QWidget:
    """Open the page as a non-modal window over ``window`` (closed when the session locks)."""
    page = ConsultationPage(services, window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show()
    return page


def open_cooperation_page(window: QMainWindow, services: Services) -> QWidget:
    """The same page, on its cooperation requests tab (Duty > Cooperation requests)."""
    page = ConsultationPage(services, window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.show_cooperation()
    page.show()
    return page
