"""A PDF held in memory: shown with QtPdf, printed through the system dialog, saved as a file.

The bytes never touch the disk unless the user saves them: ``QPdfDocument`` reads them from a
``QBuffer``. Printing renders each page with ``QPdfDocument.render`` into a ``QImage`` (at most
300 dpi) and paints it on the ``QPrinter`` page.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StorageError, UserError
from ...domain.vocabulary import fill
from ...services.documents import code_points, write_pdf_atomically
from ..dialogs.messages import show_error
from ..save_locations import SaveKind, remember, suggested_path, write_or_explain

PRINT_DPI = 300


def load_pdf(document: QPdfDocument, data: bytes, owner: QObject) -> QBuffer:
    """Load ``data`` into ``document`` from a new in-memory buffer owned by ``owner``."""
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the notice has its own margins
    return printer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF ``data`` on ``printer``; return the number of pages.

    Raises:
        UserError: the PDF cannot be read or the printer cannot be started.
    """
    document = QPdfDocument()
    buffer = load_pdf(document, data, document)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise UserError(
            QCoreApplication.translate("notices", "The PDF could not be read for printing.")
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate(
                "notices",
                "The printer could not be started: check that it is ready, then try again.",
            )
        )
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(
                QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h), image
            )
    finally:
        painter.end()
        buffer.close()
    return document.pageCount()


class PdfPanel(QWidget):
    """A PDF preview with Print… and Save PDF… buttons.

    ``set_pdf(data, file_name, final=True)`` enables printing and saving; a preview of a draft
    (``final=False``) is shown only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPanel")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.status = QLabel(self)
        self.status.setObjectName("pdfPanelStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.status, 1)
        self.button_row.addWidget(self.print_button)
        self.button_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.button_row)
        self._buffer: QBuffer | None = None
        self.data: bytes | None = None
        self.file_name = "notice.pdf"
        self.unprintable: set[str] = set()  # characters the PDF prints as [U+XXXX]
        self.set_pdf(None)

    def set_pdf(
        self, data: bytes | None, file_name: str = "", *, final: bool = False,
        unprintable: set[str] | None = None,
    ) -> None:  # fmt: skip
        """Show ``data`` (None: empty). Only a ``final`` PDF can be printed and saved.

        ``unprintable``: the characters it prints as [U+XXXX] (said after saving), if known."""
        old = self._buffer
        self.data = data
        self.unprintable = set(unprintable or ())
        self.file_name = file_name or self.file_name
        if data is None:
            self.document.close()
            self._buffer = None
        else:
            self._buffer = load_pdf(self.document, data, self)
        if old is not None:
            old.close()
            old.deleteLater()
        self.print_button.setEnabled(final and data is not None)
        self.save_button.setEnabled(final and data is not None)

    @Slot()
    def print_pdf(self) -> bool:
        """Ask for a printer and print; True when printed."""
        if self.data is None:
            return False
        printer = new_printer()
        printer.setDocName(Path(self.file_name).stem)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            pages = print_pdf(self.data, printer)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        return True

    @Slot()
    def save_pdf(self) -> Path | None:
        """Ask where to save and write the PDF atomically; the path, or None if cancelled."""
        if self.data is None:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the notice as PDF"),
            str(suggested_path(SaveKind.NOTICE, self.file_name)), self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if not name:
            return None
        dest = Path(name)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
        data = self.data

        def build(out: BinaryIO) -> None:
            out.write(data)

        problem = write_or_explain(dest, lambda path: write_pdf_atomically(path, build))
        if problem is not None:
            self.status.setText(problem)
            show_error(self, StorageError(problem))
            return None
        remember(SaveKind.NOTICE, dest)
        text = fill(self.tr("Saved to %1"), str(dest))
        if self.unprintable:
            note = self.tr("%n character(s) could not be printed: %1", "", len(self.unprintable))
            text += " " + fill(note, code_points(self.unprintable))
        self.status.setText(text)
        return dest


class NoticePdfDialog(QDialog):
    """An issued notice's PDF (exactly as stored), to look at, print or save."""

    def __init__(self, data: bytes, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticePdfDialog")
        self.setWindowTitle(Path(file_name).stem)
        self.panel = PdfPanel(self)
        self.panel.set_pdf(data, file_name, final=True)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        self.panel.button_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(720, 900)
