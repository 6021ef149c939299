"""The signed-in user of one unlock and what their role lets them do.

Every service gets the same :class:`Access` (built once per unlock, in ``registry.py``, or from
the vault by a service built on its own, as the CLI and tests do) and calls :meth:`Access.require`
before an action. A refusal raises :class:`~kasuhara_desktop.domain.roles.AccessDeniedError`,
which names the role needed; nothing has been changed at that point.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import WrongSecretError
from ..domain.roles import AccessDeniedError, Permission, Role, allows, least_role
from ..vault.vault import RECOVERY_USER, Vault
from .user_rows import refuse_removed, rows_of


@dataclass(frozen=True)
class Access:
    """Who is working and in which role.

    Attributes:
        login: the login name the audit trail records (the slot's user name).
        display_name: the name documents print ("prepared by"); the login if none is set.
        role: the user's role.
    """

    login: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        """True if this user may do ``permission`` (the windows hide what they may not)."""
        return allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raise ``AccessDeniedError`` unless this user may do ``permission``."""
        if not allows(self.role, permission):
            raise AccessDeniedError(permission, least_role(permission), self.role, self.who)

    def require_incident_edit(self, created_by: str, is_draft: bool) -> None:
        """Staff may edit their own drafts; editing anything else needs a manager."""
        if is_draft and created_by == self.login:
            self.require(Permission.RECORD_INCIDENT)
        else:
            self.require(Permission.EDIT_ANY_INCIDENT)

    @property
    def who(self) -> str:
        """How messages name this user: the display name, with the login when they differ."""
        if self.display_name and self.display_name != self.login:
            return f"{self.display_name} ({self.login})"
        return self.login

    @classmethod
    def for_vault(cls, vault: Vault) -> Access:
        """The access of the user whose passphrase (or the recovery key) opened ``vault``.

        The ``users`` table (schema v11) gives the display name and role; the slot's role in
        ``vault.json`` is only a hint, used for a vault whose table is not filled yet. The
        recovery key is the owner's: whoever holds the sheet can do everything.

        Raises:
            WrongSecretError: the user was removed (or is unknown to a filled table).
        """
        if vault.user == RECOVERY_USER:
            return cls(login=vault.user, display_name=vault.user, role=Role.OWNER)
        row = next((r for r in rows_of(vault) if r.login == vault.user), None)
        if row is None or not row.active:
            refuse_removed(vault)  # closes the vault and raises, naming the removal's date
            raise WrongSecretError("This user is not a user of this logbook; ask the owner.")
        return cls(login=row.login, display_name=row.display_name, role=row.role)
