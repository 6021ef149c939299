"""The shop's own wording of the no-entry notice, per language, with a reset to the default.

Each text of the notice has a box; names in braces (``{date}``) are filled in when printing.
Saving stores only what differs from the shipped wording (in the vault); notices already issued
keep the wording they were issued with.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.notice import LANGUAGES
from ...domain.vocabulary import fill
from ...services.documents import PLACEHOLDERS, default_wording, wording_keys
from ..i18n import language_names


def _key_labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("notices", "Title"),
        "number_label": QCoreApplication.translate("notices", "Label: notice number"),
        "number_pending": QCoreApplication.translate("notices", "Number shown in the preview"),
        "date_label": QCoreApplication.translate("notices", "Label: date"),
        "addressee_label": QCoreApplication.translate("notices", "Label: the person"),
        "name_suffix": QCoreApplication.translate("notices", "After the name (e.g. 殿)"),
        "name_unknown": QCoreApplication.translate("notices", "When the name is unknown"),
        "address_label": QCoreApplication.translate("notices", "Label: address"),
        "description_label": QCoreApplication.translate("notices", "Label: description"),
        "premises_label": QCoreApplication.translate("notices", "Label: premises"),
        "premises_this_shop": QCoreApplication.translate(
            "notices", "Premises when none are listed"
        ),
        "period_label": QCoreApplication.translate("notices", "Label: period"),
        "period_range": QCoreApplication.translate("notices", "Period with an end"),
        "period_indefinite": QCoreApplication.translate("notices", "Period without an end"),
        "reason_label": QCoreApplication.translate("notices", "Label: reason"),
        "reason_intro": QCoreApplication.translate("notices", "Sentence before the facts"),
        "reason_closing": QCoreApplication.translate("notices", "Sentence after the facts"),
        "body": QCoreApplication.translate("notices", "The prohibition"),
        "breach_heading": QCoreApplication.translate("notices", "Heading: breach"),
        "breach": QCoreApplication.translate("notices", "What happens on a breach"),
        "objection_heading": QCoreApplication.translate("notices", "Heading: objections"),
        "objection": QCoreApplication.translate("notices", "How to object"),
        "objection_contact_label": QCoreApplication.translate("notices", "Label: where to object"),
        "issuer_label": QCoreApplication.translate("notices", "Label: issued by"),
        "company_label": QCoreApplication.translate("notices", "Label: company"),
        "shop_label": QCoreApplication.translate("notices", "Label: shop"),
        "representative_label": QCoreApplication.translate("notices", "Label: representative"),
        "phone_label": QCoreApplication.translate("notices", "Label: phone"),
        "seal": QCoreApplication.translate("notices", "Seal box"),
        "closing": QCoreApplication.translate("notices", "Closing (e.g. 以上)"),
        "receipt_heading": QCoreApplication.translate("notices", "Heading: receipt"),
        "receipt": QCoreApplication.translate("notices", "Receipt sentence"),
        "receipt_date": QCoreApplication.translate("notices", "Receipt: date"),
        "receipt_name": QCoreApplication.translate("notices", "Receipt: name"),
        "footer": QCoreApplication.translate("notices", "Page footer"),
    }


class WordingEditor(QDialog):
    """Edit the notice wording of one language at a time over a ``NoticeService``."""

    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordingEditor")
        self.setWindowTitle(self.tr("Notice wording"))
        self.service = service
        self._lang = ""
        self._loaded: dict[str, str] = {}

        self.language = QComboBox(self)
        self.language.setObjectName("wordingLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        names = language_names()
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        labels = _key_labels()
        self.edits: dict[str, QPlainTextEdit] = {}
        inner = QWidget(self)
        form = QFormLayout(inner)
        for key in wording_keys():
            edit = QPlainTextEdit(inner)
            edit.setObjectName(f"wording_{key}")
            edit.setAccessibleName(labels.get(key, key))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64 if key in ("body", "breach", "objection") else 40)
            if key in PLACEHOLDERS:
                names_text = ", ".join("{" + n + "}" for n in sorted(PLACEHOLDERS[key]))
                edit.setToolTip(fill(self.tr("Filled in when printing: %1"), names_text))
            form.addRow(labels.get(key, key), edit)
            self.edits[key] = edit
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.error = QLabel(self)
        self.error.setObjectName("wordingError")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.reset_button = QPushButton(self.tr("&Reset to the default wording…"), self)
        self.reset_button.setObjectName("resetButton")
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.resize(760, 720)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.load(str(self.language.currentData()))

    def values(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}

    @property
    def dirty(self) -> bool:
        return bool(self._lang) and self.values() != self._loaded

    def load(self, lang: str) -> None:
        """Show the wording in use for ``lang``."""
        try:
            words = self.service.wording(lang)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self._lang = lang
        defaults = default_wording(lang)
        for key, edit in self.edits.items():
            edit.setPlainText(words.get(key, ""))
            edit.setStatusTip(defaults.get(key, ""))
        self._loaded = self.values()
        self.error.clear()

    @Slot()
    def _language_changed(self) -> None:
        lang = str(self.language.currentData())
        if lang == self._lang:
            return
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("The wording you changed has not been saved. Discard the changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                self.language.blockSignals(True)
                self.language.setCurrentIndex(self.language.findData(self._lang))
                self.language.blockSignals(False)
                return
        self.load(lang)

    @Slot()
    def save(self) -> bool:
        try:
            self.service.set_wording(self._lang, self.values())
        except UserError as exc:
            self.error.setStyleSheet("color: #b00020;")
            self.error.setText(str(exc))
            return False
        self.load(self._lang)
        self.error.setStyleSheet("color: #1b5e20;")
        self.error.setText(self.tr("Saved. New notices use this wording."))
        return True

    @Slot()
    def reset(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Reset the wording?"),
            self.tr("Go back to the wording shipped with the program for this language?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.service.reset_wording(self._lang)
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.load(self._lang)
        return True
