"""The Qt widgets (the only package that imports QtWidgets).

Importing it applies one process-wide workaround: PySide6 6.12.0's ``Signal.emit`` returns
``True`` without taking a reference, so every emit from Python costs ``True`` one reference and,
after a few hundred emits, CPython frees ``True`` and aborts ("bool_dealloc"). ``True`` is a
static singleton that is never meant to be freed, so its count is pinned far above anything a
session can use up. The probe runs once; on a fixed PySide6 nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PIN = 1 << 40


class _Probe(QObject):
    fired = Signal()


def _emit_leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    return sys.getrefcount(True) < before


def _pin_true() -> bool:
    if not _emit_leaks_true():
        return False
    ctypes.c_ssize_t.from_address(id(True)).value += _PIN
    return True


TRUE_PINNED = _pin_true()
