"""A closed (完了) incident, opened from the main window: read-only, its "Now" buttons
disabled, the guide refusing to open on it; "Reopen…" with a reason makes it editable again
and the reason is in the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import LANGS, child, make_logbook, type_text, unlock_to_main, wait_window
from helpers import sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard
from kasuhara_desktop.vault import audit

REASON = "お客様から追加の申し出があった"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inc = sample_incident()
    inc.status = IncidentStatus.CLOSED
    return make_logbook(
        tmp_path / "vault", inc, shop=ShopProfile(name="テスト商店", timezone="Asia/Tokyo")
    )


def main_window(qtbot, start_app, folder: Path, lang: str) -> tuple[MainWindow, QTableView]:
    window = unlock_to_main(qtbot, start_app, folder, lang)
    table = child(window, QTableView, "incidentTable")
    table.setFocus()
    table.selectRow(0)
    return window, table


def now_buttons(editor: IncidentEditor) -> list[QAbstractButton]:
    found = [b for b in editor.findChildren(QAbstractButton) if b.objectName().startswith("now_")]
    assert len(found) >= 6
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_closed_is_read_only_until_reopened_with_a_reason(
    qtbot, start_app, folder: Path, lang: str
) -> None:
    window, table = main_window(qtbot, start_app, folder, lang)
    reference = window.selected_reference()
    assert reference

    # The guide does not open on a closed incident: it says why.
    qtbot.keyClick(table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "errorMessageBox" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=5_000,
    )
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "errorMessageBox")
    assert isinstance(box, QMessageBox) and reference in box.text()
    assert not any(isinstance(w, ResponseWizard) and w.isVisible()
                   for w in QApplication.topLevelWidgets())  # fmt: skip
    box.done(0)

    # The editor shows it read-only: no typing, no "Now" buttons, no saving.
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = wait_window(qtbot, IncidentEditor)
    assert child(editor, QWidget, "closed_bar").isVisible()
    assert not child(editor, QWidget, "summary").isEnabled()
    assert not any(b.isEnabled() for b in now_buttons(editor))
    assert not child(editor, QAbstractButton, "editor_save").isEnabled()

    # Reopen…, with the reason: editable again, and the reason is in the audit trail.
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(child(editor, QAbstractButton, "reopen_button"), click)
    ask = child(editor, QInputDialog, "reopen_dialog")
    assert ask.isVisible()
    type_text(ask.findChild(QPlainTextEdit), REASON)
    ask.accept()
    qtbot.waitUntil(lambda: not child(editor, QWidget, "closed_bar").isVisible(), timeout=5_000)
    assert child(editor, QWidget, "summary").isEnabled()
    assert all(b.isEnabled() for b in now_buttons(editor))
    assert child(editor, QAbstractButton, "editor_save").isEnabled()
    service = window.service
    assert service.get(reference).status is IncidentStatus.RESPONDED
    last = audit.rows(service.vault.conn, "incident_status")[-1]
    assert last.content_hash == audit.canonical_hash(
        {"from": "closed", "to": "responded", "reason": REASON}
    )
    editor.reject()
