"""The timeline tab (one-click "Now" buttons) and the costs tab (with totals)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ...domain.enums import TimelineKind
from ...domain.models import CostEntry, TimelineEntry
from . import clock
from .common import enum_label, fill, plain_label
from .list_tabs import ListTab
from .models import RecordTableModel

NOW_KINDS = (
    TimelineKind.NOTE,
    TimelineKind.STOP_REQUEST,
    TimelineKind.LEAVE_ORDER,
    TimelineKind.FINAL_WARNING,
    TimelineKind.POLICE_CALL,
    TimelineKind.CUSTOMER_LEFT,
)


class TimelineTab(ListTab):
    """The timeline, with big buttons that log a step of the police flow at the current time.

    One click records what happened and when, by whom (the user who is logged in); the entry
    can be corrected afterwards in the form.
    """

    def __init__(
        self, model: RecordTableModel, user: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(model, "timeline", parent)
        self._user = user
        self.now_buttons: dict[TimelineKind, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for number, kind in enumerate(NOW_KINDS):
            text = fill(self.tr("Now: %1"), enum_label(kind))
            button = QPushButton(text, self)
            button.setObjectName(f"now_{kind.value}")
            button.setAccessibleName(text)
            button.setAutoDefault(False)
            button.setToolTip(fill(self.tr("Ctrl+%1"), number + 1))
            button.setMinimumHeight(max(40, self.fontMetrics().height() * 2 + 8))
            button.clicked.connect(lambda _checked=False, k=kind: self.log_now(k))
            grid.addWidget(button, number // 3, number % 3)
            self.now_buttons[kind] = button
        self.outer.insertLayout(0, grid)

    def log_now(self, kind: TimelineKind) -> int:
        """Append an entry of ``kind`` at the current time by the current user; select it."""
        entry = TimelineEntry(at=clock.now(self.model.tz), kind=kind, by=self._user())
        row = self.add_row(entry, focus=False)
        self.form.focus_field("description")
        return row


class CostsTab(ListTab):
    """Costs of handling the incident, with running totals of time and money."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(model, "costs", parent)
        self.totals = plain_label("", self)
        self.totals.setObjectName("costs_totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toolbar.addWidget(self.totals)
        model.edited.connect(self.update_totals)
        model.modelReset.connect(self.update_totals)
        self.update_totals()

    @Slot()
    def update_totals(self) -> None:
        rows: list[CostEntry] = [self.model.row(n) for n in range(self.model.rowCount())]
        minutes = sum(c.minutes for c in rows)
        yen = sum(c.amount_yen for c in rows)
        text = self.tr("Total: %1 min (%2 h %3 min), ¥%4")
        for marker, value in (
            ("%1", f"{minutes:,}"),
            ("%2", f"{minutes // 60:,}"),
            ("%3", f"{minutes % 60}"),
            ("%4", f"{yen:,}"),
        ):
            text = text.replace(marker, value)
        self.totals.setText(text)
