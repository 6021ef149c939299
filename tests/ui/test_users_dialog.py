"""The users page (File → Users…): the list, the add form with its checks, the changes, the
removal's warning about older copies, and the own-passphrase form; over a recording fake of
``services.users.UserService`` (the real service has its own tests; the switch test in
``tests/e2e/test_switch_user.py`` drives the page over a real vault)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kasuhara_desktop.domain.errors import ValidationError, WrongSecretError
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.users import UserInfo
from kasuhara_desktop.ui.users.user_forms import AddUserForm, ChangeOwnPassphraseForm
from kasuhara_desktop.ui.users.users_dialog import UsersDialog
from kasuhara_desktop.ui.users.users_model import DISPLAY_NAME, LOGIN, ROLE

STRONG = "tall crimson harbour lantern 7"
ADDED = 1_764_800_000  # 2025-12-03 22:13 UTC


class FakeUsers:
    """Records every call and the thread it ran on; refuses a taken login like the service."""

    def __init__(self) -> None:
        self.rows = [
            UserInfo("yamada", "山田 太郎", Role.OWNER, ADDED, True),
            UserInfo("sato", "佐藤 花子", Role.STAFF, ADDED, False),
        ]
        self.calls: list[tuple[object, ...]] = []
        self.threads: list[threading.Thread] = []
        self.refuse = ""  # set_role raises this (as the service refuses the last owner)

    def _row(self, login: str) -> UserInfo:
        return next(r for r in self.rows if r.login == login)

    def list(self) -> list[UserInfo]:
        return list(self.rows)

    def add(self, login: str, name: str, role: Role, passphrase: str) -> UserInfo:
        self.threads.append(threading.current_thread())
        self.calls.append(("add", login, name, role, passphrase))
        if any(r.login == login for r in self.rows):
            raise ValidationError(f"The login {login!r} is taken; choose another.")
        info = UserInfo(login, name, role, ADDED + 60, False)
        self.rows.append(info)
        return info

    def rename(self, login: str, name: str) -> UserInfo:
        self.calls.append(("rename", login, name))
        info = replace(self._row(login), display_name=name)
        self.rows = [info if r.login == login else r for r in self.rows]
        return info

    def set_role(self, login: str, role: Role) -> UserInfo:
        self.calls.append(("set_role", login, role))
        if self.refuse:
            raise ValidationError(self.refuse)
        info = replace(self._row(login), role=role)
        self.rows = [info if r.login == login else r for r in self.rows]
        return info

    def remove(self, login: str) -> None:
        self.calls.append(("remove", login))
        self.rows = [r for r in self.rows if r.login != login]

    def reset_passphrase(self, login: str, new: str) -> None:
        self.threads.append(threading.current_thread())
        self.calls.append(("reset_passphrase", login, new))
        info = replace(self._row(login), has_passphrase=True)
        self.rows = [info if r.login == login else r for r in self.rows]

    def change_own_passphrase(self, current: str, new: str) -> None:
        self.threads.append(threading.current_thread())
        self.calls.append(("change_own_passphrase", current, new))
        if current != "old passphrase":
            raise WrongSecretError("The current passphrase is not right; nothing was changed.")


class FakeKeys:
    """Enough of ``KeyService`` for the rekey dialog to open."""

    opened_by_recovery_key = False

    def replaced_sheet_date(self):  # type: ignore[no-untyped-def]
        from datetime import UTC, datetime

        return datetime(2026, 1, 1, tzinfo=UTC)

    def other_users(self) -> list[str]:
        return ["sato"]


@pytest.fixture(autouse=True)
def no_boxes_left() -> Iterator[None]:
    """Message boxes are top-level windows: none may outlive its test."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def users() -> FakeUsers:
    return FakeUsers()


@pytest.fixture
def dialog(qtbot, users: FakeUsers) -> UsersDialog:
    page = UsersDialog(users, keys=FakeKeys(), tz="Asia/Tokyo")  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    return page


def cell(page: UsersDialog, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorMessageBox" and w.isVisible()
    ]


def fill_add_form(form: AddUserForm, login: str, name: str, role: Role, secret: str) -> None:
    form.login.setText(login)
    form.display_name.setText(name)
    form.role.setCurrentIndex(form.role.findData(role))
    form.passphrase.new.setText(secret)
    form.passphrase.repeat.setText(secret)


