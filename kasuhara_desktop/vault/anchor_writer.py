"""Coalesced anchor updates: at most one in-place write per second while saves come quickly.

Each in-place write of ``anchor.json`` leaves a dirty page that the *next* commit's fsync
writes out too (the filesystem's journal flushes it with the WAL), which made a burst of saves
about 0.2 ms slower each. So after a commit the anchor is written at once if the last write is
a second old, else once that second is over, from a timer thread that touches only the file
(the head to record is read on the caller's thread, at commit). :meth:`AnchorWriter.settle`
writes what is pending and stops the timer: at lock and close, and before a change of the data
key, so that no late write can use a key that is about to change.

What this gives up: a process killed within that second leaves the anchor up to a second
behind the database, which is the normal "database ahead" case and never alarms.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import UserError
from . import anchor

INTERVAL_SECONDS = 1.0


class AnchorWriter:
    """Writes the newest audit head into ``anchor.json``, coalescing bursts.

    Args:
        folder: the vault folder.
        vault_id: the vault's id (MACed with the head).
        data_key: returns the current data key (it changes with a rekey), or None once locked.
    """

    def __init__(self, folder: Path, vault_id: str, data_key: Callable[[], bytes | None]) -> None:
        self._folder, self._vault_id, self._data_key = folder, vault_id, data_key
        self._lock = threading.Lock()
        self._pending: tuple[int, str] | None = None
        self._timer: threading.Timer | None = None
        self._last = float("-inf")

    def advance(self, last_id: int, head: str) -> None:
        """Record this head now, or within a second if one was written less than a second ago."""
        with self._lock:
            waited = time.monotonic() - self._last
            if self._timer is None and waited >= INTERVAL_SECONDS:
                self._write(last_id, head)
                return
            self._pending = (last_id, head)
            if self._timer is None:
                self._timer = threading.Timer(INTERVAL_SECONDS - waited, self._fire)
                self._timer.daemon = True
                self._timer.start()

    def settle(self) -> None:
        """Write what is pending now and stop the timer (at lock, close, and before a rekey)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._pending is not None:
                self._write(*self._pending)

    def _fire(self) -> None:
        with self._lock:
            if self._timer is None:  # settled meanwhile
                return
            self._timer = None
            if self._pending is not None:
                self._write(*self._pending)

    def _write(self, last_id: int, head: str) -> None:
        self._pending = None
        self._last = time.monotonic()
        key = self._data_key()
        if key is None:
            return
        # As after every commit: a failed anchor write must not report the committed change
        # as failed; the next write (or the next open) brings it up to date.
        with contextlib.suppress(OSError, UserError):
            anchor.advance(self._folder, key, self._vault_id, last_id, head)
