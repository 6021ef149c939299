"""Revision history: every saved version, when, by whom, what changed, and what it said."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    Employment,
    IncidentStatus,
    ParticipantRole,
    TimelineKind,
)
from ...domain.errors import UserError
from ...domain.models import Revision
from ...services.incidents import IncidentService
from .common import enum_label, format_local
from .field_names import SECTIONS, field_label, section_label

Index = QModelIndex | QPersistentModelIndex

_TOP = ("occurred_at", "ended_at", "timezone", "location", "channel", "status", "summary",
        "demand", "behaviours")  # fmt: skip
_ENUMS: dict[str, type[StrEnum]] = {
    "channel": Channel,
    "status": IncidentStatus,
    "behaviours": Behaviour,
    "timeline.kind": TimelineKind,
    "actions.kind": ActionKind,
    "costs.kind": CostKind,
    "participants.role": ParticipantRole,
    "staff.employment": Employment,
}
_SKIP = {"id", "format", "reference", "version"}


def changed_text(changed: tuple[str, ...]) -> str:
    return ", ".join(field_label(key) for key in changed)


class RevisionsModel(QAbstractTableModel):
    """The saved versions of one incident, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Revision] = []
        self.tz = "Asia/Tokyo"
        self._headers = (
            QCoreApplication.translate("HistoryTab", "Version"),
            QCoreApplication.translate("HistoryTab", "Saved"),
            QCoreApplication.translate("HistoryTab", "By"),
            QCoreApplication.translate("HistoryTab", "What changed"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rev = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return str(rev.version)
            if column == 1:
                return format_local(rev.at, self.tz)
            if column == 2:
                return rev.user
            return changed_text(rev.changed)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_revisions(self, revisions: list[Revision], tz: str) -> None:
        self.beginResetModel()
        self._rows = sorted(revisions, key=lambda r: r.version, reverse=True)
        self.tz = tz
        self.endResetModel()

    def revision(self, row: int) -> Revision:
        return self._rows[row]


def _enum_names(enum: type[StrEnum], codes: list[Any]) -> str:
    names = []
    for code in codes:
        try:
            names.append(enum_label(enum(code)))
        except ValueError:
            names.append(str(code))
    return ", ".join(names)


def _value(path: str, value: Any, tz: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("HistoryTab", "yes")
            if value
            else QCoreApplication.translate("HistoryTab", "no")
        )
    enum = _ENUMS.get(path) or _ENUMS.get(path.split(".", 1)[-1])
    if enum is not None:
        return _enum_names(enum, value if isinstance(value, list) else [value])
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    key = path.rsplit(".", 1)[-1]
    if isinstance(value, str) and (key == "at" or key.endswith("_at")):
        try:
            return format_local(datetime.fromisoformat(value), tz)
        except ValueError:
            return value
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _render(lines: list[str], path: str, key: str, value: Any, indent: str, tz: str) -> None:
    """Append ``key: value`` (nested objects and lists of objects indented below)."""
    label = field_label(key)
    if isinstance(value, dict):
        lines.append(f"{indent}{label}:")
        for sub, subvalue in value.items():
            if sub not in _SKIP and not _empty(subvalue):
                _render(lines, f"{path}.{sub}", sub, subvalue, indent + "   ", tz)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        lines.append(f"{indent}{label} ({len(value)})")
        for number, item in enumerate(value, 1):
            lines.append(f"{indent}   {number}.")
            for sub, subvalue in item.items():
                if sub not in _SKIP and not _empty(subvalue):
                    _render(lines, f"{key}.{sub}", sub, subvalue, indent + "      ", tz)
    else:
        text = _value(path, value, tz).replace("\n", "\n" + indent + "   ")
        lines.append(f"{indent}{label}: {text}")


def format_snapshot(snapshot: dict[str, Any], changed: tuple[str, ...], tz: str) -> str:
    """A plain-text rendering of one saved version; changed fields are marked with ●."""
    lines: list[str] = []
    others = [k for k in snapshot if k not in _TOP and k not in SECTIONS and k not in _SKIP]
    for key in (*_TOP, *SECTIONS, *others):
        mark = "● " if key in changed else "  "
        value = snapshot.get(key)
        if key in SECTIONS:
            lines.append("")
            lines.append(f"{mark}{section_label(key)} ({len(value or [])})")
            for number, item in enumerate(value or [], 1):
                lines.append(f"     {number}.")
                for sub, subvalue in item.items():
                    if sub not in _SKIP and not _empty(subvalue):
                        _render(lines, f"{key}.{sub}", sub, subvalue, "        ", tz)
        elif key in _TOP or not _empty(value):
            if key in others and key == others[0]:
                lines.append("")
            block: list[str] = []
            _render(block, key, key, value, "  ", tz)
            lines.append(mark + block[0][2:])
            lines.extend(block[1:])
    return "\n".join(lines)


class HistoryTab(QWidget):
    """The revisions list; selecting one shows that version's fields below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_tab")
        self.model = RevisionsModel(self)
        self._service: IncidentService | None = None
        self._reference = ""
        self.view = QTableView(self)
        self.view.setObjectName("history_table")
        self.view.setAccessibleName(self.tr("Saved versions"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.snapshot = QPlainTextEdit(self)
        self.snapshot.setObjectName("history_snapshot")
        self.snapshot.setAccessibleName(self.tr("Fields of the selected version"))
        self.snapshot.setReadOnly(True)
        self.snapshot.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.snapshot)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)

    def refresh(self, service: IncidentService | None, reference: str, tz: str) -> None:
        """Reload the versions of ``reference`` (or clear, without a service or reference)."""
        self._service, self._reference = service, reference
        revisions: list[Revision] = []
        if service is not None and reference:
            revisions = service.revisions(reference)
        self.model.set_revisions(revisions, tz)
        self.snapshot.clear()
        if revisions:
            self.view.selectRow(0)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._service is None:
            self.snapshot.clear()
            return
        rev = self.model.revision(current.row())
        try:
            data = self._service.revision_snapshot(self._reference, rev.version)
        except UserError as err:
            self.snapshot.setPlainText(str(err))
            return
        self.snapshot.setPlainText(format_snapshot(data, rev.changed, self.model.tz))
