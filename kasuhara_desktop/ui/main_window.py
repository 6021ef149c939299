"""The main window: the incident list with search and filters, the selected incident, locking.

It gets a :class:`~kasuhara_desktop.ui.session.Session` (the open vault's services) and never
touches the database itself. Locking (Ctrl+L in any window, or idle time) makes the session
announce ``locked``: every editor and guided response that follows the session keeps its
typed draft and hides; other dialogs close; every model and view is emptied, the vault is
closed and the unlock form is shown in place, with every keystroke going to it. Unlocking
brings back the same filter and selection, and each window where it was.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.vocabulary import fill
from ..services.vaults import vault_users
from .app_settings import GEOMETRY_KEY, SPLITTER_KEY, AppSettings
from .autosave import offer_restore
from .backup_action import BackupAction
from .case_menus import CaseMenus
from .dialogs.messages import error_text, show_error
from .i18n import current_language
from .locking import HideWhileLocked, IdleLock, LockKeys
from .main_menu import build_actions, build_menus
from .models.incident_table import SUMMARY, IncidentTableModel
from .session import Session, UnlockFn, UsersFn, unlock_vault
from .tasks import registry
from .widgets.column_sizing import ColumnSizer
from .widgets.empty_state import IncidentListEmpty
from .widgets.filter_bar import FilterBar
from .widgets.incident_detail import IncidentDetail
from .widgets.rollback_notice import show_rollback_notice
from .widgets.screen_fit import resize_within_screen
from .widgets.unlock_panel import UnlockPanel

try:  # written by the incident-editor work; the action is disabled until it is there
    from .editor.incident_editor import IncidentEditor
except ImportError:  # pragma: no cover - depends on what has landed
    IncidentEditor = None  # type: ignore[assignment,misc,unused-ignore]

try:  # the evidence pane (its own work); the tab appears when the session provides evidence
    from .evidence.evidence_pane import EvidencePane
except ImportError:  # pragma: no cover - depends on what has landed
    EvidencePane = None  # type: ignore[assignment,misc,unused-ignore]

log = logging.getLogger(__name__)
CONTENT_PAGE, LOCKED_PAGE = 0, 1


class MainWindow(QMainWindow):
    """The logbook window.

    Signals:
        lock_requested(): emitted when locking starts; dialogs that show vault data close.
        unlocked(): the vault is open again and the views are reloaded.
        closed(): the window was closed (the program should end).
    """

    lock_requested = Signal()
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
        self._editors: list[Any] = []
        self._pending_selection: str | None = None
        self._closing_vault = False
        self._saved_selection: str | None = None

        self.menu_actions = build_actions(self)
        build_menus(self, self.menu_actions)
        self.case_menus = CaseMenus(self)
        self.backup = BackupAction(self)
        self._add_backup_to_file_menu()
        self.filter_bar = FilterBar(self)
        self.model = IncidentTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("incidentTable")
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table_sizer = ColumnSizer(self.table, elastic=SUMMARY)
        self.empty = IncidentListEmpty(self.table, self.filter_bar, self.case_menus.incident_now)
        self.model.total_changed.connect(self.empty.show_total)
        self.detail = IncidentDetail(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.detail, self.tr("Incident"))
        self.evidence_pane: Any = None
        if EvidencePane is not None and session.has_evidence:
            self.evidence_pane = EvidencePane(self)
            self.add_side_tab(self.evidence_pane, self.tr("Evidence"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.lock_panel = UnlockPanel(
            session.folder, self, unlock_fn=unlock_fn, users_fn=users_fn or vault_users
        )
        self.lock_panel.choose_button.hide()  # the lock screen reopens the same logbook
        self.lock_panel.heading.setText(self.tr("The logbook is locked"))
        self.lock_panel.unlocked.connect(self._on_unlocked)
        lock_page = QWidget(self)
        lock_layout = QVBoxLayout(lock_page)
        lock_layout.addStretch(1)
        lock_layout.addWidget(self.lock_panel, 0, Qt.AlignmentFlag.AlignHCenter)
        lock_layout.addStretch(2)
        self.lock_panel.setMaximumWidth(560)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(lock_page)
        self.setCentralWidget(self.stack)

        self.vault_label = QLabel(self)
        self.vault_label.setObjectName("statusVault")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("statusCount")
        status = self.statusBar()
        status.setObjectName("mainStatusBar")
        status.addWidget(self.count_label)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.vault_label)

        self.idle = IdleLock(self.settings.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.lock_keys = LockKeys(self.menu_actions.lock.shortcuts(), self)
        self.lock_keys.lock_pressed.connect(self.lock)
        self.lock_page = lock_page
        session.unlocked.connect(self._on_session_unlocked)
        self._connect()
        self._restore_layout()
        if self.settings.window_state(GEOMETRY_KEY) is None:
            resize_within_screen(self, 1180, 720)
        self._show_unlocked()
        self.autosave_offer: QMessageBox | None = None
        QTimer.singleShot(0, self._offer_autosaves)

    @Slot()
    def _offer_autosaves(self) -> None:
        """Drafts a crash left behind are offered back once the window is on screen."""
        if not self.is_locked:
            self.autosave_offer = offer_restore(self)

    # ------------------------------------------------------------ wiring

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_incident.triggered.connect(self.new_incident)
        a.open_incident.triggered.connect(self.open_selected)
        a.refresh.triggered.connect(self.refresh)
        a.find.triggered.connect(self._focus_search)
        a.clear_filters.triggered.connect(self.filter_bar.clear)
        a.lock.triggered.connect(self.lock)
        a.settings.triggered.connect(self.open_settings)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._about)
        a.help.triggered.connect(self._help)
        self.filter_bar.filter_changed.connect(self._on_filter)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.total_changed.connect(self._on_total)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(self._on_activated)
        if IncidentEditor is None:
            for action in (a.new_incident, a.open_incident):
                action.setEnabled(False)
                action.setToolTip(self.tr("The incident editor is not available in this build."))

    def add_side_tab(self, widget: QWidget, title: str) -> int:
        """Place for other panes (evidence) beside the incident view; returns the tab index."""
        return self.side_tabs.addTab(widget, title)

    @property
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == LOCKED_PAGE

    @property
    def service(self) -> Any:
        return self.session.service

    # ------------------------------------------------------------ list and detail

    @Slot(object)
    def _on_filter(self, query: object) -> None:
        self._pending_selection = self.selected_reference()
        self.model.set_filter(query)  # type: ignore[arg-type]

    @Slot()
    def refresh(self, keep: str | None = None) -> None:
        self._pending_selection = keep or self.selected_reference()
        self.model.reload()

    @Slot()
    def _after_reset(self) -> None:
        reference, self._pending_selection = self._pending_selection, None
        if reference and self.select_reference(reference):
            return
        self.detail.clear()

    def selected_reference(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.reference_at(index.row()) if index.isValid() else None

    def select_reference(self, reference: str) -> bool:
        row = self.model.row_of(reference)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reference = self.model.reference_at(current.row()) if current.isValid() else None
        if self.evidence_pane is not None and self.service is not None:
            self.evidence_pane.set_incident(reference)
        if reference is None or self.service is None:
            self.detail.clear()
            return
        try:
            self.detail.show_incident(self.service.get(reference))
        except Exception as exc:
            self.detail.clear()
            self._on_load_failed(exc)

    @Slot(int)
    def _on_total(self, total: int) -> None:
        if self.is_locked:
            self.count_label.clear()
            return
        self.count_label.setText(self.tr("%n incident(s)", "", total))

    @Slot(object)
    def _on_load_failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        if text:
            self.statusBar().showMessage(text, 15_000)
            if not isinstance(exc, UserError) or not self.isVisible():
                return
            show_error(self, exc)

    @Slot()
    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    # ------------------------------------------------------------ editors

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        reference = self.model.reference_at(index.row())
        if reference:
            self.open_incident(reference)

    @Slot()
    def open_selected(self) -> None:
        reference = self.selected_reference()
        if reference:
            self.open_incident(reference)

    @Slot()
    def new_incident(self) -> None:
        self.open_incident(None)

    def open_incident(self, reference: str | None) -> Any:
        """Open the editor for ``reference`` (None: a new incident), non-modally."""
        if IncidentEditor is None or self.service is None:
            return None
        for editor in self._editors:
            if reference and getattr(editor, "reference", None) == reference:
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            editor = IncidentEditor(self.service, reference, self)
        except Exception as exc:
            show_error(self, exc)
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_saved)
        self.track_editor(editor)
        editor.open()
        return editor

    def _add_backup_to_file_menu(self) -> None:
        file_menu = self.menuBar().findChild(QMenu, "fileMenu")
        if file_menu is not None:
            file_menu.insertAction(self.menu_actions.lock, self.backup.action)

    def track_editor(self, editor: Any) -> None:
        """Keep ``editor`` (a window with stash_for_lock/restore_after_unlock) through locks.

        The editor follows the session (it keeps its draft on ``locked`` and takes the new
        services on ``unlocked``) and is hidden while locked; the list is only for not opening
        the same incident twice and for asking about unsaved text when the program quits.
        """
        self.session.follow(editor)
        HideWhileLocked(editor, self.session)
        editor.finished.connect(lambda _r, e=editor: self._forget_editor(e))
        self._editors.append(editor)

    def _forget_editor(self, editor: Any) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    @Slot(str)
    def _on_saved(self, reference: str) -> None:
        self.refresh(keep=reference)

    @property
    def open_editors(self) -> list[Any]:
        return list(self._editors)

    # ------------------------------------------------------------ locking

    @Slot()
    def lock(self) -> None:
        """Lock now: nothing of the vault stays on screen or in the models."""
        if self.is_locked:
            return
        self.idle.stop()
        self._pending_selection = self.selected_reference()
        self._saved_selection = self._pending_selection
        self.lock_requested.emit()
        self.session.announce_locked()  # editors and guides keep their drafts and hide
        for widget in QApplication.topLevelWidgets():  # dialogs that keep nothing just close
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and widget not in self._editors
                and widget not in self.case_menus.call_panels
            ):
                widget.reject()
        self.model.set_service(None)
        self.detail.clear()
        if self.evidence_pane is not None:
            self.evidence_pane.set_services(None)
        self.count_label.clear()
        self.stack.setCurrentIndex(LOCKED_PAGE)
        for action in self.menu_actions.vault_actions():
            action.setEnabled(False)
        self.lock_panel.reset()
        self.lock_panel.set_folder(self.session.folder)
        self.lock_panel.select_user(self.session.user)
        self.statusBar().clearMessage()
        self.user_label.setText(self.tr("Locked"))
        self.lock_keys.guard(self.lock_page, self.menuBar())
        self.raise_()
        self.activateWindow()
        self.lock_panel.focus_input()
        registry.cancel_all()
        if registry.running():
            self._closing_vault = True
            registry.idle.connect(self._close_vault_when_idle)
        else:
            self.session.close_vault()

    @Slot()
    def _close_vault_when_idle(self) -> None:
        registry.idle.disconnect(self._close_vault_when_idle)
        self._closing_vault = False
        if self.is_locked:
            self.session.close_vault()

    @Slot(object)
    def _on_unlocked(self, vault: object) -> None:
        if self._closing_vault:  # a task still held the old vault: let it go first
            self._close_vault_when_idle()
        self.session.adopt(vault)  # the session announces ``unlocked``: see below

    @Slot(object)
    def _on_session_unlocked(self, _service: object) -> None:
        """Connected before any editor follows the session: the list comes back first, then
        the editors and guides (on top, where they were)."""
        self._show_unlocked(self._saved_selection)
        self.unlocked.emit()

    def _show_unlocked(self, selection: str | None = None) -> None:
        self.stack.setCurrentIndex(CONTENT_PAGE)
        self.lock_keys.arm()  # before the windows come back: their keys must reach them
        for action in self.menu_actions.vault_actions():
            action.setEnabled(True)
        if IncidentEditor is None:
            self.menu_actions.new_incident.setEnabled(False)
            self.menu_actions.open_incident.setEnabled(False)
        self._pending_selection = selection
        if self.evidence_pane is not None:
            self.evidence_pane.set_services(self.session.evidence)
        self.model.set_service(self.service)
        self.vault_label.setText(fill(self.tr("Logbook: %1"), str(self.session.folder)))
        self.user_label.setText(fill(self.tr("User: %1"), self.session.user))
        self._show_read_only(self.session.read_only_reason)
        self.rollback_notice = show_rollback_notice(self, self.session.rollback_problems)
        self._update_title()
        self.table_sizer.fit()
        self.idle.set_minutes(self.settings.idle_minutes)
        self.idle.start()
        self.table.setFocus()

    def _show_read_only(self, reason: str | None) -> None:
        """A vault on a write-protected or full drive: say so in the status bar (details in the
        tooltip); a save is refused by the vault itself with the same reason."""
        self.vault_label.setToolTip(reason or "")
        if not reason:
            return
        self.vault_label.setText(fill(self.tr("Logbook: %1 (read-only)"), str(self.session.folder)))
        self.statusBar().showMessage(
            self.tr(
                "This logbook is open read-only (a write-protected or full drive): nothing can "
                "be saved. Copy it to the PC with “kasuhara restore”, or free space on the drive."
            )
        )
        self.menu_actions.new_incident.setEnabled(False)

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

        dialog = SettingsDialog(self.settings, self.service, self)
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
        self.model.set_service(None)
        self.detail.clear()
        if self.evidence_pane is not None:
            self.evidence_pane.clear()
        registry.cancel_all()
        super().closeEvent(event)
        self.closed.emit()
