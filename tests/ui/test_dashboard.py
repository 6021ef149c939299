"""The home screen in the main window (pytest-qt, a real vault): Home | Incidents with Ctrl+1/2
and the last tab kept; tiles show the figures and click through; the lock drops the figures;
the gather runs off the GUI thread over 5,000 incidents while the event loop keeps turning."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from helpers import TOKYO, sample_incident
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from kasuhara_desktop.domain.enums import Channel, IncidentStatus
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.services import dashboard as dashboard_service
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.ui import tasks
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dashboard.home_tabs import HOME, INCIDENTS, TAB_KEY
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.notices.ban_register import BanRegisterDialog
from kasuhara_desktop.ui.session import Session
from kasuhara_desktop.vault.vault import Vault


def today() -> date:
    return datetime.now(TOKYO).date()


@pytest.fixture
def filled(vault: Vault) -> Vault:
    service = IncidentService(vault)
    now = datetime.now(TOKYO).replace(microsecond=0)
    care = StaffCare(staff_name="佐藤", follow_ups=[FollowUp(today() - timedelta(days=1), "電話")])
    service.add(sample_incident(occurred_at=now - timedelta(days=1), staff_care=[care]))
    service.add(sample_incident(occurred_at=now - timedelta(days=2), channel=Channel.PHONE))
    closed = service.add(sample_incident(occurred_at=now - timedelta(days=3)))
    vault.conn.execute(
        "UPDATE incidents SET status = 'closed' WHERE reference = ?", (closed.reference,)
    )
    return vault


@pytest.fixture
def settings() -> AppSettings:
    s = AppSettings()
    s.set_window_state(TAB_KEY, b"0")  # each test starts on Home
    return s


def make_window(qtbot, vault: Vault, settings: AppSettings) -> MainWindow:
    win = MainWindow(Session(vault, open_services), settings)
    qtbot.addWidget(win)
    win.show()
    return win


def gathered(qtbot, win: MainWindow) -> None:
    home = win.home_tabs.home
    qtbot.waitUntil(lambda: home.figures is not None and not home.busy, timeout=20_000)


def test_home_is_first_and_shows_the_figures(qtbot, filled: Vault, settings) -> None:
    win = make_window(qtbot, filled, settings)
    assert win.home_tabs.currentIndex() == HOME
    gathered(qtbot, win)
    tiles = win.home_tabs.home.tiles
    assert tiles["openTile"].number.text() == "2"
    assert tiles["followUpsTile"].number.text() == "1"
    assert "佐藤: 電話" in tiles["followUpsTile"].lines.text()
    assert tiles["cctvTile"].number.text() == "2"  # closed too; the phone call has no cameras
    assert tiles["trainingTile"].isVisibleTo(win) and tiles["policyTile"].isVisibleTo(win)
    assert win.home_tabs.home.behaviour_chart.series_names  # a picture, not a table
    win.close()


def test_ctrl_1_and_2_switch_and_the_last_tab_is_kept(qtbot, filled: Vault, settings) -> None:
    win = make_window(qtbot, filled, settings)
    with qtbot.waitActive(win):
        win.activateWindow()
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.home_tabs.currentIndex() == INCIDENTS
    win.close()
    again = make_window(qtbot, filled, settings)
    assert again.home_tabs.currentIndex() == INCIDENTS
    with qtbot.waitActive(again):
        again.activateWindow()
    target = again.focusWidget() or again
    qtbot.keyClick(target, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert again.home_tabs.currentIndex() == HOME
    again.close()


def click(qtbot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))


def test_open_tile_filters_the_list_to_open_incidents(qtbot, filled: Vault, settings) -> None:
    win = make_window(qtbot, filled, settings)
    gathered(qtbot, win)
    click(qtbot, win.home_tabs.home.tiles["openTile"])
    assert win.home_tabs.currentIndex() == INCIDENTS
    q = win.filter_bar.current_filter()
    assert IncidentStatus.CLOSED not in q.statuses and len(q.statuses) == 4
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=5000)
    win.close()


def test_cctv_tile_filters_in_person_within_the_recorder_days(
    qtbot, filled: Vault, settings
) -> None:
    win = make_window(qtbot, filled, settings)
    gathered(qtbot, win)
    click(qtbot, win.home_tabs.home.tiles["cctvTile"])
    q = win.filter_bar.current_filter()
    assert q.channel is Channel.IN_PERSON and q.date_from == today() - timedelta(days=14)
    assert q.without_video and win.filter_bar.no_video.isChecked()
    win.close()


def test_the_cctv_list_holds_what_the_tile_counts(qtbot, filled: Vault, settings, tmp_path) -> None:
    """An incident whose footage is attached is not on the tile, nor on the list it opens."""
    from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
    from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest

    now = datetime.now(TOKYO).replace(microsecond=0)
    filmed = IncidentService(filled).add(sample_incident(occurred_at=now - timedelta(hours=2)))
    clip = tmp_path / "cam1.bin"
    clip.write_bytes(b"\0" * 64)
    source = EvidenceSource(kind=SourceKind.CCTV)
    EvidenceService(filled).add_files(filmed.reference, [ImportRequest(clip, source=source)])
    win = make_window(qtbot, filled, settings)
    gathered(qtbot, win)
    tile = win.home_tabs.home.tiles["cctvTile"]
    assert tile.number.text() == "2"  # the filmed one is not counted
    click(qtbot, tile)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=5000)
    shown = {win.model.index(r, 0).data() for r in range(win.model.rowCount())}
    assert filmed.reference not in shown
    win.filter_bar.no_video.setChecked(False)  # the user widens it again
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=5000)
    win.close()


def test_a_follow_up_opens_its_incident_and_bans_open_the_register(
    qtbot, filled: Vault, settings
) -> None:
    win = make_window(qtbot, filled, settings)
    gathered(qtbot, win)
    tile = win.home_tabs.home.tiles["followUpsTile"]
    click(qtbot, tile)  # the whole tile: its first (most urgent) incident
    qtbot.waitUntil(lambda: len(win.open_editors) == 1, timeout=5000)
    cared = filled.conn.execute("SELECT reference FROM incidents WHERE staff_care <> '[]'")
    assert win.open_editors[0].reference == cared.fetchone()[0]  # type: ignore[attr-defined]
    win.home_tabs.home.tiles["bansTile"].activated.emit()
    qtbot.waitUntil(
        lambda: any(isinstance(w, BanRegisterDialog) and w.isVisible()
                    for w in QApplication.topLevelWidgets()),
        timeout=5000,
    )  # fmt: skip
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.reject()
    win.close()


def test_lock_drops_the_figures_and_unlock_counts_again(qtbot, filled: Vault, settings) -> None:
    win = make_window(qtbot, filled, settings)
    gathered(qtbot, win)
    win.lock()
    home = win.home_tabs.home
    assert home.figures is None and home.tiles["openTile"].number.text() == "–"
    assert not win.home_tabs.isVisible()  # the lock page covers Home and Incidents
    qtbot.keyClick(win.lock_panel.passphrase, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.is_locked and not win.home_tabs.isVisible()  # Ctrl+2 reaches no tab while locked
    assert win.home_tabs.currentIndex() == HOME


def test_a_save_refreshes_the_home_counts(qtbot, filled: Vault, settings) -> None:
    win = make_window(qtbot, filled, settings)
    gathered(qtbot, win)
    IncidentService(filled).add(sample_incident())
    win.refresh()
    qtbot.waitUntil(
        lambda: win.home_tabs.home.tiles["openTile"].number.text() == "3", timeout=20_000
    )
    win.close()


# ---------------------------------------------------------------- off the GUI thread

COUNT = 5_000


def test_the_gather_of_5000_incidents_keeps_the_event_loop_turning(
    qtbot, vault: Vault, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each figure is read in the task: a 20 ms timer keeps ticking while the gather runs
    (slowed by one step, so that a gather on the GUI thread could not pass), and Cancel
    stops it."""
    start = datetime.now(TOKYO).replace(microsecond=0) - timedelta(days=300)
    IncidentService(vault).add_many(
        sample_incident(occurred_at=start + timedelta(hours=i)) for i in range(COUNT)
    )
    threads: list[bool] = []
    busy = threading.Event()
    real = dashboard_service.q.open_count

    def slow(conn: Any) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        busy.set()
        time.sleep(0.6)
        busy.clear()
        return real(conn)

    monkeypatch.setattr(dashboard_service.q, "open_count", slow)
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + busy.is_set()))
    timer.start(20)
    try:
        win = make_window(qtbot, vault, settings)
        qtbot.waitUntil(busy.is_set, timeout=10_000)
        assert win.home_tabs.home.progress.isVisible()
        assert win.home_tabs.home.cancel_button.isVisible()
        gathered(qtbot, win)
    finally:
        timer.stop()
    assert threads == [False] and ticks[0] >= 3, ticks
    assert win.home_tabs.home.tiles["openTile"].number.text() == str(COUNT)
    assert sum(sum(v) for c, v in win.home_tabs.home.figures.behaviour_counts) == 2 * COUNT

    release = threading.Event()
    monkeypatch.setattr(dashboard_service.q, "open_count", lambda c: release.wait(10) and 0)
    win.home_tabs.home.refresh()
    win.home_tabs.home.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not tasks.registry.running(), timeout=10_000)
    assert win.home_tabs.home.status.text() == "Not refreshed."
    win.close()


