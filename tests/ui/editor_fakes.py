"""Helpers for the incident editor's tests: find widgets by objectName, type into them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor

W = TypeVar("W", bound=QWidget)
TOKYO = ZoneInfo("Asia/Tokyo")
FIXED_NOW = datetime(2026, 11, 28, 15, 42, 7, tzinfo=TOKYO)


def find(parent: QWidget, cls: type[W], name: str) -> W:
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def set_text(parent: QWidget, name: str, text: str) -> None:
    """Type ``text`` into the field ``name`` (setText: keyClicks cannot type Japanese)."""
    widget = parent.findChild(QWidget, name)
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        raise AssertionError(f"no text field named {name!r}")


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(find(parent, QAbstractButton, name), Qt.MouseButton.LeftButton)


def open_editor(
    qtbot: QtBot, service: IncidentService, reference: str | None = None
) -> IncidentEditor:
    dialog = IncidentEditor(service, reference)
    # At teardown, close without the unsaved-changes question (it would wait forever).
    qtbot.addWidget(dialog, before_close_func=lambda w: w.done(0))
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def text_of(dialog: IncidentEditor, name: str) -> Any:
    widget = dialog.findChild(QWidget, name)
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    raise AssertionError(name)
