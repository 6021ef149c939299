"""Who may do what: the three roles of a shop and the least role each action needs.

A shop has an owner, a manager or two, and staff (part-timers included). The services check
every action against this one table (``services/access.py``); the windows only hide what the
signed-in role cannot do. Roles guard against mistakes and casual misuse by someone signed in:
every passphrase slot unwraps the same data key, so a person who copies the vault and knows any
passphrase can read everything (``resources/docs/vault-format.md`` says so).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from .errors import UserError


class Role(IntEnum):
    """A user's role; a higher value may do everything a lower one may."""

    STAFF = 1
    MANAGER = 2
    OWNER = 3

    @property
    def code(self) -> str:
        """The stored name ("staff", "manager", "owner")."""
        return self.name.lower()

    @classmethod
    def parse(cls, code: str) -> Role:
        """The role stored as ``code``; a clear error for anything else."""
        try:
            return cls[code.strip().upper()]
        except KeyError:
            names = ", ".join(r.code for r in cls)
            raise RoleError(f"Unknown role {code!r}: use one of {names}.") from None


ROLE_CODES = tuple(r.code for r in Role)


class Permission(StrEnum):
    """An action the services guard. The value is how an error message names it."""

    # staff and up
    RECORD_INCIDENT = "record incidents, evidence, timeline steps and phone calls"
    VIEW_INCIDENTS = "read the incident records"
    VIEW_BAN_REGISTER = "see who has been told not to return"
    VERIFY = "check the logbook's integrity"
    CHANGE_OWN_PASSPHRASE = "change their own passphrase"  # noqa: S105 - a description
    VIEW_GUIDANCE = "read the shop's policy, procedures and consultation contacts"
    VIEW_DASHBOARD = "see the home screen's overview"
    # manager and up
    EDIT_ANY_INCIDENT = "edit incidents that are not their own drafts"
    JUDGE = "judge complaints and record the response"
    ISSUE_NOTICE = "issue, serve or revoke no-return notices"
    MAKE_REPORT = "make reports and summaries"
    MAKE_BUNDLE = "make evidence bundles"
    EXPORT_EVIDENCE = "export evidence"
    DELETE = "delete incidents or evidence"
    BACKUP = "back up the logbook"
    SETTINGS = "change the shop's details and settings"
    EDIT_POLICY = "edit the shop's policy, procedures and consultation contacts"
    RECORD_TRAINING = "record training sessions and case studies"
    COOPERATION = "record and print cooperation requests with other employers"
    # owner only
    MANAGE_USERS = "add, remove and change users"
    CHANGE_DATA_KEY = "change the data key"
    RECOVERY_SHEET = "print the recovery sheet"
    RESTORE = "restore a backup"
    RETENTION = "review and delete records whose retention period is over"


_MANAGER = {
    Permission.EDIT_ANY_INCIDENT,
    Permission.JUDGE,
    Permission.ISSUE_NOTICE,
    Permission.MAKE_REPORT,
    Permission.MAKE_BUNDLE,
    Permission.EXPORT_EVIDENCE,
    Permission.DELETE,
    Permission.BACKUP,
    Permission.SETTINGS,
    Permission.EDIT_POLICY,
    Permission.RECORD_TRAINING,
    Permission.COOPERATION,
}
_OWNER = {
    Permission.MANAGE_USERS,
    Permission.CHANGE_DATA_KEY,
    Permission.RECOVERY_SHEET,
    Permission.RESTORE,
    Permission.RETENTION,
}


def least_role(permission: Permission) -> Role:
    """The lowest role allowed ``permission``."""
    if permission in _OWNER:
        return Role.OWNER
    if permission in _MANAGER:
        return Role.MANAGER
    return Role.STAFF


def allows(role: Role, permission: Permission) -> bool:
    """True if ``role`` may do ``permission``."""
    return role >= least_role(permission)


class RoleError(UserError):
    """A role name that is not one of the three."""


class AccessDeniedError(UserError):
    """The signed-in user's role may not do this; the message names the role needed.

    Attributes:
        permission: what was refused.
        needed: the least role that may do it.
        role: the role of the user who tried.
    """

    def __init__(self, permission: Permission, needed: Role, role: Role, who: str) -> None:
        self.permission, self.needed, self.role = permission, needed, role
        allowed = "the owner" if needed is Role.OWNER else "a manager or the owner"
        super().__init__(
            f"Only {allowed} can {permission.value}; {who} is signed in as {role.code}. "
            "Ask someone with that role; nothing was changed."
        )
