"""The incident list as a lazily loaded table model over ``IncidentService.find``/``count``.

Rows are fetched a page at a time (``canFetchMore``/``fetchMore``) so a logbook with thousands
of incidents opens at once. Sorting by a header maps to ``SortKey`` and asks the service again;
nothing is sorted in memory. ``set_service(None)`` (on lock) drops every row.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain.errors import UserError
from ...domain.models import DEFAULT_TIMEZONE, IncidentSummary
from ...domain.query import IncidentFilter, SortKey
from ...services.incidents import IncidentService
from ..labels import label

Index = QModelIndex | QPersistentModelIndex

REFERENCE, OCCURRED, STATUS, CHANNEL, SUMMARY, LOCATION, BEHAVIOURS = range(7)
COLUMN_COUNT = 7
SORT_KEYS: dict[int, SortKey] = {
    REFERENCE: SortKey.REFERENCE,
    OCCURRED: SortKey.OCCURRED,
    STATUS: SortKey.STATUS,
    CHANNEL: SortKey.CHANNEL,
    SUMMARY: SortKey.SUMMARY,
    LOCATION: SortKey.LOCATION,
}
SUMMARY_CHARS = 200  # a cell shows the start; the detail pane shows everything
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


class IncidentTableModel(QAbstractTableModel):
    """Incident summaries, ``page_size`` rows per fetch.

    Signals:
        load_failed(object): a service call raised; the exception (show it with
            ``dialogs.messages.show_error``). The model keeps what it had.
        total_changed(int): the number of incidents matching the filter.
    """

    load_failed = Signal(object)
    total_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, page_size: int = 100) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._service: IncidentService | None = None
        self._filter = IncidentFilter()
        self._rows: list[IncidentSummary] = []
        self._total = 0
        self._tz = ZoneInfo(DEFAULT_TIMEZONE)

    # ------------------------------------------------------------ state

    @property
    def filter(self) -> IncidentFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_service(self, service: IncidentService | None) -> None:
        """Use ``service`` (None = locked: the model empties and stays empty)."""
        self._service = service
        self._tz = ZoneInfo(DEFAULT_TIMEZONE)
        if service is not None:
            try:
                self._tz = ZoneInfo(service.shop_profile().timezone)
            except (UserError, KeyError, ValueError) as exc:
                self.load_failed.emit(exc)
        self.reload()

    def set_filter(self, query: IncidentFilter) -> None:
        """Apply ``query``'s criteria; the sort order of the model is kept."""
        query = dataclasses.replace(
            query, sort=self._filter.sort, descending=self._filter.descending
        )
        if query != self._filter:
            self._filter = query
            self.reload()

    def reload(self) -> None:
        """Count again and load the first page."""
        self.beginResetModel()
        self._rows = []
        self._total = 0
        if self._service is not None:
            try:
                self._total = self._service.count(self._filter)
                self._rows = self._service.find(self._filter, 0, self.page_size)
            except Exception as exc:  # shown by the view; the model stays consistent
                self._rows, self._total = [], 0
                self.endResetModel()
                self.total_changed.emit(0)
                self.load_failed.emit(exc)
                return
        self.endResetModel()
        self.total_changed.emit(self._total)

    # ------------------------------------------------------------ lookups

    def summary_at(self, row: int) -> IncidentSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def reference_at(self, row: int) -> str | None:
        item = self.summary_at(row)
        return item.reference if item else None

    def row_of(self, reference: str, *, fetch: bool = True, max_rows: int = 5000) -> int:
        """The row of ``reference`` (-1 if absent), fetching more pages up to ``max_rows``."""
        while True:
            for row, item in enumerate(self._rows):
                if item.reference == reference:
                    return row
            if not fetch or len(self._rows) >= max_rows or not self.canFetchMore(QModelIndex()):
                return -1
            before = len(self._rows)
            self.fetchMore(QModelIndex())
            if len(self._rows) == before:
                return -1

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() or self._service is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._service is not None
        try:
            page = self._service.find(self._filter, len(self._rows), self.page_size)
        except Exception as exc:
            self._total = len(self._rows)  # stop asking until the next reload
            self.load_failed.emit(exc)
            return
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            REFERENCE: self.tr("Reference"),
            OCCURRED: self.tr("Date and time"),
            STATUS: self.tr("Status"),
            CHANNEL: self.tr("Channel"),
            SUMMARY: self.tr("Summary"),
            LOCATION: self.tr("Place"),
            BEHAVIOURS: self.tr("Behaviour"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == REFERENCE_ROLE:
            return item.reference
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (SUMMARY, BEHAVIOURS):
            text = self._display(item, column)
            return text if text else None
        return None

    def _display(self, item: IncidentSummary, column: int) -> str:
        if column == REFERENCE:
            return item.reference
        if column == OCCURRED:
            return _format_time(item.occurred_at, self._tz)
        if column == STATUS:
            return label(item.status)
        if column == CHANNEL:
            return label(item.channel)
        if column == SUMMARY:
            return " ".join(item.summary.split())[:SUMMARY_CHARS]
        if column == LOCATION:
            return item.location
        if column == BEHAVIOURS:
            return ", ".join(label(b) for b in item.behaviours)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending:
            return
        self._filter = dataclasses.replace(self._filter, sort=key, descending=descending)
        self.reload()


def _format_time(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")
