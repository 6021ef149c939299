"""The two small forms of the policy page: adopt a text on a day, and record "staff told"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ...domain.policy import TellMethod


def _date_edit(parent: QWidget, today: date, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(today.year, today.month, today.day))
    edit.setMaximumDate(QDate(today.year, today.month, today.day))  # not a day to come
    return edit


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class AdoptDialog(QDialog):
    """Ask on which day the text is adopted (today by default, never a later day)."""

    def __init__(self, parent: QWidget, today: date, version_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("adoptDialog")
        self.setWindowTitle(self.tr("Adopt the policy"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = QFormLayout(self)
        what = QLabel(version_text, self)
        what.setWordWrap(True)
        form.addRow(what)
        self.on = _date_edit(self, today, "adoptedOn")
        form.addRow(self.tr("&Adopted on:"), self.on)
        form.addRow(_ok_cancel(self, self.tr("&Adopt")))

    def day(self) -> date:
        return _day(self.on)


def _ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named ``ok_text``) and Cancel, wired to ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def method_names() -> dict[TellMethod, str]:
    """How staff were told, in the user's language."""
    qt = QCoreApplication
    return {
        TellMethod.MEETING: qt.translate("PolicyPage", "Meeting"),
        TellMethod.NOTICE_BOARD: qt.translate("PolicyPage", "Notice board"),
        TellMethod.HANDOUT: qt.translate("PolicyPage", "Handout"),
        TellMethod.EMAIL: qt.translate("PolicyPage", "E-mail"),
        TellMethod.TRAINING: qt.translate("PolicyPage", "Training"),
    }


class ToldDialog(QDialog):
    """Record when and how staff were told of the policy in force, and who."""

    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("toldDialog")
        self.setWindowTitle(self.tr("Staff told of the policy"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = QFormLayout(self)
        self.on = _date_edit(self, today, "toldOn")
        form.addRow(self.tr("&Date:"), self.on)
        self.how = QComboBox(self)
        self.how.setObjectName("toldHow")
        for method, name in method_names().items():
            self.how.addItem(name, method.value)
        form.addRow(self.tr("&How:"), self.how)
        self.who = QLineEdit(self)
        self.who.setObjectName("toldWho")
        self.who.setPlaceholderText(self.tr("All staff"))
        self.who.setToolTip(self.tr("Names separated by commas; empty means all staff."))
        form.addRow(self.tr("&Who:"), self.who)
        self.note = QLineEdit(self)
        self.note.setObjectName("toldNote")
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(_ok_cancel(self, self.tr("&Record")))

    def day(self) -> date:
        return _day(self.on)

    def method(self) -> TellMethod:
        return TellMethod(str(self.how.currentData()))

    def names(self) -> list[str]:
        return [n.strip() for n in self.who.text().split(",") if n.strip()]


class AckDialog(QDialog):
    """Record who confirmed they read the policy in force: the roster's names not yet
    acknowledged (tick them) and anyone else (typed, separated by commas)."""

    def __init__(self, parent: QWidget, today: date, pending: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("ackDialog")
        self.setWindowTitle(self.tr("Acknowledgements"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = QFormLayout(self)
        self.on = _date_edit(self, today, "ackOn")
        form.addRow(self.tr("&Date:"), self.on)
        self.pending = QListWidget(self)
        self.pending.setObjectName("ackPending")
        self.pending.setAccessibleName(self.tr("Not yet acknowledged"))
        for name in pending:
            item = QListWidgetItem(name, self.pending)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        form.addRow(self.tr("Not yet acknowledged:"), self.pending)
        self.others = QLineEdit(self)
        self.others.setObjectName("ackOthers")
        self.others.setToolTip(self.tr("Names separated by commas."))
        form.addRow(self.tr("&Others:"), self.others)
        form.addRow(_ok_cancel(self, self.tr("&Record")))

    def day(self) -> date:
        return _day(self.on)

    def names(self) -> list[str]:
        ticked = [
            self.pending.item(i).text()
            for i in range(self.pending.count())
            if self.pending.item(i).checkState() == Qt.CheckState.Checked
        ]
        typed = [n.strip() for n in self.others.text().split(",") if n.strip()]
        return ticked + [n for n in typed if n not in ticked]
