"""Setup, step 2: the shop's name and details (printed on reports and notices)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWizardPage

from .draft import SetupDraft


class ShopPage(QWizardPage):
    """Shop name (required), company, address, phone, representative."""

    def __init__(self, draft: SetupDraft) -> None:
        super().__init__()
        self.setObjectName("shopPage")
        self.draft = draft
        self.form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for key in ("shop_name", "company", "address", "phone", "representative"):
            edit = QLineEdit(getattr(draft, key), self)
            edit.setObjectName(f"{key}Edit")
            edit.textChanged.connect(self.completeChanged)
            label = QLabel(self)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
            self.edits[key] = edit
            self.labels[key] = label
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(
            self.tr("These details are printed on reports and notices. Only the name is required.")
        )
        texts = {
            "shop_name": self.tr("Shop na&me:"),
            "company": self.tr("&Company:"),
            "address": self.tr("&Address:"),
            "phone": self.tr("&Phone:"),
            "representative": self.tr("&Representative:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.edits[key].setAccessibleName(text.replace("&", "").rstrip(":："))
        self.edits["shop_name"].setPlaceholderText(self.tr("e.g. Sakura Mart Nakano"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        return bool(self.edits["shop_name"].text().strip())

    def validatePage(self) -> bool:
        for key, edit in self.edits.items():
            setattr(self.draft, key, edit.text().strip())
        return True
