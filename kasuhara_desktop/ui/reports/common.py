"""What the report dialogs share: the service they read, a language chooser, a PDF preview
fed from memory, one background build at a time, and saving the previewed bytes.

Data is gathered on the GUI thread (the vault's connection lives there) into plain objects;
the slow part (checking evidence, laying out pages) runs through ``ui.tasks``.
"""

from __future__ import annotations

import ctypes
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.vocabulary import fill
from ...services.documents import write_pdf_atomically
from ..dialogs.messages import error_text
from ..save_locations import (
    SaveKind,
    remember,
    start_folder,
    suggested_path,
    write_or_explain,
)
from ..tasks import Task, TaskContext, registry, run_task

LANGUAGE_NAMES = (("ja", "日本語"), ("en", "English"), ("nb", "Norsk bokmål"))


class _Probe(QObject):
    fired = Signal()


def _emit_leak() -> int:
    """References to ``True`` that one ``Signal.emit`` from Python loses (0 when sound).

    PySide6 6.12.0 returns ``True`` from ``emit`` without taking a reference; once enough
    results are dropped, CPython 3.11 deallocates ``True`` and aborts ("bool_dealloc").
    """
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    lost = max(0, before - sys.getrefcount(True))
    _give_back(lost)
    return lost


def _give_back(count: int) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


EMIT_LEAK = _emit_leak()
# Emissions behind one delivery of ui.tasks: progress (worker relay + task), and the end
# (worker relay + succeeded/failed + finished, and the registry's idle when it empties).
_PROGRESS_EMITS, _END_EMITS = 2, 3


def _end_emits() -> int:
    return _END_EMITS + (0 if registry.running() else 1)


def documents_dir(kind: SaveKind = SaveKind.REPORT) -> Path:
    """The folder a save dialog for ``kind`` starts in (``ui.save_locations``; it exists)."""
    return start_folder(kind)


class LanguageCombo(QComboBox):
    """The report languages, showing each in its own name."""

    def __init__(self, parent: QWidget | None = None, current: str = "ja") -> None:
        super().__init__(parent)
        self.setObjectName("languageCombo")
        self.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES:
            self.addItem(name, code)
        self.set_language(current)

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(0, index))


class PdfPreview(QWidget):
    """A PDF shown from memory (``QBuffer``), with a status line and a progress bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self._buffer: QBuffer | None = None
        self.data: bytes | None = None

    def show_pdf(self, data: bytes | None) -> None:
        """Show ``data`` (None empties the view); the bytes stay in memory only."""
        old, self._buffer = self._buffer, None
        self.document.close()
        self.data = data
        if data is not None:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(buffer)
            self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount()) if self.data is not None else 0


class TaskHolder(QObject):
    """Runs one background job at a time for a dialog; a new start cancels the old one, and
    a superseded or cancelled job reports nothing.

    ``on_result``, ``on_error`` and ``on_progress`` are the dialog's methods; the holder is the
    dialog's child, so nothing is delivered once the dialog is gone.
    """

    def __init__(
        self,
        parent: QObject,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None],
    ) -> None:
        super().__init__(parent)
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        self.task: Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.is_running

    def start(self, job: Callable[[TaskContext], Any]) -> Task:
        self.cancel()
        task = run_task(job)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.progress.connect(self._progressed)
        self.task = task
        return task

    def cancel(self) -> None:
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        self.task = None

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        _give_back(EMIT_LEAK * _end_emits())
        if self.sender() is self.task:
            self.task = None
            self._on_result(value)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        _give_back(EMIT_LEAK * _end_emits())
        if self.sender() is self.task and isinstance(exc, BaseException):
            self.task = None
            self._on_error(exc)

    @Slot(object, object)
    def _progressed(self, done: int, total: int) -> None:
        _give_back(EMIT_LEAK * _PROGRESS_EMITS)
        if self.sender() is self.task:
            self._on_progress(done, total)


class Throttled:
    """Passes ``progress(done, total)`` on at most every ``interval`` seconds (and at the end).

    Reports cross threads as queued signals; a few per second are plenty for a progress bar.
    (PySide6 6.12.0 also drops a reference to ``True`` on every ``Signal.emit`` from Python,
    so fewer emissions keep a long session further from that bug.)
    """

    def __init__(self, report: Callable[[int, int], None], interval: float = 0.25) -> None:
        self.report = report
        self.interval = interval
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if (total > 0 and done >= total) or now - self.last >= self.interval:
            self.last = now
            self.report(done, total)


def failure_text(exc: BaseException) -> str | None:
    """What to say about a failed build (None after a cancel)."""
    return error_text(exc)


def choose_save_path(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save (tests patch this function)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def save_bytes(dest: Path, data: bytes) -> Path:
    """Write previewed PDF bytes to ``dest`` atomically (temp name, fsync, rename)."""

    def write(out: BinaryIO) -> None:
        out.write(data)

    return write_pdf_atomically(dest, write)


def save_previewed_pdf(
    dialog: QWidget, preview: Any, title: str, suggested_name: str,
    kind: SaveKind = SaveKind.REPORT,
) -> Path | None:  # fmt: skip
    """Ask where to save the PDF shown in ``preview`` and write it; say where, or what failed
    (in the status line, in the user's language). The path saved to, or None."""
    data = preview.data
    if data is None:
        return None
    pdf_filter = QCoreApplication.translate("ReportDialogs", "PDF (*.pdf)")
    dest = choose_save_path(dialog, title, suggested_path(kind, suggested_name), pdf_filter)
    if dest is None:
        return None
    if dest.suffix.lower() != ".pdf":
        dest = dest.with_name(dest.name + ".pdf")
    problem = write_or_explain(dest, lambda path: save_bytes(path, data))
    if problem is not None:
        preview.status.setText(problem)
        return None
    remember(kind, dest)
    saved = QCoreApplication.translate("ReportDialogs", "Saved to %1")
    preview.status.setText(fill(saved, str(dest)))
    return dest


def record_saved(
    preview: Any, kind: str, subject: str, record: Callable[[str, str, bytes], bool]
) -> None:
    """After a save: keep in the audit chain who saved which document (its SHA-256). A
    failure to record is added to the status line, which keeps saying where the file went:
    the saved file stays."""
    data = preview.data
    if data is None:
        return
    try:
        record(kind, subject, data)
    except Exception as exc:
        said = preview.status.text()
        preview.status.setText(f"{said} {failure_text(exc) or str(exc)}".strip())


def busy_cursor() -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def normal_cursor() -> None:
    QApplication.restoreOverrideCursor()