def test_settings_keep_the_recorder_days_the_cctv_tile_counts(qtbot, vault: Vault) -> None:
    from kasuhara_desktop.ui.dialogs.settings_dialog import SettingsDialog

    service = IncidentService(vault)
    dialog = SettingsDialog(AppSettings(), service)
    qtbot.addWidget(dialog)
    assert dialog.cctv_days.value() == 14
    dialog.cctv_days.setValue(45)
    dialog.accept()
    assert service.shop_profile().cctv_retention_days == 45


def test_training_and_policy_tiles_open_their_duty_pages(
    qtbot, filled: Vault, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    from kasuhara_desktop.domain.roles import Permission
    from kasuhara_desktop.ui.duty import duty_menu

    entries = [
        duty_menu.DutyEntry(f"{part}Action", lambda: QCoreApplication.translate("x", "x"),
                            Permission.VIEW_GUIDANCE, f"{part}_page", f"open_{part}_page")
        for part in ("policy", "training")
    ]  # fmt: skip
    monkeypatch.setattr(duty_menu, "ENTRIES", entries)
    opened: list[str] = []
    monkeypatch.setattr(duty_menu.DutyMenu, "_open", lambda _self, e: opened.append(e.module))
    win = make_window(qtbot, filled, settings)
    gathered(qtbot, win)
    click(qtbot, win.home_tabs.home.tiles["trainingTile"])
    click(qtbot, win.home_tabs.home.tiles["policyTile"])
    assert opened == ["training_page", "policy_page"]
    win.close()


def test_the_complaint_tile_names_whose_period_it_is(qtbot, vault: Vault, settings) -> None:
    from kasuhara_desktop.domain.enums import Behaviour

    IncidentService(vault).add(
        sample_incident(
            behaviours=[Behaviour.PROPERTY_DAMAGE],
            summary="商品棚を蹴って壊した",
            offender_known_on=today() - timedelta(days=5),
        )
    )
    win = make_window(qtbot, vault, settings)
    gathered(qtbot, win)
    tile = win.home_tabs.home.tiles["complaintTile"]
    assert tile.number.text() == "1"
    assert "art. 261, the shop (the company): a complaint, if wanted, by" in tile.lines.text()
    win.close()
