"""The evidence bundle dialog: where to save it, an optional password, progress, cancel.

Without a password the bundle is a plain ZIP. With one it is a 7z by default (AES-256, file
names hidden, a strong key derivation; 7-Zip, Keka, The Unarchiver and p7zip open it); the
WinZip-AES ZIP stays as a second choice for a recipient whose tool reads only ZIP, labelled so
that nobody picks it without knowing that its file names stay readable.

The incident and its evidence keys are read on the GUI thread when Create is pressed; the
worker then streams each file through its own ``EvidenceReader`` into the archive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError, ValidationError
from ...domain.vocabulary import fill
from ...services.bundle import MIN_PASSWORD, build_bundle, check_password
from ...services.bundle_record import BundleResult
from ..save_locations import SaveKind, folder_problem, remember, save_error_text, suggested_path
from ..tasks import TaskContext
from . import common

_SUFFIXES = (".zip", ".7z")


def choose_bundle_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to write the bundle, of the type ``suggested`` ends with (tests patch this)."""
    if suggested.suffix.lower() == ".7z":
        kind = QCoreApplication.translate("BundleDialog", "7z archive (*.7z)")
    else:
        kind = QCoreApplication.translate("BundleDialog", "ZIP (*.zip)")
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BundleDialog", "Save the evidence bundle"),
        str(suggested), kind,
    )  # fmt: skip
    return Path(name) if name else None


