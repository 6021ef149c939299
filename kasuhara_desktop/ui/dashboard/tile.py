"""One tile of the home screen: a number, what it counts, a few lines, and a click-through.

The whole tile is one keyboard stop (Tab, then Enter or Space) and a mouse click target;
its lines may hold links to single incidents (``ref:`` + reference), which ``link_activated``
hands on. A tile that needs attention gets a coloured edge; a quiet one stays grey.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

MAX_LINES = 4
ATTENTION, WARNING, QUIET = "#C44E52", "#E0A030", "#B0B0B0"


class Tile(QFrame):
    """A clickable summary box.

    Signals:
        activated(): clicked, or Enter/Space while focused.
        link_activated(str): a link in the lines was clicked (its href).
    """

    activated = Signal()
    link_activated = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(200)
        self.number = QLabel(self)
        self.number.setObjectName(f"{name}Number")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}Title")
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.lines = QLabel(self)
        self.lines.setObjectName(f"{name}Lines")
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.lines.linkActivated.connect(self.link_activated)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        layout.addStretch(1)
        self.set_level(QUIET)

    def show_value(
        self, value: int | str, title: str, lines: list[str] | None = None, *, level: str = QUIET
    ) -> None:
        """Show ``value`` and ``title``; ``lines`` are rich text (escape user text first)."""
        self.number.setText(str(value))
        self.title.setText(title)
        shown = (lines or [])[:MAX_LINES]
        more = len(lines or []) - len(shown)
        if more > 0:
            shown.append(escape(self.tr("and %n more", "", more)))
        self.lines.setText("<br>".join(shown))
        self.lines.setVisible(bool(shown))
        self.setAccessibleName(f"{title}: {value}")
        self.set_level(level)

    def set_level(self, colour: str) -> None:
        self.level = colour
        self.setStyleSheet(
            f"Tile#{self.objectName()} {{ border: 1px solid {colour};"
            f" border-left: 5px solid {colour}; border-radius: 4px; }}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


def incident_link(reference: str, text: str) -> str:
    """A line linking to one incident (the tile's ``link_activated`` gets ``ref:<reference>``)."""
    return f'<a href="ref:{escape(reference)}">{escape(reference)}</a> {escape(text)}'
