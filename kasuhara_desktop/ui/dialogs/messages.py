"""Turning exceptions into what the user is told, the same way everywhere.

``UserError`` (the environment's or the input's fault) is shown as ``str(exc)``: one sentence
that says what happened and what to do. ``Cancelled`` is the user's own choice and shows
nothing. Anything else is a bug: only its *type* is logged (never its message, which could
contain incident text) and a generic message is shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import Cancelled, UserError

log = logging.getLogger("kasuhara_desktop.ui")


def error_text(exc: BaseException) -> str | None:
    """The message for ``exc``, or None when nothing should be shown (a cancel)."""
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, UserError):
        return str(exc)
    log.error("Unexpected error: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "messages",
        "Something went wrong inside the program. Nothing was changed by this step. "
        "Try again; if it happens again, restart the program.",
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox | None:
    """Show ``exc`` in a non-blocking message box (opened with ``open()``); return it."""
    text = error_text(exc)
    if text is None:
        return None
    box = QMessageBox(parent)
    box.setObjectName("errorMessageBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "Kasuhara Desktop"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
