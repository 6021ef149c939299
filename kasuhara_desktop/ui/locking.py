"""Auto-lock after idle time: an application-wide event filter on user input.

``IdleLock`` watches every key, mouse, wheel and touch event in the application and restarts
its timer; when the timer runs out it emits ``idle``. The main window connects ``idle`` to its
``lock()``. Only *input* counts: a repainting window or a running task does not keep the
vault open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Emit ``idle`` after ``interval_ms`` without user input while active.

    Signals:
        idle(): the user has been away for the whole interval.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("idleLockTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self._on_timeout)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(1, interval_ms))
        if self._timer.isActive():
            self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval(minutes * 60_000)

    def start(self) -> None:
        """Watch input and (re)start the countdown."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked there is nothing to lock)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def is_active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    @Slot()
    def _on_timeout(self) -> None:
        self.idle.emit()
