"""ColumnSizer: every column as wide as its heading and cells, the elastic one takes the rest,
and sizes follow new rows, a bigger font and a wider view."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from kasuhara_desktop.ui.widgets.column_sizing import ColumnSizer

HEADINGS = ["Reference", "Summary", "Date and time", "Behaviour"]
ROW = ["K-2026-0001", "A long summary " * 20, "2026-11-03 14:05", "Threats or verbal abuse"]


def make(qtbot: QtBot, rows: int = 1) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(HEADINGS))
    model.setHorizontalHeaderLabels(HEADINGS)
    for _ in range(rows):
        model.appendRow([QStandardItem(text) for text in ROW])
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(False)
    ColumnSizer(view, elastic=1)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view, model


def cut(view: QTableView) -> list[int]:
    header, model = view.horizontalHeader(), view.model()
    grid = 1 if view.showGrid() else 0
    short = []
    for column in range(model.columnCount()):
        need = header.sectionSizeHint(column)
        if column != 1:
            for row in range(model.rowCount()):
                need = max(need, view.sizeHintForIndex(model.index(row, column)).width() + grid)
        if header.sectionSize(column) < need:
            short.append(column)
    return short


def test_columns_fit_and_the_elastic_one_takes_the_rest(qtbot: QtBot) -> None:
    view, _model = make(qtbot)
    assert cut(view) == []
    header = view.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(len(HEADINGS)))
    assert total == view.viewport().width()  # no gap on the right, no scrolling
    assert not header.stretchLastSection()


def test_sizes_follow_rows_font_and_width(qtbot: QtBot) -> None:
    view, model = make(qtbot, rows=0)
    header = view.horizontalHeader()
    empty_width = header.sectionSize(3)
    model.appendRow(
        [QStandardItem(t) for t in ROW[:3]] + [QStandardItem(ROW[3] + ", Refusal to leave")]
    )
    QApplication.processEvents()
    assert header.sectionSize(3) > empty_width and cut(view) == []
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    before = header.sectionSize(0)
    view.setFont(font)
    QApplication.processEvents()
    assert header.sectionSize(0) > before and cut(view) == []
    elastic = header.sectionSize(1)
    view.resize(1300, 300)
    QApplication.processEvents()
    assert header.sectionSize(1) > elastic and cut(view) == []
