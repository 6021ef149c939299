"""The forms of Duty > Consultation desk: one contact, one consultation record.

Both are plain group boxes inside the page (no modal dialogs): ``set_value`` fills them from a
stored item (or clears them for a new one), ``value`` returns what is on screen as a domain
object; the service checks it when the page saves.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.consultation import Channel, Consultation, Contact, ContactKind
from ...infra import clock
from ..editor.common import from_qdate


def kind_names() -> dict[ContactKind, str]:
    """The contact kinds as the page shows them (context "ConsultationForms")."""
    return {
        ContactKind.INTERNAL: QCoreApplication.translate(
            "ConsultationForms", "Contact person in the shop"
        ),
        ContactKind.LAWYER: QCoreApplication.translate("ConsultationForms", "Lawyer"),
        ContactKind.POLICE_STATION: QCoreApplication.translate(
            "ConsultationForms", "Police station"
        ),
        ContactKind.POLICE_LINE: QCoreApplication.translate(
            "ConsultationForms", "Police consultation line (#9110)"
        ),
        ContactKind.LABOUR_BUREAU: QCoreApplication.translate(
            "ConsultationForms", "Labour bureau consultation corner"
        ),
        ContactKind.OTHER: QCoreApplication.translate("ConsultationForms", "Other"),
    }


def channel_names() -> dict[Channel, str]:
    """How a consultation came in, as the page shows it (context "ConsultationForms")."""
    return {
        Channel.IN_PERSON: QCoreApplication.translate("ConsultationForms", "In person"),
        Channel.PHONE: QCoreApplication.translate("ConsultationForms", "Phone"),
        Channel.MESSAGE: QCoreApplication.translate("ConsultationForms", "Message or e-mail"),
        Channel.OTHER: QCoreApplication.translate("ConsultationForms", "Other"),
    }


def _text(edit: QPlainTextEdit, name: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 12)
    return edit


class ContactForm(QGroupBox):
    """Kind, name, login (for a contact person), phone, address, hours, notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact"), parent)
        self.setObjectName("contactForm")
        self.contact_id: int | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("contactKind")
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.name = QLineEdit(self)
        self.name.setObjectName("contactName")
        self.login = QComboBox(self)
        self.login.setObjectName("contactLogin")
        self.login.setToolTip(self.tr("A user of this logbook: they may record consultations"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("contactPhone")
        self.address = QLineEdit(self)
        self.address.setObjectName("contactAddress")
        self.hours = QLineEdit(self)
        self.hours.setObjectName("contactHours")
        self.notes = _text(QPlainTextEdit(self), "contactNotes", self, 2)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&User (contact person)"), self.login)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("N&otes"), self.notes)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self._on_kind()

    def set_logins(self, logins: list[str]) -> None:
        self.login.clear()
        self.login.addItem(self.tr("(none: a name only)"), "")
        for login in logins:
            self.login.addItem(login, login)

    def _on_kind(self) -> None:
        internal = self.kind.currentData() == ContactKind.INTERNAL.value
        self.login.setEnabled(internal)
        if not internal:
            self.login.setCurrentIndex(0)

    def set_value(self, c: Contact | None) -> None:
        c = c or Contact(ContactKind.INTERNAL, "")
        self.contact_id = c.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind.value)))
        self.name.setText(c.name)
        self.login.setCurrentIndex(max(0, self.login.findData(c.login)))
        self.phone.setText(c.phone)
        self.address.setText(c.address)
        self.hours.setText(c.hours)
        self.notes.setPlainText(c.notes)

    def value(self) -> Contact:
        return Contact(
            kind=ContactKind(self.kind.currentData()),
            name=self.name.text(),
            login=str(self.login.currentData() or ""),
            phone=self.phone.text(),
            address=self.address.text(),
            hours=self.hours.text(),
            notes=self.notes.toPlainText(),
            id=self.contact_id,
        )


class RecordForm(QGroupBox):
    """Who consulted, when, how, the contact person, the incident, what, done, follow-up."""

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consultation"), parent)
        self.setObjectName("recordForm")
        self.zone = ZoneInfo(timezone)
        self.record_id: int | None = None
        self.recorded: Consultation | None = None
        self.by = QLineEdit(self)
        self.by.setObjectName("recordBy")
        self.by.setPlaceholderText(self.tr("A name, or initials if they wish"))
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("recordWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel = QComboBox(self)
        self.channel.setObjectName("recordChannel")
        for channel, name in channel_names().items():
            self.channel.addItem(name, channel.value)
        self.contact = QComboBox(self)
        self.contact.setObjectName("recordContact")
        self.incident = QLineEdit(self)
        self.incident.setObjectName("recordIncident")
        self.incident.setPlaceholderText(self.tr("K-2026-0001 (if it concerns one)"))
        self.summary = _text(QPlainTextEdit(self), "recordSummary", self)
        self.action = _text(QPlainTextEdit(self), "recordAction", self, 2)
        self.follow_up = QLineEdit(self)
        self.follow_up.setObjectName("recordFollowUp")
        self.follow_up_known = QCheckBox(self.tr("By"), self)
        self.follow_up_known.setObjectName("recordFollowUpKnown")
        self.follow_up_on = QDateEdit(self)
        self.follow_up_on.setObjectName("recordFollowUpOn")
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_known.toggled.connect(self.follow_up_on.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up, 1)
        follow_row.addWidget(self.follow_up_known)
        follow_row.addWidget(self.follow_up_on)
        form = QFormLayout(self)
        form.addRow(self.tr("&Who consulted"), self.by)
        form.addRow(self.tr("W&hen"), self.when)
        form.addRow(self.tr("&How"), self.channel)
        form.addRow(self.tr("&Contact person"), self.contact)
        form.addRow(self.tr("&Incident"), self.incident)
        form.addRow(self.tr("&What about"), self.summary)
        form.addRow(self.tr("What was &done"), self.action)
        form.addRow(self.tr("Follow-up"), follow_row)

    def set_contacts(self, logins: list[str]) -> None:
        self.contact.clear()
        for login in logins:
            self.contact.addItem(login, login)

    def set_value(self, c: Consultation | None) -> None:
        self.record_id = c.id if c else None
        self.recorded = c
        at = c.consulted_at.astimezone(self.zone) if c else clock.now(self.zone)
        self.when.setDateTime(
            QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
        )
        self.by.setText(c.consulted_by if c else "")
        self.channel.setCurrentIndex(max(0, self.channel.findData(c.channel.value)) if c else 0)
        if c is not None:
            self.contact.setCurrentIndex(max(0, self.contact.findData(c.contact_login)))
        self.incident.setText(c.incident_reference if c else "")
        self.summary.setPlainText(c.summary if c else "")
        self.action.setPlainText(c.action if c else "")
        self.follow_up.setText(c.follow_up if c else "")
        due = c.follow_up_on if c else None
        self.follow_up_known.setChecked(due is not None)
        self.follow_up_on.setEnabled(due is not None)
        day = due or at.date()
        self.follow_up_on.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> Consultation:
        local = self.when.dateTime().toPython()
        assert isinstance(local, datetime)
        return Consultation(
            consulted_by=self.by.text(),
            consulted_at=local.replace(tzinfo=self.zone),
            channel=Channel(self.channel.currentData()),
            summary=self.summary.toPlainText(),
            contact_login=str(self.contact.currentData() or ""),
            incident_reference=self.incident.text().strip(),
            action=self.action.toPlainText(),
            follow_up=self.follow_up.text(),
            follow_up_on=(
                from_qdate(self.follow_up_on.date()) if self.follow_up_known.isChecked() else None
            ),
            id=self.record_id,
        )
