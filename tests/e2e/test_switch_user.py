"""A shared shop PC: the owner adds a staff member through File → Users…, switches user, and
the staff member unlocks the same window: the list, the filter and the selection are as they
were, and the report, the notice and the evidence export are not offered. Back to the owner,
they are. The whole program over a real vault; only the key derivation is fast."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import child, make_logbook, unlock_to_main, wait_window
from helpers import OWNER, PASSPHRASE, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView

from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services import users as users_service
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.users.user_forms import AddUserForm
from kasuhara_desktop.ui.users.users_dialog import UsersDialog
from kasuhara_desktop.vault.kdf import FAST_PARAMS

STAFF_PASS = "quiet orange bicycle meadow 4"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # A new slot takes the costs of the first one, or calibrated ones for test-grade slots.
    monkeypatch.setattr(users_service, "calibrate", lambda *a, **k: FAST_PARAMS)
    incidents = (sample_incident(summary="返金要求と暴言"), sample_incident(summary="長時間の電話"))
    return make_logbook(tmp_path / "vault", *incidents)


def add_staff_through_the_users_page(qtbot, window: MainWindow) -> None:
    window.user_actions.users_action.trigger()
    page = wait_window(qtbot, UsersDialog)
    qtbot.mouseClick(child(page, QPushButton, "addUserButton"), Qt.MouseButton.LeftButton)
    form = wait_window(qtbot, AddUserForm)
    child(form, QLineEdit, "loginEdit").setText("sato")
    child(form, QLineEdit, "displayNameEdit").setText("佐藤 花子")
    role = child(form, QComboBox, "roleCombo")
    role.setCurrentIndex(role.findData(Role.STAFF))
    child(form, QLineEdit, "newPassphraseEdit").setText(STAFF_PASS)
    child(form, QLineEdit, "repeatPassphraseEdit").setText(STAFF_PASS)
    form.accept()
    qtbot.waitUntil(lambda: page.model.row_of("sato") >= 0, timeout=10_000)
    page.reject()


def switch_to(qtbot, window: MainWindow, login: str, passphrase: str) -> None:
    window.user_actions.switch_user.trigger()
    assert window.is_locked
    combo = child(window.lock_panel, QComboBox, "userCombo")
    assert combo.currentIndex() == -1  # nobody chosen: the next person picks their name
    combo.setCurrentIndex(combo.findText(login))
    window.lock_panel.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(window.lock_panel.unlock_button, Qt.MouseButton.LeftButton)


def offered(window: MainWindow) -> dict[str, bool]:
    c = window.case_menus
    return {
        "report": c.report.isVisible() and c.report.isEnabled(),
        "notice": c.notice.isVisible() and c.notice.isEnabled(),
        "export": window.evidence_pane.export_action.isVisible(),
        "users": window.user_actions.users_action.isVisible(),
        "bans": c.bans.isVisible() and c.bans.isEnabled(),
    }


def test_owner_adds_staff_switches_user_and_the_window_follows_the_role(
    qtbot, start_app, folder: Path
) -> None:
    window = unlock_to_main(qtbot, start_app, folder, "en", rows=2)
    add_staff_through_the_users_page(qtbot, window)
    window.filter_bar.search.setText("長時間")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    table = child(window, QTableView, "incidentTable")
    table.selectRow(0)
    selected = window.selected_reference()
    assert selected and all(offered(window).values())

    switch_to(qtbot, window, "sato", STAFF_PASS)
    assert window.session.services is not None
    assert window.session.services.access.role is Role.STAFF
    assert "佐藤 花子" in window.user_label.text()
    assert offered(window) == {
        "report": False, "notice": False, "export": False, "users": False, "bans": True
    }  # fmt: skip
    assert window.filter_bar.search.text() == "長時間"  # the same window state
    qtbot.waitUntil(lambda: window.selected_reference() == selected, timeout=5000)

    switch_to(qtbot, window, OWNER, PASSPHRASE)
    assert all(offered(window).values())
    assert window.session.services is not None
    assert window.session.services.access.role is Role.OWNER
    qtbot.waitUntil(lambda: window.selected_reference() == selected, timeout=5000)
