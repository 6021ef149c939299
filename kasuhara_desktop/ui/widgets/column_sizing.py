"""Columns as wide as what they show, so that no reference, time or heading is cut ("K-20…").

``QTableView.resizeColumnsToContents`` run once, before the window is shown, measures with
whatever font and style the view has at that moment and is never run again; a stretched last
column then takes the spare width while the others stay squeezed. :class:`ColumnSizer` instead
measures every column (its heading and the cells of the first rows, through the view's own
delegate, so margins, check boxes and fonts are the ones painted) whenever the rows, the
headings, the font or the style change and when the view is shown. One *elastic* column (the
long free text) takes the width that is left, and is cut first when there is none: its cells
show the start of the text, the detail pane or the row form shows all of it.

A column the user widens or narrows by dragging keeps the width given to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

SAMPLE_ROWS = 100  # cells measured per column: the first screenful and then some
MAX_WIDTH = 420  # a column other than the elastic one never takes more than this
MIN_ELASTIC = 160  # the elastic column keeps this much (or its heading) before others shrink


class ColumnSizer(QObject):
    """Sizes the columns of ``view`` to their contents; ``elastic`` takes the rest of the width."""

    def __init__(
        self,
        view: QTableView,
        *,
        elastic: int | None = None,
        max_width: int = MAX_WIDTH,
        min_elastic: int = MIN_ELASTIC,
    ) -> None:
        super().__init__(view)
        self.setObjectName(f"{view.objectName()}_sizer")
        self.view = view
        self.elastic = elastic
        self.max_width = max_width
        self.min_elastic = min_elastic
        self.pinned: set[int] = set()  # columns the user sized by hand
        self._sizing = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._on_section_resized)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        model = view.model()
        model.modelReset.connect(self._later.start)
        model.rowsInserted.connect(self._later.start)
        model.dataChanged.connect(self._later.start)
        model.headerDataChanged.connect(self._later.start)
        model.layoutChanged.connect(self._later.start)
        self._viewport = view.viewport()
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)

    # ------------------------------------------------------------ measuring

    def header_width(self, column: int) -> int:
        """The width the heading needs (text, margins and the sort arrow if shown)."""
        return self.view.horizontalHeader().sectionSizeHint(column)

    def cells_width(self, column: int) -> int:
        """The widest of the first ``SAMPLE_ROWS`` cells, as the view's delegate paints them."""
        view, model = self.view, self.view.model()
        grid = 1 if view.showGrid() else 0
        widest = 0
        for row in range(min(model.rowCount(), SAMPLE_ROWS)):
            index = model.index(row, column, QModelIndex())
            widest = max(widest, view.sizeHintForIndex(index).width() + grid)
        return widest

    # ------------------------------------------------------------ sizing

    @Slot()
    def fit(self) -> None:
        """Give every column the width it needs; the elastic one gets what is left."""
        self._later.stop()
        view, model = self.view, self.view.model()
        if model is None:
            return
        header = view.horizontalHeader()
        wanted: dict[int, int] = {}
        used = 0
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            if column in self.pinned:
                used += header.sectionSize(column)
                continue
            need = max(self.header_width(column), self.cells_width(column))
            if column == self.elastic:
                wanted[column] = need
                continue
            wanted[column] = min(need, max(self.max_width, self.header_width(column)))
            used += wanted[column]
        elastic = self.elastic
        if elastic is not None and elastic in wanted:
            need = wanted[elastic]
            left = view.viewport().width() - used
            wanted[elastic] = max(self.header_width(elastic), min(need, self.min_elastic), left)
        self._sizing = True
        try:
            for column, width in wanted.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._sizing = False

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._sizing:
            return
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.pinned.add(column)  # dragged by the user: keep it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind in (
            QEvent.Type.Show,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.PolishRequest,
        ):
            self._later.start()
            if kind == QEvent.Type.Show:
                self.fit()  # before the first paint: no frame with cut columns
        elif watched is self._viewport and kind == QEvent.Type.Resize:
            self.fit()
        return False
