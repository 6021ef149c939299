"""The users page's forms: add a user, rename, change the role, reset or change a passphrase.

Each is a :class:`~.task_form.TaskForm`: OK checks the input here (empty names, a weak or
mistyped passphrase) and then makes one call of the users service; what the service refuses is
shown and the form stays open. The forms get the service, never the vault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...domain.roles import Role
from ...domain.vocabulary import fill
from ..widgets.strength_meter import StrengthMeter, is_acceptable
from .role_names import role_description, role_label
from .task_form import TaskForm, Work, password_edit

if TYPE_CHECKING:
    from ...services.users import UserService


class NewPassphraseFields:
    """A new passphrase typed twice, with the strength meter, added to ``form``'s rows."""

    def __init__(self, owner: TaskForm, label: str) -> None:
        self.new = password_edit(
            owner, "newPassphraseEdit", QCoreApplication.translate("UserForms", "New passphrase")
        )
        self.meter = StrengthMeter(owner)
        self.repeat = password_edit(
            owner,
            "repeatPassphraseEdit",
            QCoreApplication.translate("UserForms", "Repeat the passphrase"),
        )
        self.new.textChanged.connect(self.meter.update_for)
        owner.form.addRow(label, self.new)
        owner.form.addRow("", self.meter)
        owner.form.addRow(QCoreApplication.translate("UserForms", "Repeat it:"), self.repeat)

    def problem(self, personal: tuple[str, ...] = ()) -> str | None:
        self.meter.personal = personal
        self.meter.update_for(self.new.text())
        if not is_acceptable(self.new.text(), personal):
            return QCoreApplication.translate(
                "UserForms", "Choose a stronger passphrase: the meter says why this one is weak."
            )
        if self.new.text() != self.repeat.text():
            return QCoreApplication.translate("UserForms", "The two passphrases are not the same.")
        return None


def role_combo(parent: QWidget, current: Role) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("roleCombo")
    combo.setAccessibleName(QCoreApplication.translate("UserForms", "Role"))
    for role in (Role.STAFF, Role.MANAGER, Role.OWNER):
        combo.addItem(role_label(role), role)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class AddUserForm(TaskForm):
    """Login, display name, role and the first passphrase of a new user."""

    slow = True

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent, "addUserDialog", "")
        self.setWindowTitle(self.tr("Add a user"))
        self.users = users
        self.login = QLineEdit(self)
        self.login.setObjectName("loginEdit")
        self.login.setAccessibleName(self.tr("Login name"))
        self.login.setPlaceholderText(self.tr("e.g. sato (chosen at the lock screen)"))
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayNameEdit")
        self.display_name.setAccessibleName(self.tr("Display name"))
        self.display_name.setPlaceholderText(self.tr("e.g. 佐藤 花子 (printed in documents)"))
        self.role = role_combo(self, Role.STAFF)
        self.role_note = QLabel(self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.form.addRow(self.tr("Login name:"), self.login)
        self.form.addRow(self.tr("Display name:"), self.display_name)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow("", self.role_note)
        self.passphrase = NewPassphraseFields(self, self.tr("Passphrase:"))
        self._role_changed()

    @Slot()
    def _role_changed(self) -> None:
        self.role_note.setText(role_description(self.chosen_role()))

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def problem(self) -> str | None:
        login, name = self.login.text().strip(), self.display_name.text().strip()
        if not login:
            return self.tr("Type a login name.")
        if not name:
            return self.tr("Type the display name (it is printed in documents).")
        return self.passphrase.problem((login, name))

    def work(self) -> Work:
        users, role = self.users, self.chosen_role()
        login, name = self.login.text().strip(), self.display_name.text().strip()
        secret = self.passphrase.new.text()
        return lambda: users.add(login, name, role, secret)


class RenameForm(TaskForm):
    """A new display name for ``login``."""

    def __init__(
        self, users: UserService, login: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, "renameUserDialog", "")
        self.setWindowTitle(fill(self.tr("Rename %1"), name))
        self.users, self.login = users, login
        self.display_name = QLineEdit(name, self)
        self.display_name.setObjectName("displayNameEdit")
        self.display_name.setAccessibleName(self.tr("Display name"))
        self.form.addRow(self.tr("Display name:"), self.display_name)

    def problem(self) -> str | None:
        if not self.display_name.text().strip():
            return self.tr("Type the display name (it is printed in documents).")
        return None

    def work(self) -> Work:
        users, login, name = self.users, self.login, self.display_name.text().strip()
        return lambda: users.rename(login, name)


class RoleForm(TaskForm):
    """Another role for ``login``."""

    def __init__(
        self,
        users: UserService,
        login: str,
        name: str,
        current: Role,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, "changeRoleDialog", "")
        self.setWindowTitle(fill(self.tr("Role of %1"), name))
        self.users, self.login = users, login
        self.role = role_combo(self, current)
        self.role_note = QLabel(self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow("", self.role_note)
        self._role_changed()

    @Slot()
    def _role_changed(self) -> None:
        self.role_note.setText(role_description(Role(self.role.currentData())))

    def work(self) -> Work:
        users, login, role = self.users, self.login, Role(self.role.currentData())
        return lambda: users.set_role(login, role)


class ResetPassphraseForm(TaskForm):
    """The owner sets a new passphrase for a user who forgot theirs."""

    slow = True

    def __init__(
        self, users: UserService, login: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, "resetPassphraseDialog", "")
        self.setWindowTitle(fill(self.tr("New passphrase for %1"), name))
        self.users, self.login, self.name = users, login, name
        note = QLabel(
            self.tr("Tell the new passphrase to this person only; they can change it later."),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.passphrase = NewPassphraseFields(self, self.tr("New passphrase:"))

    def problem(self) -> str | None:
        return self.passphrase.problem((self.login, self.name))

    def work(self) -> Work:
        users, login, secret = self.users, self.login, self.passphrase.new.text()
        return lambda: users.reset_passphrase(login, secret)


class ChangeOwnPassphraseForm(TaskForm):
    """Any user: the current passphrase, then the new one twice."""

    slow = True

    def __init__(self, users: UserService, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "changeOwnPassphraseDialog", "")
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.users, self.login = users, login
        self.current = password_edit(self, "currentPassphraseEdit", self.tr("Current passphrase"))
        self.form.addRow(self.tr("Current passphrase:"), self.current)
        self.passphrase = NewPassphraseFields(self, self.tr("New passphrase:"))

    def problem(self) -> str | None:
        if not self.current.text():
            return self.tr("Type your current passphrase.")
        return self.passphrase.problem((self.login,))

    def work(self) -> Work:
        users, current, new = self.users, self.current.text(), self.passphrase.new.text()
        return lambda: users.change_own_passphrase(current, new)
