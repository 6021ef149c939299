"""A picture of the evidence, decrypted into memory only, with fit-to-window and zoom.

The GUI thread looks the item up and opens its reader; a worker (``ui.tasks``) decrypts,
checks the SHA-256 and decodes; the window keeps only the ``QImage``. A file that fails its
integrity check is never shown: the viewer says so instead. ``clear()`` drops the picture.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import IntegrityError
from ...services.evidence import EvidenceService
from ..dialogs.messages import error_text
from ..tasks import Task, run_task
from .evidence_info import EvidenceInfo
from .jobs import load_image
from .texts import fill, integrity_message

MIN_ZOOM, MAX_ZOOM, STEP = 0.05, 8.0, 1.25


class ImageCanvas(QWidget):
    """Paints the image at a zoom factor (only the exposed part is scaled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCanvas")
        self.image = QImage()
        self.zoom = 1.0

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.resize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        if self.image.isNull():
            return QSize(0, 0)
        return QSize(max(1, round(self.image.width() * self.zoom)),
                     max(1, round(self.image.height() * self.zoom)))  # fmt: skip

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 4)
        target = event.rect()
        source = QRectF(target.x() / self.zoom, target.y() / self.zoom,
                        target.width() / self.zoom, target.height() / self.zoom)  # fmt: skip
        painter.drawImage(QRectF(target), self.image, source)


class ImageViewer(QDialog):
    """Non-modal window for one picture; open it with ``open()`` or ``show()``.

    Signals:
        integrity_failed(str, str): the evidence id and why its check failed.
    """

    integrity_failed = Signal(str, str)

    def __init__(
        self, service: EvidenceService, evidence_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowTitle(self.tr("Evidence picture"))
        self.setAccessibleName(self.tr("Evidence picture"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 720)
        self.evidence_id = evidence_id
        self.fit = True
        self._task: Task | None = None
        self._cleared = False
        self.damaged = False

        self.canvas = ImageCanvas()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("imageScroll")
        self.scroll_area.setAccessibleName(self.tr("Picture"))
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.viewport().installEventFilter(self)
        self.message = QLabel(self)
        self.message.setObjectName("imageMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Message"))
        self.info = EvidenceInfo(self)

        self.fit_button = self._button("imageFit", self.tr("Fit to window"), self.fit_to_window)
        self.actual_button = self._button("imageActual", self.tr("Actual size"), self._actual)
        self.zoom_in_button = self._button("imageZoomIn", self.tr("Zoom in"), self.zoom_in)
        self.zoom_out_button = self._button("imageZoomOut", self.tr("Zoom out"), self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("imageZoom")
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_bar = QWidget(self)
        bar = QHBoxLayout(self.zoom_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.fit_button, self.actual_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(w)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.message_icon = QLabel(self)
        self.message_icon.setObjectName("imageMessageIcon")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.message_icon.setPixmap(icon.pixmap(48))
        self.message_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_icon.hide()
        self.message_panel = QWidget(self)
        panel = QVBoxLayout(self.message_panel)
        panel.addStretch(1)
        panel.addWidget(self.message_icon)
        panel.addWidget(self.message)
        panel.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zoom_bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message_panel, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self._set_controls(False)
        self._start(service)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ loading

    def _start(self, service: EvidenceService) -> None:
        try:
            item = service.get(self.evidence_id)
            check = service.last_checks(item.incident_reference).get(item.id)
            self.info.show_item(item, service.timezone, check)
            self.setWindowTitle(fill(self.tr("%1 — evidence"), item.original_name))
            reader = service.open_reader(self.evidence_id)
        except Exception as exc:
            self._failed(exc)
            return
        self.message.setText(self.tr("Decrypting…"))
        self.scroll_area.hide()
        self.message_panel.show()
        self._task = run_task(lambda ctx: load_image(reader, item, ctx.is_cancelled),
                              on_result=self._loaded, on_error=self._failed)  # fmt: skip

    @property
    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    @Slot(object)
    def _loaded(self, image: object) -> None:
        self._task = None
        if not isinstance(image, QImage) or self._cleared:
            return
        self.canvas.image = image
        self.message.clear()
        self.message_panel.hide()
        self.scroll_area.show()
        self._set_controls(True)
        self.fit_to_window()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.damaged = isinstance(exc, IntegrityError)
        text = integrity_message() if self.damaged else (error_text(exc) or "")
        self.message.setText(text)
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;" if self.damaged else "")
        self.message_panel.show()
        self.message_icon.show()
        self.scroll_area.hide()
        self.zoom_bar.hide()
        self._set_controls(False)
        if self.damaged:
            # Later, so that a failure found in the constructor reaches connected slots too.
            QTimer.singleShot(
                0, self, lambda: self.integrity_failed.emit(self.evidence_id, str(exc))
            )

    def _set_controls(self, on: bool) -> None:
        for w in (self.fit_button, self.actual_button, self.zoom_in_button, self.zoom_out_button):
            w.setEnabled(on)
        self.zoom_label.setText(f"{round(self.canvas.zoom * 100)} %" if on else "")

    # ------------------------------------------------------------ zoom

    @Slot()
    def fit_to_window(self) -> None:
        if self.canvas.image.isNull():
            return
        self.fit = True
        area = self.scroll_area.maximumViewportSize()  # without scroll bars: it will fit
        img = self.canvas.image.size()
        self._set_zoom(min(area.width() / img.width(), area.height() / img.height()), fit=True)

    @Slot()
    def _actual(self) -> None:
        self._set_zoom(1.0)

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self.canvas.zoom * STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self.canvas.zoom / STEP)

    def _set_zoom(self, zoom: float, fit: bool = False, anchor: QPoint | None = None) -> None:
        self.fit = fit
        old = self.canvas.zoom
        hbar, vbar = self.scroll_area.horizontalScrollBar(), self.scroll_area.verticalScrollBar()
        spot = anchor or QPoint(self.scroll_area.viewport().width() // 2,
                                self.scroll_area.viewport().height() // 2)  # fmt: skip
        # Keep the image point under ``spot`` where it is.
        px, py = (hbar.value() + spot.x()) / old, (vbar.value() + spot.y()) / old
        self.canvas.set_zoom(zoom)
        hbar.setValue(round(px * self.canvas.zoom - spot.x()))
        vbar.setValue(round(py * self.canvas.zoom - spot.y()))
        self.zoom_label.setText(f"{round(self.canvas.zoom * 100)} %")

    def eventFilter(self, watched: object, event: object) -> bool:
        viewport = self.scroll_area.viewport()
        if watched is viewport and isinstance(event, QResizeEvent) and self.fit:
            self.fit_to_window()  # the window or the panes around the picture changed size
        if watched is viewport and isinstance(event, QWheelEvent):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if (ctrl or self.fit) and not self.canvas.image.isNull():
                steps = event.angleDelta().y() / 120
                if steps:
                    self._set_zoom(self.canvas.zoom * STEP**steps,
                                   anchor=event.position().toPoint())  # fmt: skip
                event.accept()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # ------------------------------------------------------------ leaving

    def clear(self) -> None:
        """Drop the decrypted picture (locking calls it); the window shows nothing."""
        self._cleared = True
        if self._task is not None:
            self._task.cancel()
        self.canvas.image = QImage()
        self.canvas.resize(0, 0)
        self.info.clear()
        self.message.clear()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
