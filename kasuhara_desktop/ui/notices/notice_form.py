"""The fields of a no-entry notice: addressee, period, premises, reason, objections, issuer,
language version and (when needed) the override reason. Edits a ``Notice`` draft.

The reason is written for the person who receives the notice: the dialog fills it from the
record (``NoticeService.compose_reason``: what they did, in neutral words, never the internal
summary); "Compose from the record" writes it again, naming the staff only when that box is
ticked.

Signals:
    changed(): any field changed (the dialog refreshes the preview after a pause).
    compose_requested(bool): compose the reason again from the record (naming staff or not).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.notice import Addressee, Issuer, Notice, default_period, parse_languages
from .notice_labels import language_choices


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NoticeForm(QWidget):
    """Fields over a ``Notice``; ``notice()`` returns the draft as typed (not yet validated)."""

    changed = Signal()
    compose_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeForm")
        self._base: Notice | None = None
        self._until_touched = False

        self.name = self._line("addresseeNameEdit", self.tr("Name"))
        self.address = self._line("addresseeAddressEdit", self.tr("Address"))
        self.description = self._text("addresseeDescriptionEdit", self.tr("Description"), 60)
        self.description.setPlaceholderText(
            self.tr("If the name is not known: age, clothes, glasses, when they come…")
        )
        self.phone = self._line("addresseePhoneEdit", self.tr("Phone (for the lookup)"))
        self.photo = QComboBox(self)
        self.photo.setObjectName("photoCombo")
        self.photo.setAccessibleName(self.tr("Photo"))
        self.photo.currentIndexChanged.connect(self.changed)
        who = QGroupBox(self.tr("To (the person)"), self)
        f = QFormLayout(who)
        f.addRow(self.tr("Name:"), self.name)
        f.addRow(self.tr("Address:"), self.address)
        f.addRow(self.tr("Description:"), self.description)
        f.addRow(self.tr("Phone:"), self.phone)
        f.addRow(self.tr("Photo:"), self.photo)

        self.issue_date = self._date("issueDateEdit", self.tr("Date of the notice"))
        self.valid_from = self._date("validFromEdit", self.tr("Banned from"))
        self.valid_until = self._date("validUntilEdit", self.tr("Banned until (last day)"))
        self.indefinite = QCheckBox(self.tr("No end date (until revoked)"), self)
        self.indefinite.setObjectName("indefiniteCheck")
        self.indefinite.toggled.connect(self._indefinite_toggled)
        self.valid_from.dateChanged.connect(self._from_changed)
        self.valid_until.dateChanged.connect(self._until_changed)
        self.premises = self._text("premisesEdit", self.tr("Premises"), 50)
        self.premises.setPlaceholderText(self.tr("One shop per line; empty: this shop"))
        until_row = QHBoxLayout()
        until_row.addWidget(self.valid_until, 1)
        until_row.addWidget(self.indefinite)
        ban = QGroupBox(self.tr("The ban"), self)
        f = QFormLayout(ban)
        f.addRow(self.tr("Notice dated:"), self.issue_date)
        f.addRow(self.tr("From:"), self.valid_from)
        f.addRow(self.tr("Until:"), until_row)
        f.addRow(self.tr("Premises:"), self.premises)

        self.reason = self._text("reasonEdit", self.tr("Reason: the facts"), 110)
        self.objection = self._text("objectionEdit", self.tr("Where to object"), 50)
        self.override = self._text("overrideEdit", self.tr("Override reason"), 50)
        self.override.setPlaceholderText(
            self.tr("Why a notice is issued without a harassment verdict (recorded)")
        )
        self.reason_hint = QLabel(
            self.tr(
                "Written to the person: what they did, with their words and the times, in "
                "neutral language. The internal summary is not printed. Check it against the "
                "preview and edit it if needed."
            ),
            self,
        )
        self.reason_hint.setWordWrap(True)
        self.name_staff = QCheckBox(self.tr("Name the staff who dealt with the person"), self)
        self.name_staff.setObjectName("nameStaffCheck")
        self.compose = QPushButton(self.tr("&Compose from the record"), self)
        self.compose.setObjectName("composeReasonButton")
        self.compose.clicked.connect(
            lambda: self.compose_requested.emit(self.name_staff.isChecked())
        )
        compose_row = QHBoxLayout()
        compose_row.addWidget(self.name_staff, 1)
        compose_row.addWidget(self.compose)
        why = QGroupBox(self.tr("Reason and objections"), self)
        f = QFormLayout(why)
        f.addRow(self.reason_hint)
        f.addRow(self.tr("Facts:"), self.reason)
        f.addRow("", compose_row)
        f.addRow(self.tr("Objections to:"), self.objection)
        f.addRow(self.tr("Override reason:"), self.override)
        self.override_row_label = f.labelForField(self.override)

        self.shop = self._line("shopEdit", self.tr("Shop"))
        self.company = self._line("companyEdit", self.tr("Company"))
        self.representative = self._line("representativeEdit", self.tr("Representative"))
        self.issuer_address = self._line("issuerAddressEdit", self.tr("Shop address"))
        self.issuer_phone = self._line("issuerPhoneEdit", self.tr("Shop phone"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language version"))
        for code, text in language_choices():
            self.language.addItem(text, code)
        self.language.currentIndexChanged.connect(self.changed)
        issuer = QGroupBox(self.tr("Issued by"), self)
        f = QFormLayout(issuer)
        f.addRow(self.tr("Shop:"), self.shop)
        f.addRow(self.tr("Company:"), self.company)
        f.addRow(self.tr("Representative:"), self.representative)
        f.addRow(self.tr("Address:"), self.issuer_address)
        f.addRow(self.tr("Phone:"), self.issuer_phone)

        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Language:"), self.language)
        layout.addLayout(top)
        for box in (who, ban, why, issuer):
            layout.addWidget(box)
        layout.addStretch(1)
        self.set_override_needed(False)

    # ------------------------------------------------------------ building

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self.changed)
        return edit

    def _text(self, name: str, accessible: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.textChanged.connect(self.changed)
        return edit

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self.changed)
        return edit

    # ------------------------------------------------------------ period

    @Slot(bool)
    def _indefinite_toggled(self, on: bool) -> None:
        self.valid_until.setEnabled(not on)
        self.changed.emit()

    @Slot(QDate)
    def _from_changed(self, value: QDate) -> None:
        if not self._until_touched:
            self.valid_until.blockSignals(True)
            self.valid_until.setDate(to_qdate(default_period(from_qdate(value))[1]))
            self.valid_until.blockSignals(False)

    @Slot(QDate)
    def _until_changed(self, _value: QDate) -> None:
        self._until_touched = True

    # ------------------------------------------------------------ data

    def set_photos(self, choices: list[tuple[str, str]]) -> None:
        """(evidence id, file name) of the pictures that can be printed."""
        self.photo.blockSignals(True)
        self.photo.clear()
        self.photo.addItem(self.tr("No photo"), "")
        for evidence_id, name in choices:
            self.photo.addItem(name, evidence_id)
        self.photo.blockSignals(False)

    def set_override_needed(self, needed: bool) -> None:
        self.override.setVisible(needed)
        if self.override_row_label is not None:
            self.override_row_label.setVisible(needed)

    def set_notice(self, n: Notice) -> None:
        self._base = n
        self.blockSignals(True)
        a, i = n.addressee, n.issuer
        self.name.setText(a.name)
        self.address.setText(a.address)
        self.description.setPlainText(a.description)
        self.phone.setText(a.phone)
        self.photo.setCurrentIndex(max(0, self.photo.findData(a.photo_evidence_id)))
        self.issue_date.setDate(to_qdate(n.issue_date))
        self.valid_from.setDate(to_qdate(n.valid_from))
        self.indefinite.setChecked(n.valid_until is None)
        if n.valid_until is not None:
            self.valid_until.setDate(to_qdate(n.valid_until))
        self._until_touched = False
        self.premises.setPlainText("\n".join(n.premises))
        self.reason.setPlainText(n.reason)
        self.objection.setPlainText(n.objection_contact)
        self.override.setPlainText(n.override_reason)
        pairs = [(self.shop, i.shop), (self.company, i.company),
                 (self.representative, i.representative), (self.issuer_address, i.address),
                 (self.issuer_phone, i.phone)]  # fmt: skip
        for edit, value in pairs:
            edit.setText(value)
        self.language.setCurrentIndex(max(0, self.language.findData("+".join(n.languages))))
        self.blockSignals(False)
        self.changed.emit()

    def set_reason(self, text: str) -> None:
        """Replace the reason (composed again from the record)."""
        self.reason.setPlainText(text)

    def notice(self) -> Notice:
        """The draft as typed, over the notice given to ``set_notice``."""
        assert self._base is not None, "set_notice first"
        base = self._base
        return dataclasses.replace(
            base,
            addressee=Addressee(
                name=self.name.text(), address=self.address.text(),
                description=self.description.toPlainText(), phone=self.phone.text(),
                photo_evidence_id=str(self.photo.currentData() or ""),
                person_id=base.addressee.person_id,
            ),
            issuer=Issuer(self.shop.text(), self.company.text(), self.representative.text(),
                          self.issuer_address.text(), self.issuer_phone.text()),
            issue_date=from_qdate(self.issue_date.date()),
            valid_from=from_qdate(self.valid_from.date()),
            valid_until=None if self.indefinite.isChecked()
            else from_qdate(self.valid_until.date()),
            premises=[p for p in self.premises.toPlainText().splitlines() if p.strip()],
            reason=self.reason.toPlainText(),
            objection_contact=self.objection.toPlainText(),
            override_reason=self.override.toPlainText(),
            languages=parse_languages(str(self.language.currentData())),
        )  # fmt: skip
