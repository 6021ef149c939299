"""Fields for the shop profile shared by the setup wizard and the settings: time zone and trade.

The trade chooser explains, when it applies, that inns, public baths and clinics are bound by
statute to serve customers and may not simply refuse them (``TradeType.duty_to_serve``).
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from ...domain.enums import TradeType
from ...domain.models import DEFAULT_TIMEZONE
from ..labels import choices


@cache
def timezone_names() -> tuple[str, ...]:
    """IANA zone names, Japan first (most shops using this are there)."""
    names = sorted(n for n in available_timezones() if "/" in n and not n.startswith("Etc/"))
    return (DEFAULT_TIMEZONE, *(n for n in names if n != DEFAULT_TIMEZONE))


class TimezoneCombo(QComboBox):
    """An editable, searchable list of time zones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timezoneCombo")
        self.setAccessibleName(self.tr("Time zone"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(timezone_names()))
        completer = QCompleter(list(timezone_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.set_zone(DEFAULT_TIMEZONE)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)

    def is_valid(self) -> bool:
        return self.zone() in timezone_names() or self.zone() == "UTC"


class TradeTypeChooser(QWidget):
    """Trade type combo with the duty-to-serve note under it.

    Signals:
        changed(object): the chosen ``TradeType``.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tradeTypeChooser")
        self.combo = QComboBox(self)
        self.combo.setObjectName("tradeTypeCombo")
        self.combo.setAccessibleName(self.tr("Type of business"))
        for member, text in choices(TradeType):
            self.combo.addItem(text, member)
        self.note = QLabel(self)
        self.note.setObjectName("dutyToServeNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background:#e3f2fd;border:1px solid #90caf9;padding:6px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._on_change)
        self.set_trade(TradeType.RETAIL)
        self._on_change()

    def retranslate(self) -> None:
        for i, (_member, text) in enumerate(choices(TradeType)):
            self.combo.setItemText(i, text)
        self._on_change()

    def trade(self) -> TradeType:
        value = self.combo.currentData()
        return value if isinstance(value, TradeType) else TradeType(value)

    def set_trade(self, trade: TradeType) -> None:
        index = self.combo.findData(trade)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    @Slot()
    def _on_change(self, *_args: object) -> None:
        trade = self.trade()
        self.note.setText(
            self.tr(
                "Note: inns and hotels, public baths and clinics are required by law to serve "
                "customers (Inns and Hotels Act, Public Bath Act, Medical Practitioners' Act). "
                "They may refuse a customer only for the reasons the law allows, so the "
                "program words its advice and notices carefully for this trade."
            )
        )
        self.note.setVisible(trade.duty_to_serve)
        self.changed.emit(trade)
