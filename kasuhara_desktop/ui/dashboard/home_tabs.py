"""The main window's content: Home | Incidents, as tabs (Ctrl+1, Ctrl+2), the last one kept.

The incident browser goes inside unchanged. This widget follows the session: on unlock the
home page gets the new dashboard service and refreshes; on lock it drops its figures (the lock
screen replaces this whole widget, so nothing of it shows while locked). The window calls
:meth:`refresh_home` after saves; a refresh while the Home tab is hidden waits until it shows.
Tile clicks reach the window through :class:`HomeHost`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QDate, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ...domain.enums import Channel
from ...services.registry import Services
from ..app_settings import AppSettings
from ..session import Session
from ..widgets.filter_bar import OPEN_STATUSES, FilterBar
from .home_page import HomePage

TAB_KEY = "window/home_tab"
HOME, INCIDENTS = 0, 1


class HomeHost(Protocol):
    """What the tiles open in the window (the main window has all three)."""

    def open_incident(self, reference: str | None) -> object: ...

    @property
    def case_menus(self) -> Any: ...  # its bans_() opens the ban register

    @property
    def duty_menu(self) -> Any: ...  # DutyMenu: its actions by entry name


class HomeTabs(QTabWidget):
    """Home and Incidents."""

    def __init__(
        self,
        window: QMainWindow,
        host: HomeHost,
        browser: QWidget,
        filter_bar: FilterBar,
        session: Session,
        settings: AppSettings,
    ) -> None:
        super().__init__(window)
        self.setObjectName("homeTabs")
        self.host = host
        self.settings = settings
        self.filter_bar = filter_bar
        self._stale = False
        self.home = HomePage(self)
        self.addTab(self.home, self.tr("Home"))
        self.addTab(browser, self.tr("Incidents"))
        self.setTabToolTip(HOME, self.tr("Home (Ctrl+1)"))
        self.setTabToolTip(INCIDENTS, self.tr("Incidents (Ctrl+2)"))
        for index, key in ((HOME, "Ctrl+1"), (INCIDENTS, "Ctrl+2")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # inactive while hidden
            shortcut.activated.connect(lambda i=index: self.setCurrentIndex(i))
        saved = settings.window_state(TAB_KEY)
        self.setCurrentIndex(INCIDENTS if saved is not None and saved.data() == b"1" else HOME)
        self.currentChanged.connect(self._on_tab)
        self.home.open_list.connect(self._open_list)
        self.home.open_incident.connect(self._open_incident)
        self.home.open_bans.connect(self._open_bans)
        self.home.open_duty.connect(self._open_duty)
        session.locked.connect(self._on_lock)
        session.unlocked.connect(self._on_unlock)
        if session.services is not None:
            self._on_unlock(session.services)

    def show_home(self) -> None:
        self.setCurrentIndex(HOME)

    def show_incidents(self) -> None:
        self.setCurrentIndex(INCIDENTS)

    # ------------------------------------------------------------ session

    @Slot(object)
    def _on_unlock(self, services: Services) -> None:
        self.home.set_service(services.dashboard)
        self._stale = True
        self.refresh_home()

    @Slot()
    def _on_lock(self) -> None:
        self.home.set_service(None)

    def refresh_home(self) -> None:
        """Gather the figures again now if Home shows, else when it is next shown."""
        self._stale = True
        if self.currentIndex() == HOME:
            self._stale = False
            self.home.refresh()

    @Slot(int)
    def _on_tab(self, index: int) -> None:
        self.settings.set_window_state(TAB_KEY, QByteArray(str(index).encode()))
        if index == HOME and self._stale:
            self.refresh_home()

    # ------------------------------------------------------------ click-through

    @Slot(str)
    def _open_list(self, which: str) -> None:
        """The incident list filtered as a tile counts: open incidents, or the in-person
        incidents with no video attached, of the days the recorder may still hold."""
        bar = self.filter_bar
        bar.clear()
        if which == "open":
            bar.status.setCurrentIndex(max(0, bar.status.findData(OPEN_STATUSES)))
        elif which == "cctv" and self.home.figures is not None:
            f = self.home.figures
            bar.channel.setCurrentIndex(max(0, bar.channel.findData(Channel.IN_PERSON)))
            start = f.today - timedelta(days=f.cctv_retention_days)
            bar.date_from.setDate(QDate(start.year, start.month, start.day))
            bar.use_from.setChecked(True)
            bar.no_video.setChecked(True)  # what the tile counts: no footage attached yet
        self.setCurrentIndex(INCIDENTS)

    @Slot(str)
    def _open_incident(self, reference: str) -> None:
        self.host.open_incident(reference)

    @Slot()
    def _open_bans(self) -> None:
        self.host.case_menus.bans_()

    @Slot(str)
    def _open_duty(self, part: str) -> None:
        """Open the Duty menu's page of ``part`` ("training": the entry whose page module is
        ``training_page``), if that page is built and the user may open it."""
        from ..duty.duty_menu import ENTRIES

        for entry in ENTRIES:
            action = self.host.duty_menu.actions.get(entry.name)
            mine = entry.module.split("_")[0] == part
            if mine and action is not None and action.isVisible() and action.isEnabled():
                action.trigger()
                return
