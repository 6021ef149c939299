"""The evidence of one incident as a list model: name, size, type, thumbnail, integrity state.

Thumbnails are asked for lazily: the first time a view wants the picture of an image that has
none yet, the model emits ``thumbnail_wanted`` (once per file) and shows the type icon until
``set_thumbnail`` delivers one. ``clear()`` (on lock) drops every row, thumbnail and state.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from ...domain.evidence import EvidenceItem
from .icons import type_icon
from .texts import (
    IntegrityState,
    detail_line,
    extension,
    fill,
    format_size,
    format_time,
    kind_label,
    state_label,
)

Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # EvidenceItem
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # IntegrityState
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # str
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # str: "1.2 MB · Video"
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 5  # str: why a check failed (may be "")
HAS_THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 6  # bool


class EvidenceListModel(QAbstractListModel):
    """One row per evidence file of the shown incident (deleted ones included).

    Signals:
        thumbnail_wanted(str): a view wants the picture of this image and it has none yet.
    """

    thumbnail_wanted = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._states: dict[str, tuple[IntegrityState, str]] = {}
        self._thumbs: dict[str, QPixmap | None] = {}  # None: no picture can be made
        self._asked: set[str] = set()

    # ------------------------------------------------------------ content

    def set_items(self, items: list[EvidenceItem]) -> None:
        """Show ``items``; states and thumbnails of files still listed are kept."""
        self.beginResetModel()
        ids = {i.id for i in items}
        self._items = list(items)
        self._states = {k: v for k, v in self._states.items() if k in ids}
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in ids}
        self._asked &= ids
        for item in items:
            if item.deleted:
                self._states[item.id] = (IntegrityState.DELETED, "")
                self._thumbs.pop(item.id, None)
        self.endResetModel()

    def clear(self) -> None:
        """Forget everything (locking calls it)."""
        self.beginResetModel()
        self._items = []
        self._states.clear()
        self._thumbs.clear()
        self._asked.clear()
        self.endResetModel()

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def item_at(self, row: int) -> EvidenceItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, evidence_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == evidence_id:
                return row
        return -1

    def state(self, evidence_id: str) -> IntegrityState:
        return self._states.get(evidence_id, (IntegrityState.UNKNOWN, ""))[0]

    def set_state(self, evidence_id: str, state: IntegrityState, message: str = "") -> None:
        row = self.row_of(evidence_id)
        if row < 0 or self.state(evidence_id) == IntegrityState.DELETED:
            return
        self._states[evidence_id] = (state, message)
        self._changed(row)

    def has_thumbnail(self, evidence_id: str) -> bool:
        return self._thumbs.get(evidence_id) is not None

    def set_thumbnail(self, evidence_id: str, image: QImage | None) -> None:
        """The picture for ``evidence_id`` (None or a null image: keep the type icon)."""
        row = self.row_of(evidence_id)
        if row < 0:
            return
        ok = image is not None and not image.isNull()
        self._thumbs[evidence_id] = QPixmap.fromImage(image) if ok and image else None
        self._changed(row)

    def _changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or index.column() != 0:
            return None
        state, message = self._states.get(item.id, (IntegrityState.UNKNOWN, ""))
        if role == Qt.ItemDataRole.DisplayRole:
            return item.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._picture(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, state, message)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.original_name}, {detail_line(item)}, {state_label(state)}"
        if role == Qt.ItemDataRole.ForegroundRole and item.deleted:
            return disabled_colour()
        if role == ITEM_ROLE:
            return item
        if role == STATE_ROLE:
            return state
        if role == ID_ROLE:
            return item.id
        if role == DETAIL_ROLE:
            return detail_line(item)
        if role == MESSAGE_ROLE:
            return message
        if role == HAS_THUMBNAIL_ROLE:
            return self.has_thumbnail(item.id)
        return None

    def _picture(self, item: EvidenceItem) -> QPixmap:
        thumb = self._thumbs.get(item.id)
        if thumb is not None:
            return thumb
        if item.kind == "image" and not item.deleted and item.id not in self._asked:
            self._asked.add(item.id)
            self.thumbnail_wanted.emit(item.id)
        return type_icon(item.kind, extension(item), item.deleted)

    def _tooltip(self, item: EvidenceItem, state: IntegrityState, message: str) -> str:
        """Rich text (Qt would guess anyway), so every user string is escaped."""
        lines = [
            f"<b>{escape(item.original_name)}</b>",
            escape(f"{kind_label(item.kind)} ({item.mime}), {format_size(item.size)}"),
            escape(fill(self.tr("Imported %1 by %2"), format_time(item.imported_at),
                        item.imported_by)),
            escape(fill(self.tr("Integrity: %1"), state_label(state))),
        ]  # fmt: skip
        if item.description:
            lines.append(escape(item.description[:300]))
        if item.deleted:
            text = fill(self.tr("Deleted %1 by %2: %3"), format_time(item.deleted_at),
                        item.deleted_by, item.deleted_reason)  # fmt: skip
            lines.append(escape(text))
        elif message:
            lines.append(escape(message[:300]))
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def disabled_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
