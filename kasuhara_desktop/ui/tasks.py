"""The one helper for long work off the GUI thread, and a small progress dialog for it.

A job is a plain-Python callable that receives a :class:`TaskContext` and returns a result::

    def job(ctx: TaskContext) -> int:
        for i, item in enumerate(items):
            if ctx.is_cancelled():
                raise Cancelled("Stopped.")
            ctx.progress(i, len(items))
            ...
        return len(items)

    task = run_task(job, on_result=self._imported, on_error=self._failed)
    TaskProgressDialog(task, self.tr("Importing…"), parent=self).open()

The job runs on a ``QThreadPool`` thread and must get plain data only (paths, strings, a
service whose connection no other thread uses meanwhile), never a widget. ``progress``,
``succeeded`` and ``failed`` arrive on the GUI thread. :data:`registry` knows the running tasks,
so locking can cancel them and wait before it closes the vault.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class TaskContext:
    """What a job may call from its own thread: report progress, ask whether to stop."""

    def __init__(self, cancel_event: threading.Event, emit_progress: Callable[[int, int], None]):
        self._cancel = cancel_event
        self._emit = emit_progress

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` units (any unit; ``total`` 0 means unknown)."""
        try:
            self._emit(int(done), int(total))
        except RuntimeError:  # the receiver is gone (the app is quitting): stop the job
            self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once the user (or locking) asked the job to stop: stop soon, leave no half-work."""
        return self._cancel.is_set()


Job = Callable[[TaskContext], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it (queued across threads)."""

    progress = Signal(object, object)
    result = Signal(object)
    error = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job, ctx: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._ctx = ctx
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._job(self._ctx)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._deliver(self._relay.error, exc)
        else:
            self._deliver(self._relay.result, value)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiver is gone (the app is quitting): nobody to tell
            log.debug("A task finished after its receiver was deleted.")


class Task(QObject):
    """One job in flight.

    Signals:
        progress(int, int): ``done``, ``total`` as the job reports them.
        succeeded(object): the job's return value.
        failed(object): the exception the job raised (``Cancelled`` when it was stopped).
        finished(): after ``succeeded`` or ``failed``.
    """

    progress = Signal(object, object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, job: Job) -> None:
        # No Qt parent: a task must outlive the window that started it until its thread ends
        # (the registry holds it); callbacks bound to a deleted widget are simply dropped.
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.result.connect(self._on_result)
        self._relay.error.connect(self._on_error)
        self._running = False
        self._done = False

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def is_done(self) -> bool:
        return self._done

    def start(self, pool: QThreadPool | None = None) -> Task:
        ctx = TaskContext(self._cancel, self._relay.progress.emit)
        self._running = True
        registry.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._job, ctx, self._relay))
        return self

    def cancel(self) -> None:
        """Ask the job to stop; it is the job's business to check ``is_cancelled()``."""
        self._cancel.set()

    @Slot(object, object)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_result(self, value: object) -> None:
        self._finish()
        self.succeeded.emit(value)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)
        self.finished.emit()

    def _finish(self) -> None:
        self._running = False
        self._done = True
        registry.remove(self)


class TaskRegistry(QObject):
    """The tasks now running.

    Signals:
        idle(): the last running task finished.
    """

    idle = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._tasks: list[Task] = []
        self._retired: list[Task] = []

    def add(self, task: Task) -> None:
        self._tasks.append(task)

    def remove(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
            # Keep the finished task alive until the event loop has left its slots: when the
            # last reference went with the slot's bound method, PySide destroyed the QObject in
            # the middle of its own signal dispatch and crashed (segfault in getOverride).
            self._retired.append(task)
            QTimer.singleShot(0, self._drop_retired)
            if not self._tasks:
                self.idle.emit()

    @Slot()
    def _drop_retired(self) -> None:
        self._retired.clear()

    def running(self) -> list[Task]:
        return list(self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()


def shutdown(timeout_ms: int = 10_000) -> bool:
    """Cancel every task and wait for the pool's threads (at exit); True if all stopped."""
    registry.cancel_all()
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


registry = TaskRegistry()


def run_task(
    job: Job,
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start ``job`` in the thread pool; callbacks run on the GUI thread.

    Keep the returned task if you want to cancel it; it stays alive until it finishes either
    way. Connect callbacks that are slots of a widget (bound methods): if the widget is
    deleted first, Qt drops the delivery instead of calling into a dead object.
    """
    task = Task(job)
    if on_result is not None:
        task.succeeded.connect(on_result)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        task.progress.connect(on_progress)
    return task.start()


class TaskProgressDialog(QProgressDialog):
    """A progress dialog tied to a task: shows its progress; Cancel cancels it.

    It appears only if the task runs longer than ``delay_ms`` and closes itself when the task
    finishes. Open it with ``open()``.
    """

    def __init__(
        self, task: Task, label: str, parent: QWidget | None = None, delay_ms: int = 400
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgressDialog")
        self.setWindowTitle(self.tr("Please wait"))
        self.setLabelText(label)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setAccessibleName(label)
        self.setRange(0, 0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(delay_ms)
        self._task = task
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        self.canceled.connect(self._on_cancel)
        if task.is_done:
            QTimer.singleShot(0, self._on_finished)

    @Slot(object, object)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)  # QProgressBar is 32-bit
            self.setRange(0, total // scale)
            self.setValue(min(done, total) // scale)
        else:
            self.setRange(0, 0)

    @Slot()
    def _on_cancel(self) -> None:
        if self._task.is_done:
            return
        self.setLabelText(self.tr("Stopping…"))
        self._task.cancel()

    @Slot()
    def _on_finished(self) -> None:
        self.reset()
        self.close()
        self.deleteLater()
