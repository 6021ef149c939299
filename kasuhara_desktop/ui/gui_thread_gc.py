"""Python's cyclic garbage collector, run in the GUI thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold is crossed:
an import's hashing thread, a task's worker. If the garbage then holds Qt objects (a dialog
caught in a reference cycle with its slots), they are destroyed from that thread, and Qt
widgets destroyed outside the GUI thread crash the process (seen as a segmentation fault
while "Garbage-collecting" in a freshly started worker thread). So automatic collection is
turned off and a timer in the GUI thread collects instead, with the same thresholds.
Reference counting, which frees almost everything, is unaffected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

CHECK_INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    """Disable automatic collection and collect from a GUI-thread timer instead.

    Create it once, in the GUI thread, after the ``QApplication``; ``stop()`` gives collection
    back to Python.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    @Slot()
    def collect_if_due(self) -> None:
        """Collect the generations whose allocation counts passed Python's thresholds."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest due generation includes the younger ones
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
