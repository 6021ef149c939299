"""The Response and Reports menus open their dialogs on a real vault and survive a lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE, sample_incident
from PySide6.QtWidgets import QApplication, QDialog

from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.session import Session
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def window(qtbot, vault: Vault) -> MainWindow:
    IncidentService(vault).add(sample_incident("メニューの確認"))
    session = Session(vault, open_services)
    win = MainWindow(session, AppSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    win.table.selectRow(0)
    return win


def visible_dialogs() -> dict[str, QDialog]:
    return {
        w.objectName() or type(w).__name__: w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible()
    }


def close_all(qtbot) -> None:
    for dialog in visible_dialogs().values():
        dialog.reject()
        dialog.close()
    qtbot.waitUntil(lambda: not visible_dialogs())


@pytest.mark.parametrize(
    ("action", "dialog_type"),
    [
        ("guided", "ResponseWizard"),
        ("incident_now", "ResponseWizard"),
        ("phone", "CallPanel"),
        ("bans", "BanRegisterDialog"),
        ("wording", "WordingEditor"),
        ("report", "ReportDialog"),
        ("summary", "SummaryDialog"),
        ("bundle", "BundleDialog"),
    ],
)
def test_each_action_opens_its_dialog(
    qtbot, window: MainWindow, action: str, dialog_type: str, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    getattr(window.case_menus, action).trigger()
    qtbot.waitUntil(
        lambda: any(type(d).__name__ == dialog_type for d in visible_dialogs().values())
    )
    close_all(qtbot)


@pytest.mark.parametrize(
    ("action", "dialog_type", "service"),
    [
        ("bans", "BanRegisterDialog", "notices"),
        ("wording", "WordingEditor", "notices"),
        ("report", "ReportDialog", "reports"),
        ("summary", "SummaryDialog", "reports"),
        ("bundle", "BundleDialog", "reports"),
    ],
)
def test_dialogs_get_the_services_built_at_unlock(
    qtbot, window: MainWindow, action: str, dialog_type: str, service: str
) -> None:
    """One services object per unlock: no window builds its own service from the vault."""
    getattr(window.case_menus, action).trigger()
    qtbot.waitUntil(lambda: dialog_type in {type(d).__name__ for d in visible_dialogs().values()})
    [dialog] = [d for d in visible_dialogs().values() if type(d).__name__ == dialog_type]
    assert window.session.services is not None
    assert dialog.service is getattr(window.session.services, service)
    close_all(qtbot)


def test_actions_are_in_menus_with_shortcuts(window: MainWindow) -> None:
    titles = [a.menu().objectName() for a in window.menuBar().actions() if a.menu()]
    assert titles[-1] == "helpMenu"
    assert {"responseMenu", "reportsMenu"} <= set(titles)
    assert window.case_menus.incident_now.shortcut().toString() == "Ctrl+Shift+N"


def test_lock_disables_actions_and_keeps_the_wizard_draft(
    qtbot, window: MainWindow, vault_dir: Path
) -> None:
    window.case_menus.guided.trigger()
    qtbot.waitUntil(lambda: bool(window.open_editors))
    window.lock()
    assert not window.case_menus.report.isEnabled()
    assert not any(type(d).__name__ == "ResponseWizard" for d in visible_dialogs().values())
    window.lock_panel.passphrase.setText(PASSPHRASE)
    window.lock_panel.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)
    assert window.case_menus.report.isEnabled()
    qtbot.waitUntil(
        lambda: any(type(d).__name__ == "ResponseWizard" for d in visible_dialogs().values())
    )
    close_all(qtbot)
