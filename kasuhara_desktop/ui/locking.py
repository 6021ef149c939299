"""Locking helpers: auto-lock after idle time, the lock key everywhere, windows kept aside.

``IdleLock`` watches every key, mouse, wheel and touch event in the application and restarts
its timer; when the timer runs out it emits ``idle``. The main window connects ``idle`` to its
``lock()``. Only *input* counts: a repainting window or a running task does not keep the
vault open.

``LockKeys`` makes the lock shortcut (Ctrl+L) work from every window of the program, modal
ones included: a ``QAction`` shortcut only fires in its own window, and a modal dialog (the
guided response) blocks even an application-wide one on the window behind it. While locked it
also keeps every keystroke away from anything but the lock screen, so a passphrase typed "into
the lock screen" can never land in a form of a hidden window.

``HideWhileLocked`` hides a window when the session announces ``locked`` and puts it back,
at exactly the same place and size, when it announces ``unlocked``.

``Lockable`` is what a window that shows vault data offers the session (``Session.follow``):
it hides the data on ``locked`` and takes the new services on ``unlocked``. Nothing walks the
windows by hand; each one subscribes when it opens.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from ..services.registry import Services


@runtime_checkable
class Lockable(Protocol):
    """A window that shows vault data and keeps what was typed through a lock."""

    def stash_for_lock(self) -> None:
        """Hide the vault's data and let go of the services (they still work until return)."""

    def restore_after_unlock(self, services: Services) -> None:
        """Take the new services of the vault that was opened again, and show the data."""


class LockSignals(Protocol):
    """The session's two announcements (``ui.session.Session``)."""

    @property
    def locked(self) -> SignalInstance: ...

    @property
    def unlocked(self) -> SignalInstance: ...


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


KEY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
    }
)


class LockKeys(QObject):
    """An application-wide event filter for the lock key and for keys while locked.

    Unlocked, a key press matching one of ``sequences`` in any window emits ``lock_pressed``
    (the press is swallowed). In the main window itself the lock action's own shortcut fires
    first, so the press never gets here and nothing locks twice. Locked (:meth:`guard`), key
    and input-method events for any widget outside the lock screen are dropped.

    Signals:
        lock_pressed(): the lock key was pressed in a window other than the main window.
    """

    lock_pressed = Signal()

    def __init__(self, sequences: Iterable[QKeySequence], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sequences = [QKeySequence(s) for s in sequences if not QKeySequence(s).isEmpty()]
        self._armed = False
        self._allowed: tuple[QWidget, ...] = ()
        self._installed = False

    def arm(self) -> None:
        """The vault is open: watch for the lock key, let every key through."""
        self._allowed = ()
        self._armed = True
        self._install()

    def guard(self, *allowed: QWidget) -> None:
        """The vault is locked: keys may reach ``allowed`` (the lock screen, the menu bar for
        Quit) and nothing else."""
        self._armed = False
        self._allowed = allowed
        self._install()

    def stop(self) -> None:
        self._armed = False
        self._allowed = ()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def _install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def is_lock_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in self._sequences
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in KEY_EVENTS or not isinstance(watched, QWidget):
            return False
        if self._allowed:
            return not any(_inside(watched, root) for root in self._allowed)
        if (
            self._armed
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.is_lock_key(event)
        ):
            self.lock_pressed.emit()
            return True
        return False


def _inside(widget: QWidget, root: QWidget) -> bool:
    """True if ``widget`` is ``root`` or below it, popups (a combo box's list) included."""
    current: QWidget | None = widget
    while current is not None:
        if current is root:
            return True
        current = current.parentWidget()
    return False


class HideWhileLocked(QObject):
    """Hide ``window`` on ``session.locked``; show it again, where it was, on ``unlocked``.

    The client geometry is saved before hiding and set again around showing. A plain
    hide/show places the window anew: a dialog nobody moved in code is centred over its parent
    again, and on X11 the frame and client positions get mixed up, so the window crept down by
    the title bar's height on every lock. Setting the geometry first marks it as placed. (Not
    ``restoreGeometry``: that also shrinks a window to the screen, which would be a change.)
    """

    def __init__(self, window: QWidget, session: LockSignals) -> None:
        super().__init__(window)
        self._window = window
        self._geometry: QRect | None = None
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)

    @Slot()
    def _on_locked(self) -> None:
        window = self._window
        if window.isVisible():
            self._geometry = window.geometry()
            window.hide()

    @Slot(object)
    def _on_unlocked(self, _services: object) -> None:
        geometry, self._geometry = self._geometry, None
        if geometry is None:
            return
        window = self._window
        window.setGeometry(geometry)
        window.show()
        if window.geometry() != geometry:
            window.setGeometry(geometry)
        window.raise_()
        window.activateWindow()