class BundleDialog(QDialog):
    """Make the evidence bundle of ``reference``.

    Attributes:
        bundle: the finished bundle (``BundleResult``), once made.
    """

    def __init__(
        self, service: Any, reference: str, parent: QWidget | None = None, lang: str = "ja"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleDialog")
        self.setWindowTitle(fill(self.tr("Evidence bundle — %1"), reference))
        self.service = service
        self.reference = reference
        self.bundle: BundleResult | None = None
        self.dest: Path | None = None
        self.target = QLineEdit(self)
        self.target.setObjectName("targetEdit")
        self.target.setText(str(suggested_path(SaveKind.BUNDLE, f"{reference}_bundle.zip")))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._browse)
        self.encrypt = QCheckBox(self.tr("&Encrypt with a password (AES-256)"))
        self.encrypt.setObjectName("encryptCheck")
        self.format = QComboBox(self)
        self.format.setObjectName("formatCombo")
        self.format.addItem(
            self.tr("7z: file names hidden too (7-Zip, Keka, The Unarchiver)"), "7z"
        )
        self.format.addItem(self.tr("ZIP: for older tools; file names stay visible"), "zip")
        self.format.setEnabled(False)
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatEdit")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
        self.encrypt.toggled.connect(self.password.setEnabled)
        self.encrypt.toggled.connect(self.repeat.setEnabled)
        self.encrypt.toggled.connect(self.format.setEnabled)
        self.encrypt.toggled.connect(self._sync_suffix)
        self.format.currentIndexChanged.connect(self._sync_suffix)
        self.language = common.LanguageCombo(self, lang)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create bundle"), self)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self._cancel_or_close)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        form = QFormLayout()
        target_label = QLabel(self.tr("&Save as:"), self)
        target_label.setBuddy(self.target)
        form.addRow(target_label, row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Report &language:"), self.language)
        note = QLabel(
            fill(self.tr("Give the password to the recipient separately (by phone or in person), "
                    "never with the file. At least %1 characters."), str(MIN_PASSWORD))
        )  # fmt: skip
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.tasks = common.TaskHolder(self, self._done, self._failed, self._progress)

    @Slot()
    def _browse(self) -> None:
        current = self._with_suffix(Path(self.target.text().strip() or "bundle").expanduser())
        if not current.parent.is_dir():  # a bare name or a folder gone: start somewhere real
            current = suggested_path(SaveKind.BUNDLE, current.name)
        chosen = choose_bundle_path(self, current)
        if chosen is not None:
            self.target.setText(str(chosen))

    def archive_format(self) -> str:
        """``7z`` or ``zip``: what Create would write."""
        return str(self.format.currentData()) if self.encrypt.isChecked() else "zip"

    def _with_suffix(self, path: Path) -> Path:
        wanted = "." + self.archive_format()
        if path.suffix.lower() == wanted:
            return path
        if path.suffix.lower() in _SUFFIXES:
            return path.with_suffix(wanted)
        return path.with_name(path.name + wanted)

    @Slot()
    def _sync_suffix(self) -> None:
        # Only a name already ending in .zip or .7z follows the format; a bare name gets its
        # ending at Create.
        text = self.target.text().strip()
        if text and Path(text).suffix.lower() in _SUFFIXES:
            self.target.setText(str(self._with_suffix(Path(text))))

    def _password(self) -> str | None:
        if not self.encrypt.isChecked():
            return None
        if self.password.text() != self.repeat.text():
            raise ValidationError(self.tr("The two passwords differ."))
        if len(self.password.text()) < MIN_PASSWORD:
            raise ValidationError(
                fill(self.tr("The password must have at least %1 characters."), str(MIN_PASSWORD))
            )
        check_password(self.password.text())
        return self.password.text()

    def _target(self) -> Path:
        text = self.target.text().strip()
        if not text:
            raise ValidationError(self.tr("Choose where to save the bundle."))
        return self._with_suffix(Path(text).expanduser())

    @Slot()
    def start(self) -> None:
        """Read the incident (GUI thread) and make the bundle in the background."""
        if self.tasks.running:
            return
        try:
            dest, password = self._target(), self._password()
            problem = folder_problem(dest)
            if problem is not None:
                self.status.setText(problem)
                return
            job = self.service.prepare_bundle(self.reference)  # MAKE_BUNDLE, before any file
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self.dest = dest
        lang = self.language.language()
        archive_format = self.archive_format()
        self._set_busy(True)
        self.status.setText(self.tr("Making the bundle…"))

        def work(ctx: TaskContext) -> BundleResult:
            return build_bundle(job, dest, lang=lang, password=password,
                                archive_format=archive_format,
                                progress=common.Throttled(ctx.progress),
                                should_cancel=ctx.is_cancelled)  # fmt: skip

        self.tasks.start(work)

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        for widget in (self.target, self.encrypt, self.language):
            widget.setEnabled(not busy)
        for edit in (self.password, self.repeat, self.format):
            edit.setEnabled(not busy and self.encrypt.isChecked())
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _done(self, value: object) -> None:
        assert isinstance(value, BundleResult)
        self.bundle = value
        remember(SaveKind.BUNDLE, value.path)
        self._set_busy(False)
        self.progress.setValue(1000)
        text = fill(
            self.tr("Saved %1. Manifest SHA-256: %2"), str(value.path), value.manifest_sha256
        )
        try:  # the incident report lists each bundle made with its manifest hash
            self.service.record_bundle(value)
        except UserError as exc:
            text += "\n" + str(exc)
        if value.readme_path is not None:
            text += "\n" + fill(
                self.tr("%1 is not encrypted: send it together with the bundle."),
                value.readme_path.name,
            )
        text += "\n" + self.tr(
            "The recipient checks the bundle against this manifest SHA-256 (also in the "
            "incident report), not only against the hashes inside it."
        )
        if value.left_out:
            names = ", ".join(ev.item.original_name for ev in value.left_out)
            text += "\n" + fill(
                self.tr("Left out (failed their check; the report says so): %1"), names
            )
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        dest = self.dest
        text = save_error_text(exc, dest) if dest is not None else common.failure_text(exc)
        self.status.setText(text or self.tr("Cancelled; no file was written."))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(1000 * min(done, total) / total))

    @Slot()
    def _cancel_or_close(self) -> None:
        if not self.tasks.running:
            self.reject()
            return
        self.tasks.cancel()  # the worker stops at the next segment and removes its temp file
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled; no file was written."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.cancel()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.tasks.cancel()
        super().done(result)
