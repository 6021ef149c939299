"""Child process for the task-lifetime stress test (tests/ui/test_task_stress.py).

Runs the task helper thousands of times the way the program does (results bound to widget
slots, progress dialogs, widgets deleted while their task runs, tasks nobody else holds) with a
CPU hog beside it, so thread scheduling varies, and exits 0 only if every task delivered. A
lifetime bug in ``ui/tasks.py`` shows up here as a crash (non-zero exit), not as a flaky test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kasuhara_desktop.ui.gui_thread_gc import GuiThreadGarbageCollector
from kasuhara_desktop.ui.tasks import TaskProgressDialog, run_task

HOGS = 2
# Spins until its parent (this process) is gone: if a crash here skips the clean-up below, the
# hog must not keep a core busy for the rest of the test run.
HOG = """
import os
parent = os.getppid()
while os.getppid() == parent:
    for _ in range(200_000):
        pass
"""
IN_FLIGHT = 8


class Receiver(QLabel):
    """A widget whose bound methods receive results, as the program's dialogs do."""

    def __init__(self, counts: dict[str, int], parent: QWidget) -> None:
        super().__init__(parent)  # owned by its parent, as a dialog's widgets are
        self.counts = counts

    @Slot(object)
    def got(self, value: object) -> None:
        self.counts["results"] += 1
        self.setText(str(len(value) if isinstance(value, list) else value))

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self.counts["errors"] += 1

    @Slot(object, object)
    def progressed(self, done: object, total: object) -> None:
        self.counts["progress"] += 1


def job_ok(ctx) -> list[object]:
    for i in range(5):
        ctx.progress(i, 5)
    return [object() for _ in range(20)]  # fresh objects whose last reference moves threads


def job_fail(ctx) -> None:
    raise ValueError("expected")


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    app = QApplication(sys.argv[:1])
    collector = GuiThreadGarbageCollector(app)  # as in the program
    # CPU hogs in their own processes keep both cores busy, so the worker and GUI threads are
    # preempted at varying points (a hog thread here would only starve them of the GIL).
    hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(HOGS)]
    root = QWidget()
    counts = {"started": 0, "results": 0, "errors": 0, "progress": 0, "deleted": 0}
    deadline = time.monotonic() + 150

    def launch() -> None:
        n = counts["started"]
        if n >= total:
            return
        counts["started"] += 1
        receiver = Receiver(counts, root)
        kind = n % 4
        if kind == 0:  # bound slots, receiver kept until the result
            task = run_task(job_ok, on_result=receiver.got, on_progress=receiver.progressed)
            task.finished.connect(receiver.deleteLater)
            task.finished.connect(finished_one)
        elif kind == 1:  # an error delivered to a bound slot
            task = run_task(job_fail, on_error=receiver.failed)
            task.finished.connect(receiver.deleteLater)
            task.finished.connect(finished_one)
        elif kind == 2:  # the receiver is deleted while its task runs
            task = run_task(job_ok, on_result=receiver.got)
            task.finished.connect(finished_one)
            receiver.deleteLater()
            counts["deleted"] += 1
        else:  # a progress dialog tied to a task nobody else holds
            task = run_task(job_ok, on_result=receiver.got)
            TaskProgressDialog(task, "stress", delay_ms=0).open()
            task.finished.connect(receiver.deleteLater)
            task.finished.connect(finished_one)
        del receiver, task  # only Qt (and the task registry) hold them now

    def finished_one() -> None:
        QTimer.singleShot(0, launch)  # keep IN_FLIGHT tasks running

    def check() -> None:
        done = counts["results"] + counts["errors"]
        expected = total - counts["deleted"]
        if (counts["started"] >= total and done >= expected) or time.monotonic() > deadline:
            QCoreApplication.quit()

    for _ in range(IN_FLIGHT):
        launch()
    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(20)
    try:
        app.exec()
    finally:
        for h in hogs:
            h.kill()
            h.wait()
    from kasuhara_desktop.ui import tasks

    tasks.shutdown(10_000)
    collector.stop()
    expected = total - counts["deleted"]
    done = counts["results"] + counts["errors"]
    print(f"started={counts['started']} delivered={done} expected>={expected}", flush=True)
    return 0 if done >= expected else 3


if __name__ == "__main__":
    sys.exit(main())