def test_the_list_shows_name_login_role_and_marks_yourself(dialog: UsersDialog) -> None:
    assert dialog.model.rowCount() == 2
    assert cell(dialog, 0, DISPLAY_NAME).startswith("山田 太郎") and "you" in cell(dialog, 0, 0)
    assert cell(dialog, 1, LOGIN) == "sato" and cell(dialog, 1, ROLE) == "Staff"
    assert "2025-12-04" in cell(dialog, 1, 3)  # the shop's zone: Tokyo, the next morning


def test_your_own_row_cannot_be_removed_reset_or_demoted_here(dialog: UsersDialog) -> None:
    dialog.select_login("yamada")
    assert not dialog.remove_button.isEnabled() and not dialog.reset_button.isEnabled()
    assert not dialog.role_button.isEnabled()
    assert dialog.rename_button.isEnabled()
    dialog.select_login("sato")
    assert dialog.remove_button.isEnabled() and dialog.reset_button.isEnabled()


@pytest.mark.parametrize(
    ("login", "name", "secret", "repeat", "says"),
    [
        ("", "鈴木 一郎", STRONG, STRONG, "login"),
        ("suzuki", "  ", STRONG, STRONG, "display name"),
        ("suzuki", "鈴木 一郎", "password", "password", "stronger"),
        ("suzuki", "鈴木 一郎", STRONG, STRONG + "x", "not the same"),
    ],
)
def test_the_add_form_refuses_bad_input_and_calls_nothing(
    dialog: UsersDialog, users: FakeUsers, login: str, name: str, secret: str, repeat: str,
    says: str,
) -> None:  # fmt: skip
    form = dialog.add_user()
    assert isinstance(form, AddUserForm)
    fill_add_form(form, login, name, Role.STAFF, secret)
    form.passphrase.repeat.setText(repeat)
    form.accept()
    assert form.isVisible() and says in form.problem_label.text()
    assert users.calls == []


def test_adding_a_user_runs_off_the_gui_thread_and_selects_the_new_row(
    qtbot, dialog: UsersDialog, users: FakeUsers
) -> None:
    form = dialog.add_user()
    assert isinstance(form, AddUserForm)
    assert form.chosen_role() is Role.STAFF  # the least role is the default
    fill_add_form(form, "suzuki", "鈴木 一郎", Role.MANAGER, STRONG)
    assert "notices" in form.role_note.text()
    form.accept()
    qtbot.waitUntil(lambda: dialog.form is None, timeout=5000)  # closed (and deleted)
    assert users.calls == [("add", "suzuki", "鈴木 一郎", Role.MANAGER, STRONG)]
    assert users.threads[0] is not threading.main_thread()
    assert dialog.selected_user() is not None and dialog.selected_user().login == "suzuki"  # type: ignore[union-attr]
    assert dialog.model.rowCount() == 3


def test_a_refused_add_is_shown_and_the_form_keeps_what_was_typed(
    qtbot, dialog: UsersDialog, users: FakeUsers
) -> None:
    form = dialog.add_user()
    assert isinstance(form, AddUserForm)
    fill_add_form(form, "sato", "佐藤 次郎", Role.STAFF, STRONG)
    form.accept()
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=5000)
    assert "taken" in error_boxes()[0].text()
    assert form.isVisible() and form.login.text() == "sato"
    assert form.passphrase.new.text() == STRONG and form.buttons.isEnabled()
    assert dialog.model.rowCount() == 2


def test_rename_and_role_change_update_the_list(qtbot, dialog: UsersDialog, users) -> None:
    dialog.select_login("sato")
    form = dialog.rename()
    assert form is not None
    form.display_name.setText("佐藤 花")  # type: ignore[attr-defined]
    form.accept()
    assert cell(dialog, dialog.model.row_of("sato"), DISPLAY_NAME) == "佐藤 花"
    form = dialog.change_role()
    assert form is not None
    form.role.setCurrentIndex(form.role.findData(Role.MANAGER))  # type: ignore[attr-defined]
    form.accept()
    assert cell(dialog, dialog.model.row_of("sato"), ROLE) == "Manager"
    assert users.calls == [("rename", "sato", "佐藤 花"), ("set_role", "sato", Role.MANAGER)]


def test_a_role_change_the_service_refuses_is_shown_and_changes_nothing(
    qtbot, dialog: UsersDialog, users: FakeUsers
) -> None:
    users.refuse = "佐藤 花子 is the last owner; make another user owner first."
    dialog.select_login("sato")
    form = dialog.change_role()
    assert form is not None
    form.role.setCurrentIndex(form.role.findData(Role.MANAGER))  # type: ignore[attr-defined]
    form.accept()
    assert form.isVisible() and "last owner" in error_boxes()[0].text()
    assert cell(dialog, dialog.model.row_of("sato"), ROLE) == "Staff"


