"""Ctrl+L locks from every window of the program, the modal guided response included: nothing
of the vault stays on screen, keys typed afterwards reach only the lock screen's passphrase
field, and unlocking brings back every window with what was typed in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import LANGS, child, make_logbook, type_text, unlock_to_main, wait_window
from helpers import PASSPHRASE, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView, QWidget

from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard

TYPED = "まだ保存していない一文"
SUMMARY = "返金要求と暴言"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_logbook(tmp_path / "vault", sample_incident(summary=SUMMARY))


def unlock_at_start(qtbot, start_app, folder: Path, lang: str) -> MainWindow:
    return unlock_to_main(qtbot, start_app, folder, lang)


def select_first_incident(qtbot, window: MainWindow) -> None:
    table = child(window, QTableView, "incidentTable")
    table.setFocus()
    table.selectRow(0)
    assert window.selected_reference()


def press_lock_key(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def assert_nothing_of_the_vault_on_screen(window: MainWindow) -> None:
    assert window.is_locked and window.session.is_locked
    assert window.model.rowCount() == 0
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        raise AssertionError(f"{type(widget).__name__} {widget.objectName()!r} still shown")
    for edit in window.findChildren(QWidget):
        if isinstance(edit, QLineEdit | QPlainTextEdit) and edit.isVisible():
            text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            assert TYPED not in text and SUMMARY not in text


def type_into_focus(qtbot, text: str) -> QWidget:
    """Type as the user does: into whatever has the keyboard focus now."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus after locking"
    qtbot.keyClicks(focused, text)
    return focused


def unlock_from_lock_screen(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)


@pytest.mark.parametrize("lang", LANGS)
def test_ctrl_l_in_the_editor_locks_and_keys_go_to_the_lock_screen(
    qtbot, start_app, folder: Path, lang: str
) -> None:
    window = unlock_at_start(qtbot, start_app, folder, lang)
    select_first_incident(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # open it in the editor
    editor = wait_window(qtbot, IncidentEditor)
    summary = child(editor, QPlainTextEdit, "summary")
    type_text(summary, TYPED)
    assert TYPED in summary.toPlainText()

    press_lock_key(qtbot, summary)
    assert_nothing_of_the_vault_on_screen(window)
    assert not editor.isVisible()

    focused = type_into_focus(qtbot, PASSPHRASE[:10])  # keyClicks: Latin-1 part only
    assert focused is window.lock_panel.passphrase
    assert window.lock_panel.passphrase.text() == PASSPHRASE[:10]
    qtbot.keyClicks(summary, "xyz")  # even sent straight at the hidden field: dropped
    assert "xyz" not in summary.toPlainText()

    window.lock_panel.passphrase.setText(PASSPHRASE)
    unlock_from_lock_screen(qtbot, window)
    qtbot.waitUntil(editor.isVisible, timeout=5000)
    assert not window.is_locked
    assert TYPED in child(editor, QPlainTextEdit, "summary").toPlainText()
    assert editor.is_dirty() and not editor.is_locked
    # The lock key works again in the editor after unlocking.
    press_lock_key(qtbot, child(editor, QPlainTextEdit, "summary"))
    assert window.is_locked and not editor.isVisible()


def test_ctrl_l_in_the_modal_guided_response_locks_and_keys_never_reach_it(
    qtbot, start_app, folder: Path
) -> None:
    window = unlock_at_start(qtbot, start_app, folder, "ja")
    select_first_incident(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    wizard = wait_window(qtbot, ResponseWizard)
    assert wizard.isModal() or wizard.windowModality() != Qt.WindowModality.NonModal
    qtbot.mouseClick(child(wizard, QWidget, "quote_add_now"), Qt.MouseButton.LeftButton)
    words = child(wizard, QPlainTextEdit, "quotes_words")
    type_text(words, TYPED)
    geometry = wizard.geometry()

    press_lock_key(qtbot, words)
    assert_nothing_of_the_vault_on_screen(window)
    assert not wizard.isVisible()

    focused = type_into_focus(qtbot, "secret pass")
    assert focused is window.lock_panel.passphrase
    assert window.lock_panel.passphrase.text() == "secret pass"
    qtbot.keyClicks(words, "xyz")
    assert "xyz" not in words.toPlainText() and "secret" not in words.toPlainText()

    window.lock_panel.passphrase.setText(PASSPHRASE)
    unlock_from_lock_screen(qtbot, window)
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.geometry() == geometry  # back exactly where it was
    assert child(wizard, QPlainTextEdit, "quotes_words").toPlainText() == TYPED
    assert not wizard.is_locked and wizard.draft.is_dirty()
    assert wizard.draft.incident.quotes[-1].words == TYPED
