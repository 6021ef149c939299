"""The main window's actions, menus and keyboard shortcuts (kept apart from its layout)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
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
    help: QAction
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
    return MainActions(
        new_incident=_action(
            window,
            "newIncidentAction",
            QCoreApplication.translate("MainWindow", "Ne&w incident…"),
            "Ctrl+N",
        ),
        open_incident=_action(
            window, "openIncidentAction", QCoreApplication.translate("MainWindow", "&Open incident")
        ),
        refresh=_action(
            window,
            "refreshAction",
            QCoreApplication.translate("MainWindow", "&Refresh"),
            QKeySequence.StandardKey.Refresh,
        ),
        find=_action(
            window,
            "findAction",
            QCoreApplication.translate("MainWindow", "&Search"),
            QKeySequence.StandardKey.Find,
        ),
        clear_filters=_action(
            window, "clearFiltersAction", QCoreApplication.translate("MainWindow", "&Clear filters")
        ),
        lock=_action(
            window, "lockAction", QCoreApplication.translate("MainWindow", "&Lock now"), "Ctrl+L"
        ),
        settings=_action(
            window,
            "settingsAction",
            QCoreApplication.translate("MainWindow", "S&ettings…"),
            QKeySequence.StandardKey.Preferences,
        ),
        quit=_action(
            window, "quitAction", QCoreApplication.translate("MainWindow", "&Quit"), "Ctrl+Q"
        ),
        help=_action(
            window,
            "helpAction",
            QCoreApplication.translate("MainWindow", "&How to use Kasuhara Desktop"),
            QKeySequence.StandardKey.HelpContents,
        ),
        about=_action(
            window,
            "aboutAction",
            QCoreApplication.translate("MainWindow", "&About Kasuhara Desktop"),
        ),
    )


def build_menus(window: QMainWindow, actions: MainActions) -> None:
    bar = window.menuBar()
    bar.setObjectName("mainMenuBar")
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.setObjectName("fileMenu")
    file_menu.addAction(actions.new_incident)
    file_menu.addAction(actions.open_incident)
    file_menu.addSeparator()
    file_menu.addAction(actions.lock)
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    view_menu.addAction(actions.find)
    view_menu.addAction(actions.clear_filters)
    view_menu.addAction(actions.refresh)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(actions.help)
    help_menu.addAction(actions.about)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (actions.new_incident, actions.open_incident, actions.lock, actions.settings):
        toolbar.addAction(action)
