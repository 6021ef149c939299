"""The main window: the incident list with search and filters, the selected incident, locking.

It gets a :class:`~kasuhara_desktop.ui.session.Session` (the open vault's services) and never
touches the database itself. The parts live beside it: the list and detail in
``incident_browser.py``, the status bar in ``status_line.py``, the unlock form shown while
locked in ``lock_screen.py``, the Response/Reports menus in ``case_menus.py`` and the backup in
``backup_action.py`` (these two get the window as a ``QMainWindow`` and what they call on it
through a protocol, so none of them imports this module).

Locking (Ctrl+L in any window, or idle time) makes the session announce ``locked``: every
window that follows the session (editors, guided responses, call panels) keeps its typed
draft and hides; other dialogs close; every model and view is emptied, the vault is closed and
the unlock form is shown in place, with every keystroke going to it. Unlocking brings back the
same filter and selection, and each window where it was.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.roles import Permission
from ..services.incidents import IncidentService
from ..services.registry import Services
from .app_settings import GEOMETRY_KEY, SPLITTER_KEY, AppSettings
from .autosave import offer_restore
from .backup_action import BackupAction
from .case_menus import CaseMenus
from .dashboard.home_tabs import HomeTabs
from .dialogs.messages import error_text, show_error
from .duty.duty_menu import DutyMenu
from .editor.incident_editor import IncidentEditor
from .i18n import current_language
from .incident_browser import IncidentBrowser
from .lock_screen import LockScreen
from .locking import HideWhileLocked, IdleLock, Lockable, LockKeys
from .main_menu import build_actions, build_menus
from .session import Session, UnlockFn, UsersFn, unlock_vault
from .status_line import StatusLine
from .tasks import registry
from .users.user_actions import UserActions
from .widgets.rekey_notice import show_rekey_notice
from .widgets.rollback_notice import show_rollback_notice
from .widgets.screen_fit import resize_within_screen

log = logging.getLogger(__name__)
CONTENT_PAGE, LOCKED_PAGE = 0, 1


class MainWindow(QMainWindow):
    """The logbook window.

    Signals:
        unlocked(): the vault is open again and the views are reloaded.
        closed(): the window was closed (the program should end).
    """

    unlocked = Signal()
    closed = Signal()

    def __init__(
        self,
        session: Session,
        settings: AppSettings | None = None,
        *,
        unlock_fn: UnlockFn = unlock_vault,
        users_fn: UsersFn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings or AppSettings()
        self._editors: list[QDialog] = []
        self._closing_vault = False
        self._saved_selection: str | None = None
        self.rollback_notice: QMessageBox | None = None
        self.rekey_notice: QMessageBox | None = None

        self.menu_actions = build_actions(self)
        build_menus(self, self.menu_actions)
        # The window's own view of the session comes first: on unlock the list is back
        # before any editor or guide that follows the session shows itself again.
        session.unlocked.connect(self._on_session_unlocked)
        self.case_menus = CaseMenus(self, self, session)
        self.duty_menu = DutyMenu(self, session)
        self.backup = BackupAction(self, session)
        self._add_backup_to_file_menu()
        self.user_actions = UserActions(self, session)  # after the backup: the File menu order
        self.browser = IncidentBrowser(self.case_menus.incident_now, self)
        self.filter_bar = self.browser.filter_bar
        self.model = self.browser.model
        self.table = self.browser.table
        self.detail = self.browser.detail
        self.evidence_pane = self.browser.evidence_pane
        self.splitter = self.browser

        self.lock_screen = LockScreen(session.folder, self, unlock_fn=unlock_fn, users_fn=users_fn)
        self.lock_panel = self.lock_screen.panel
        self.lock_panel.unlocked.connect(self._on_unlocked)
        self.lock_page = self.lock_screen
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        # Home | Incidents (the browser inside unchanged); the lock page covers both.
        self.home_tabs = HomeTabs(self, self, self.browser, self.filter_bar, session, self.settings)
        self.stack.addWidget(self.home_tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self.status = StatusLine(self.statusBar())
        self.vault_label = self.status.vault_label
        self.user_label = self.status.user_label
        self.count_label = self.status.count_label

        self.idle = IdleLock(self.settings.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.lock_keys = LockKeys(self.menu_actions.lock.shortcuts(), self)
        self.lock_keys.lock_pressed.connect(self.lock)
        self._connect()
        self._restore_layout()
        if self.settings.window_state(GEOMETRY_KEY) is None:
            resize_within_screen(self, 1180, 720)
        services = session.services
        if services is not None:
            self._show_unlocked(services)
        self.autosave_offer: QMessageBox | None = None
        QTimer.singleShot(0, self._offer_autosaves)

    @Slot()
    def _offer_autosaves(self) -> None:
        """Drafts a crash left behind are offered back once the window is on screen."""
        if not self.is_locked:
            self.autosave_offer = offer_restore(self)

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_incident.triggered.connect(self.new_incident)
        a.open_incident.triggered.connect(self.open_selected)
        a.refresh.triggered.connect(self.refresh)
        a.find.triggered.connect(self.browser.focus_search)
        a.clear_filters.triggered.connect(self.filter_bar.clear)
        a.lock.triggered.connect(self.lock)
        a.settings.triggered.connect(self.open_settings)
        self.user_actions.switch_user.triggered.connect(self.switch_user)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._about)
        a.help.triggered.connect(self._help)
        self.browser.load_failed.connect(self._on_load_failed)
        self.browser.activated.connect(self.open_incident)
        self.model.total_changed.connect(self._on_total)

    def add_side_tab(self, widget: QWidget, title: str) -> int:
        """Place for other panes beside the incident view; returns the tab index."""
        return self.browser.side_tabs.addTab(widget, title)

    @property
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == LOCKED_PAGE

    @property
    def service(self) -> IncidentService | None:
        """The open vault's incident service (None while locked)."""
        return self.session.service

    # ------------------------------------------------------------ list

    @Slot()
    def refresh(self, keep: str | None = None) -> None:
        self.browser.refresh(keep)
        self.home_tabs.refresh_home()  # after saves and F5: the dashboard's counts too

    def selected_reference(self) -> str | None:
        return self.browser.selected_reference()

    def select_reference(self, reference: str) -> bool:
        return self.browser.select_reference(reference)

    @Slot(int)
    def _on_total(self, total: int) -> None:
        self.status.show_count(self.tr("%n incident(s)", "", total))

    @Slot(object)
    def _on_load_failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        if text:
            self.statusBar().showMessage(text, 15_000)
            if not isinstance(exc, UserError) or not self.isVisible():
                return
            show_error(self, exc)

    # ------------------------------------------------------------ editors

    @Slot()
    def open_selected(self) -> None:
        reference = self.selected_reference()
        if reference:
            self.open_incident(reference)

    @Slot()
    def new_incident(self) -> None:
        self.open_incident(None)

    @Slot(str)
    def open_incident(self, reference: str | None) -> QDialog | None:
        """Open the editor for ``reference`` (None: a new incident), non-modally."""
        service = self.service
        if service is None:
            return None
        for editor in self._editors:
            if reference and isinstance(editor, IncidentEditor) and editor.reference == reference:
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            editor = IncidentEditor(service, reference, self)
        except Exception as exc:
            show_error(self, exc)
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_saved)
        self.track_editor(editor)
        editor.open()
        return editor

    def open_guide(self, reference: str | None) -> QDialog | None:
        """Open the guided response on ``reference`` (None: a new incident now)."""
        return self.case_menus.open_wizard(reference)

    def _add_backup_to_file_menu(self) -> None:
        file_menu = self.menuBar().findChild(QMenu, "fileMenu")
        if file_menu is not None:
            file_menu.insertAction(self.menu_actions.lock, self.backup.action)

    def track_editor(self, editor: QDialog) -> None:
        """Keep ``editor`` (a :class:`~.locking.Lockable` dialog) through locks.

        The editor follows the session (it keeps its draft on ``locked`` and takes the new
        services on ``unlocked``) and is hidden while locked; the list is only for not opening
        the same incident twice and for asking about unsaved text when the program quits.
        """
        assert isinstance(editor, Lockable), "an editor keeps its draft through a lock"
        self.session.follow(editor)
        HideWhileLocked(editor, self.session)
        editor.finished.connect(lambda _r, e=editor: self._forget_editor(e))
        self._editors.append(editor)

    def _forget_editor(self, editor: QDialog) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    @Slot(str)
    def _on_saved(self, reference: str) -> None:
        self.refresh(keep=reference)

    @property
    def open_editors(self) -> list[QDialog]:
        return list(self._editors)

    # ------------------------------------------------------------ locking

    @Slot()
    def lock(self) -> None:
        """Lock now: nothing of the vault stays on screen or in the models."""
        if self.is_locked:
            return
        self.idle.stop()
        self._saved_selection = self.browser.selected_reference()
        self.session.announce_locked()  # the windows that follow keep their drafts and hide
        for widget in QApplication.topLevelWidgets():  # dialogs that keep nothing just close
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and not self.session.is_following(widget)
            ):
                widget.reject()
        self.browser.forget_services()
        self.status.show_locked()
        self.stack.setCurrentIndex(LOCKED_PAGE)
        for action in self.menu_actions.vault_actions():
            action.setEnabled(False)
        self.lock_screen.offer(self.session.folder, self.session.user)
        self.lock_keys.guard(self.lock_page, self.menuBar())
        self.raise_()
        self.activateWindow()
        self.lock_screen.focus_input()
        registry.cancel_all()
        if registry.running():
            self._closing_vault = True
            self.lock_panel.hold()  # an unlock typed meanwhile waits for the vault to close
            registry.idle.connect(self._close_vault_when_idle)
        else:
            self.session.close_vault()

    @Slot()
    def switch_user(self) -> None:
        """Lock, and let the unlock form choose anyone (one shop PC, several people)."""
        self.lock()
        self.lock_screen.offer_anyone()

    @Slot()
    def _close_vault_when_idle(self) -> None:
        registry.idle.disconnect(self._close_vault_when_idle)
        self._closing_vault = False
        if self.is_locked:
            self.session.close_vault()
        self.lock_panel.release()

    @Slot(object)
    def _on_unlocked(self, vault: object) -> None:
        if self._closing_vault:  # a task still held the old vault: let it go first
            self._close_vault_when_idle()
        self.session.adopt(vault)  # type: ignore[arg-type]  # UnlockPanel emits the Vault

    @Slot(object)
    def _on_session_unlocked(self, services: Services) -> None:
        """The list comes back first, then the editors and guides (on top, where they were)."""
        self._show_unlocked(services, self._saved_selection)
        self.unlocked.emit()

    def _show_unlocked(self, services: Services, selection: str | None = None) -> None:
        self.stack.setCurrentIndex(CONTENT_PAGE)
        self.lock_keys.arm()  # before the windows come back: their keys must reach them
        for action in self.menu_actions.vault_actions():
            action.setEnabled(True)
        self.browser.show_services(services, selection)
        state = services.state
        access = services.access
        reason = state.read_only_reason
        self.status.show_open(state.folder, access.display_name, reason, access.role)
        if state.read_only_reason:
            self.menu_actions.new_incident.setEnabled(False)
        settings_ok = access.can(Permission.SETTINGS)  # hidden from staff, again at each unlock
        self.menu_actions.settings.setVisible(settings_ok)
        self.menu_actions.settings.setEnabled(settings_ok)
        self.evidence_pane.allow(access)
        self.rekey_notice = show_rekey_notice(self, state.rekey_outcome)
        self.rollback_notice = show_rollback_notice(self, list(state.rollback_problems))
        self._update_title()
        self.idle.set_minutes(self.settings.idle_minutes)
        self.idle.start()
        self.table.setFocus()

    def _update_title(self) -> None:
        name = ""
        if self.service is not None:
            try:
                name = self.service.shop_profile().name
            except Exception:  # the title is not worth an error box
                name = ""
        title = self.tr("Kasuhara Desktop")
        self.setWindowTitle(f"{name} — {title}" if name else title)

    # ------------------------------------------------------------ settings, about, closing

    @Slot()
    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        services = self.session.services
        keys = services.keys if services is not None else None
        if services is None or not services.access.can(Permission.CHANGE_DATA_KEY):
            keys = None  # the data-key change (and its recovery sheet) is the owner's
        dialog = SettingsDialog(self.settings, self.service, self, keys=keys)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._settings_changed)
        dialog.open()

    @Slot()
    def _settings_changed(self) -> None:
        self.idle.set_minutes(self.settings.idle_minutes)
        self._update_title()

    @Slot()
    def _help(self) -> None:
        from .dialogs.help_dialog import HelpDialog

        HelpDialog(current_language(), self).show()

    @Slot()
    def _about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Kasuhara Desktop"))
        box.setText(
            self.tr(
                "Kasuhara Desktop: an offline, encrypted logbook of customer harassment. "
                "Nothing leaves this computer."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _restore_layout(self) -> None:
        geometry = self.settings.window_state(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.window_state(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.case_menus.close_all():
            event.ignore()
            return
        for editor in list(self._editors):
            if not editor.close():  # the editor asks about unsaved text
                event.ignore()
                return
        self.settings.set_window_state(GEOMETRY_KEY, self.saveGeometry())
        self.settings.set_window_state(SPLITTER_KEY, self.splitter.saveState())
        self.idle.stop()
        self.lock_keys.stop()
        self.browser.close_views()
        registry.cancel_all()
        super().closeEvent(event)
        self.closed.emit()
