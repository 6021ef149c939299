"""The playbook tabs of Duty > Handling procedures: one situation's title, steps and scripts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.procedures import Situation


def lines_of(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class ScriptTable(QTableWidget):
    """The scripts of one situation: a label and what to say, one per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("When"), self.tr("What to say")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows fit their wrapped text at the width the table really gets, not before it shows.
        self.horizontalHeader().sectionResized.connect(self._fit_rows)

    @Slot()
    def _fit_rows(self) -> None:
        self.resizeRowsToContents()

    def set_scripts(self, scripts: list[dict[str, str]]) -> None:
        self.setRowCount(0)
        for script in scripts:
            self.add_row(script.get("label", ""), script.get("text", ""))
        self.resizeRowsToContents()

    def add_row(self, label: str = "", text: str = "") -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(label))
        self.setItem(row, 1, QTableWidgetItem(text))

    def scripts(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.rowCount()):
            label, text = (self.item(row, c) for c in (0, 1))
            entry = {"label": label.text() if label else "", "text": text.text() if text else ""}
            if entry["text"].strip():
                out.append(entry)
        return out


class SituationTab(QWidget):
    """One playbook: its title, its steps (one per line) and its scripts."""

    def __init__(self, situation: Situation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"situation_{situation.value}")
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.steps = QPlainTextEdit(self)
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName(self.tr("Steps, one per line"))
        self.scripts = ScriptTable(self)
        self.scripts.setObjectName("scripts")
        self.add = QPushButton(self.tr("&Add script"), self)
        self.add.setObjectName("addScript")
        self.remove = QPushButton(self.tr("&Remove script"), self)
        self.remove.setObjectName("removeScript")
        self.add.clicked.connect(lambda: self.scripts.add_row())
        self.remove.clicked.connect(self._remove)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Steps (one per line):"), self.steps)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        form.addRow(self.tr("Scripts:"), self.scripts)
        form.addRow("", buttons)

    @Slot()
    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.scripts.selectedIndexes()}, reverse=True)
        for row in rows or [self.scripts.rowCount() - 1]:
            if row >= 0:
                self.scripts.removeRow(row)

    def load(self, data: dict[str, Any]) -> None:
        self.title.setText(data.get("title", ""))
        self.steps.setPlainText("\n".join(data.get("steps", [])))
        self.scripts.set_scripts(data.get("scripts", []))

    def store(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "steps": lines_of(self.steps),
            "scripts": self.scripts.scripts(),
        }

    def set_editable(self, editable: bool) -> None:
        self.title.setReadOnly(not editable)
        self.steps.setReadOnly(not editable)
        if not editable:
            self.scripts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add.setVisible(editable)
        self.remove.setVisible(editable)
