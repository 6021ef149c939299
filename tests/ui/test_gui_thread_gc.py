"""Cyclic garbage is collected on the GUI thread, never in a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading

from kasuhara_desktop.ui.gui_thread_gc import CHECK_INTERVAL_MS, GuiThreadGarbageCollector

FREED_ON: list[str] = []  # names of the threads that freed each Cycle


class Cycle:
    """An object in a reference cycle that notes which thread finally frees it."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FREED_ON.append(threading.current_thread().name)


def test_cycles_made_by_a_worker_are_freed_on_the_gui_thread(qtbot) -> None:
    assert not gc.isenabled()  # the UI tests' fixture runs one, as the program does
    gc.collect()
    FREED_ON.clear()

    kept: list[list[int]] = []

    def worker() -> None:
        for _ in range(50):
            Cycle()
        # Plenty of allocations: with automatic collection on, one would run right here.
        kept.extend([] for _ in range(5 * gc.get_threshold()[0]))

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert FREED_ON == []  # nothing collected in the worker
    qtbot.waitUntil(lambda: len(FREED_ON) == 50, timeout=4 * CHECK_INTERVAL_MS + 2000)
    assert set(FREED_ON) == {threading.main_thread().name}


def test_stop_gives_collection_back_to_python(qtbot) -> None:
    collector = GuiThreadGarbageCollector()
    collector.stop()
    try:
        assert gc.isenabled()
    finally:
        gc.disable()  # the fixture's collector is still running for this test
