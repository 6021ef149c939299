"""The logbook's users: adding, removing, renaming, roles and passphrases (issue 16).

The ``users`` table (schema v11, encrypted and audited) says who each login is and what role
they have; each user's key slot in ``vault.json`` holds the data key wrapped under their own
passphrase. Every change here is one database transaction with its audit row, and the header
is saved inside that transaction: if saving the header fails the transaction rolls back, and if
the commit fails the header saved a moment before is put back, so both stay as they were.

Roles guard against mistakes by someone signed in, not against a copy of the vault: removing a
user drops their slot, but a copy of the vault made before the removal still opens with their
passphrase until the data key is changed (``kasuhara rekey``).
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..domain.errors import UserError, ValidationError
from ..domain.roles import Permission, Role
from ..vault import audit
from ..vault.connection import Connection
from ..vault.header import VaultHeader
from ..vault.kdf import KdfParams, calibrate, is_test_grade
from ..vault.repositories import shop
from ..vault.repositories import users as repo
from ..vault.vault import RECOVERY_USER, Vault
from .access import Access
from .passphrase_strength import check_new_passphrase
from .user_rows import rows_of

LOGIN_MAX = 64
DISPLAY_NAME_MAX = 100


@dataclass(frozen=True)
class UserInfo:
    """One active user as the users page and ``kasuhara user list`` show them.

    ``has_passphrase`` is False for a user whose key slot is gone (a data-key change removes
    the slots of everyone but the person who made it): they cannot unlock until an owner
    resets their passphrase.
    """

    login: str
    display_name: str
    role: Role
    created_at: int
    is_self: bool
    has_passphrase: bool = True


# ---------------------------------------------------------------- checks


def check_login(login: str) -> str:
    """A login as stored: 1-64 characters, no control characters, no outer spaces."""
    if not isinstance(login, str) or not login:
        raise ValidationError("The login name must not be empty.")
    login = unicodedata.normalize("NFC", login)
    if len(login) > LOGIN_MAX:
        raise ValidationError(f"The login name is {len(login)} characters; at most {LOGIN_MAX}.")
    if login != login.strip():
        raise ValidationError("The login name must not begin or end with a space.")
    if any(unicodedata.category(ch).startswith("C") for ch in login):
        raise ValidationError("The login name contains a control or invisible character.")
    if login == RECOVERY_USER:
        raise ValidationError(f"{RECOVERY_USER!r} is reserved; choose another login name.")
    return login


def check_display_name(name: str) -> str:
    """A display name as stored: stripped, 1-100 characters, any script, one line."""
    if not isinstance(name, str):
        raise ValidationError("The display name must be text.")
    name = unicodedata.normalize("NFC", name).strip()
    if not name:
        raise ValidationError("The display name must not be empty.")
    if len(name) > DISPLAY_NAME_MAX:
        raise ValidationError(
            f"The display name is {len(name)} characters; at most {DISPLAY_NAME_MAX}."
        )
    bad = next((ch for ch in name if unicodedata.category(ch) == "Cc"), None)
    if bad is not None:
        raise ValidationError(
            f"The display name contains a control character (U+{ord(bad):04X}); remove it."
        )
    return name


class UserService:
    """Users of one open vault, for the users page and ``kasuhara user``.

    Args:
        vault: the open vault.
        access: the signed-in user; None: read from the vault (``Access.for_vault``).
    """

    def __init__(self, vault: Vault, access: Access | None = None) -> None:
        self._vault = vault
        self._access = access or Access.for_vault(vault)

    @property
    def access(self) -> Access:
        return self._access

    # ------------------------------------------------------------ reading

    def list(self) -> list[UserInfo]:
        """Active users, owners first, then managers, then staff; by name within a role."""
        rows = [r for r in rows_of(self._vault) if r.active]
        rows.sort(key=lambda r: (-r.role, r.display_name.casefold(), r.login))
        return [self._info(r) for r in rows]

    def display_names(self) -> dict[str, str]:
        """Login -> display name for every user, removed ones included (old rows name them)."""
        return {r.login: r.display_name for r in rows_of(self._vault)}

    def _info(self, row: repo.UserRow) -> UserInfo:
        return UserInfo(
            row.login, row.display_name, row.role, row.created_at,
            is_self=row.login == self._access.login,
            has_passphrase=row.login in self._vault.header.users,
        )  # fmt: skip

    def _active(self, conn: Connection, login: str) -> repo.UserRow:
        row = repo.get(conn, login)
        if row is None or not row.active:
            raise ValidationError(f"There is no user {login!r} in this logbook.")
        return row

    # ------------------------------------------------------------ changes

    def add(
        self,
        login: str,
        display_name: str,
        role: Role,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
    ) -> UserInfo:
        """Add a user with their own passphrase slot (MANAGE_USERS)."""
        self._access.require(Permission.MANAGE_USERS)
        login, display_name = check_login(login), check_display_name(display_name)
        role = Role(role)
        check_new_passphrase(passphrase, (login, display_name))
        row = repo.UserRow(login, display_name, role, repo.now(), self._access.login)

        def db(c: Connection) -> None:
            if repo.get(c, login) is not None:
                raise ValidationError(
                    f"The login {login!r} is taken (by a current or a removed user: logins are "
                    "never reused, so the history stays clear); choose another."
                )
            repo.insert(c, row, self._access.login)

        template = self._kdf(kdf)
        with self._change(db) as header:
            header.set_passphrase_slot(
                login, passphrase, self._vault.data_key, template, role=role.code
            )
        return self._info(row)

    def remove(self, login: str) -> None:
        """Remove a user and drop their key slot (MANAGE_USERS); never the last owner."""
        self._access.require(Permission.MANAGE_USERS)
        if login == self._access.login:
            raise ValidationError("You cannot remove yourself; ask another owner.")

        def db(c: Connection) -> None:
            row = self._active(c, login)
            if row.role is Role.OWNER and repo.active_owners(c) <= 1:
                raise ValidationError(
                    f"{row.display_name} is the last owner; make another user owner first."
                )
            gone = replace(row, removed_at=repo.now(), removed_by=self._access.login)
            repo.update(c, gone, self._access.login, "remove")

        with self._change(db) as header:
            if login in header.users:
                header.remove_slot(login)

    def rename(self, login: str, display_name: str) -> UserInfo:
        """Change a user's display name (MANAGE_USERS); documents print the new one."""
        self._access.require(Permission.MANAGE_USERS)
        display_name = check_display_name(display_name)
        done: list[repo.UserRow] = []

        def db(c: Connection) -> None:
            row = replace(self._active(c, login), display_name=display_name)
            repo.update(c, row, self._access.login, "rename")
            done.append(row)

        with self._change(db):
            pass
        return self._info(done[0])

    def set_role(self, login: str, role: Role) -> UserInfo:
        """Change a user's role (MANAGE_USERS); never demote the last owner, nor yourself."""
        self._access.require(Permission.MANAGE_USERS)
        role = Role(role)
        if login == self._access.login:
            raise ValidationError("You cannot change your own role; ask another owner.")
        done: list[repo.UserRow] = []

        def db(c: Connection) -> None:
            row = self._active(c, login)
            if row.role is Role.OWNER and role is not Role.OWNER and repo.active_owners(c) <= 1:
                raise ValidationError(
                    f"{row.display_name} is the last owner; make another user owner first."
                )
            row = replace(row, role=role)
            repo.update(c, row, self._access.login, "set_role")
            done.append(row)

        # The slot's role hint stays as it was: it cannot change without that user's passphrase.
        with self._change(db):
            pass
        return self._info(done[0])

    def reset_passphrase(
        self, login: str, new_passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Give another user a new passphrase (MANAGE_USERS), e.g. a forgotten one."""
        self._access.require(Permission.MANAGE_USERS)
        if login == self._access.login:
            raise ValidationError("Change your own passphrase with your current one instead.")
        self._set_passphrase(login, new_passphrase, kdf, "reset_passphrase")

    def change_own_passphrase(
        self, current: str, new: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Change the signed-in user's passphrase; ``current`` must be right."""
        self._access.require(Permission.CHANGE_OWN_PASSPHRASE)
        login = self._access.login
        if login == RECOVERY_USER or login not in self._vault.header.users:
            raise ValidationError(
                "Signed in with the recovery key: there is no own passphrase to change."
            )
        self._vault.header.unwrap(login, current)
        self._set_passphrase(login, new, kdf, "set_passphrase")

    def _set_passphrase(self, login: str, new: str, kdf: KdfParams | None, action: str) -> None:
        if not new:
            raise ValidationError("The new passphrase must not be empty.")
        found: list[repo.UserRow] = []

        def db(c: Connection) -> None:
            row = self._active(c, login)
            check_new_passphrase(new, (row.login, row.display_name))
            audit.append(c, self._access.login, action, repo.ENTITY, login, {"user": login})
            found.append(row)

        template = self._kdf(kdf, login)
        with self._change(db) as header:
            header.set_passphrase_slot(
                login, new, self._vault.data_key, template, role=found[0].role.code
            )

    # ------------------------------------------------------------ one change

    def _kdf(self, kdf: KdfParams | None, login: str | None = None) -> KdfParams:
        """``kdf`` (tests), else the user's or the first slot's costs; calibrated ones when
        those are test settings (as ``Vault.set_passphrase`` does)."""
        if kdf is not None:
            return kdf
        slots = self._vault.header.slots
        own = [s for s in slots if s.user == login] or slots
        if not own or is_test_grade(own[0].kdf):
            return calibrate()
        return own[0].kdf

    @contextlib.contextmanager
    def _change(self, db: Callable[[Connection], None]) -> Iterator[VaultHeader]:
        """Run ``db`` in one transaction, then let the caller change the header, saved inside
        that transaction. Any failure leaves the table and the header as they were."""
        vault = self._vault
        header = vault.header
        old_slots = list(header.slots)
        saved = False
        try:
            with vault.transaction() as c:
                if not repo.count(c):
                    repo.seed(c, header, shop.get(c).representative, vault.user)
                db(c)
                yield header
                saved = True  # from here a failed save or commit must put the old header back
                header.save(vault.folder)
        except BaseException:
            header.slots = old_slots
            if saved:
                with contextlib.suppress(OSError, UserError):
                    header.save(vault.folder)
            raise
