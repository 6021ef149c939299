"""A message over an empty list: what the emptiness means, and the one thing to do about it.

An empty table on its own says nothing: is the logbook new, is the filter too narrow, did
loading fail? The owner of the view says which (``set_message``) and the state shows itself
over the view's viewport whenever the model has no rows, and hides when rows come.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from .filter_bar import FilterBar


class EmptyState(QWidget):
    """A centred message and an optional button, laid over ``view`` while its model is empty.

    Signals:
        action_requested(): the button was pressed (clear the filter, record an incident...).
    """

    action_requested = Signal()

    def __init__(self, view: QAbstractItemView, name: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName(name)
        self.view = view
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #5f6368;")
        self.button = QPushButton(self)
        self.button.setObjectName(f"{name}Button")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.action_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setAutoFillBackground(False)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_visibility)
        self.hide()

    def set_message(self, text: str, action: str = "") -> None:
        """Show ``text``, and a button labelled ``action`` unless it is empty."""
        self.message.setText(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.update_visibility()

    @Slot()
    def update_visibility(self, *_args: object) -> None:
        model = self.view.model()
        empty = model is not None and model.rowCount() == 0 and bool(self.message.text())
        self.setGeometry(self._viewport.rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return False


class IncidentListEmpty(EmptyState):
    """The incident list's empty state: a new logbook (record the first incident) or a filter
    that matches nothing (clear it). ``record`` is the action that starts recording."""

    def __init__(self, view: QAbstractItemView, filter_bar: FilterBar, record: QAction) -> None:
        super().__init__(view, "incidentsEmpty")
        self.filter_bar = filter_bar
        self.record = record
        self.action_requested.connect(self._act)

    @Slot(int)
    def show_total(self, total: int) -> None:
        """The model's ``total_changed``: say why the list is empty, if it is."""
        if total:
            self.set_message("")
        elif self.filter_bar.is_filtered():
            self.set_message(
                self.tr("No incident matches the search and filters."), self.tr("Clear filters")
            )
        else:
            self.set_message(
                self.tr(
                    "No incidents recorded yet. When something happens, record it while it is "
                    "fresh: what was said, when, who was there."
                ),
                self.tr("Record an incident now"),
            )

    @Slot()
    def _act(self) -> None:
        if self.filter_bar.is_filtered():
            self.filter_bar.clear()
        elif self.record.isEnabled():
            self.record.trigger()
