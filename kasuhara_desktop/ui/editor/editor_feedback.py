"""The editor's message area: why a save was refused (with the field), or that it worked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.errors import UserError, ValidationError
from ..time_display import format_clock, now
from .common import fill, plain_label
from .field_names import describe_path


class Feedback(QObject):
    """Two labels: ``error`` (objectName ``editor_error``) and ``status`` (``editor_status``)."""

    def __init__(self, parent: QWidget, tz: str | None = None) -> None:
        super().__init__(parent)
        self.tz = tz  # the logbook's zone: "saved at 19:36" is the shop's time
        self.error: QLabel = plain_label("", parent)
        self.error.setObjectName("editor_error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(
            "QLabel#editor_error { background: #fdecea; color: #611a15;"
            " border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }"
        )
        self.error.hide()
        self.status: QLabel = plain_label("", parent)
        self.status.setObjectName("editor_status")

    def clear(self) -> None:
        self.error.clear()
        self.error.hide()
        self.status.clear()

    def clear_status(self) -> None:
        self.status.clear()

    def _show(self, text: str) -> None:
        self.status.clear()
        self.error.setText(text)
        self.error.show()

    def show_validation(self, err: ValidationError) -> None:
        path, sep, rest = str(err).partition(": ")
        where = describe_path(path) if sep else ""
        detail = fill("%1: %2", where, rest) if sep else str(err)
        self._show(
            fill(
                self.tr("Not saved. %1\nNothing you typed was lost: correct it and save again."),
                detail,
            )
        )

    def show_save_error(self, err: UserError, stale: bool) -> None:
        if stale:
            text = self.tr(
                "Not saved: someone else saved this incident after you opened it. Your text is "
                "still here. Copy what you need, close this window, open the incident again and "
                "apply your changes there.\n%1"
            )
        else:
            text = self.tr("Not saved: %1\nNothing you typed was lost.")
        self._show(fill(text, str(err)))

    def show_saved(self, reference: str, version: int) -> None:
        self.error.clear()
        self.error.hide()
        when = format_clock(now(self.tz), self.tz)
        self.status.setText(fill(self.tr("Saved %1 (version %2) at %3."), reference, version, when))
