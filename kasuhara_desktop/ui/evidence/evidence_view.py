"""The icon-mode list of evidence tiles (fixed-size tiles drawn by the delegate)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from .evidence_delegate import EvidenceDelegate
from .evidence_model import EvidenceListModel


class EvidenceListView(QListView):
    """Tiles in rows that re-flow with the width; one selected at a time; own context menu."""

    def __init__(self, model: EvidenceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceList")
        self.setAccessibleName(self.tr("Evidence files"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(EvidenceDelegate(self))
        self.setModel(model)
        self.menu_actions: list[QAction | None] = []  # None: a separator

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu(event.pos()).popup(event.globalPos())

    def context_menu(self, pos: QPoint) -> QMenu:
        """The pane's actions for the tile at ``pos`` (which becomes the current one)."""
        index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("evidenceMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu
