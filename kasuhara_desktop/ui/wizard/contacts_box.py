"""The staff-care step's read-only "Who to talk to" box: the consultation desk's contacts.

The guideline asks that staff know where to turn after an incident (borderline cases too).
The box lists the shop's contacts, then the standard public ones (#9110, the labour bureau's
consultation corner...), from ``ConsultationService.contacts``; a number shipped as "check"
says it must be checked instead of showing a guess. Nothing here is edited: contacts are
kept under Duty > Consultation desk.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...domain.consultation import Contact, ContactKind
from ...domain.errors import UserError
from ...services.registry import Services
from .texts import ui_language


class ContactsBox(QGroupBox):
    """Who to talk to: one line per contact (name, phone, hours)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who to talk to"), parent)
        self.setObjectName("contactsBox")
        self.lines = QLabel(self)
        self.lines.setObjectName("contactsLines")
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)

    def load(self, services: Services | None) -> None:
        """Show the contacts of ``services`` (hidden without them, e.g. while locked)."""
        contacts: list[Contact] = []
        if services is not None and services.consultation is not None:
            try:
                contacts = services.consultation.contacts(ui_language())
            except UserError:  # a role without VIEW_GUIDANCE: nothing to show
                contacts = []
        self.set_contacts(contacts)

    def set_contacts(self, contacts: list[Contact]) -> None:
        rows = []
        for c in contacts:
            name = escape(c.name)
            if c.kind is ContactKind.INTERNAL:
                name += " " + escape(self.tr("(contact person in the shop)"))
            if c.phone_unchecked:
                phone = "<i>" + escape(self.tr("number to be checked")) + "</i>"
            else:
                phone = escape(c.phone)
            parts = [f"<b>{name}</b>", phone, escape(c.hours)]
            rows.append(" — ".join(p for p in parts if p))
        self.lines.setText("<br/>".join(rows))
        self.setVisible(bool(rows))
