from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from fakes import FakeIncidentService, FakeVault, make_incidents
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog

from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.errors import WrongSecretError
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.phone import PhoneService
from kasuhara_desktop.services.registry import Services, VaultState
from kasuhara_desktop.services.response import ResponseService
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.models.incident_table import REFERENCE
from kasuhara_desktop.ui.session import Session, UnlockRequest

USER = "店長 山田"


class Harness:
    def __init__(self, tmp_path: Path, n: int = 30) -> None:
        self.folder = tmp_path / "vault"
        self.services: list[FakeIncidentService] = []
        self.vaults: list[FakeVault] = []
        self.incidents = make_incidents(n)
        self.requests: list[UnlockRequest] = []

    def factory(self, vault: FakeVault) -> Services:
        service = FakeIncidentService(self.incidents, user=vault.user)
        self.services.append(service)
        return fake_services(service, vault)

    def unlock(self, request: UnlockRequest) -> FakeVault:
        self.requests.append(request)
        if request.passphrase != "right":
            raise WrongSecretError("wrong")
        return self.open_vault()

    def open_vault(self) -> FakeVault:
        vault = FakeVault(self.folder, USER)
        self.vaults.append(vault)
        return vault


def fake_services(incidents: FakeIncidentService, vault: FakeVault) -> Services:
    """The services object over the fakes (no evidence, notices, reports or backup)."""
    return Services(
        acting_user=vault.user,
        access=Access(vault.user, vault.user, Role.OWNER),
        state=VaultState(vault.folder),
        incidents=incidents,  # type: ignore[arg-type]
        response=ResponseService(incidents),  # type: ignore[arg-type]
        evidence=None,  # type: ignore[arg-type]
        notices=None,  # type: ignore[arg-type]
        reports=None,  # type: ignore[arg-type]
        phone=PhoneService(incidents),  # type: ignore[arg-type]
        backup=None,  # type: ignore[arg-type]
        _vault=vault,  # type: ignore[arg-type]
    )


@pytest.fixture
def harness(tmp_path: Path) -> Harness:
    return Harness(tmp_path)


@pytest.fixture
def window(qtbot, harness: Harness) -> MainWindow:
    session = Session(harness.open_vault(), harness.factory)
    win = MainWindow(session, AppSettings(), unlock_fn=harness.unlock, users_fn=lambda _f: [USER])
    qtbot.addWidget(win)
    win.show()
    return win


def test_list_loads_and_status_bar_names_vault_and_user(window: MainWindow, harness) -> None:
    assert window.model.rowCount() > 0
    assert str(harness.folder) in window.vault_label.text()
    assert USER in window.user_label.text()
    assert window.table.objectName() == "incidentTable"
    assert window.table.accessibleName()


def test_selection_shows_detail(window: MainWindow) -> None:
    window.table.selectRow(0)
    assert window.detail.reference == window.model.reference_at(0)
    assert window.detail.browser.toPlainText()


def test_header_click_sorts_through_service(window: MainWindow, harness) -> None:
    window.table.horizontalHeader().setSortIndicator(REFERENCE, Qt.SortOrder.AscendingOrder)
    q, offset, _ = harness.services[-1].finds()[-1]
    assert q.sort.value == "reference" and not q.descending and offset == 0


def test_search_is_debounced(qtbot, window: MainWindow, harness) -> None:
    service = harness.services[-1]
    before = len(service.finds())
    window.filter_bar.search.setText("返")
    window.filter_bar.search.setText("返金")
    assert len(service.finds()) == before
    qtbot.waitUntil(lambda: len(service.finds()) == before + 1, timeout=3000)
    assert service.finds()[-1][0].search == "返金"


def test_status_filter_applies_at_once(window: MainWindow, harness) -> None:
    combo = window.filter_bar.status
    combo.setCurrentIndex(combo.findData(IncidentStatus.CLOSED))
    q = harness.services[-1].finds()[-1][0]
    assert q.statuses == frozenset({IncidentStatus.CLOSED})
    assert all(
        window.model.summary_at(r).status == IncidentStatus.CLOSED
        for r in range(window.model.rowCount())
    )


def test_lock_clears_everything_and_unlock_restores(qtbot, window: MainWindow, harness) -> None:
    combo = window.filter_bar.status
    combo.setCurrentIndex(combo.findData(IncidentStatus.DRAFT))
    window.table.selectRow(2)
    chosen = window.selected_reference()
    rows = window.model.rowCount()
    other = QDialog(window)
    other.open()

    window.menu_actions.lock.trigger()
    assert window.is_locked
    assert window.model.rowCount() == 0
    assert not window.model.canFetchMore(QModelIndex())
    assert window.detail.is_empty() and not window.detail.browser.toPlainText()
    assert harness.vaults[0].closed
    assert window.session.service is None
    assert not other.isVisible()
    assert not window.menu_actions.new_incident.isEnabled()

    panel = window.lock_panel
    panel.passphrase.setText("wrong")
    panel.submit()
    qtbot.waitUntil(lambda: bool(panel.error.text()), timeout=5000)
    assert window.is_locked

    panel.passphrase.setText("right")
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        panel.submit()
    assert not window.is_locked
    assert window.model.rowCount() == rows
    assert window.model.filter.statuses == frozenset({IncidentStatus.DRAFT})
    assert window.selected_reference() == chosen
    assert window.detail.reference == chosen
    assert harness.requests[-1].user == USER


def test_idle_timer_locks(qtbot, window: MainWindow) -> None:
    window.idle.set_interval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert window.model.rowCount() == 0


