"""Setup, step 1: the language of the program (and of the recovery sheet)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from ...domain.vocabulary import fill
from ...services.vaults import FolderState, folder_state
from ..i18n import LANGUAGES, language_names
from .draft import SetupDraft


class LanguagePage(QWizardPage):
    """Pick 日本語 / English / Norsk; the wizard switches language at once.

    When the suggested folder already holds a logbook (set up before, then the program was
    started without it), the page says so and offers to open it.

    Signals:
        language_chosen(str): the language code.
        open_existing(object): open the logbook in the suggested folder (``Path``).
    """

    language_chosen = Signal(str)
    open_existing = Signal(object)

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
        self.existing = QLabel(self)
        self.existing.setObjectName("existingVaultNote")
        self.existing.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("languageOpenExistingButton")
        self.open_button.clicked.connect(self._open_existing)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout.addWidget(self.existing)
        layout.addLayout(open_row)
        has_vault = folder_state(draft.folder) is FolderState.VAULT
        self.existing.setVisible(has_vault)
        self.open_button.setVisible(has_vault)
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
        self.existing.setText(
            fill(
                self.tr(
                    "A logbook already exists in %1. You can open it instead of making a new one."
                ),
                str(self.draft.folder),
            )
        )
        self.open_button.setText(self.tr("Open &this logbook…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _open_existing(self) -> None:
        self.open_existing.emit(self.draft.folder)

    @Slot(int, bool)
    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.draft.language = LANGUAGES[index]
            self.language_chosen.emit(self.draft.language)
