"""The evidence of one incident as a list model: name, size, type, thumbnail, integrity state.

Thumbnails are asked for lazily: the first time a view wants the picture of an image that has
none yet, the model emits ``thumbnail_wanted`` (once per file) and shows the type icon until
``set_thumbnail`` delivers one. ``clear()`` (on lock) drops every row, thumbnail and state.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
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
from ...services.evidence import CheckRecord
from .icons import type_icon
from .overlay_time_dialog import EvidenceTimes
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
        self._checked_at: dict[str, datetime] = {}  # when the shown state was found
        self.tz: str | None = None  # the logbook's zone, for every time shown

    # ------------------------------------------------------------ content

    def set_items(self, items: list[EvidenceItem]) -> None:
        """Show ``items``; states and thumbnails of files still listed are kept."""
        self.beginResetModel()
        ids = {i.id for i in items}
        self._items = list(items)
        self._states = {k: v for k, v in self._states.items() if k in ids}
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in ids}
        self._asked &= ids
        self._checked_at = {k: v for k, v in self._checked_at.items() if k in ids}
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
        self._checked_at.clear()
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
        self._checked_at.pop(evidence_id, None)  # found now, not by the last full check
        self._changed(row)

    def set_checked(self, evidence_id: str, state: IntegrityState, at: datetime) -> None:
        """A check's result for ``evidence_id``, found at ``at``."""
        message = self._states.get(evidence_id, (state, ""))[1]
        self.set_state(evidence_id, state, message)
        if self.row_of(evidence_id) >= 0 and self.state(evidence_id) == state:
            self._checked_at[evidence_id] = at
            self._changed(self.row_of(evidence_id))

    def apply_stored_checks(self, records: Mapping[str, CheckRecord]) -> None:
        """The last checks kept in the vault, for files this session has not checked itself."""
        for evidence_id, record in records.items():
            if self.state(evidence_id) == IntegrityState.UNKNOWN:
                self.set_checked(evidence_id, IntegrityState(record.result), record.at)

    def checked_at(self, evidence_id: str) -> datetime | None:
        return self._checked_at.get(evidence_id)

    def check_summary(self) -> str:
        """One sentence on the last check of the live files, with its time ("" if none)."""
        live = [i for i in self._items if not i.deleted]
        times = [t for i in live if (t := self._checked_at.get(i.id)) is not None]
        if not live or not times:
            return self.tr("Integrity not checked yet.") if live else ""
        when = format_time(max(times), self.tz)
        failed = sum(
            self.state(i.id) in (IntegrityState.DAMAGED, IntegrityState.MISSING) for i in live
        )
        unchecked = len(live) - len(times)
        if failed:
            return fill(self.tr("%n file(s) failed the last check (%1).", "", failed), when)
        if unchecked:
            return fill(self.tr("Checked %1; %n file(s) not checked yet.", "", unchecked), when)
        return fill(self.tr("Checked %1: all intact."), when)

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
            return f"{item.original_name}, {detail_line(item)}, {self._integrity_line(item, state)}"
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
            escape(fill(self.tr("Imported %1 by %2"), format_time(item.imported_at, self.tz),
                        item.imported_by)),
            escape(self._integrity_line(item, state)),
        ]  # fmt: skip
        times = EvidenceTimes(self).rows(item, self.tz)
        lines += [escape(f"{label}: {text}") for _key, label, text in times]
        if item.description:
            lines.append(escape(item.description[:300]))
        if item.deleted:
            text = fill(self.tr("Deleted %1 by %2: %3"), format_time(item.deleted_at, self.tz),
                        item.deleted_by, item.deleted_reason)  # fmt: skip
            lines.append(escape(text))
        elif message:
            lines.append(escape(message[:300]))
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"

    def _integrity_line(self, item: EvidenceItem, state: IntegrityState) -> str:
        at = self._checked_at.get(item.id)
        if at is None or state in (IntegrityState.CHECKING, IntegrityState.DELETED):
            return fill(self.tr("Integrity: %1"), state_label(state))
        return fill(self.tr("Integrity: %1 (checked %2)"), state_label(state),
                    format_time(at, self.tz))  # fmt: skip


def disabled_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
