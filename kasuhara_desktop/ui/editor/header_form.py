"""The top of the editor: when, where, how, what happened, the demand, and the behaviours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.enums import Behaviour, Channel, IncidentStatus
from ...domain.models import Incident
from .common import enum_label, plain_label
from .field_names import field_label
from .fields import CheckField, DateTimeField, EnumCombo, LineField, TextField

BEHAVIOUR_COLUMNS = 4
LEGACY = Behaviour.SNS_THREAT_OR_POST  # kept for old records; new ones use sns_threat / sns_post


def zone_text(tz: str) -> str:
    offset = datetime.now(ZoneInfo(tz)).strftime("%z")
    return f"{tz} (UTC{offset[:3]}:{offset[3:]})"


class HeaderForm(QWidget):
    """Edits the incident's own fields (not its lists).

    Signals:
        edited: the user changed something here.
    """

    edited = Signal()

    def __init__(self, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header_form")
        self._behaviour_order: list[Behaviour] = []
        self._status = IncidentStatus.DRAFT

        self.occurred = DateTimeField("occurred_at", tz, parent=self)
        self.ended = DateTimeField("ended_at", tz, optional=True, parent=self)
        self.zone = plain_label(zone_text(tz), self)
        self.zone.setObjectName("timezone_label")
        self.location = LineField(self)
        self.channel = EnumCombo(Channel, self)
        self.status = plain_label("", self)
        self.summary = TextField(3, self)
        self.demand = TextField(2, self)
        for name, widget in (
            ("location", self.location),
            ("channel", self.channel),
            ("status", self.status),
            ("summary", self.summary),
            ("demand", self.demand),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(field_label(name))
        self.occurred.set_label(field_label("occurred_at"))
        self.ended.set_label(field_label("ended_at"))
        self.summary.setPlaceholderText(self.tr("What happened, in your own words"))
        self.demand.setPlaceholderText(self.tr("What the customer demanded"))

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        def caption(key: str, buddy: QWidget, row: int, column: int) -> None:
            label = QLabel(field_label(key), self)
            label.setBuddy(buddy)
            top = key in ("summary", "demand")
            align = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(label, row, column, align)

        caption("occurred_at", self.occurred, 0, 0)
        grid.addWidget(self.occurred, 0, 1)
        caption("ended_at", self.ended, 0, 2)
        grid.addWidget(self.ended, 0, 3)
        caption("location", self.location, 1, 0)
        grid.addWidget(self.location, 1, 1)
        caption("channel", self.channel, 1, 2)
        grid.addWidget(self.channel, 1, 3)
        caption("timezone", self.zone, 2, 0)
        grid.addWidget(self.zone, 2, 1)
        caption("status", self.status, 2, 2)
        grid.addWidget(self.status, 2, 3)
        caption("summary", self.summary, 3, 0)
        grid.addWidget(self.summary, 3, 1, 1, 3)
        caption("demand", self.demand, 4, 0)
        grid.addWidget(self.demand, 4, 1, 1, 3)

        self.behaviours_box = QGroupBox(field_label("behaviours"), self)
        self.behaviours_box.setObjectName("behaviours")
        boxes = QGridLayout(self.behaviours_box)
        boxes.setVerticalSpacing(2)
        self.behaviour_checks: dict[Behaviour, CheckField] = {}
        # The legacy one-code-for-two-facts box comes last and shows only on a record that has
        # it (a threat to post and a post are ticked apart now).
        order = [b for b in Behaviour if b is not LEGACY] + [LEGACY]
        for number, behaviour in enumerate(order):
            check = CheckField(enum_label(behaviour), self.behaviours_box)
            check.setObjectName(f"behaviour_{behaviour.value}")
            check.edited.connect(self.edited)
            boxes.addWidget(check, number // BEHAVIOUR_COLUMNS, number % BEHAVIOUR_COLUMNS)
            self.behaviour_checks[behaviour] = check
        self.behaviour_checks[LEGACY].setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(self.behaviours_box)
        layout.addLayout(row)
        self.occurred.edited.connect(self.edited)
        self.ended.edited.connect(self.edited)
        self.location.edited.connect(self.edited)
        self.channel.edited.connect(self.edited)
        self.summary.edited.connect(self.edited)
        self.demand.edited.connect(self.edited)

    def load(self, incident: Incident) -> None:
        self.occurred.set_value(incident.occurred_at)
        self.ended.set_value(incident.ended_at)
        self.location.set_value(incident.location)
        self.channel.set_value(incident.channel)
        self._status = incident.status
        self.status.setText(enum_label(incident.status))
        self.summary.set_value(incident.summary)
        self.demand.set_value(incident.demand)
        self._behaviour_order = list(incident.behaviours)
        for behaviour, check in self.behaviour_checks.items():
            check.set_value(behaviour in incident.behaviours)
        self.behaviour_checks[LEGACY].setVisible(LEGACY in incident.behaviours)

    def fill(self, draft: Incident) -> None:
        """Write this form's fields into ``draft``."""
        occurred = self.occurred.value()
        assert occurred is not None
        draft.occurred_at = occurred
        draft.ended_at = self.ended.value()
        draft.location = self.location.value()
        draft.channel = Channel(self.channel.value())
        draft.status = self._status
        draft.summary = self.summary.value()
        draft.demand = self.demand.value()
        checked = {b for b, check in self.behaviour_checks.items() if check.value()}
        # Keep the stored order; newly ticked ones follow in the list's order.
        kept = [b for b in self._behaviour_order if b in checked]
        draft.behaviours = kept + [b for b in Behaviour if b in checked and b not in kept]
