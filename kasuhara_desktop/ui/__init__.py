"""The Qt widgets (the only package that imports QtWidgets).

Importing it applies one process-wide workaround for two reference-count bugs of PySide6
6.12.0: ``Signal.emit`` returns ``True``, and every method without a return value (``setText``,
``setValue``...) returns ``None``, without taking a reference. Each such call costs the
singleton one reference; CPython then frees it and aborts ("bool_dealloc", "none_dealloc")
after a few hundred emits or a few thousand calls. ``True`` and ``None`` are static singletons
that are never meant to be freed, so a leaking one has its count pinned far above anything a
session can use up. Each probe runs once; on a fixed PySide6 nothing is changed.
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


def _void_call_leaks_none() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(8):  # one lost reference could be noise; eight are not
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 8


def _pin(singleton: object) -> None:
    ctypes.c_ssize_t.from_address(id(singleton)).value += _PIN


def _pin_true() -> bool:
    if not _emit_leaks_true():
        return False
    _pin(True)
    return True


def _pin_none() -> bool:
    if not _void_call_leaks_none():
        return False
    _pin(None)
    return True


TRUE_PINNED = _pin_true()
NONE_PINNED = _pin_none()
