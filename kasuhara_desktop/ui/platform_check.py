"""Refuse to start on a PySide6 that loses references to ``True`` or ``None``.

PySide6 6.12.0 returns ``True`` from ``Signal.emit`` and ``None`` from methods without a return
value without taking a reference. On Python 3.11 each call costs the singleton one reference and
CPython aborts ("bool_dealloc", "none_dealloc") once it reaches zero: a crash minutes into a
session, with typed text lost. On Python 3.12+ the singletons are immortal and the leak is
harmless. Rather than patch the interpreter, the program measures the leak once and stops with
a message that says what to install.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, Signal

PROBE_CALLS = 8  # one lost reference could be noise; eight are not


class UnsoundQtError(SystemExit):
    """Raised at import: Python prints the message on stderr (no traceback) and exits with 1."""


class _Probe(QObject):
    fired = Signal()


def leaks() -> list[str]:
    """Which singletons this PySide6 loses references to on this Python ("True", "None")."""
    probe = _Probe()
    found = []
    before = sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.fired.emit()
    if sys.getrefcount(True) <= before - PROBE_CALLS:
        found.append("True")
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    if sys.getrefcount(None) <= before - PROBE_CALLS:
        found.append("None")
    return found


def unsound_message(found: list[str]) -> str:
    python = ".".join(str(n) for n in sys.version_info[:3])
    return (
        f"kasuhara-desktop: PySide6 {PySide6.__version__} loses a reference to "
        f"{' and '.join(found)} on every call, which crashes Python {python}; install the tested "
        "versions (pip install -c build/constraints.txt -e ., PySide6 6.11.3 on Python 3.11) "
        "or use Python 3.12 or later"
    )


def refuse_unsound_qt() -> None:
    """Raise ``UnsoundQtError`` when the installed PySide6 leaks on this Python."""
    found = leaks()
    if found:
        raise UnsoundQtError(unsound_message(found))
