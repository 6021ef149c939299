"""The "Response" and "Reports" menus: the guided response, phone mode, notices, the ban
register and the PDFs a lawyer or the police need, opened from the main window.

Kept apart from ``main_window.py`` so that the window stays about the list and locking; it
gets the window as a plain ``QMainWindow`` plus what it calls back through
:class:`IncidentHost`, so it does not import the window's module. Every dialog opened here is
non-modal and closes (or stashes its draft, following the session) when the session locks.
The features are imported when first used: they pull in QtPdf and QtMultimedia, which would
otherwise slow down every start of the program.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QToolBar

from ..domain.roles import Permission
from ..domain.vocabulary import fill
from ..services.registry import Services
from .dialogs.messages import show_error
from .session import Session

if TYPE_CHECKING:
    from .phone.call_panel import CallPanel

T = TypeVar("T")


class IncidentHost(Protocol):
    """What the menus call back on the main window."""

    def selected_reference(self) -> str | None: ...

    def refresh(self, keep: str | None = None) -> None: ...

    def open_incident(self, reference: str | None) -> QDialog | None: ...

    def track_editor(self, editor: QDialog) -> None: ...


class CaseMenus(QObject):
    """Builds the menus on ``window`` and opens each feature with the session's services."""

    def __init__(self, window: QMainWindow, host: IncidentHost, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.session = session
        self.call_panels: list[CallPanel] = []
        a = self._action
        self.incident_now = a(
            "incidentNowAction", self.tr("Incident &now"), self.incident_now_, "Ctrl+Shift+N"
        )
        self.guided = a(
            "guidedResponseAction", self.tr("&Guided response…"), self.guided_, "Ctrl+G"
        )
        self.phone = a("phoneCallAction", self.tr("Phone &call…"), self.phone_, "Ctrl+Shift+P")
        self.notice = a("issueNoticeAction", self.tr("&Issue no-entry notice…"), self.notice_)
        self.bans = a("banRegisterAction", self.tr("&Ban register…"), self.bans_, "Ctrl+B")
        self.wording = a("noticeWordingAction", self.tr("Notice &wording…"), self.wording_)
        self.report = a(
            "incidentReportAction", self.tr("Incident &report (PDF)…"), self.report_, "Ctrl+P"
        )
        self.summary = a("periodSummaryAction", self.tr("Period &summary (PDF)…"), self.summary_)
        self.bundle = a("evidenceBundleAction", self.tr("Evidence &bundle (ZIP)…"), self.bundle_)
        self._build_menus()
        session.locked.connect(self._on_lock)
        session.unlocked.connect(self._on_unlock)
        if session.services is not None:  # the window is built after the first unlock
            self._on_unlock(session.services)

    # ------------------------------------------------------------ building

    def _action(self, name: str, text: str, slot: Callable[[], None], *keys: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        help_action = bar.actions()[-1] if bar.actions() else None
        response = bar.addMenu(self.tr("&Response"))
        response.setObjectName("responseMenu")
        for action in (self.incident_now, self.guided, self.phone):
            response.addAction(action)
        response.addSeparator()
        for action in (self.notice, self.bans, self.wording):
            response.addAction(action)
        reports = self.reports_menu = bar.addMenu(self.tr("Re&ports"))
        reports.setObjectName("reportsMenu")
        for action in (self.report, self.summary, self.bundle):
            reports.addAction(action)
        if help_action is not None:  # keep Help last
            bar.removeAction(help_action)
            bar.addAction(help_action)
        toolbar = self.window.findChild(QToolBar, "mainToolBar")
        if toolbar is not None:
            toolbar.insertAction(toolbar.actions()[0], self.incident_now)
            toolbar.addAction(self.phone)
            toolbar.addAction(self.bans)
        incident_now_font = self.incident_now.font()
        incident_now_font.setBold(True)
        self.incident_now.setFont(incident_now_font)

    def vault_actions(self) -> tuple[QAction, ...]:
        return (self.incident_now, self.guided, self.phone, self.notice, self.bans, self.wording,
                self.report, self.summary, self.bundle)  # fmt: skip

    def selection_actions(self) -> tuple[QAction, ...]:
        """Actions about the selected incident."""
        return (self.guided, self.notice, self.report, self.bundle)

    # ------------------------------------------------------------ services

    def _selected(self) -> str | None:
        reference = self.host.selected_reference()
        if reference is None:
            self.window.statusBar().showMessage(
                self.tr("Select an incident in the list first."), 8000
            )
        return reference

    def _guard(self, open_: Callable[[Services], T]) -> T | None:
        """``open_(services)``, or None when locked or when it failed (after saying why)."""
        services = self.session.services
        if services is None:
            return None
        try:
            return open_(services)
        except Exception as exc:  # a UserError says what to do; anything else is logged by type
            show_error(self.window, exc)
            return None

    # ------------------------------------------------------------ response

    @Slot()
    def incident_now_(self) -> None:
        self.open_wizard(None)

    @Slot()
    def guided_(self) -> None:
        reference = self._selected()
        if reference:
            self.open_wizard(reference)

    def open_wizard(self, reference: str | None) -> QDialog | None:
        """Open the guided response on ``reference`` (None: a new incident now)."""
        from .wizard.response_wizard import open_response_wizard

        wizard = self._guard(
            lambda services: open_response_wizard(self.window, services, reference)
        )
        if wizard is not None:
            wizard.saved.connect(self._refresh_keeping)
            wizard.accepted.connect(
                lambda w=wizard: self._confirm_saved(w.draft.reference, w.draft.can_judge)
            )
            self.host.track_editor(wizard)  # the wizard is Lockable: it takes the Services
        return wizard

    @Slot(str)
    def _refresh_keeping(self, reference: str) -> None:
        self.host.refresh(keep=reference)

    def _confirm_saved(self, reference: str, judged_here: bool = True) -> None:
        """The guide closed after saving: say so where it does not interrupt (staff: that it
        is a draft a manager judges)."""
        template = (
            self.tr("Saved %1. The guided response is closed.")
            if judged_here
            else self.tr("Saved %1 as a draft. A manager judges it and closes it.")
        )
        self.window.statusBar().showMessage(fill(template, reference), 15_000)

    @Slot()
    def phone_(self) -> None:
        from .phone.call_panel import open_call_panel

        panel = self._guard(
            lambda services: open_call_panel(self.window, services.incidents, services.response)
        )
        if panel is not None:
            panel.filed.connect(self._refresh_keeping)
            panel.finished.connect(lambda _r, p=panel: self._forget_panel(p))
            self.session.follow(panel)  # it stays open through a lock: the timer runs on
            self.call_panels.append(panel)

    def _forget_panel(self, panel: CallPanel) -> None:
        if panel in self.call_panels:
            self.call_panels.remove(panel)

    @Slot()
    def notice_(self) -> None:
        from .notices import open_notice_dialog

        reference = self._selected()
        if reference:
            dialog = self._guard(
                lambda services: open_notice_dialog(self.window, services.notices, reference)
            )
            if dialog is not None:
                dialog.issued.connect(lambda _n, r=reference: self.host.refresh(keep=r))

    @Slot()
    def bans_(self) -> None:
        from .notices import open_ban_register

        dialog = self._guard(lambda services: open_ban_register(self.window, services.notices))
        if dialog is not None:
            dialog.incident_created.connect(self._breach_logged)

    @Slot(str)
    def _breach_logged(self, reference: str) -> None:
        self.host.refresh(keep=reference)
        self.host.open_incident(reference)

    @Slot()
    def wording_(self) -> None:
        from .notices import open_wording_editor

        self._guard(lambda services: open_wording_editor(self.window, services.notices))

    # ------------------------------------------------------------ reports

    def _language(self) -> str:
        from .i18n import current_language

        return current_language()

    @Slot()
    def report_(self) -> None:
        from .reports import open_report_dialog

        reference = self._selected()
        if reference:
            self._guard(
                lambda services: open_report_dialog(
                    self.window, services.reports, reference, self._language()
                )
            )

    @Slot()
    def summary_(self) -> None:
        from .reports import open_summary_dialog

        self._guard(
            lambda services: open_summary_dialog(self.window, services.reports, self._language())
        )

    @Slot()
    def bundle_(self) -> None:
        from .reports import open_bundle_dialog

        reference = self._selected()
        if reference:
            self._guard(
                lambda services: open_bundle_dialog(
                    self.window, services.reports, reference, self._language()
                )
            )

    # ------------------------------------------------------------ locking

    @Slot()
    def _on_lock(self) -> None:
        for action in self.vault_actions():
            action.setEnabled(False)

    def needs(self) -> dict[QAction, Permission]:
        """What each action needs beyond recording (the rest are for every role)."""
        return {
            self.guided: Permission.JUDGE,
            self.notice: Permission.ISSUE_NOTICE,
            self.wording: Permission.ISSUE_NOTICE,
            self.report: Permission.MAKE_REPORT,
            self.summary: Permission.MAKE_REPORT,
            self.bundle: Permission.MAKE_BUNDLE,
        }

    @Slot(object)
    def _on_unlock(self, services: Services) -> None:
        """Show what the signed-in role may do (another person may have unlocked); a hidden
        action is disabled too, so its shortcut does nothing."""
        needs = self.needs()
        for action in self.vault_actions():
            allowed = action not in needs or services.access.can(needs[action])
            action.setVisible(allowed)
            action.setEnabled(allowed)
        reports = (self.report, self.summary, self.bundle)
        self.reports_menu.menuAction().setVisible(any(a.isVisible() for a in reports))

    def close_all(self) -> bool:
        """Close call panels (each asks before dropping an unfiled call)."""
        return all(panel.close() for panel in list(self.call_panels))
