"""The main window's actions, menus and keyboard shortcuts (kept apart from its layout)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


@dataclass
class MainActions:
    new_incident: QAction
    open_incident: QAction
    refresh: QAction
    find: QAction
    clear_filters: QAction
    lock: QAction
    settings: QAction
    quit: QAction
    about: QAction

    def vault_actions(self) -> tuple[QAction, ...]:
        """Actions that need an unlocked vault (disabled while locked)."""
        return (
            self.new_incident,
            self.open_incident,
            self.refresh,
            self.find,
            self.clear_filters,
            self.lock,
            self.settings,
        )


def _action(
    window: QMainWindow, name: str, text: str, *keys: QKeySequence | QKeySequence.StandardKey | str
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
    window.addAction(action)
    return action


def build_actions(window: QMainWindow) -> MainActions:
    tr = window.tr
    return MainActions(
        new_incident=_action(window, "newIncidentAction", tr("&New incident…"), "Ctrl+N"),
        open_incident=_action(window, "openIncidentAction", tr("&Open incident")),
        refresh=_action(window, "refreshAction", tr("&Refresh"), QKeySequence.StandardKey.Refresh),
        find=_action(window, "findAction", tr("&Search"), QKeySequence.StandardKey.Find),
        clear_filters=_action(window, "clearFiltersAction", tr("&Clear filters")),
        lock=_action(window, "lockAction", tr("&Lock now"), "Ctrl+L"),
        settings=_action(
            window, "settingsAction", tr("S&ettings…"), QKeySequence.StandardKey.Preferences
        ),
        quit=_action(window, "quitAction", tr("&Quit"), "Ctrl+Q"),
        about=_action(window, "aboutAction", tr("&About Kasuhara Desktop")),
    )


def build_menus(window: QMainWindow, actions: MainActions) -> None:
    bar = window.menuBar()
    bar.setObjectName("mainMenuBar")
    tr = window.tr
    file_menu = bar.addMenu(tr("&File"))
    file_menu.setObjectName("fileMenu")
    file_menu.addAction(actions.new_incident)
    file_menu.addAction(actions.open_incident)
    file_menu.addSeparator()
    file_menu.addAction(actions.lock)
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    view_menu = bar.addMenu(tr("&View"))
    view_menu.setObjectName("viewMenu")
    view_menu.addAction(actions.find)
    view_menu.addAction(actions.clear_filters)
    view_menu.addAction(actions.refresh)
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(actions.about)
