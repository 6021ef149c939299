"""Settings → "Change the data key…": a new data key (= recovery key) and its recovery sheet.

The dialog says what the change does before anything happens (the current recovery sheet stops
working; other users' key slots are removed), asks for the passphrase (a slot is re-wrapped
only with its own passphrase) and where to save the new sheet, then runs the change in a
background task (``ui/tasks.py``). The sheet is written before the database takes the new key,
through ``write_or_explain``, so a full disk or a removed USB stick stops the change with
nothing changed and a message in the user's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError, WrongSecretError
from ...domain.vocabulary import fill
from ..i18n import current_language
from ..save_locations import SaveKind, suggested_path, write_or_explain
from ..tasks import TaskProgressDialog, run_task
from .messages import error_text

if TYPE_CHECKING:
    from ...services.rekey import KeyService, RekeyOutcome


class _ExplainedError(UserError):
    """A failure already worded for the user (by ``write_or_explain``)."""


class RekeyDialog(QDialog):
    """Explain, ask for the passphrase and the sheet's place, change the key, say the result."""

    def __init__(self, keys: KeyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyDialog")
        self.setWindowTitle(self.tr("Change the data key"))
        self.keys = keys
        self.outcome: RekeyOutcome | None = None
        # The date as the old sheet prints it (the PC's zone here; the sheet uses the shop's).
        since = keys.replaced_sheet_date().astimezone().strftime("%Y-%m-%d %H:%M")
        text = fill(
            self.tr(
                "A new random data key replaces the current one: the logbook is re-encrypted "
                "with it and your passphrase stays the same. The recovery key on the recovery "
                "sheet of %1 then no longer opens this logbook, and neither do old copies of "
                "the key file (vault.json). You save a new recovery sheet now: print it or "
                "keep it on a USB stick in a safe place, and destroy the old sheet. Backups "
                "made before keep the old key."
            ),
            since,
        )
        others = keys.other_users()
        if others:
            text += "\n\n" + fill(
                self.tr(
                    "Only your own passphrase can be kept. The key slots of these users are "
                    "removed, and they need a new passphrase afterwards: %1"
                ),
                ", ".join(others),
            )
        self.explanation = QLabel(text, self)
        self.explanation.setObjectName("rekeyExplanation")
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("rekeyPassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.status = QLabel(self)
        self.status.setObjectName("rekeyStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Change the data key…"), self)
        self.start_button.setObjectName("rekeyStartButton")
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("rekeyCloseButton")
        self.start_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if keys.opened_by_recovery_key:
            self.passphrase.setEnabled(False)
            self.start_button.setEnabled(False)
            self.status.setText(
                self.tr(
                    "The logbook was unlocked with the recovery key: set a passphrase and "
                    "unlock with it first (the new key is kept under your passphrase)."
                )
            )

    def choose_sheet(self) -> Path | None:
        """Where to save the new recovery sheet (a save dialog; tests replace this method)."""
        suggested = str(suggested_path(SaveKind.RECOVERY, self.tr("recovery-sheet.pdf")))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new recovery sheet"), suggested, self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        dest = Path(chosen)
        return dest if dest.suffix.lower() == ".pdf" else dest.with_name(dest.name + ".pdf")

    @Slot()
    def start(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.status.setText(self.tr("Type your passphrase first."))
            return
        dest = self.choose_sheet()
        if dest is None:
            return
        keys, lang = self.keys, current_language()

        def job(_ctx: object) -> RekeyOutcome:
            keys.check_passphrase(secret)  # before the sheet: a typo changes nothing
            done: list[RekeyOutcome] = []
            problem = write_or_explain(dest, lambda d: done.append(keys.rekey(secret, d, lang)))
            if problem is not None:
                raise _ExplainedError(problem)
            return done[0]

        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Changing the data key…"))
        self._dest = dest
        task = run_task(job, on_result=self._done, on_error=self._failed)
        TaskProgressDialog(task, self.tr("Changing the data key…"), self).open()

    @Slot(object)
    def _done(self, outcome: object) -> None:
        self.close_button.setEnabled(True)
        self.passphrase.clear()
        self.passphrase.setEnabled(False)
        self.outcome = outcome  # type: ignore[assignment]
        self.status.setText(
            fill(
                self.tr(
                    "The data key was changed. The new recovery sheet was saved to %1: keep it "
                    "in a safe place. The old recovery sheet no longer opens this logbook."
                ),
                str(self._dest),
            )
        )

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.close_button.setEnabled(True)
        if isinstance(exc, WrongSecretError):
            text: str | None = self.tr("Wrong passphrase: nothing was changed.")
        else:
            text = error_text(exc)
        self.status.setText(text or "")
