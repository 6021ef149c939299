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

Who owns what, and which thread lets go of it (the cause of a crash at the end of a job, seen
about once in eight runs of 10,000 tasks, when each task had its own relay ``QObject`` that the
pool's runnable referenced): a Qt object must be destroyed on the thread it lives on, and a
Python reference dropped on a worker thread can be the last one. So a worker thread holds no Qt
object at all and never drops the last reference to anything the GUI made:

- The worker's runnable holds the task's id (an int), its :class:`TaskContext` (plain Python) and,
  while the job runs, the job. It lets go of the job before it reports the end; the
  :class:`Task` on the GUI thread keeps its own reference to the job until it has delivered, so
  the job (and whatever its closure holds) is always released on the GUI thread.
- Results, errors and the latest progress go into :data:`_outbox`, a locked dict keyed by task id,
  and the worker then wakes the GUI thread with a queued int-only signal of :data:`registry`, a
  module-level object that lives as long as the program. The worker drops its own reference to
  the result before waking, so the outbox holds the only one.
- On the GUI thread the registry takes the messages, drops the task from its table and emits the
  task's signals while a local reference keeps it alive; the task is released when that slot
  returns, on the GUI thread, outside any signal of its own.
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
        except RuntimeError:  # the registry is gone (the app is quitting): stop the job
            self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once the user (or locking) asked the job to stop: stop soon, leave no half-work."""
        return self._cancel.is_set()


Job = Callable[[TaskContext], Any]


class _Outbox:
    """Messages from worker threads to the GUI thread, keyed by task id (plain Python, locked).

    Progress is coalesced: only the latest report waits, so a job that reports a million times
    posts one wake-up per turn of the event loop, not a million events.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._progress: dict[int, tuple[int, int]] = {}
        self._final: dict[int, tuple[bool, object]] = {}

    def put_progress(self, task_id: int, done: int, total: int) -> bool:
        """Store the latest progress; True if the GUI thread must be woken for it."""
        with self._lock:
            waiting = task_id in self._progress
            self._progress[task_id] = (done, total)
            return not waiting

    def put_final(self, task_id: int, ok: bool, holder: list[object]) -> None:
        """Move the one value out of ``holder`` into the outbox: the caller keeps no reference
        that could outlive the GUI thread's (the lock is held until the dict has it)."""
        with self._lock:
            self._final[task_id] = (ok, holder.pop())

    def take(self, task_id: int) -> tuple[tuple[int, int] | None, tuple[bool, object] | None]:
        with self._lock:
            return self._progress.pop(task_id, None), self._final.pop(task_id, None)


_outbox = _Outbox()


class _Runnable(QRunnable):
    """The pool's work item: plain data only (see the module docstring)."""

    def __init__(self, task_id: int, job: Job, ctx: TaskContext) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._job: Job | None = job
        self._ctx = ctx

    def run(self) -> None:
        job, self._job = self._job, None
        assert job is not None
        holder: list[object] = []
        ok = True
        try:
            holder.append(job(self._ctx))
        except BaseException as exc:  # delivered to the GUI thread, never lost
            ok = False
            if exc.__traceback__ is not None:  # this frame references the runnable: drop it
                exc.__traceback__ = exc.__traceback__.tb_next
            holder.append(exc)
        # The task on the GUI thread still holds the job, so this thread never lets go of it
        # last; the result moves into the outbox, so this thread holds no reference to it.
        del job
        _outbox.put_final(self._task_id, ok, holder)
        registry.wake(self._task_id)


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

    _next_id = 0

    def __init__(self, job: Job) -> None:
        # No Qt parent: a task must outlive the window that started it until its thread ends
        # (the registry holds it); callbacks bound to a deleted widget are simply dropped.
        super().__init__()
        Task._next_id += 1
        self.task_id = Task._next_id
        self._job: Job | None = job
        self._cancel = threading.Event()
        self._running = False
        self._done = False

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def is_done(self) -> bool:
        return self._done

    def start(self, pool: QThreadPool | None = None) -> Task:
        assert self._job is not None and not self._running and not self._done
        task_id = self.task_id

        def report(done: int, total: int) -> None:
            if _outbox.put_progress(task_id, done, total):
                registry.wake(task_id)

        ctx = TaskContext(self._cancel, report)
        self._running = True
        registry.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(task_id, self._job, ctx))
        return self

    def cancel(self) -> None:
        """Ask the job to stop; it is the job's business to check ``is_cancelled()``."""
        self._cancel.set()

    def _deliver_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _deliver_final(self, ok: bool, value: object) -> None:
        self._running = False
        self._done = True
        self._job = None  # released here, on the GUI thread
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()


class TaskRegistry(QObject):
    """The tasks now running, and the GUI thread's end of every worker's messages.

    Signals:
        idle(): the last running task finished.
    """

    idle = Signal()
    _woken = Signal(int)  # a task id; emitted from worker threads, so queued to this thread

    def __init__(self) -> None:
        super().__init__()
        self._tasks: dict[int, Task] = {}
        self._woken.connect(self._on_woken)

    def wake(self, task_id: int) -> None:
        """Called from a worker thread: the task has messages in the outbox."""
        self._woken.emit(task_id)

    def add(self, task: Task) -> None:
        self._tasks[task.task_id] = task

    @Slot(int)
    def _on_woken(self, task_id: int) -> None:
        progress, final = _outbox.take(task_id)
        task = self._tasks.get(task_id)  # this local keeps the task alive through its signals
        if task is None:
            return
        if progress is not None:
            task._deliver_progress(*progress)
        if final is not None:
            del self._tasks[task_id]
            task._deliver_final(*final)
            if not self._tasks:
                self.idle.emit()

    def running(self) -> list[Task]:
        return list(self._tasks.values())

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
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