def test_remove_names_the_person_warns_about_old_copies_and_offers_the_key_change(
    qtbot, dialog: UsersDialog, users: FakeUsers
) -> None:
    dialog.select_login("sato")
    box = dialog.remove()
    assert box is not None
    assert "佐藤 花子" in box.text() and "sato" in box.text()
    assert "data key" in box.informativeText() and "Copies" in box.informativeText()
    assert users.calls == []  # nothing before the confirmation
    confirm = next(b for b in box.buttons() if b.objectName() == "confirmRemoveButton")
    confirm.click()
    assert users.calls == [("remove", "sato")]
    assert dialog.model.row_of("sato") == -1
    assert "佐藤 花子" in dialog.notice.text() and "data key" in dialog.notice.text()
    assert dialog.rekey_button.isVisible()
    rekey = dialog.open_rekey()
    assert rekey is not None and rekey.objectName() == "rekeyDialog" and rekey.isVisible()


def test_cancelling_the_removal_changes_nothing(dialog: UsersDialog, users: FakeUsers) -> None:
    dialog.select_login("sato")
    box = dialog.remove()
    assert box is not None
    box.reject()
    assert users.calls == [] and dialog.model.row_of("sato") == 1


def reset_through_the_form(qtbot, page: UsersDialog, login: str) -> None:
    """Select ``login``, give STRONG twice in the reset form, and wait for it to close."""
    page.select_login(login)
    form = page.reset_passphrase()
    assert form is not None
    form.passphrase.new.setText(STRONG)  # type: ignore[attr-defined]
    form.passphrase.repeat.setText(STRONG)  # type: ignore[attr-defined]
    form.accept()
    qtbot.waitUntil(lambda: page.form is None, timeout=5000)


def test_reset_passphrase_sets_the_new_one_in_the_background(
    qtbot, dialog: UsersDialog, users: FakeUsers
) -> None:
    reset_through_the_form(qtbot, dialog, "sato")
    assert users.calls == [("reset_passphrase", "sato", STRONG)]
    assert users.threads[0] is not threading.main_thread()
    assert "佐藤 花子" in dialog.notice.text()


@pytest.fixture
def page_after_rekey(qtbot, users: FakeUsers) -> UsersDialog:
    """The page after a data-key change dropped 佐藤's slot (a name with markup in it)."""
    users.rows[1] = replace(users.rows[1], display_name="<b>佐藤</b> & co", has_passphrase=False)
    page = UsersDialog(users, keys=FakeKeys(), tz="Asia/Tokyo")  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_user_without_a_passphrase_is_marked_until_it_is_reset(
    qtbot, page_after_rekey: UsersDialog
) -> None:
    """The row, a tooltip and a line say so and what to do; the name is shown as typed."""
    page = page_after_rekey
    assert cell(page, 1, DISPLAY_NAME) == "<b>佐藤</b> & co (no passphrase)"
    tip = page.model.index(1, LOGIN).data(Qt.ItemDataRole.ToolTipRole)
    assert "cannot unlock" in tip
    line = page.no_passphrase
    assert (
        line.isVisible() and "<b>佐藤</b> & co" in line.text() and "Reset passphrase" in line.text()
    )
    assert line.textFormat() == Qt.TextFormat.PlainText
    assert page.model.index(0, LOGIN).data(Qt.ItemDataRole.ToolTipRole) is None
    reset_through_the_form(qtbot, page, "sato")
    assert cell(page, 1, DISPLAY_NAME) == "<b>佐藤</b> & co" and not line.isVisible()


def test_change_own_passphrase_needs_the_current_one(qtbot, users: FakeUsers) -> None:
    form = ChangeOwnPassphraseForm(users, "sato")
    qtbot.addWidget(form)
    form.show()
    form.passphrase.new.setText(STRONG)
    form.passphrase.repeat.setText(STRONG)
    form.accept()
    assert "current" in form.problem_label.text() and users.calls == []
    form.current.setText("wrong one")
    form.accept()
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=5000)
    assert "not right" in error_boxes()[0].text() and form.isVisible()
    assert form.current.text() == "wrong one"  # kept, to correct
    form.current.setText("old passphrase")
    form.accept()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    assert users.calls[-1] == ("change_own_passphrase", "old passphrase", STRONG)
