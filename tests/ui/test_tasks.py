from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QPushButton

from kasuhara_desktop.domain.errors import Cancelled, StorageError
from kasuhara_desktop.ui.dialogs.messages import error_text
from kasuhara_desktop.ui.tasks import Task, TaskContext, TaskProgressDialog, registry, run_task


def test_result_arrives_on_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: list[object] = []

    def job(ctx: TaskContext) -> int:
        seen.append(threading.get_ident())
        ctx.progress(1, 2)
        return 42

    got: list[tuple[object, int]] = []
    task = Task(job)
    task.succeeded.connect(lambda v: got.append((v, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert seen[0] != gui
    assert got == [(42, gui)]
    assert not registry.running()


def test_error_is_delivered(qtbot) -> None:
    def job(ctx: TaskContext) -> None:
        raise StorageError("The disk is full.")

    errors: list[BaseException] = []
    with qtbot.waitSignal(registry.idle, timeout=5000):
        run_task(job, on_error=errors.append)
    assert isinstance(errors[0], StorageError)
    assert error_text(errors[0]) == "The disk is full."


def test_bug_gives_generic_message_and_logs_type_only(caplog) -> None:
    text = error_text(ValueError("secret incident words"))
    assert text and "secret" not in text
    assert "secret" not in caplog.text
    assert "ValueError" in caplog.text
    assert error_text(Cancelled("stop")) is None


def test_progress_dialog_cancels_the_job(qtbot) -> None:
    started = threading.Event()

    def job(ctx: TaskContext) -> str:
        started.set()
        for i in range(500):
            if ctx.is_cancelled():
                raise Cancelled("Stopped.")
            ctx.progress(i, 500)
            time.sleep(0.01)
        return "done"

    failures: list[BaseException] = []
    task = run_task(job, on_error=failures.append)
    dialog = TaskProgressDialog(task, "Working", delay_ms=0)
    dialog.open()
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        dialog.findChild(QPushButton).click()
    assert isinstance(failures[0], Cancelled)


@pytest.mark.parametrize(
    ("total", "maximum", "value"),
    [
        (0, 0, -1),  # unknown total: a busy indicator, no value
        (10, 10, 5),
        (5_000_000_000, 1_000_000, 500_000),  # 5e9 bytes: scaled into QProgressBar's 32 bits
    ],
)
def test_progress_ranges(qtbot, total: int, maximum: int, value: int) -> None:
    task = Task(lambda ctx: None)
    dialog = TaskProgressDialog(task, "Working", delay_ms=0)
    qtbot.addWidget(dialog)
    task.progress.emit(total // 2, total)
    assert (dialog.minimum(), dialog.maximum(), dialog.value()) == (0, maximum, value)
    assert dialog.maximum() < 2**31


def test_many_emits_do_not_free_true(qtbot) -> None:
    """PySide6 6.12.0 lost a reference to True per emit (ui/platform_check refuses it). 200
    emits (fewer than True's count, so a leak shows as a number, not an abort) leave the count
    where it was; on Python 3.12+ True is immortal and its count never moves."""
    seen: list[object] = []
    task = Task(lambda ctx: None)
    task.progress.connect(lambda done, total: seen.append(done))
    before = sys.getrefcount(True)
    for i in range(200):
        task.progress.emit(i, 200)
    after = sys.getrefcount(True)
    assert len(seen) == 200
    assert after >= before - 10, f"{before - after} references to True lost in 200 emits"


class _Tracked:
    """Records the thread on which the last reference to it went."""

    def __init__(self, log: list[str], name: str) -> None:
        self._log = log
        self._name = name

    def __del__(self) -> None:
        where = "gui" if threading.current_thread() is threading.main_thread() else "worker"
        self._log.append(f"{self._name}:{where}")


@pytest.mark.parametrize("fails", [False, True])
def test_everything_a_task_touches_is_released_on_the_gui_thread(qtbot, fails: bool) -> None:
    """Regression (a segfault at the end of a job): the task object, the job and whatever its
    closure holds, and the result or error are all released on the GUI thread, even when
    nobody but the registry holds the task and the worker is still winding down."""
    import gc
    import weakref

    released: list[str] = []
    for _ in range(200):
        captured = _Tracked(released, "job")

        def job(ctx: TaskContext, captured: _Tracked = captured) -> object:
            if fails:
                err = ValueError("expected")
                err.payload = _Tracked(released, "result")  # type: ignore[attr-defined]
                raise err
            return _Tracked(released, "result")

        del captured
        got: list[object] = []
        task = Task(job)
        alive = weakref.ref(task)
        (task.failed if fails else task.succeeded).connect(got.append)
        with qtbot.waitSignal(task.finished, timeout=5000):
            task.start()
            del task, job  # only the registry holds the task, only the task the job
        got.clear()
        qtbot.waitUntil(lambda alive=alive: alive() is None, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
    gc.collect()  # an error's traceback holds a cycle; cycles are collected on this thread
    assert len(released) == 400
    assert all(r.endswith(":gui") for r in released), sorted(set(released))
    assert not registry.running()


def test_progress_is_coalesced_but_the_last_report_arrives(qtbot) -> None:
    def job(ctx: TaskContext) -> None:
        for i in range(1, 100_001):
            ctx.progress(i, 100_000)

    seen: list[tuple[int, int]] = []
    task = Task(job)
    task.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.finished, timeout=20_000):
        task.start()
    assert seen[-1] == (100_000, 100_000)
    assert len(seen) < 100_000  # a wake-up per turn of the event loop, not per report


def test_many_calls_without_a_result_do_not_free_none(qtbot) -> None:
    """PySide6 6.12.0 loses a reference to None per call of a method that returns nothing
    (about 5,000 calls aborted the process); ui/__init__ pins it."""
    label = QLabel()
    for i in range(20_000):  # without the pin the process aborts in here
        label.setText(str(i % 10))
    assert sys.getrefcount(None) > 1000
    assert label.text() == "9"
