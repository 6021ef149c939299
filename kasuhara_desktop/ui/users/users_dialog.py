"""File → Users… (owner only): who may unlock this logbook, in which role.

The page lists the users and opens one small form per change (``user_forms.py``). Removing a
user deletes their passphrase slot, so they cannot unlock this logbook any more; a copy of the
logbook made before (a backup, an old ``vault.json``) still opens with their passphrase until
the data key is changed, which the page says and offers (Settings' rekey dialog). The service
refuses what must not happen (the last owner removed or demoted, a duplicate login): the page
shows its reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.vocabulary import fill
from ..dialogs.messages import show_error
from ..time_display import Zone
from .task_form import TaskForm
from .user_forms import AddUserForm, RenameForm, ResetPassphraseForm, RoleForm
from .users_model import UserRow, UsersTableModel

if TYPE_CHECKING:
    from ...services.rekey import KeyService
    from ...services.users import UserService


class UsersDialog(QDialog):
    """The users page over the users service (``keys``: the data-key change, owners only)."""

    def __init__(
        self,
        users: UserService,
        parent: QWidget | None = None,
        *,
        keys: KeyService | None = None,
        tz: Zone = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.users = users
        self.keys = keys
        self.form: TaskForm | None = None
        self.confirm_box: QMessageBox | None = None

        intro = QLabel(
            self.tr(
                "Each person unlocks the logbook with their own passphrase, and the logbook "
                "records who did what. Roles prevent mistakes and casual misuse; they do not "
                "protect against someone who copies the logbook and knows any passphrase."
            ),
            self,
        )
        intro.setObjectName("usersIntro")
        intro.setWordWrap(True)
        self.model = UsersTableModel(self, tz)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.add_button = self._button("addUserButton", self.tr("&Add…"), self.add_user)
        self.rename_button = self._button("renameUserButton", self.tr("Re&name…"), self.rename)
        self.role_button = self._button(
            "changeRoleButton", self.tr("Change &role…"), self.change_role
        )
        self.reset_button = self._button(
            "resetPassphraseButton", self.tr("Reset &passphrase…"), self.reset_passphrase
        )
        self.remove_button = self._button("removeUserButton", self.tr("Re&move…"), self.remove)
        self.no_passphrase = QLabel(self)
        self.no_passphrase.setObjectName("usersNoPassphrase")
        self.no_passphrase.setWordWrap(True)
        self.no_passphrase.setTextFormat(Qt.TextFormat.PlainText)  # names are the user's text
        self.no_passphrase.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("usersNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.rekey_button = self._button(
            "usersRekeyButton", self.tr("Change the data key…"), self.open_rekey
        )
        self.rekey_button.setVisible(keys is not None)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.setObjectName("usersCloseButtons")
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.role_button,
                       self.reset_button, self.remove_button):  # fmt: skip
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.rekey_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.no_passphrase)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)
        self.resize(720, 420)
        self.refresh()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ list

    def refresh(self, select: str | None = None) -> None:
        """Read the users again; keep ``select`` (or the current row's user) selected."""
        current = self.selected_user()
        keep = select or (current.login if current is not None else None)
        try:
            self.model.set_users(self.users.list())
        except Exception as exc:
            self.model.set_users([])
            show_error(self, exc)
        row = self.model.row_of(keep) if keep else -1
        self.table.selectRow(max(row, 0))
        self._update_buttons()
        self._show_without_passphrase()

    def _show_without_passphrase(self) -> None:
        """Users a data-key change left without a slot: say so and what to do."""
        names = [
            u.display_name
            for row in range(self.model.rowCount())
            if (u := self.model.user_at(row)) is not None and not u.has_passphrase
        ]
        self.no_passphrase.setVisible(bool(names))
        if names:
            self.no_passphrase.setText(
                fill(
                    self.tr(
                        "Since the data key was changed, these users have no passphrase and "
                        "cannot unlock: %1. Select each and click Reset passphrase to give them "
                        "a new one."
                    ),
                    ", ".join(names),
                )
            )

    def selected_user(self) -> UserRow | None:
        index = self.table.currentIndex()
        return self.model.user_at(index.row()) if index.isValid() else None

    def select_login(self, login: str) -> None:
        self.table.selectRow(self.model.row_of(login))

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        user = self.selected_user()
        self.rename_button.setEnabled(user is not None)
        # Your own passphrase is changed with the current one (File → Change my passphrase);
        # your own role and your removal are another owner's to change (the service says so).
        for button in (self.role_button, self.reset_button, self.remove_button):
            button.setEnabled(user is not None and not user.is_self)

    # ------------------------------------------------------------ changes

    def _open_form(self, form: TaskForm) -> TaskForm:
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.succeeded.connect(self._changed)
        form.finished.connect(self._form_closed)
        form.open()
        return form

    @Slot()
    def _form_closed(self) -> None:
        self.form = None

    @Slot(object)
    def _changed(self, result: object) -> None:
        login = getattr(result, "login", None)
        self.refresh(login if isinstance(login, str) else None)

    @Slot()
    def add_user(self) -> TaskForm:
        return self._open_form(AddUserForm(self.users, self))

    @Slot()
    def rename(self) -> TaskForm | None:
        user = self.selected_user()
        if user is None:
            return None
        return self._open_form(RenameForm(self.users, user.login, user.display_name, self))

    @Slot()
    def change_role(self) -> TaskForm | None:
        user = self.selected_user()
        if user is None:
            return None
        form = RoleForm(self.users, user.login, user.display_name, user.role, self)
        return self._open_form(form)

    @Slot()
    def reset_passphrase(self) -> TaskForm | None:
        user = self.selected_user()
        if user is None:
            return None
        form = ResetPassphraseForm(self.users, user.login, user.display_name, self)
        form.succeeded.connect(
            lambda _r, name=user.display_name: self._say(
                fill(self.tr("%1 has a new passphrase."), name)
            )
        )
        return self._open_form(form)

    @Slot()
    def remove(self) -> QMessageBox | None:
        """Ask first, naming the person and what removing does not undo."""
        user = self.selected_user()
        if user is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("removeUserBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove a user"))
        box.setText(fill(self.tr("Remove %1 (%2)?"), user.display_name, user.login))
        box.setInformativeText(
            self.tr(
                "They can no longer unlock this logbook, and what they recorded stays, under "
                "their name. Copies of the logbook made before (backups, an old vault.json) "
                "still open with their passphrase unless you change the data key afterwards."
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        login, name = user.login, user.display_name
        remove.clicked.connect(lambda: self._remove(login, name))
        box.finished.connect(self._confirm_closed)
        self.confirm_box = box
        box.open()
        return box

    @Slot()
    def _confirm_closed(self) -> None:
        self.confirm_box = None

    def _remove(self, login: str, name: str) -> None:
        try:
            self.users.remove(login)
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
        text = fill(self.tr("%1 was removed and can no longer unlock this logbook."), name)
        if self.keys is not None:
            text += " " + self.tr(
                "To keep older copies from opening with their passphrase, change the data key "
                "(the other users then get a new passphrase from you)."
            )
        self._say(text)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    @Slot()
    def open_rekey(self) -> QDialog | None:
        from ..dialogs.rekey_dialog import RekeyDialog

        if self.keys is None:
            return None
        dialog = RekeyDialog(self.keys, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog
