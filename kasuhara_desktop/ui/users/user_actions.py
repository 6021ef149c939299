"""File → Users… (owners), Change my passphrase… (everyone) and Switch user… (everyone).

Kept apart from the main window like the backup action: it gets the window as a plain
``QMainWindow`` and the session, puts its actions in the File menu and shows each one only to
the roles that may use it, again at every unlock (another person may have unlocked).
"Switch user…" is only the request; the window locks and lets the unlock form choose anyone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from ...domain.roles import Permission
from ...services.registry import Services
from ..session import Session
from .task_form import TaskForm
from .user_forms import ChangeOwnPassphraseForm
from .users_dialog import UsersDialog


class UserActions(QObject):
    """The three actions; ``switch_user`` is connected by the window (it owns locking)."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.users_action = self._action("usersAction", self.tr("U&sers…"), self.open_users)
        self.passphrase_action = self._action(
            "changeOwnPassphraseAction", self.tr("Change my &passphrase…"), self.change_passphrase
        )
        self.switch_user = self._action("switchUserAction", self.tr("Switch &user…"), None)
        self._add_to_file_menu()
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        if session.services is not None:
            self._unlocked(session.services)

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _add_to_file_menu(self) -> None:
        """Switch user after Lock now; the other two after Settings (before the separator)."""
        menu = self.window.menuBar().findChild(QMenu, "fileMenu")
        if menu is None:
            return
        actions = menu.actions()
        names = [a.objectName() for a in actions]
        after_lock = names.index("lockAction") + 1 if "lockAction" in names else len(names)
        if after_lock < len(actions):
            menu.insertAction(actions[after_lock], self.switch_user)
        else:
            menu.addAction(self.switch_user)
        actions = menu.actions()
        names = [a.objectName() for a in actions]
        after = names.index("settingsAction") + 1 if "settingsAction" in names else len(actions)
        before = actions[after] if after < len(actions) else None
        for action in (self.users_action, self.passphrase_action):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)

    def all_actions(self) -> tuple[QAction, ...]:
        return (self.users_action, self.passphrase_action, self.switch_user)

    @Slot()
    def _locked(self) -> None:
        for action in self.all_actions():
            action.setEnabled(False)

    @Slot(object)
    def _unlocked(self, services: Services) -> None:
        users = services.users
        owner = users is not None and services.access.can(Permission.MANAGE_USERS)
        # Hidden and disabled: a hidden action's shortcut must not open the page either.
        self.users_action.setVisible(owner)
        self.users_action.setEnabled(owner)
        has_own = users is not None and services.access.can(Permission.CHANGE_OWN_PASSPHRASE)
        self.passphrase_action.setVisible(has_own)
        self.passphrase_action.setEnabled(has_own)
        self.switch_user.setEnabled(True)

    # ------------------------------------------------------------ dialogs

    @Slot()
    def open_users(self) -> QDialog | None:
        services = self.session.services
        users = services.users if services is not None else None
        if services is None or users is None or not services.access.can(Permission.MANAGE_USERS):
            return None
        keys = services.keys if services.access.can(Permission.CHANGE_DATA_KEY) else None
        dialog = UsersDialog(users, self.window, keys=keys, tz=services.incidents.timezone)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def change_passphrase(self) -> TaskForm | None:
        services = self.session.services
        users = services.users if services is not None else None
        if services is None or users is None:
            return None
        form = ChangeOwnPassphraseForm(users, services.access.login, self.window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.succeeded.connect(self._passphrase_changed)
        form.open()
        return form

    @Slot(object)
    def _passphrase_changed(self, _result: object) -> None:
        self.window.statusBar().showMessage(
            self.tr("Your passphrase was changed: use the new one from the next unlock."), 15_000
        )
