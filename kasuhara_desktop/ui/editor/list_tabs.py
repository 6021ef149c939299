"""A list tab: a table of rows, "Add"/"Remove", and a form that edits the current row.

The table is for overview and keyboard navigation (arrows); the form below it holds real
editors (multi-line text, date-times with "Now"), so long Japanese text is typed in a proper
box with the IME, never in a cramped cell.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..widgets.column_sizing import ColumnSizer
from .field_names import section_label
from .fields import (
    CheckField,
    DateField,
    DateTimeField,
    EnumCombo,
    LineField,
    SpinField,
    TextField,
)
from .models import Column, Kind, RecordTableModel


def elastic_column(model: RecordTableModel) -> int:
    """The column that takes the spare width and is cut first: the first long text (the words
    of a quote, a description), else the last column (a note)."""
    kinds = [column.kind for column in model.columns]
    return kinds.index(Kind.LONG) if Kind.LONG in kinds else len(kinds) - 1


class FieldWidget(Protocol):
    def value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...


class RowForm(QWidget):
    """What a list tab shows below its table: edits one row of the model."""

    def bind(self, row: int) -> None:
        raise NotImplementedError

    def focus_field(self, key: str | None) -> None:
        raise NotImplementedError


def make_field(column: Column, name: str, tz: str, parent: QWidget) -> QWidget:
    """The editor widget for one column, named ``name`` (tests find it by that name)."""
    widget: QWidget
    label = column.title
    if column.kind is Kind.TEXT:
        widget = LineField(parent)
    elif column.kind is Kind.LONG:
        widget = TextField(3, parent)
    elif column.kind is Kind.ENUM:
        assert column.enum is not None
        widget = EnumCombo(column.enum, parent)
    elif column.kind in (Kind.DATETIME, Kind.OPT_DATETIME):
        field = DateTimeField(name, tz, optional=column.kind is Kind.OPT_DATETIME, parent=parent)
        field.set_label(label)
        return field
    elif column.kind is Kind.OPT_DATE:
        date_field = DateField(name, parent)
        date_field.set_label(label)
        return date_field
    elif column.kind is Kind.INT:
        widget = SpinField(column.minimum, parent=parent)
    elif column.kind is Kind.BOOL:
        widget = CheckField(label, parent)
    else:
        raise ValueError(column.kind)
    widget.setObjectName(name)
    widget.setAccessibleName(label)
    return widget


class RecordForm(RowForm):
    """A generic form over the non-custom columns: short fields two to a line, long ones wide."""

    def __init__(self, model: RecordTableModel, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.widgets: dict[str, Any] = {}
        self._row = -1
        self._writing = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        line, slot = 0, 0
        has_long = False
        for column in model.columns:
            if column.kind is Kind.CUSTOM:
                continue
            widget = make_field(column, f"{prefix}_{column.key}", model.tz, self)
            widget.edited.connect(partial(self._on_edited, column.key))  # type: ignore[attr-defined]
            self.widgets[column.key] = widget
            caption = QLabel(column.title if column.kind is not Kind.BOOL else "", self)
            caption.setBuddy(widget)
            wide = column.kind is Kind.LONG
            if wide and slot:
                line, slot = line + 1, 0
            align = Qt.AlignmentFlag.AlignTop if wide else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(caption, line, slot * 2, align)
            grid.addWidget(widget, line, slot * 2 + 1, 1, 3 if wide else 1)
            if wide:
                grid.setRowStretch(line, 1)  # long text boxes take the spare height
                has_long = True
            if wide or slot:
                line, slot = line + 1, 0
            else:
                slot = 1
        if not has_long:
            grid.setRowStretch(line + 1, 1)
        model.dataChanged.connect(self._on_data_changed)
        self.bind(-1)

    def bind(self, row: int) -> None:
        self._row = row if 0 <= row < self.model.rowCount() else -1
        self.setEnabled(self._row >= 0)
        item = self.model.row(self._row) if self._row >= 0 else self.model.factory()
        for key, widget in self.widgets.items():
            widget.set_value(getattr(item, key))

    def focus_field(self, key: str | None) -> None:
        widget = self.widgets.get(key or "") or next(iter(self.widgets.values()), None)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_edited(self, key: str) -> None:
        if self._row < 0:
            return
        self._writing = True
        try:
            self.model.set_value(self._row, key, self.widgets[key].value())
        finally:
            self._writing = False

    @Slot(QModelIndex, QModelIndex)
    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if not self._writing and top.row() <= self._row <= bottom.row():
            self.bind(self._row)


class ListTab(QWidget):
    """Table + Add/Remove + row form for one list of the incident."""

    def __init__(
        self,
        model: RecordTableModel,
        prefix: str,
        parent: QWidget | None = None,
        form_factory: Callable[[RecordTableModel, str, QWidget], RowForm] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_tab")
        self.model = model
        self.prefix = prefix
        outer = self.outer = QVBoxLayout(self)
        self.toolbar = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("ListTab", "&Add"), self)
        self.add_button.setObjectName(f"{prefix}_add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button = QPushButton(QCoreApplication.translate("ListTab", "&Remove"), self)
        self.remove_button.setObjectName(f"{prefix}_remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._on_remove)
        self.toolbar.addWidget(self.add_button)
        self.toolbar.addWidget(self.remove_button)
        self.toolbar.addStretch(1)
        outer.addLayout(self.toolbar)

        self.view = QTableView(self)
        self.view.setObjectName(f"{prefix}_table")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.sizer = ColumnSizer(self.view, elastic=elastic_column(model))
        self.view.setAccessibleName(section_label(prefix))

        make = form_factory or (lambda m, p, w: RecordForm(m, p, w))
        self.form = make(model, prefix, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)

        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        model.modelReset.connect(self._on_reset)
        self._on_reset()

    # ------------------------------------------------------------ public

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
            self.view.scrollTo(self.model.index(row, 0))
        self.form.bind(self.current_row())
        self.remove_button.setEnabled(self.current_row() >= 0)

    def add_row(self, row: Any | None = None, *, focus: bool = True) -> int:
        number = self.model.append(row)
        self.select_row(number)
        if focus:
            self.form.focus_field(None)
        return number

    def focus_field(self, row: int | None, key: str | None) -> None:
        if row is not None:
            self.select_row(row)
        self.form.focus_field(key)

    # ------------------------------------------------------------ slots

    @Slot()
    def _on_add(self) -> None:
        self.add_row()

    @Slot()
    def _on_remove(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove(row)
            self.select_row(min(row, self.model.rowCount() - 1))
            self.view.setFocus()

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.form.bind(current.row() if current.isValid() else -1)
        self.remove_button.setEnabled(current.isValid())

    def fit_columns(self) -> None:
        """Size columns to what they show; the long text takes the rest (see ColumnSizer)."""
        self.sizer.fit()

    @Slot()
    def _on_reset(self) -> None:
        self.fit_columns()
        row = self.current_row()
        if row < 0 and self.model.rowCount():
            row = 0
        self.select_row(min(row, self.model.rowCount() - 1))
