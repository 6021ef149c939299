"""Where each time of an evidence file comes from, and entering the time shown on the picture.

A CCTV picture's clock overlay is often the only capture time a clip has (the PC file's time
is usually the day it was copied). The user reads it off the picture and enters it here as
shown, in the shop's time zone; the recorded clock offset of the camera is taken off when the
report prints it. The PC's file time and the import time are never corrected.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.evidence import EvidenceItem
from .. import time_display
from ..dialogs.messages import show_error
from .texts import clock_offset_text, fill, format_time


class EvidenceTimes(QObject):
    """The times of one file, each with its source, as (key, label, text) rows."""

    def _shown(self, value: datetime, tz: str | None) -> str:
        """To the second (a capture time is compared with what a picture shows)."""
        if value.tzinfo is None:  # the camera's wall clock, no zone recorded
            naive = value.strftime("%Y-%m-%d %H:%M:%S")
            return fill(self.tr("%1 (no time zone in the file)"), naive)
        local = time_display.in_zone(value, tz)
        return f"{local:%Y-%m-%d %H:%M:%S} {time_display.zone_label(local)}".strip()

    def _corrected(self, item: EvidenceItem, value: datetime, tz: str | None) -> str:
        text = self._shown(value, tz)
        real = item.corrected(value)
        if real is None or real == value:
            return text
        return fill(self.tr("%1 (camera showed %2; corrected by its clock offset)"),
                    self._shown(real, tz), text)  # fmt: skip

    def rows(self, item: EvidenceItem, tz: str | None) -> list[tuple[str, str, str]]:
        content = item.content_time
        if content is None:
            content_text = self.tr("unknown (the file records none)")
        elif item.content_time_source == "exif":
            content_text = fill(self.tr("%1 (photo's EXIF)"), self._corrected(item, content, tz))
        else:
            content_text = fill(self.tr("%1 (the recording's own header)"),
                                self._corrected(item, content, tz))  # fmt: skip
        overlay = item.overlay_time
        overlay_text = (
            fill(
                self.tr("%1, entered by %2"),
                self._corrected(item, overlay, tz),
                item.overlay_time_by,
            )
            if overlay is not None
            else self.tr("not entered")
        )
        modified = format_time(item.file_modified_at, tz) or self.tr("unknown")
        return [
            ("content_time", self.tr("Time in the file"), content_text),
            ("overlay_time", self.tr("Time on the picture"), overlay_text),
            ("modified", self.tr("File modified (PC clock, not corrected)"), modified),
        ]


class OverlayTimeDialog(QDialog):
    """Enter (or clear) the time read off the picture; ``chosen()`` is the value to store."""

    def __init__(self, item: EvidenceItem, tz: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlayTimeDialog")
        self.setWindowTitle(self.tr("Time shown on the picture"))
        self.setAccessibleName(self.tr("Time shown on the picture"))
        self.item = item
        self.tz = tz
        name = QLabel(item.original_name, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Enter the date and time exactly as the camera's clock shows it on the picture. "
                "The report prints it as shown and, when the camera clock's offset is recorded, "
                "corrected by it. The PC file's time and the import time are never corrected."
            ),
            self,
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        for key, label, value in EvidenceTimes(self).rows(item, tz):
            shown = QLabel(value, self)
            shown.setObjectName(f"overlayTime_{key}")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        offset = clock_offset_text(item.source.clock_offset_seconds)
        if offset:
            form.addRow(self.tr("Camera clock"), QLabel(offset, self))
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName("overlayTimeEdit")
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(self.tr("Time shown on the picture"))
        start = item.overlay_time or item.content_time or item.file_modified_at or item.imported_at
        local = time_display.in_zone(start, tz).replace(tzinfo=None, microsecond=0)
        self.edit.setDateTime(
            QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
        )
        form.addRow(self.tr("&Time shown:"), self.edit)
        self.clear_box = QCheckBox(self.tr("&No time read off the picture (clear it)"), self)
        self.clear_box.setObjectName("overlayTimeClear")
        self.clear_box.toggled.connect(self._update)
        self.clear_box.setVisible(item.overlay_time is not None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (name, explain):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.clear_box)
        layout.addWidget(buttons)

    @Slot(bool)
    def _update(self, clear: bool) -> None:
        self.edit.setEnabled(not clear)

    def chosen(self) -> datetime | None:
        """The time entered, in the shop's zone (None: clear it)."""
        if self.clear_box.isChecked():
            return None
        naive = self.edit.dateTime().toPython()
        assert isinstance(naive, datetime)
        return naive.replace(tzinfo=time_display.zone(self.tz), microsecond=0)


def edit_selected(pane: Any) -> OverlayTimeDialog | None:
    """Open the dialog for the evidence pane's selected live item; Save stores the time
    (audited) and reloads the pane. ``pane`` is an ``EvidencePane`` (which imports this)."""
    item: EvidenceItem | None = pane.selected_item()
    service = pane.service
    if item is None or item.deleted or service is None:
        return None
    dialog = OverlayTimeDialog(item, service.timezone, pane)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def save() -> None:
        try:
            service.set_overlay_time(item.id, dialog.chosen())
        except Exception as exc:  # a locked or read-only vault: say why, keep the pane
            show_error(pane, exc)
            return
        saved = QCoreApplication.translate(
            "OverlayTimeDialog", "Saved the time on the picture of %1."
        )  # not dialog.tr: lupdate would file it under a context named "dialog"
        pane.show_status(fill(saved, item.original_name))
        pane.ops.changed.emit([item.id])

    dialog.accepted.connect(save)
    dialog.open()
    return dialog
