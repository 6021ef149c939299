"""Search box and filters above the incident list; emits an ``IncidentFilter``.

Typing in the search box is debounced (the list asks the vault once the user pauses);
choosing a status, channel, behaviour, "no video" or a date applies at once.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Behaviour, Channel, IncidentStatus
from ...domain.query import IncidentFilter
from ..labels import choices

SEARCH_DELAY_MS = 300
OPEN_STATUSES = "open"
"""The status combo's entry for every status but closed (the home screen's open incidents)."""


class FilterBar(QWidget):
    """The list's search and filter controls.

    Signals:
        filter_changed(object): the new ``IncidentFilter`` (sort fields left at defaults).
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._debounce = QTimer(self)
        self._debounce.setObjectName("searchDebounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(delay_ms)
        self._debounce.timeout.connect(self._emit)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search words, names, places… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search incidents"))
        self.search.textChanged.connect(self._on_text)

        self.status = self._combo("statusFilter", self.tr("All statuses"), IncidentStatus)
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.insertItem(1, self.tr("Open (not closed)"), OPEN_STATUSES)
        self.channel = self._combo("channelFilter", self.tr("All channels"), Channel)
        self.channel.setAccessibleName(self.tr("Filter by channel"))
        self.behaviour = self._combo("behaviourFilter", self.tr("All behaviours"), Behaviour)
        self.behaviour.setAccessibleName(self.tr("Filter by behaviour"))
        self.no_video = QCheckBox(self.tr("No video"), self)
        self.no_video.setObjectName("noVideoFilter")
        self.no_video.setToolTip(
            self.tr("Only incidents with no video attached (no video file and no CCTV file)")
        )
        self.no_video.toggled.connect(self._emit_now)

        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("From"), self)
        self.use_from.setObjectName("useDateFrom")
        self.date_from = self._date_edit("dateFrom", today.addMonths(-1))
        self.date_from.setAccessibleName(self.tr("First day"))
        self.use_to = QCheckBox(self.tr("To"), self)
        self.use_to.setObjectName("useDateTo")
        self.date_to = self._date_edit("dateTo", today)
        self.date_to.setAccessibleName(self.tr("Last day"))
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._emit_now)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._emit_now)

        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        row = QHBoxLayout()
        controls: tuple[QWidget, ...] = (
            self.status,
            self.channel,
            self.behaviour,
            self.no_video,
            self.use_from,
            self.date_from,
            self.use_to,
            self.date_to,
        )
        for w in controls:
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(row)

    def _combo(self, name: str, everything: str, enum_type: type[Enum]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for member, text in choices(enum_type):
            combo.addItem(text, member)
        combo.currentIndexChanged.connect(self._emit_now)
        return combo

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # ------------------------------------------------------------ the filter

    def current_filter(self) -> IncidentFilter:
        status = self.status.currentData()  # Qt hands StrEnum data back as plain str
        channel = self.channel.currentData()
        behaviour = self.behaviour.currentData()
        return IncidentFilter(
            search=self.search.text().strip(),
            statuses=_statuses(status),
            channel=Channel(channel) if channel is not None else None,
            behaviour=Behaviour(behaviour) if behaviour is not None else None,
            date_from=_to_date(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=_to_date(self.date_to.date()) if self.use_to.isChecked() else None,
            without_video=self.no_video.isChecked(),
        )

    def is_filtered(self) -> bool:
        return self.current_filter() != IncidentFilter()

    @Slot()
    def clear(self) -> None:
        widgets = (self.search, self.status, self.channel, self.behaviour, self.no_video,
                   self.use_from)  # fmt: skip
        blockers = [w.blockSignals(True) for w in (*widgets, self.use_to)]
        self.search.clear()
        for combo in (self.status, self.channel, self.behaviour):
            combo.setCurrentIndex(0)
        self.no_video.setChecked(False)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for w, was in zip((*widgets, self.use_to), blockers, strict=True):
            w.blockSignals(was)
        self._emit_now()

    @Slot(str)
    def _on_text(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def _emit_now(self, *_args: object) -> None:
        self._debounce.stop()
        self._emit()

    @Slot()
    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())


def _statuses(code: str | None) -> frozenset[IncidentStatus]:
    if code is None:
        return frozenset()
    if code == OPEN_STATUSES:
        return frozenset(s for s in IncidentStatus if s is not IncidentStatus.CLOSED)
    return frozenset({IncidentStatus(code)})


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
