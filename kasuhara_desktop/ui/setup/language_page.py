"""Setup, step 1: the language of the program (and of the recovery sheet)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

from ..i18n import LANGUAGES, language_names
from .draft import SetupDraft


class LanguagePage(QWizardPage):
    """Pick 日本語 / English / Norsk; the wizard switches language at once.

    Signals:
        language_chosen(str): the language code.
    """

    language_chosen = Signal(str)

    def __init__(self, draft: SetupDraft) -> None:
        super().__init__()
        self.setObjectName("languagePage")
        self.draft = draft
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        for i, code in enumerate(LANGUAGES):
            button = QRadioButton(language_names()[code], self)
            button.setObjectName(f"language_{code}")
            self.group.addButton(button, i)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons.get(draft.language, self.buttons["en"]).setChecked(True)
        self.group.idToggled.connect(self._on_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Kasuhara Desktop"))
        self.setSubTitle(self.tr("A private logbook of customer harassment, kept on this PC."))
        self.intro.setText(
            self.tr(
                "This short setup creates the shop's logbook. Everything stays encrypted on "
                "this computer. First, choose the language."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(int, bool)
    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.draft.language = LANGUAGES[index]
            self.language_chosen.emit(self.draft.language)
