"""Setup, step 4: the owner's name and passphrase, and where the logbook is kept.

Next stays disabled until the name is given, the passphrase is strong enough and typed twice
the same. Leaving this page creates the vault (in the background: the key derivation is slow
on purpose).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWizardPage,
)

from ..widgets.strength_meter import StrengthMeter, is_acceptable
from .draft import SetupDraft


class OwnerPage(QWizardPage):
    """Owner, passphrase (with strength meter and confirmation), vault folder."""

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
        form.addRow(self.busy)
        for edit in (self.owner, self.passphrase, self.confirm, self.folder):
            edit.textChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self.meter.update_for)
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
            self.tr("Owner's &name:"),
            self.tr("&Passphrase:"),
            self.tr("&Repeat it:"),
            self.tr("Keep the logbook &in:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":："))
        self.browse.setText(self.tr("Choose…"))
        self.meter.update_for(self.passphrase.text())
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def problem_text(self) -> str:
        """Why Next is disabled ("" when it is not)."""
        passphrase = self.passphrase.text()
        if not self.owner.text().strip():
            return self.tr("Type the owner's name.")
        if not is_acceptable(passphrase):
            return self.tr("Choose a stronger passphrase: at least 8 characters, a few words.")
        if passphrase != self.confirm.text():
            return (
                self.tr("The two passphrases are not the same.")
                if self.confirm.text()
                else self.tr("Type the passphrase again to confirm it.")
            )
        if not self.folder.text().strip():
            return self.tr("Choose where to keep the logbook.")
        return ""

    @Slot()
    def _changed(self, *_args: object) -> None:
        self.problem.setText(self.problem_text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem_text() and not self.busy.isVisible()

    @Slot()
    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the logbook"), self.folder.text()
        )
        if chosen:
            self.folder.setText(str(Path(chosen) / "Kasuhara"))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for edit in (self.owner, self.passphrase, self.confirm, self.folder, self.browse):
            edit.setEnabled(not busy)
        self.completeChanged.emit()

    def forget_passphrase(self) -> None:
        for edit in (self.passphrase, self.confirm):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if wizard is not None and getattr(wizard, "created", False):
            return True
        self.draft.owner = self.owner.text().strip()
        self.draft.passphrase = self.passphrase.text()
        self.draft.folder = Path(self.folder.text().strip()).expanduser()
        return bool(wizard.request_creation()) if wizard is not None else False  # type: ignore[attr-defined]
