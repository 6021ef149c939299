"""Recording an incident from the main window, with the PC on UTC and the shop in Tokyo: every
time the program shows is the shop's (JST, named as such), and an evidence check survives
locking and unlocking."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from e2e_support import LANGS, child, type_text, wait_window
from helpers import OWNER, PASSPHRASE
from PIL import Image
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.services.vaults import create_vault
from kasuhara_desktop.ui import tasks
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.ui.evidence.evidence_pane import EvidencePane
from kasuhara_desktop.ui.evidence.import_dialog import ImportEvidenceDialog
from kasuhara_desktop.ui.evidence.overlay_time_dialog import OverlayTimeDialog
from kasuhara_desktop.ui.evidence.texts import IntegrityState
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.vault.kdf import FAST_PARAMS

TOKYO = ZoneInfo("Asia/Tokyo")
WORDS = "「土下座しろ」"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _key = create_vault(
        path, ShopProfile(name="テスト商店", timezone="Asia/Tokyo"), OWNER, PASSPHRASE,
        kdf=FAST_PARAMS,
    )  # fmt: skip
    vault.close()
    return path


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "レジ前.png"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(path)
    return path


def shop_clock() -> str:
    return datetime.now(TOKYO).strftime("%H:%M")


def click(qtbot, parent: QWidget, name: str) -> None:
    qtbot.mouseClick(child(parent, QAbstractButton, name), Qt.MouseButton.LeftButton)


def unlock(qtbot, start_app, folder: Path, lang: str) -> MainWindow:
    start_app(folder, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    dialog.panel.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.panel.unlock_button, Qt.MouseButton.LeftButton)
    return wait_window(qtbot, MainWindow)


def record_incident(qtbot, window: MainWindow) -> str:
    """File → New incident; a summary, a quote, a "now" timeline step; Save and close."""
    window.menu_actions.new_incident.trigger()
    editor = wait_window(qtbot, IncidentEditor)
    type_text(child(editor, QPlainTextEdit, "summary"), "土下座の強要")
    editor.tabs.setCurrentWidget(editor.tab_pages["quotes"])
    click(qtbot, editor, "quotes_add")
    type_text(child(editor, QWidget, "quotes_speaker"), "客A")
    type_text(child(editor, QPlainTextEdit, "quotes_words"), WORDS)
    editor.tabs.setCurrentWidget(editor.tab_pages["timeline"])
    click(qtbot, editor, "now_stop_request")
    before = shop_clock()
    click(qtbot, editor, "editor_save")
    status = child(editor, QLabel, "editor_status")
    qtbot.waitUntil(lambda: bool(status.text()), timeout=10_000)
    reference = editor.reference
    # "Saved … at 19:36 JST": the shop's clock, named because the PC's differs.
    assert any(f"{hhmm} JST" in status.text() for hhmm in {before, shop_clock()})
    stored = window.service.get(reference)
    assert [q.words for q in stored.quotes] == [WORDS]
    assert len(stored.timeline) == 1
    click(qtbot, editor, "editor_close")
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    assert reference
    return str(reference)


@pytest.mark.parametrize("lang", LANGS)
def test_record_an_incident_with_evidence_in_the_shops_time(
    qtbot, start_app, folder: Path, photo: Path, pc_in_utc: None, monkeypatch, lang: str
) -> None:
    window = unlock(qtbot, start_app, folder, lang)
    reference = record_incident(qtbot, window)
    qtbot.waitUntil(lambda: window.select_reference(reference), timeout=10_000)
    pane = child(window, EvidencePane, "evidencePane")
    assert pane.reference == reference
    detail = child(window, QTextBrowser, "incidentDetailText").toPlainText()
    assert "土下座しろ" in detail
    assert not any(twice in detail for twice in ("「「", "“「", "«「"))  # typed marks: not doubled

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], ""))
    )
    pane.add_action.trigger()
    dialog = wait_window(qtbot, ImportEvidenceDialog)
    qtbot.mouseClick(child(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not tasks.registry.running(), timeout=20_000)
    item = pane.model.items()[0]
    imported = item.imported_at.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M") + " JST"
    tooltip = pane.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert imported in tooltip  # not the PC's 11:32 but the shop's 20:32

    pane.check_action.trigger()
    qtbot.waitUntil(lambda: pane.model.state(item.id) == IntegrityState.INTACT, timeout=20_000)
    qtbot.waitUntil(lambda: not tasks.registry.running(), timeout=20_000)
    checked = pane.model.checked_at(item.id)
    assert checked is not None
    when = checked.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M") + " JST"
    assert when in pane.hint.text()

    # The time a picture's clock shows is entered in the shop's zone, not the PC's (UTC).
    pane.select(item.id)
    pane.time_action.trigger()
    overlay = pane.findChild(OverlayTimeDialog)
    assert overlay is not None and overlay.isVisible()
    overlay.edit.setDateTime(QDateTime(2026, 11, 3, 19, 30, 5))
    overlay.accept()
    qtbot.waitUntil(lambda: pane.model.items()[0].overlay_time is not None, timeout=5000)
    assert pane.model.items()[0].overlay_time == datetime(2026, 11, 3, 19, 30, 5, tzinfo=TOKYO)
    tooltip = pane.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "2026-11-03 19:30:05 JST" in tooltip

    window.menu_actions.lock.trigger()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert pane.model.rowCount() == 0
    window.lock_panel.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.select_reference(reference), timeout=10_000)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)
    assert pane.model.state(item.id) == IntegrityState.INTACT  # not back to "not checked"
    assert when in pane.hint.text()
