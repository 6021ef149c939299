"""The home screen over a real demo vault, the whole program started as ``kasuhara-desktop``:
it opens on Home with the same figures ``kasuhara dashboard`` gives, its tiles click through to
the filtered list and the ban register, and Ctrl+L hides it with everything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import LANGS, child, wait_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kasuhara_desktop.services.dashboard import DashboardService
from kasuhara_desktop.services.dashboard_figures import DashboardFigures
from kasuhara_desktop.services.demo import DEMO_PASSPHRASE, create_demo_vault, demo_owner
from kasuhara_desktop.ui.dashboard.home_tabs import HOME, INCIDENTS
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.notices.ban_register import BanRegisterDialog
from kasuhara_desktop.vault.vault import Vault


def expected(folder: Path, lang: str) -> DashboardFigures:
    vault = Vault.open(folder, user=demo_owner(lang), passphrase=DEMO_PASSPHRASE)
    try:
        return DashboardService(vault).figures()
    finally:
        vault.close()


def unlock(qtbot, start_app, folder: Path, lang: str) -> MainWindow:
    start_app(folder, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    child(dialog, QLineEdit, "passphraseEdit").setText(DEMO_PASSPHRASE)
    qtbot.mouseClick(child(dialog, QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    return wait_window(qtbot, MainWindow, timeout=20_000)


@pytest.mark.parametrize("lang", LANGS)
def test_home_over_the_demo_vault(qtbot, start_app, tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "demo"
    create_demo_vault(folder, lang)
    figures = expected(folder, lang)
    assert figures.open_incidents > 0 and figures.behaviour_counts

    window = unlock(qtbot, start_app, folder, lang)
    tabs, home = window.home_tabs, window.home_tabs.home
    assert tabs.currentIndex() == HOME and home.isVisible()
    qtbot.waitUntil(lambda: home.figures is not None and not home.busy, timeout=20_000)
    assert home.figures == figures
    tiles = home.tiles
    assert tiles["openTile"].number.text() == str(figures.open_incidents)
    assert tiles["complaintTile"].number.text() == str(len(figures.complaint_deadlines))
    assert home.behaviour_chart.isVisible() and home.hours_chart.isVisible()

    qtbot.mouseClick(tiles["openTile"], Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    assert tabs.currentIndex() == INCIDENTS
    qtbot.waitUntil(lambda: window.model.rowCount() == figures.open_incidents, timeout=10_000)

    tabs.show_home()
    qtbot.mouseClick(tiles["bansTile"], Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    register = wait_window(qtbot, BanRegisterDialog)
    register.reject()

    window.lock()
    assert not tabs.isVisible() and home.figures is None
    assert all(t.number.text() == "–" for t in tiles.values())
    assert not any(
        w.isVisible() and isinstance(w, BanRegisterDialog) for w in QApplication.topLevelWidgets()
    )
