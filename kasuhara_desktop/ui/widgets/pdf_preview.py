"""Show a PDF held in memory (QtPdf from a QBuffer: no temporary file) and print it.

Used for the recovery sheet, whose key must never be written to disk except where the user
saves it. Without the QtPdf module (``PySide6-Pdf``) the preview says so and printing is off;
saving the PDF still works.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed PySide6 wheels
    HAVE_QTPDF = False

try:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    HAVE_PRINTING = True
except ImportError:  # pragma: no cover
    HAVE_PRINTING = False


class PdfPreview(QWidget):
    """A scrolling, page-fitted view of PDF bytes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._buffer: QBuffer | None = None
        self._data = QByteArray()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.document = None
        self.view = None
        self.fallback = QLabel(self)
        self.fallback.setObjectName("pdfPreviewFallback")
        self.fallback.setWordWrap(True)
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setObjectName("pdfView")
            self.view.setAccessibleName(self.tr("Document preview"))
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
            layout.addWidget(self.view)
            self.fallback.hide()
        else:
            self.fallback.setText(
                self.tr("The preview is not available here. Save the PDF and open it to check it.")
            )
        layout.addWidget(self.fallback)

    @property
    def can_print(self) -> bool:
        return HAVE_QTPDF and HAVE_PRINTING

    def set_pdf(self, data: bytes) -> None:
        self.clear()
        self._data = QByteArray(data)
        if self.document is None:
            return
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def clear(self) -> None:
        """Drop the document and overwrite the bytes held in memory."""
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if self._data.size():
            self._data.fill(0)
        self._data = QByteArray()

    def print_document(self) -> bool:
        """Ask for a printer and print every page; True if printed."""
        if not self.can_print or self.document is None or not self.page_count():
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.render_to(printer)
        return True

    def render_to(self, printer: QPrinter) -> None:
        """Draw each page into ``printer``'s painter, scaled to its page."""
        assert self.document is not None
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(page).toSize()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, QSize(scaled.width(), scaled.height()))
                painter.drawImage(QRect(QPoint(0, 0), scaled), image)
        finally:
            painter.end()
