"""Setup, last step: the recovery sheet, to print or save; Finish needs a confirmation.

The sheet is built in memory and shown from memory; the key reaches the disk only in the PDF
the owner saves. Back and Cancel are gone here: the logbook exists now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ...domain.vocabulary import fill
from ...services.recovery_sheet import VaultInfo, recovery_sheet_pdf, save_recovery_sheet
from ..dialogs.messages import error_text
from ..save_locations import SaveKind, on_removable_drive, save_error_text, suggested_path
from ..tasks import run_task
from ..widgets.pdf_preview import PdfPreview


class RecoveryPage(QWizardPage):
    """Preview, print, save; a checkbox confirms the sheet is stored safely."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("recoveryPage")
        self.setFinalPage(True)
        self.info: VaultInfo | None = None
        self._key_hex = ""
        self.language = "ja"
        self.preview = PdfPreview(self)
        self.preview.setMinimumHeight(320)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printSheetButton")
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSheetButton")
        self.save_button.clicked.connect(self._save)
        self.status = QLabel(self)
        self.status.setObjectName("sheetStatus")
        self.status.setWordWrap(True)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("sheetStoredCheck")
        self.confirm.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery sheet"))
        self.setSubTitle(
            self.tr(
                "If the passphrase is ever forgotten, this sheet is the only way back into the "
                "logbook. Print it or save it, and keep it somewhere safe, away from this PC."
            )
        )
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save to a USB stick…"))
        self.confirm.setText(
            self.tr("I have printed or saved the recovery sheet and keep it in a safe place.")
        )
        self.confirm.setAccessibleName(self.tr("The recovery sheet is stored safely"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_sheet(self, info: VaultInfo, key_hex: str, language: str) -> None:
        """Called by the wizard once the vault exists; builds the preview in the background."""
        self.info, self._key_hex, self.language = info, key_hex, language
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the recovery sheet…"))
        run_task(
            lambda _ctx: recovery_sheet_pdf(info, key_hex, language),
            on_result=self._on_pdf,
            on_error=self._on_error,
        )

    @Slot(object)
    def _on_pdf(self, data: object) -> None:
        assert isinstance(data, bytes)
        self.preview.set_pdf(data)
        self.print_button.setEnabled(self.preview.can_print)
        self.status.clear()

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc) or "")

    def initializePage(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(button).hide()

    def isComplete(self) -> bool:
        return self.info is not None and self.confirm.isChecked()

    @Slot()
    def _print(self) -> None:
        if self.preview.print_document():
            self.status.setText(self.tr("Sent to the printer."))

    @Slot()
    def _save(self) -> None:
        if self.info is None:
            return
        # A USB stick when one is plugged in: the sheet must not stay on this computer.
        suggested = str(suggested_path(SaveKind.RECOVERY, self.tr("recovery-sheet.pdf")))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery sheet"), suggested, self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, dest: Path) -> None:
        """Save the sheet to ``dest`` in the background and say where it went."""
        assert self.info is not None
        info, key, lang = self.info, self._key_hex, self.language
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
        self.save_button.setEnabled(False)
        self._dest = dest
        run_task(
            lambda _ctx: save_recovery_sheet(dest, info, key, lang),
            on_result=self._on_saved,
            on_error=self._on_save_error,
        )

    @Slot(object)
    def _on_saved(self, dest: object) -> None:
        self.save_button.setEnabled(True)
        if isinstance(dest, Path) and not on_removable_drive(dest):
            text = self.tr(
                "Saved to %1, on this computer. The sheet must not stay on a computer: print "
                "it or copy it to a USB stick, keep that in a safe place, then delete this file."
            )
        else:
            text = self.tr("Saved to %1. Keep the USB stick in a safe place, away from this PC.")
        self.status.setText(fill(text, str(dest)))

    @Slot(object)
    def _on_save_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        dest = getattr(self, "_dest", None)
        text = save_error_text(exc, dest) if isinstance(dest, Path) else error_text(exc)
        self.status.setText(text or "")

    def forget_key(self) -> None:
        self._key_hex = ""
        self.preview.clear()
