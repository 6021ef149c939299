"""The start-up check that refuses a PySide6 which loses references to True or None."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kasuhara_desktop.ui import platform_check


def test_the_installed_pyside6_is_sound_on_this_python() -> None:
    assert platform_check.leaks() == []


def test_a_leaking_pyside6_is_refused_with_one_clear_line(monkeypatch) -> None:
    monkeypatch.setattr(platform_check, "leaks", lambda: ["True", "None"])
    with pytest.raises(platform_check.UnsoundQtError) as caught:
        platform_check.refuse_unsound_qt()
    message = str(caught.value)
    assert "\n" not in message
    assert "True and None" in message
    assert "build/constraints.txt" in message
    assert "Python 3.12" in message


def test_refusal_is_a_message_and_exit_1_not_a_traceback() -> None:
    code = (
        "from kasuhara_desktop.ui import platform_check as p\n"
        "p.leaks = lambda: ['True']\n"
        "p.refuse_unsound_qt()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert done.stderr.startswith("kasuhara-desktop: PySide6 ")
    assert "Traceback" not in done.stderr


def test_the_interpreter_is_not_patched() -> None:
    """ui/__init__ no longer pins the counts of True/None (issue 13, point 6)."""
    import kasuhara_desktop.ui as ui

    assert not hasattr(ui, "TRUE_PINNED")
    assert not hasattr(ui, "NONE_PINNED")
    assert sys.getrefcount(True) < 1 << 40 or sys.version_info >= (3, 12)
