"""Small widgets the guided response shares: big buttons, coloured notes, a yes/no/unclear row.

Staff use these screens while shaken or in a hurry, sometimes with the customer still there:
the buttons that log something are large, and every note that may show user data is a
plain-text label (never rich text).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

# Background, text and border colours of the notes (readable on light and dark themes alike,
# since they set both colours).
TONES: dict[str, tuple[str, str, str]] = {
    "error": ("#fdecea", "#611a15", "#f5c2c0"),
    "warning": ("#fff4e5", "#663c00", "#ffd699"),
    "info": ("#e8f0fe", "#0b3a75", "#b6ccf5"),
    "ok": ("#e6f4ea", "#0d4020", "#a8d5b5"),
    "neutral": ("#f1f3f4", "#202124", "#d0d4d8"),
}


# A picked answer must be obvious at a glance, whatever the platform style draws.
CHECKED_STYLE = (
    "QPushButton:checked { background: #1a5fb4; color: white; border: 2px solid #0b3a75;"
    " border-radius: 4px; }"
)


def plain(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that never interprets markup (anything that may show user data)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def note(name: str, tone: str = "info", parent: QWidget | None = None) -> QLabel:
    """A coloured, word-wrapped, plain-text note named ``name``; hidden until it has text."""
    label = plain("", parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_tone(label, tone)
    label.hide()
    return label


def set_tone(label: QLabel, tone: str) -> None:
    background, colour, border = TONES[tone]
    label.setProperty("tone", tone)
    label.setStyleSheet(
        f"QLabel#{label.objectName()} {{ background: {background}; color: {colour};"
        f" border: 1px solid {border}; border-radius: 4px; padding: 6px; }}"
    )


def show_note(label: QLabel, text: str, tone: str | None = None) -> None:
    """Show ``text`` in ``label`` (hide it when blank), optionally in another tone."""
    if tone is not None and label.property("tone") != tone:
        set_tone(label, tone)
    label.setText(text)
    label.setVisible(bool(text.strip()))


def drop_widget(widget: QWidget) -> None:
    """Remove a widget from view now and delete it later (safe inside its own signal).

    Its name and its children's are cleared at once, so that nothing finds the old one.
    """
    widget.hide()
    for child in [widget, *widget.findChildren(QWidget)]:
        child.setObjectName("")
    widget.deleteLater()


def big_button(text: str, name: str, parent: QWidget | None = None) -> QPushButton:
    """A large button for one-click logging: tall, bold, never the dialog's default."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.setAutoDefault(False)
    font = QFont(button.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    button.setFont(font)
    button.setMinimumHeight(int(button.fontMetrics().height() * 2.6))
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def set_big_text(button: QAbstractButton, text: str) -> None:
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))


class ChoiceButtons(QWidget):
    """One answer out of a few, as a row of large toggle buttons (no typing, one tap).

    Signals:
        edited: the user picked another answer (not emitted by ``set_value``).
    """

    edited = Signal()

    def __init__(
        self,
        name: str,
        choices: Sequence[tuple[StrEnum, str]],
        accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values: dict[int, StrEnum] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (member, text) in enumerate(choices):
            button = big_button(text, f"{name}_{member.value}", self)
            button.setCheckable(True)
            button.setAccessibleName(f"{accessible}: {text}")
            self._group.addButton(button, number)
            self._values[number] = member
            layout.addWidget(button)
        self._group.idClicked.connect(self._on_clicked)
        self.setStyleSheet(CHECKED_STYLE)

    def button(self, member: StrEnum) -> QAbstractButton:
        for number, value in self._values.items():
            if value == member:
                found = self._group.button(number)
                assert found is not None
                return found
        raise KeyError(member)

    def set_value(self, member: StrEnum) -> None:
        with QSignalBlocker(self._group):
            self.button(member).setChecked(True)

    def value(self) -> StrEnum:
        return self._values[max(0, self._group.checkedId())]

    def selected(self) -> StrEnum | None:
        """The answer picked, or ``None`` while none is (``value`` falls back to the first)."""
        checked = self._group.checkedId()
        return self._values[checked] if checked >= 0 else None

    @Slot(int)
    def _on_clicked(self, _number: int) -> None:
        self.edited.emit()
