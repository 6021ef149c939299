"""Setup, step 4: the owner's name and passphrase, and where the logbook is kept.

Next stays disabled until the name is given, the passphrase is strong enough and typed twice
the same. Leaving this page creates the vault (in the background: the key derivation is slow
on purpose).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWizard,
    QWizardPage,
)

from ...services.vaults import FolderState, folder_state
from ..widgets.strength_meter import StrengthMeter
from .draft import SetupDraft


class OwnerPage(QWizardPage):
    """Owner, passphrase (with strength meter and confirmation), vault folder.

    Signals:
        open_existing(object): the chosen folder already holds a logbook and the user wants to
            open it (``Path``) instead of creating one.
    """

    open_existing = Signal(object)

    def __init__(self, draft: SetupDraft) -> None:
        super().__init__()
        self.setObjectName("ownerPage")
        self.draft = draft
        self.owner = QLineEdit(draft.owner, self)
        self.owner.setObjectName("ownerEdit")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmEdit")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self)
        self.folder = QLineEdit(str(draft.folder), self)
        self.folder.setObjectName("folderEdit")
        self.browse = QPushButton(self)
        self.browse.setObjectName("folderBrowseButton")
        self.browse.clicked.connect(self._browse)
        self.problem = QLabel(self)
        self.problem.setObjectName("ownerProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#8a4b00;")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openExistingButton")
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_existing)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("createBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, buddy in zip(
            self.labels, (self.owner, self.passphrase, self.confirm, self.folder), strict=True
        ):
            label.setBuddy(buddy)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.labels[0], self.owner)
        form.addRow(self.labels[1], self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.labels[2], self.confirm)
        form.addRow(self.labels[3], folder_row)
        form.addRow(self.problem)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        form.addRow(open_row)
        form.addRow(self.busy)
        for edit in (self.owner, self.passphrase, self.confirm, self.folder):
            edit.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Owner and passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase unlocks the logbook. Nobody can recover it for you: the "
                "recovery sheet on the next page is the only other way in."
            )
        )
        texts = (
            self.tr("&Owner's name:"),
            self.tr("&Passphrase:"),
            self.tr("&Repeat it:"),
            self.tr("Keep the logbook &in:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))
        self.browse.setText(self.tr("Choose…"))
        self.open_button.setText(self.tr("Open &this logbook…"))
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def folder_problem(self) -> str:
        """What is wrong with the chosen folder for a new logbook ("" when nothing)."""
        folder = self.chosen_folder()
        if folder is None:
            return self.tr("Choose where to keep the logbook.")
        if self._vault_created():  # the folder holds the logbook this wizard just made
            return ""
        state = folder_state(folder)
        if state is FolderState.VAULT:
            return self.tr(
                "This folder already holds a logbook. Open it, or choose another folder for a "
                "new one."
            )
        if state is FolderState.NOT_EMPTY:
            return self.tr(
                "This folder already holds other files, and no logbook. Choose an empty "
                "folder, or a name for a new one."
            )
        if state is FolderState.NOT_A_FOLDER:
            return self.tr("This is not a folder that can be used. Choose another one.")
        return ""

    def personal_words(self) -> tuple[str, ...]:
        """Names an attacker would try first: the shop's and the owner's."""
        return (self.draft.shop_name, self.draft.company, self.owner.text())

    def _vault_created(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and bool(getattr(wizard, "created", False))

    def problem_text(self) -> str:
        """Why Next is disabled ("" when it is not)."""
        if folder_problem := self.folder_problem():
            return folder_problem
        passphrase = self.passphrase.text()
        if not self.owner.text().strip():
            return self.tr("Type the owner's name.")
        if not self.meter.strength_for(passphrase, self.personal_words()).acceptable:
            return self.tr("Choose a stronger passphrase: at least 8 characters, a few words.")
        if passphrase != self.confirm.text():
            return (
                self.tr("The two passphrases are not the same.")
                if self.confirm.text()
                else self.tr("Type the passphrase again to confirm it.")
            )
        return ""

    @Slot()
    def _changed(self, *_args: object) -> None:
        self.meter.personal = self.personal_words()
        self.meter.update_for(self.passphrase.text())
        self.problem.setText(self.problem_text())
        folder = self.chosen_folder()
        holds_vault = folder is not None and folder_state(folder) is FolderState.VAULT
        self.open_button.setVisible(
            holds_vault and not self.busy.isVisible() and not self._vault_created()
        )
        self.completeChanged.emit()

    @Slot()
    def _open_existing(self) -> None:
        folder = self.chosen_folder()
        if folder is not None and folder_state(folder) is FolderState.VAULT:
            self.open_existing.emit(folder)

    def isComplete(self) -> bool:
        return not self.problem_text() and not self.busy.isVisible()

    @Slot()
    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the logbook"), self.folder.text()
        )
        if chosen:
            # An empty folder or a logbook is taken as it is; elsewhere a new subfolder.
            state = folder_state(Path(chosen))
            keep = state in (FolderState.EMPTY, FolderState.VAULT)
            self.folder.setText(chosen if keep else str(Path(chosen) / "Kasuhara"))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for edit in (self.owner, self.passphrase, self.confirm, self.folder, self.browse):
            edit.setEnabled(not busy)
        self._changed()
        wizard = self.wizard()
        if wizard is not None:  # QWizard ignores completeChanged while inside next()
            wizard.button(QWizard.WizardButton.NextButton).setEnabled(self.isComplete())

    def forget_passphrase(self) -> None:
        for edit in (self.passphrase, self.confirm):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.meter.update_for("")  # the meter's last input is the passphrase

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if self._vault_created():
            return True
        self.draft.owner = self.owner.text().strip()
        self.draft.passphrase = self.passphrase.text()
        self.draft.folder = Path(self.folder.text().strip()).expanduser()
        return bool(wizard.request_creation()) if wizard is not None else False  # type: ignore[attr-defined]
