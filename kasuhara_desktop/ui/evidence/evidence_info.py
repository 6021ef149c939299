"""The facts about one evidence file, as selectable plain-text labels (viewers show it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...domain.evidence import EvidenceItem
from ...services.evidence import CheckRecord
from .overlay_time_dialog import EvidenceTimes
from .texts import (
    IntegrityState,
    clock_offset_text,
    exact_size,
    fill,
    format_time,
    kind_label,
    source_label,
    state_label,
)


class EvidenceInfo(QWidget):
    """Name, type, size, SHA-256, import, file time, source, description, deletion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceInfo")
        self.setAccessibleName(self.tr("Evidence details"))
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def clear(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.values.clear()

    def show_item(
        self, item: EvidenceItem, tz: str | None = None, check: CheckRecord | None = None
    ) -> None:
        """Show ``item``'s facts (and its last integrity ``check``); times in the zone ``tz``."""
        self.clear()
        rows = [
            ("name", self.tr("File"), item.original_name),
            ("type", self.tr("Type"), f"{kind_label(item.kind)} ({item.mime})"),
            ("size", self.tr("Size"), exact_size(item.size)),
            ("sha256", self.tr("SHA-256"), item.sha256),
            ("imported", self.tr("Imported"), fill(self.tr("%1 by %2"),
                                                   format_time(item.imported_at, tz),
                                                   item.imported_by)),
            *EvidenceTimes(self).rows(item, tz),  # each time with where it comes from
            ("source", self.tr("Source"), " — ".join(
                t for t in (source_label(item.source.kind), item.source.detail) if t)),
            ("clock", self.tr("Camera clock"),
             clock_offset_text(item.source.clock_offset_seconds)),
            ("description", self.tr("Description"), item.description),
        ]  # fmt: skip
        if check is not None and not item.deleted:
            state = state_label(IntegrityState(check.result))
            text = fill(self.tr("%1 (%2, by %3)"), state, format_time(check.at, tz), check.by)
            rows.append(("checked", self.tr("Last integrity check"), text))
        if item.deleted:
            when = format_time(item.deleted_at, tz)
            text = fill(self.tr("%1 by %2: %3"), when, item.deleted_by, item.deleted_reason)
            rows.append(("deleted", self.tr("Deleted"), text))
        for key, name, value in rows:
            if not value:
                continue
            label = QLabel(value, self)
            label.setObjectName(f"evidenceInfo_{key}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(key != "sha256")
            label.setAccessibleName(name)
            if key == "sha256":
                label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self._form.addRow(name, label)
            self.values[key] = label
