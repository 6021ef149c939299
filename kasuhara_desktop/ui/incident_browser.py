"""The main window's content: the incident list (filter bar, table) beside the selected
incident and its evidence.

The browser gets the services on unlock (:meth:`IncidentBrowser.show_services`) and lets go
of them on lock (:meth:`IncidentBrowser.forget_services`): the models are emptied, the detail
and evidence cleared. It keeps the selection across a filter change, a refresh or a lock, so
the user finds the same incident selected afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.query import IncidentFilter
from ..services.incidents import IncidentService
from ..services.registry import Services
from .evidence.evidence_pane import EvidencePane
from .models.incident_table import SUMMARY, IncidentTableModel
from .widgets.column_sizing import ColumnSizer
from .widgets.empty_state import IncidentListEmpty
from .widgets.filter_bar import FilterBar
from .widgets.incident_detail import IncidentDetail


class IncidentBrowser(QSplitter):
    """List on the left, the selected incident (and its evidence) on the right.

    Signals:
        activated(str): the user opened an incident (Enter or double click) by reference.
        load_failed(object): a service call failed; the exception, for the status bar.
    """

    activated = Signal(str)
    load_failed = Signal(object)

    def __init__(self, incident_now: QAction, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mainSplitter")
        self._incidents: IncidentService | None = None
        self._pending_selection: str | None = None
        self.filter_bar = FilterBar(self)
        self.model = IncidentTableModel(self)
        self.table = self._make_table()
        self.table_sizer = ColumnSizer(self.table, elastic=SUMMARY)
        self.empty = IncidentListEmpty(self.table, self.filter_bar, incident_now)
        self.model.total_changed.connect(self.empty.show_total)
        self.detail = IncidentDetail(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.detail, QCoreApplication.translate("MainWindow", "Incident"))
        self.evidence_pane = EvidencePane(self)
        self.side_tabs.addTab(
            self.evidence_pane, QCoreApplication.translate("MainWindow", "Evidence")
        )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        self.addWidget(left)
        self.addWidget(self.side_tabs)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

        self.filter_bar.filter_changed.connect(self._on_filter)
        self.model.load_failed.connect(self.load_failed)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(self._on_activated)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("incidentTable")
        table.setAccessibleName(QCoreApplication.translate("MainWindow", "Incidents"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        return table

    # ------------------------------------------------------------ services

    def show_services(self, services: Services, selection: str | None = None) -> None:
        """The vault is open: load the list (then select ``selection`` if it is still there)."""
        self._incidents = services.incidents
        self._pending_selection = selection
        self.evidence_pane.set_services(services.evidence)
        self.model.set_service(services.incidents)
        self.table_sizer.fit()

    def forget_services(self) -> str | None:
        """The vault is locking: empty every view; returns the selection to bring back."""
        selection = self.selected_reference()
        self._incidents = None
        self._pending_selection = selection
        self.model.set_service(None)
        self.detail.clear()
        self.evidence_pane.set_services(None)
        return selection

    def close_views(self) -> None:
        """The program is ending: drop the data, stop the players."""
        self._incidents = None
        self.model.set_service(None)
        self.detail.clear()
        self.evidence_pane.clear()

    # ------------------------------------------------------------ list and detail

    @Slot(object)
    def _on_filter(self, query: object) -> None:
        assert isinstance(query, IncidentFilter)
        self._pending_selection = self.selected_reference()
        self.model.set_filter(query)

    def refresh(self, keep: str | None = None) -> None:
        """Read the list again, keeping ``keep`` (default: the current row) selected."""
        self._pending_selection = keep or self.selected_reference()
        self.model.reload()

    @Slot()
    def _after_reset(self) -> None:
        reference, self._pending_selection = self._pending_selection, None
        if reference and self.select_reference(reference):
            return
        self.detail.clear()

    def selected_reference(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.reference_at(index.row()) if index.isValid() else None

    def select_reference(self, reference: str) -> bool:
        row = self.model.row_of(reference)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reference = self.model.reference_at(current.row()) if current.isValid() else None
        incidents = self._incidents
        if incidents is not None:
            self.evidence_pane.set_incident(reference)
        if reference is None or incidents is None:
            self.detail.clear()
            return
        try:
            self.detail.show_incident(incidents.get(reference))
        except Exception as exc:  # shown in the status bar; the list stays usable
            self.detail.clear()
            self.load_failed.emit(exc)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        reference = self.model.reference_at(index.row())
        if reference:
            self.activated.emit(reference)

    @Slot()
    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()