def test_input_keeps_it_unlocked(qtbot, window: MainWindow) -> None:
    """A key press restarts the idle countdown, judged on the timer rather than by racing it.

    5 s: long enough that a loaded machine does not reach it, short enough that Qt's coarse
    timer (5 % slack) reports the restart (at 60 s a restart can land on the same slot)."""
    from PySide6.QtCore import QTimer

    window.idle.set_interval(5000)
    window.idle.start()
    timer = window.idle.findChild(QTimer, "idleLockTimer")
    qtbot.waitUntil(lambda: timer.remainingTime() < 4000, timeout=10_000)
    left = timer.remainingTime()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert timer.isActive()
    assert timer.remainingTime() > left + 500  # started again from the full interval
    assert not window.is_locked


def test_service_error_shows_message_not_crash(qtbot, window: MainWindow, harness) -> None:
    from kasuhara_desktop.domain.errors import StorageError

    harness.services[-1].fail_with = StorageError("The logbook folder cannot be read.")
    window.refresh()
    assert window.model.rowCount() == 0
    assert "cannot be read" in window.statusBar().currentMessage()


class FakeEditor(QDialog):
    saved = Signal(str)
    instances: ClassVar[list[FakeEditor]] = []

    def __init__(self, service, reference, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.reference = reference
        self.typed = "まだ保存していない文"
        self.stashed = False
        FakeEditor.instances.append(self)

    def stash_for_lock(self) -> None:
        self.stashed = True
        self.service = None

    def restore_after_unlock(self, services) -> None:
        self.stashed = False
        self.service = services.incidents


@pytest.fixture
def fake_editor(monkeypatch):
    import kasuhara_desktop.ui.main_window as mw

    FakeEditor.instances = []
    monkeypatch.setattr(mw, "IncidentEditor", FakeEditor)
    return FakeEditor


def test_enter_opens_editor_once_and_saved_refreshes(qtbot, window, fake_editor, harness) -> None:
    window.table.selectRow(1)
    reference = window.selected_reference()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(fake_editor.instances) == 1
    editor = fake_editor.instances[0]
    assert editor.reference == reference and editor.isVisible()
    window.open_incident(reference)
    assert len(fake_editor.instances) == 1  # the same incident is not opened twice
    before = len(harness.services[-1].finds())
    editor.saved.emit(reference)
    assert len(harness.services[-1].finds()) > before
    assert window.selected_reference() == reference


def test_new_incident_shortcut(qtbot, window, fake_editor) -> None:
    window.menu_actions.new_incident.trigger()
    assert fake_editor.instances[-1].reference is None


def test_lock_stashes_editors_and_unlock_restores_them(qtbot, window, fake_editor) -> None:
    window.table.selectRow(0)
    editor = window.open_incident(window.selected_reference())
    window.lock()
    assert editor.stashed and not editor.isVisible()
    assert editor.typed == "まだ保存していない文"
    window.lock_panel.passphrase.setText("right")
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        window.lock_panel.submit()
    assert not editor.stashed and editor.isVisible()
    assert editor.service is window.session.service


def test_settings_dialog_saves_to_qsettings(qtbot, window) -> None:
    from PySide6.QtCore import QSettings

    from kasuhara_desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window.service, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.idle_minutes.setValue(12)
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.font_path.setText("/fonts/ipaexg.ttf")
    dialog.shop_name.setText("新しい店名")
    dialog.accept()
    settings = QSettings()
    assert int(settings.value("lock/idle_minutes")) == 12
    assert settings.value("ui/language") == "nb"
    assert settings.value("pdf/font_path") == "/fonts/ipaexg.ttf"
    assert window.service.profile.name == "新しい店名"
    window._settings_changed()
    assert window.idle.interval_ms == 12 * 60_000


def test_settings_dialog_refuses_empty_shop_name(qtbot, window) -> None:
    from kasuhara_desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window.service, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.shop_name.setText("  ")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()


def test_lock_key_works_from_another_window_and_keys_then_reach_only_the_lock_screen(
    qtbot, window, fake_editor
) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    window.table.selectRow(0)
    editor = window.open_incident(window.selected_reference())
    field = QLineEdit(editor)
    QVBoxLayout(editor).addWidget(field)
    editor.show()
    editor.setGeometry(120, 90, 320, 200)
    qtbot.waitExposed(editor)
    geometry = editor.geometry()
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and editor.stashed and not editor.isVisible()
    qtbot.keyClicks(field, "secret")  # a hidden window's field gets nothing
    assert field.text() == ""
    qtbot.keyClicks(window.lock_panel.passphrase, "right")
    assert window.lock_panel.passphrase.text() == "right"
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)
    assert editor.isVisible() and not editor.stashed and editor.geometry() == geometry
    qtbot.keyClicks(field, "abc")  # unlocked: keys reach the editor again
    assert field.text() == "abc"


def test_a_window_that_follows_the_session_is_told_about_every_lock(qtbot, window) -> None:
    class Follower(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.events: list[str] = []

        def stash_for_lock(self) -> None:
            self.events.append("locked")

        def restore_after_unlock(self, service) -> None:
            self.events.append(f"unlocked {service is not None}")

    follower = Follower()
    qtbot.addWidget(follower)
    window.session.follow(follower)
    for _ in range(2):
        window.lock()
        window.lock_panel.passphrase.setText("right")
        with qtbot.waitSignal(window.unlocked, timeout=5000):
            window.lock_panel.submit()
    assert follower.events == ["locked", "unlocked True"] * 2
