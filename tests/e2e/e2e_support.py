"""Helpers of the end-to-end tests (imported by name: ``import conftest`` could find the
conftest of another test folder first)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from kasuhara_desktop.ui.shell import AppShell

W = TypeVar("W", bound=QWidget)
LANGS = ("ja", "en", "nb")


def quit_program(shell: AppShell) -> None:
    """What happens when the program ends (``run_gui``'s ``finally``), windows closed first."""
    if shell.window is not None:
        shell.window.hide()
    if shell.dialog is not None:
        shell.dialog.hide()
    shell.shutdown()


def visible_top_level(cls: type[W]) -> W:
    """The one visible top-level window of ``cls`` (fails if none or several)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert len(found) == 1, f"expected one visible {cls.__name__}, found {len(found)}"
    return found[0]


def wait_window(qtbot, cls: type[W], timeout: int = 10_000) -> W:
    """Wait until exactly one visible top-level ``cls`` is on screen; return it."""

    def shown() -> bool:
        return (
            sum(1 for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())
            == 1
        )

    qtbot.waitUntil(shown, timeout=timeout)
    return visible_top_level(cls)


def child(parent: QWidget, cls: type[W], name: str) -> W:
    """A child widget by object name (never by its visible text: that changes with the language)."""
    found = parent.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r} in {parent.objectName()!r}"
    return found


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as an input method commits it (works for Japanese, which
    ``qtbot.keyClicks`` cannot type)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)
