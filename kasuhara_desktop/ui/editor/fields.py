"""Field widgets with one small interface: ``value()``, ``set_value()``, ``edited``.

``edited`` fires for the user's changes only (not for ``set_value``). A field that the user has
not changed returns exactly the value it was given, so loading and saving an incident never
rewrites text or times the user did not touch (a text edit would turn ``\\r\\n`` into ``\\n``,
a date-time edit would drop microseconds).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QSignalBlocker, QSize, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.validation import LONG_TEXT_MAX
from . import clock
from .common import (
    DATETIME_FORMAT,
    enum_label,
    fill,
    from_qdate,
    from_qdatetime,
    qt_zone,
    to_qdate,
    to_qdatetime,
)

_PARAGRAPH = "\u2029"


class _HintWhenEditable:
    """The grey placeholder ("What happened, in your own words") only while the field can be
    typed into: a disabled or read-only field shows its real value or nothing, never a grey
    hint that reads like recorded data (a locked logbook, a closed incident)."""

    _hint = ""

    def setPlaceholderText(self, text: str) -> None:
        self._hint = text
        self._show_hint()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)  # type: ignore[misc]
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.EnabledChange:
            self._show_hint()

    def _show_hint(self) -> None:
        widget: Any = self
        editable = widget.isEnabled() and not widget.isReadOnly()
        shown = self._hint if editable else ""
        if widget.placeholderText() != shown:
            super().setPlaceholderText(shown)  # type: ignore[misc]


class LineField(_HintWhenEditable, QLineEdit):
    """One line of text. Newlines already in the data are kept as they are."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Longer than any limit: the validation names the limit instead of silently cutting.
        self.setMaxLength(LONG_TEXT_MAX + 1)
        self._original = ""
        self._shown = ""
        self.textChanged.connect(self.edited)

    def set_value(self, text: str) -> None:
        with QSignalBlocker(self):
            self.setText(text)
        self._original, self._shown = text, self.text()

    def value(self) -> str:
        text = self.text()
        return self._original if text == self._shown else text


class TextField(_HintWhenEditable, QPlainTextEdit):
    """Several lines of plain text (no markup, ever). Tab moves to the next field."""

    edited = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lines = lines
        self._original = ""
        self._shown = ""
        self.textChanged.connect(self.edited)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 10
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 2 + 12)

    def _raw(self) -> str:
        # toPlainText() would turn no-break spaces into spaces; the raw text keeps them.
        return self.document().toRawText().replace(_PARAGRAPH, "\n")

    def set_value(self, text: str) -> None:
        with QSignalBlocker(self):
            self.setPlainText(text)
        self._original, self._shown = text, self._raw()

    def value(self) -> str:
        text = self._raw()
        return self._original if text == self._shown else text


class EnumCombo(QComboBox):
    """A choice among the members of one enum, shown by their translated names."""

    edited = Signal()

    def __init__(self, enum: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum
        for member in enum:
            self.addItem(enum_label(member), member.value)
        self.currentIndexChanged.connect(self.edited)

    def set_value(self, member: StrEnum) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(max(0, self.findData(member.value)))

    def value(self) -> StrEnum:
        return self._enum(self.currentData())


class SpinField(QSpinBox):
    edited = Signal()

    def __init__(
        self, minimum: int = 0, maximum: int = 2_000_000_000, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setGroupSeparatorShown(True)
        self.valueChanged.connect(self.edited)

    def set_value(self, number: int) -> None:
        with QSignalBlocker(self):
            self.setValue(number)


class CheckField(QCheckBox):
    edited = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(self.edited)

    def set_value(self, checked: bool) -> None:
        with QSignalBlocker(self):
            self.setChecked(checked)

    def value(self) -> bool:
        return self.isChecked()


class DateTimeField(QWidget):
    """A date and time in the incident's zone, with a one-click "Now" button.

    Optional fields get a check box: unticked means "not known" (``None``).
    """

    edited = Signal()

    def __init__(
        self, name: str, tz: str, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._tz = tz
        self._original: datetime | None = None
        self._shown = QDateTime()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known: QCheckBox | None = None
        if optional:
            self.known = QCheckBox(self)
            self.known.setObjectName(f"{name}_set")
            self.known.toggled.connect(self._on_known)
            layout.addWidget(self.known)
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName(f"{name}_edit")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATETIME_FORMAT)
        self.edit.setTimeZone(qt_zone(tz))
        if optional:
            self.edit.setMinimumDateTime(QDateTime(QDate(1900, 1, 1), QTime(0, 0), qt_zone(tz)))
            self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.dateTimeChanged.connect(self.edited)
        layout.addWidget(self.edit, 1)
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setObjectName(f"{name}_now")
        self.now_button.setAutoDefault(False)
        self.now_button.clicked.connect(self._on_now)
        layout.addWidget(self.now_button)
        self.setFocusProxy(self.edit)
        self.set_value(None)

    def set_label(self, text: str) -> None:
        self.edit.setAccessibleName(text)
        self.now_button.setAccessibleName(fill(self.tr("%1: now"), text))
        if self.known is not None:
            self.known.setAccessibleName(fill(self.tr("%1 is known"), text))

    def set_value(self, value: datetime | None) -> None:
        self._original = value
        with QSignalBlocker(self.edit):
            if value is None and self.known is not None:
                self.edit.setDateTime(self.edit.minimumDateTime())  # shows "not set"
            else:
                shown = value if value is not None else clock.now(self._tz)
                self.edit.setDateTime(to_qdatetime(shown, self._tz))
        if self.known is not None:
            with QSignalBlocker(self.known):
                self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None or self.known is None)
        self._shown = self.edit.dateTime()

    def value(self) -> datetime | None:
        if self.known is not None and not self.known.isChecked():
            return None
        current = self.edit.dateTime()
        if self._original is not None and current == self._shown:
            return self._original
        return from_qdatetime(current, self._tz)

    def _set_now(self) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setDateTime(to_qdatetime(clock.now(self._tz), self._tz))

    @Slot(bool)
    def _on_known(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked and self.edit.dateTime() == self.edit.minimumDateTime():
            self._set_now()  # ticking "known" starts from the current time
        self.edited.emit()

    @Slot()
    def _on_now(self) -> None:
        if self.known is not None:
            with QSignalBlocker(self.known):
                self.known.setChecked(True)
            self.edit.setEnabled(True)
        self._set_now()
        self.edited.emit()


class DateField(QWidget):
    """An optional calendar date (a due date)."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self)
        self.known.setObjectName(f"{name}_set")
        self.known.toggled.connect(self._on_known)
        self.edit = QDateEdit(self)
        self.edit.setObjectName(f"{name}_edit")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        # Unset shows "not set", not a greyed date that reads like a recorded one.
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.dateChanged.connect(self.edited)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)
        self.set_value(None)

    def set_label(self, text: str) -> None:
        self.edit.setAccessibleName(text)
        self.known.setAccessibleName(fill(self.tr("%1 is set"), text))

    def set_value(self, value: date | None) -> None:
        with QSignalBlocker(self.edit), QSignalBlocker(self.known):
            self.edit.setDate(to_qdate(value) if value is not None else self.edit.minimumDate())
            self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.known.isChecked() else None

    @Slot(bool)
    def _on_known(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked and self.edit.date() == self.edit.minimumDate():
            with QSignalBlocker(self.edit):
                self.edit.setDate(QDate.currentDate())  # ticking "set" starts from today
        elif not checked:
            with QSignalBlocker(self.edit):
                self.edit.setDate(self.edit.minimumDate())
        self.edited.emit()
