"""Long jobs run off the GUI thread (issue 19): the event loop keeps turning while they run,
and cancelling one leaves nothing behind.

Each job is made slow by a monkeypatched slow step (not by tens of thousands of rows): a step
that ran on the GUI thread would freeze the timer, so no tick could land while it sleeps.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE, TOKYO, sample_incident
from PySide6.QtCore import QTimer

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services import backup as backup_service
from kasuhara_desktop.services import reports as reports_service
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.services.reports import ReportService
from kasuhara_desktop.ui import backup_action, tasks
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.reports import SummaryDialog
from kasuhara_desktop.ui.reports import summary_dialog as summary_module
from kasuhara_desktop.ui.session import Session
from kasuhara_desktop.ui.tasks import TaskProgressDialog
from kasuhara_desktop.vault.vault import Vault

SLOW_S = 0.6


class Ticks:
    """A 20 ms timer counting the ticks that land while ``busy`` is set (the slow step)."""

    def __init__(self) -> None:
        self.busy = threading.Event()
        self.during_slow_step = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)

    def _tick(self) -> None:
        if self.busy.is_set() and tasks.registry.running():
            self.during_slow_step += 1

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def ticks() -> Iterator[Ticks]:
    t = Ticks()
    yield t
    t.stop()


def slowed(real: Callable[..., Any], ticks: Ticks, release: threading.Event | None = None):
    """``real`` behind a slow step: ``SLOW_S`` seconds, or until ``release`` is set."""

    def slow(*args: Any, **kwargs: Any) -> Any:
        ticks.busy.set()
        try:
            if release is None:
                time.sleep(SLOW_S)
            else:
                release.wait(10)
        finally:
            ticks.busy.clear()
        return real(*args, **kwargs)

    return slow


@pytest.fixture
def filled(vault: Vault) -> Vault:
    service = IncidentService(vault)
    for day in (3, 4, 5):
        inc = sample_incident(summary=f"五月{day}日の暴言")
        inc.occurred_at = datetime(2026, 5, day, 12, 0, tzinfo=TOKYO)
        service.add(inc)
    return vault


def open_summary(qtbot, vault: Vault) -> SummaryDialog:
    dialog = SummaryDialog(ReportService(vault), today=date(2026, 5, 20), lang="en")
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


# ---------------------------------------------------------------- period summary


def test_summary_gathers_the_incidents_off_the_gui_thread(
    qtbot, filled: Vault, ticks: Ticks, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The incidents are read in the task (through a connection of its own), not on the GUI
    thread before it: ticks land while the reading is slow, and the summary has them all."""
    threads: list[bool] = []
    real = reports_service.queries.summary_rows

    def read(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(reports_service.queries, "summary_rows", slowed(read, ticks))
    dialog = open_summary(qtbot, filled)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    assert threads == [False]
    assert ticks.during_slow_step >= 3, ticks.during_slow_step
    assert dialog.data is not None and len(dialog.data.incidents) == 3
    assert dialog.preview.status.text().startswith("3 incidents")
    dialog.close()


def test_summary_layout_keeps_the_window_responsive(
    qtbot, filled: Vault, ticks: Ticks, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        summary_module, "build_summary_pdf", slowed(summary_module.build_summary_pdf, ticks)
    )
    dialog = open_summary(qtbot, filled)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    assert ticks.during_slow_step >= 3, ticks.during_slow_step
    dialog.close()


def test_closing_the_summary_while_it_gathers_stops_it_and_keeps_nothing(
    qtbot, filled: Vault, ticks: Ticks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(
        reports_service.queries,
        "summary_rows",
        slowed(reports_service.queries.summary_rows, ticks, release),
    )
    built: list[object] = []
    monkeypatch.setattr(summary_module, "build_summary_pdf", lambda *a, **k: built.append(a))
    before = sorted(p.name for p in filled.folder.iterdir())
    dialog = open_summary(qtbot, filled)
    qtbot.waitUntil(ticks.busy.is_set, timeout=10_000)
    [task] = tasks.registry.running()
    failures: list[object] = []
    task.failed.connect(failures.append)
    dialog.close()  # the Close button: the running gather is cancelled
    release.set()
    qtbot.waitUntil(lambda: not tasks.registry.running(), timeout=10_000)
    assert [type(f).__name__ for f in failures] == ["Cancelled"]
    assert built == []  # stopped before any page was laid out
    assert dialog.data is None and not dialog.save_button.isEnabled()
    # Its own connection was closed: nothing new beside the vault's database.
    assert sorted(p.name for p in filled.folder.iterdir()) == before


def test_the_summary_gathered_in_a_thread_lists_what_the_vault_holds(vault: Vault) -> None:
    """The worker's own connection sees the committed incidents and the ban in force, the
    same as the vault's connection does (the CLI's path)."""
    inc = sample_incident()
    inc.occurred_at = datetime.now(TOKYO).replace(microsecond=0) - timedelta(minutes=5)
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    inc.assessment.facts_confirmed_by = inc.assessment.judged_by = "店長"
    saved = IncidentService(vault).add(inc)
    number = NoticeService(vault).issue_json(saved.reference, {}).notice.number
    today = datetime.now(TOKYO).date()
    service = ReportService(vault)
    job = service.summary_job(today - timedelta(days=1), today)
    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(job.gather()))
    worker.start()
    worker.join(30)
    [data] = result
    assert [i.reference for i in data.incidents] == [saved.reference]
    assert [b.number for b in data.bans] == [number]
    same = service.prepare_summary(today - timedelta(days=1), today)
    assert (same.incidents, same.bans) == (data.incidents, data.bans)


# ---------------------------------------------------------------- backup


@pytest.fixture
def window(qtbot, filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(backup_action, "choose_folder", lambda *_a: target)
    win = MainWindow(Session(filled, open_services), AppSettings())
    qtbot.addWidget(win)
    win.show()
    win.target = target  # type: ignore[attr-defined]
    return win


def test_backup_copies_the_database_off_the_gui_thread(
    qtbot, window: MainWindow, ticks: Ticks, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    real = backup_service.start_backup

    def copy_database(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_service, "start_backup", slowed(copy_database, ticks))
    window.backup.action.trigger()
    qtbot.waitUntil(lambda: window.backup.job is None and not tasks.registry.running(),
                    timeout=20_000)  # fmt: skip
    assert threads == [False]
    assert ticks.during_slow_step >= 3, ticks.during_slow_step
    [copy] = list(window.target.iterdir())  # type: ignore[attr-defined]
    with Vault.open(copy, passphrase=PASSPHRASE) as v:  # the copy read through its own connection
        assert IncidentService(v).count(IncidentFilter()) == 3
    assert "Backed up to" in window.statusBar().currentMessage()


def test_cancelling_a_backup_while_the_database_is_copied_keeps_nothing(
    qtbot, window: MainWindow, ticks: Ticks, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(
        backup_service, "start_backup", slowed(backup_service.start_backup, ticks, release)
    )
    window.backup.action.trigger()
    qtbot.waitUntil(ticks.busy.is_set, timeout=10_000)
    [dialog] = window.findChildren(TaskProgressDialog)
    dialog.canceled.emit()  # what its Cancel button sends
    release.set()
    qtbot.waitUntil(lambda: window.backup.job is None and not tasks.registry.running(),
                    timeout=20_000)  # fmt: skip
    assert list(window.target.iterdir()) == []  # type: ignore[attr-defined]
    assert "cancelled" in window.statusBar().currentMessage()
