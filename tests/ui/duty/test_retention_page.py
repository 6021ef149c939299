"""Duty > Retention: the review (due / kept with reasons), holds, erasing off the GUI thread
after a confirmation that names the count, the periods, screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.retention import RecordKind
from kasuhara_desktop.domain.roles import Permission
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.services.retention import RetentionService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dashboard.home_tabs import TAB_KEY
from kasuhara_desktop.ui.duty import duty_menu
from kasuhara_desktop.ui.duty.retention_page import EraseConfirmDialog, RetentionPage
from kasuhara_desktop.ui.i18n import install_translators
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.session import Session
from kasuhara_desktop.vault.vault import Vault
from tests.retention_support import old_closed


@pytest.fixture
def records(vault: Vault, tmp_path: Path) -> tuple[str, str]:
    old, _ = old_closed(vault, tmp_path)
    banned, _ = old_closed(vault, notice_until=None)
    return old, banned


def make_page(qtbot: QtBot, vault: Vault) -> RetentionPage:
    page = RetentionPage(RetentionService(vault))
    qtbot.addWidget(page)
    return page


def column(page: RetentionPage, table: str, col: int) -> list[str]:
    t = page.due_table if table == "due" else page.held_table
    return [t.item(r, col).text() for r in range(t.rowCount())]


def test_the_menu_entry_is_the_owners() -> None:
    entry = next(e for e in duty_menu.ENTRIES if e.module == "retention_page")
    assert (entry.name, entry.opener, entry.permission) == (
        "retentionAction", "open_retention_page", Permission.RETENTION,
    )  # fmt: skip


def test_due_and_kept_are_listed_with_the_reasons(
    qtbot: QtBot, vault: Vault, records: tuple[str, str]
) -> None:
    old, banned = records
    page = make_page(qtbot, vault)
    assert column(page, "due", 0) == [old]
    assert column(page, "due", 2) == ["2025-04-10"]
    assert column(page, "due", 3) == ["2020-04-10 + 60 months"]
    assert column(page, "held", 0) == [banned]
    assert "is in force" in column(page, "held", 3)[0]


def test_erasing_asks_then_runs_and_the_review_is_read_again(
    qtbot: QtBot, vault: Vault, records: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, banned = records
    page = make_page(qtbot, vault)
    asked: list[int] = []
    monkeypatch.setattr(page, "ask_erase", lambda n: asked.append(n) or None)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert asked == [] and "Tick" in page.status.text()  # nothing ticked: nothing asked
    page.tick_all()
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert asked == [1] and column(page, "due", 0) == [old]  # cancelled: nothing erased
    monkeypatch.setattr(page, "ask_erase", lambda n: "保存期間の満了")
    page.tick_all()
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Erased 1 record." in page.status.text(), timeout=20_000)
    assert page.tabs.isEnabled() and column(page, "due", 0) == []
    assert column(page, "held", 0) == [banned]
    assert verify_vault(vault).ok


def test_the_confirmation_names_the_count_and_needs_a_reason(qtbot: QtBot) -> None:
    dialog = EraseConfirmDialog(3)
    qtbot.addWidget(dialog)
    text = dialog.warning.text()
    assert "Erase 3 records?" in text and "cannot be undone" in text and "recovery key" in text
    assert "Backups made before still hold" in text
    assert not dialog.erase_button.isEnabled()
    dialog.reason.setText("期間満了")
    assert dialog.erase_button.isEnabled()


def test_hold_and_release_from_the_page(
    qtbot: QtBot, vault: Vault, records: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _ = records
    page = make_page(qtbot, vault)
    monkeypatch.setattr(page, "ask_hold_reason", lambda ref: "弁護士と相談中")
    page.due_table.setCurrentCell(0, 0)
    qtbot.mouseClick(page.hold_button, Qt.MouseButton.LeftButton)
    assert column(page, "due", 0) == [] and old in column(page, "held", 0)
    row = column(page, "held", 0).index(old)
    assert column(page, "held", 3)[row] == "On hold: 弁護士と相談中"
    page.held_table.setCurrentCell(row, 0)
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    assert column(page, "due", 0) == [old]


def test_periods_are_saved(qtbot: QtBot, vault: Vault, records: tuple[str, str]) -> None:
    page = make_page(qtbot, vault)
    page.spins[RecordKind.CLOSED_INCIDENT.value].setValue(0)  # keep for ever
    page.findChild(type(page.erase_button), "savePeriodsButton").click()
    assert RetentionService(vault).settings().months_for(RecordKind.CLOSED_INCIDENT) == 0
    assert column(page, "due", 0) == []
    assert page.spins[RecordKind.CLOSED_INCIDENT.value].text() == "Keep"


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_screenshots(
    qtbot: QtBot, vault: Vault, records: tuple[str, str], lang: str, tmp_path: Path
) -> None:
    install_translators(lang)
    try:
        page = make_page(qtbot, vault)
        page.show()
        shots = Path(os.environ.get("KASUHARA_SCREENSHOTS", tmp_path))
        shots.mkdir(parents=True, exist_ok=True)
        for index, name in ((0, "review"), (1, "periods")):
            page.tabs.setCurrentIndex(index)
            assert page.grab().save(str(shots / f"retention-{name}-{lang}.png"))
        confirm = EraseConfirmDialog(1, page)
        confirm.show()
        assert confirm.grab().save(str(shots / f"retention-confirm-{lang}.png"))
    finally:
        install_translators("en")


def test_the_home_tile_counts_the_records_due_and_opens_the_page(
    qtbot: QtBot, vault: Vault, records: tuple[str, str]
) -> None:
    settings = AppSettings()
    settings.set_window_state(TAB_KEY, b"0")  # start on Home
    win = MainWindow(Session(vault, open_services), settings)
    qtbot.addWidget(win)
    win.show()
    home = win.home_tabs.home
    qtbot.waitUntil(lambda: home.figures is not None and not home.busy, timeout=20_000)
    tile = home.tiles["retentionTile"]
    assert tile.isVisibleTo(win) and tile.number.text() == "1"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    page = next(p for p in win.duty_menu.open_pages if isinstance(p, RetentionPage))
    assert page.due_table.rowCount() == 1
    win.close()
