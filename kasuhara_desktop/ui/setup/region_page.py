"""Setup, step 3: time zone and type of business (with the duty-to-serve note)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QWizardPage

from ..widgets.shop_fields import TimezoneCombo, TradeTypeChooser
from .draft import SetupDraft


class RegionPage(QWizardPage):
    """Where the shop is (for dates on records) and what kind of business it is."""

    def __init__(self, draft: SetupDraft) -> None:
        super().__init__()
        self.setObjectName("regionPage")
        self.draft = draft
        self.timezone = TimezoneCombo(self)
        self.timezone.set_zone(draft.timezone)
        self.timezone.currentTextChanged.connect(self.completeChanged)
        self.trade = TradeTypeChooser(self)
        self.trade.set_trade(draft.trade_type)
        self.tz_label = QLabel(self)
        self.tz_label.setBuddy(self.timezone)
        self.trade_label = QLabel(self)
        self.trade_label.setBuddy(self.trade.combo)
        form = QFormLayout(self)
        form.addRow(self.tz_label, self.timezone)
        form.addRow(self.trade_label, self.trade)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Time zone and business"))
        self.setSubTitle(self.tr("Times of incidents are recorded in the shop's time zone."))
        self.tz_label.setText(self.tr("&Time zone:"))
        self.trade_label.setText(self.tr("T&ype of business:"))
        self.trade.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        return self.timezone.is_valid()

    def validatePage(self) -> bool:
        self.draft.timezone = self.timezone.zone()
        self.draft.trade_type = self.trade.trade()
        return True
