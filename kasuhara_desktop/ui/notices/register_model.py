"""The ban register as a table model: one row per notice, with its status on a given day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.notice import BanStatus, Notice
from ...infra import clock
from .notice_labels import notice_label

Index = QModelIndex | QPersistentModelIndex

NUMBER, STATUS, ADDRESSEE, FROM, UNTIL, DAYS_LEFT, SERVED, BREACHES, INCIDENT = range(9)
COLUMN_COUNT = 9
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
ADDRESSEE_CHARS = 80
ACTIVE_COLOUR = QColor("#b00020")
EXPIRING_COLOUR = QColor("#a15c00")
PAST_COLOUR = QColor("#777777")


class NoticeTableModel(QAbstractTableModel):
    """Notices and their derived state on ``today`` (set with ``set_notices``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Notice] = []
        self._today = clock.today()  # set_notices gives the shop's day

    def set_notices(self, notices: list[Notice], today: date) -> None:
        self.beginResetModel()
        self._rows = list(notices)
        self._today = today
        self.endResetModel()

    def notice_at(self, row: int) -> Notice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, number: str) -> int:
        return next((i for i, n in enumerate(self._rows) if n.number == number), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def _text(self, n: Notice, column: int) -> str:
        today = self._today
        if column == NUMBER:
            return n.number
        if column == STATUS:
            return notice_label(n.status(today))
        if column == ADDRESSEE:
            text = " ".join(n.addressee.display.split())
            return text[:ADDRESSEE_CHARS] + ("…" if len(text) > ADDRESSEE_CHARS else "")
        if column == FROM:
            return n.valid_from.isoformat()
        if column == UNTIL:
            end = n.effective_until
            return end.isoformat() if end else self.tr("No end")
        if column == DAYS_LEFT:
            left = n.days_left(today)
            return "" if left is None else str(left)
        if column == SERVED:
            return self.tr("Yes") if n.served else self.tr("Not yet")
        if column == BREACHES:
            return str(len(n.breaches))
        return n.incident_reference

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = self.notice_at(index.row()) if index.isValid() else None
        if n is None or not 0 <= index.column() < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(n, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ADDRESSEE:
            return "\n".join(x for x in (n.addressee.name, n.addressee.description) if x)
        if role == NUMBER_ROLE:
            return n.number
        if role == Qt.ItemDataRole.ForegroundRole:
            status = n.status(self._today)
            if status is BanStatus.ACTIVE:
                colour = EXPIRING_COLOUR if n.expiring_soon(self._today) else ACTIVE_COLOUR
                return QBrush(colour)
            return QBrush(PAST_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (DAYS_LEFT, BREACHES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = [
            self.tr("Number"), self.tr("Status"), self.tr("Person"), self.tr("From"),
            self.tr("Until"), self.tr("Days left"), self.tr("Served"), self.tr("Breaches"),
            self.tr("Incident"),
        ]  # fmt: skip
        return titles[section] if 0 <= section < COLUMN_COUNT else None
