"""Typed text survives a crash: the editor and the guided response keep an encrypted autosave
in the vault every few seconds, and the next start offers it back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from e2e_support import child, make_logbook, type_text, wait_window
from helpers import PASSPHRASE, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from kasuhara_desktop.ui.autosave import INTERVAL_MS
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.shell import AppShell
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard

TYPED = "停電の直前に書いた一文"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_logbook(tmp_path / "vault", sample_incident(summary="返金要求と暴言"))


def start_and_unlock(
    qtbot, start_app, folder: Path, lang: str = "ja"
) -> tuple[AppShell, MainWindow]:
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    shell = start_app(folder, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    dialog.panel.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.panel.unlock_button, Qt.MouseButton.LeftButton)
    window = wait_window(qtbot, MainWindow)
    assert id(window) not in before
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.table.setFocus()
    window.table.selectRow(0)
    return shell, window


def power_cut(shell: AppShell, folder: Path, tmp_path: Path) -> Path:
    """The disk as a power cut leaves it: a copy of the vault folder taken while the program
    runs, with nothing closed, saved or checkpointed (the database's write-ahead log is copied
    as it is). The next program starts on the copy; the first one is put out of the way (its
    windows hidden, its application-wide key and input filters off) and never touches it."""
    after = tmp_path / "after-the-power-cut"
    shutil.copytree(folder, after, ignore=shutil.ignore_patterns(".lock"))
    assert shell.window is not None
    shell.window.lock_keys.stop()
    shell.window.idle.stop()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    return after


def restore_box(qtbot) -> QMessageBox:
    def find() -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "autosaveRestoreBox" and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(find()) == 1, timeout=5000)
    box = find()[0]
    assert isinstance(box, QMessageBox)
    return box


def test_text_typed_in_the_editor_comes_back_after_a_crash(
    qtbot, start_app, folder, tmp_path
) -> None:
    shell, first = start_and_unlock(qtbot, start_app, folder)
    qtbot.keyClick(first.table, Qt.Key.Key_Return)
    editor = wait_window(qtbot, IncidentEditor)
    type_text(child(editor, QPlainTextEdit, "summary"), TYPED)
    qtbot.wait(INTERVAL_MS + 800)  # past the autosave interval, then the power goes
    after = power_cut(shell, folder, tmp_path)
    for path in after.rglob("*"):  # kept encrypted: the typed words are in no file in clear
        assert not path.is_file() or TYPED.encode() not in path.read_bytes(), path

    _shell, window = start_and_unlock(qtbot, start_app, after)
    box = restore_box(qtbot)
    qtbot.mouseClick(
        child(box, QAbstractButton, "autosaveRestoreButton"), Qt.MouseButton.LeftButton
    )
    restored = wait_window(qtbot, IncidentEditor)
    assert restored is not editor
    assert TYPED in child(restored, QPlainTextEdit, "summary").toPlainText()
    assert restored.is_dirty() and restored.isWindowModified()

    assert restored.save()  # saved now: nothing is left to offer at the next start
    assert window.service.autosave.pending() == []
    assert TYPED in window.service.get(restored.reference).summary


def test_the_guided_response_comes_back_after_a_crash(qtbot, start_app, folder, tmp_path) -> None:
    shell, first = start_and_unlock(qtbot, start_app, folder, "en")
    qtbot.keyClick(first.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    wizard = wait_window(qtbot, ResponseWizard)
    qtbot.mouseClick(child(wizard, QWidget, "quote_add_now"), Qt.MouseButton.LeftButton)
    type_text(child(wizard, QPlainTextEdit, "quotes_words"), TYPED)
    qtbot.wait(INTERVAL_MS + 800)
    after = power_cut(shell, folder, tmp_path)

    _shell, window = start_and_unlock(qtbot, start_app, after, "en")
    box = restore_box(qtbot)
    qtbot.mouseClick(
        child(box, QAbstractButton, "autosaveRestoreButton"), Qt.MouseButton.LeftButton
    )
    restored = wait_window(qtbot, ResponseWizard)
    assert restored is not wizard
    assert restored.draft.incident.quotes[-1].words == TYPED
    assert restored.draft.is_dirty()
    table = child(restored, QTableView, "quotes_table").model()  # on screen, in the list
    shown = [str(table.index(r, c).data()) for r in range(table.rowCount())
             for c in range(table.columnCount())]  # fmt: skip
    assert any(TYPED in cell for cell in shown)
    assert [d.kind for d in window.service.autosave.pending(exclude=set())] == ["guide"]


def test_discard_deletes_the_drafts_and_nothing_is_offered_again(
    qtbot, start_app, folder, tmp_path
) -> None:
    shell, first = start_and_unlock(qtbot, start_app, folder, "nb")
    qtbot.keyClick(first.table, Qt.Key.Key_Return)
    editor = wait_window(qtbot, IncidentEditor)
    type_text(child(editor, QPlainTextEdit, "summary"), TYPED)
    qtbot.wait(INTERVAL_MS + 800)
    after = power_cut(shell, folder, tmp_path)

    _shell, window = start_and_unlock(qtbot, start_app, after, "nb")
    box = restore_box(qtbot)
    qtbot.mouseClick(
        child(box, QAbstractButton, "autosaveDiscardButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert window.service.autosave.pending() == []
    assert not any(isinstance(w, IncidentEditor) and w.isVisible()
                   for w in QApplication.topLevelWidgets())  # fmt: skip
