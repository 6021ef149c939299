"""The windows hide what the signed-in role cannot do, over a real vault with three users, and
follow the role again at every unlock (another person may unlock the same window).

The services refuse these actions themselves (their own tests); here: what is on screen, and
that a hidden action is disabled too, so its shortcut does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from editor_fakes import open_editor
from helpers import OWNER, PASSPHRASE, make_vault, sample_incident
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMenu

from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.services.users import UserService
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.dialogs.settings_dialog import SettingsDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.session import Session, UnlockRequest
from kasuhara_desktop.ui.tasks import registry, run_task
from kasuhara_desktop.ui.users.users_dialog import UsersDialog
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

STAFF_PASS = "quiet orange bicycle meadow 4"
MANAGER_PASS = "silver kettle autumn river 9"
PASSES = {OWNER: PASSPHRASE, "sato": STAFF_PASS, "kato": MANAGER_PASS}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    vault, _key = make_vault(tmp_path / "vault")
    try:
        IncidentService(vault).add(sample_incident())
        users = UserService(vault)
        users.add("sato", "佐藤 花子", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
        users.add("kato", "加藤 次郎", Role.MANAGER, MANAGER_PASS, kdf=FAST_PARAMS)
    finally:
        vault.close()
    return tmp_path / "vault"


def open_as(folder: Path, user: str) -> Vault:
    return Vault.open(folder, user=user, passphrase=PASSES[user])


@pytest.fixture
def window_as(qtbot, folder: Path) -> Iterator[Callable[[str], MainWindow]]:
    sessions: list[Session] = []

    def start(user: str) -> MainWindow:
        session = Session(open_as(folder, user), open_services)
        sessions.append(session)
        window = MainWindow(session, AppSettings())
        qtbot.addWidget(window)
        window.show()
        return window

    yield start
    for session in sessions:
        session.lock()


def shown(window: MainWindow) -> dict[str, bool]:
    """Every action that depends on the role: visible (and then also enabled)?"""
    c, a = window.case_menus, window.menu_actions
    actions = {
        "guided": c.guided, "notice": c.notice, "wording": c.wording, "report": c.report,
        "summary": c.summary, "bundle": c.bundle, "bans": c.bans, "phone": c.phone,
        "incident_now": c.incident_now, "backup": window.backup.action, "settings": a.settings,
        "users": window.user_actions.users_action,
        "own_passphrase": window.user_actions.passphrase_action,
        "export_evidence": window.evidence_pane.export_action,
        "delete_evidence": window.evidence_pane.delete_action,
    }  # fmt: skip
    for name, action in actions.items():
        if not action.isVisible() and name not in ("export_evidence", "delete_evidence"):
            assert not action.isEnabled(), f"{name} is hidden but its shortcut still works"
    return {name: action.isVisible() for name, action in actions.items()}


STAFF_HIDDEN = {"guided", "notice", "wording", "report", "summary", "bundle", "backup",
                "settings", "users", "export_evidence", "delete_evidence"}  # fmt: skip


def test_staff_see_only_what_staff_may_do(window_as) -> None:
    window = window_as("sato")
    assert {name for name, on in shown(window).items() if not on} == STAFF_HIDDEN
    reports = window.menuBar().findChild(QMenu, "reportsMenu")
    assert reports is not None and not reports.menuAction().isVisible()  # no empty menu
    assert "佐藤 花子" in window.user_label.text() and "Staff" in window.user_label.text()


def test_a_manager_sees_the_case_work_but_not_users_nor_the_data_key(qtbot, window_as) -> None:
    window = window_as("kato")
    assert {name for name, on in shown(window).items() if not on} == {"users"}
    assert "Manager" in window.user_label.text()
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.keys is None  # the rekey box is the owner's
    assert not dialog.rekey_button.isVisibleTo(dialog)
    dialog.reject()


def test_the_owner_sees_everything_and_the_users_page(qtbot, window_as) -> None:
    window = window_as(OWNER)
    assert all(shown(window).values())
    assert "Owner" in window.user_label.text()
    page = window.user_actions.open_users()
    assert isinstance(page, UsersDialog)
    assert sorted(page.model.user_at(r).login for r in range(3)) == sorted(PASSES)  # type: ignore[union-attr]
    page.reject()
    window.open_settings()
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.rekey_button.isVisibleTo(settings)
    settings.reject()


def test_the_file_menu_has_switch_user_after_lock_and_the_users_items_after_settings(
    window_as,
) -> None:
    window = window_as(OWNER)
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names.index("switchUserAction") == names.index("lockAction") + 1
    assert names.index("usersAction") == names.index("settingsAction") + 1
    assert names.index("changeOwnPassphraseAction") == names.index("usersAction") + 1


def lock_and_wait(qtbot, window: MainWindow) -> None:
    """Lock; the vault closes once the tasks the lock cancelled (the home screen's) end."""
    window.lock()
    qtbot.waitUntil(lambda: not registry.running(), timeout=10_000)
    qtbot.wait(20)


def test_the_menus_follow_whoever_unlocks_next(qtbot, window_as, folder: Path) -> None:
    window = window_as(OWNER)
    lock_and_wait(qtbot, window)
    window.session.adopt(open_as(folder, "sato"))
    assert {name for name, on in shown(window).items() if not on} == STAFF_HIDDEN
    assert "佐藤 花子" in window.user_label.text()
    lock_and_wait(qtbot, window)
    window.session.adopt(open_as(folder, OWNER))
    assert all(shown(window).values())
    assert "Owner" in window.user_label.text()


def test_switch_user_locks_and_asks_who_is_next(qtbot, window_as) -> None:
    window = window_as(OWNER)
    calls: list[UnlockRequest] = []
    window.lock_panel._unlock_fn = calls.append  # type: ignore[assignment]  # must not be called
    window.user_actions.switch_user.trigger()
    assert window.is_locked and window.session.is_locked
    combo = window.lock_panel.findChild(QComboBox, "userCombo")
    assert combo is not None and combo.currentIndex() == -1  # nobody preselected
    assert sorted(combo.itemText(i) for i in range(combo.count())) == sorted(PASSES)
    window.lock_panel.passphrase.setText(STAFF_PASS)
    window.lock_panel.submit()
    assert calls == [] and "User list" in window.lock_panel.error.text()
    assert QApplication.focusWidget() in (combo, None)


def test_an_unlock_typed_while_the_old_vault_still_closes_waits_for_it(qtbot, window_as) -> None:
    """A task the lock cancelled still runs (it checks for the cancel only now and then): the
    vault closes when it ends, and the next person's unlock waits for that instead of being
    told the logbook is open in another window."""
    window = window_as(OWNER)
    go = threading.Event()
    run_task(lambda _ctx: go.wait(10))
    window.user_actions.switch_user.trigger()
    combo = child_combo(window)
    combo.setCurrentIndex(combo.findText("sato"))
    window.lock_panel.passphrase.setText(STAFF_PASS)
    window.lock_panel.submit()
    qtbot.wait(200)
    assert window.is_locked and window.lock_panel.busy.isVisibleTo(window.lock_panel)
    assert not window.lock_panel.error.text()
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        go.set()
    assert window.session.services is not None
    assert window.session.services.access.login == "sato"


def child_combo(window: MainWindow) -> QComboBox:
    combo = window.lock_panel.findChild(QComboBox, "userCombo")
    assert combo is not None
    return combo


@pytest.mark.parametrize(("user", "offered"), [("sato", False), ("kato", True), (OWNER, True)])
def test_reopen_of_a_closed_incident_is_offered_to_managers_and_owners_only(
    qtbot, folder: Path, user: str, offered: bool
) -> None:
    with open_as(folder, OWNER) as vault:
        closed = sample_incident(summary="完了した事案")
        closed.status = IncidentStatus.CLOSED
        reference = IncidentService(vault).add(closed).reference
    vault = open_as(folder, user)
    try:
        editor = open_editor(qtbot, IncidentService(vault), reference)
        button = editor.findChild(QAbstractButton, "reopen_button")
        assert button is not None
        assert (not button.isHidden()) is offered
        editor.done(0)
    finally:
        vault.close()


def test_a_user_removed_on_the_page_is_gone_from_the_lock_screen(qtbot, window_as) -> None:
    window = window_as(OWNER)
    page = window.user_actions.open_users()
    assert isinstance(page, UsersDialog)
    page.select_login("sato")
    box = page.remove()
    assert box is not None
    next(b for b in box.buttons() if b.objectName() == "confirmRemoveButton").click()
    assert page.model.row_of("sato") == -1 and "佐藤 花子" in page.notice.text()
    assert page.rekey_button.isVisible()  # the owner may change the data key from here
    window.user_actions.switch_user.trigger()
    combo = child_combo(window)
    assert sorted(combo.itemText(i) for i in range(combo.count())) == sorted([OWNER, "kato"])
