"""Errors split the way a user needs them.

``UserError`` and its subclasses are the environment's or the input's fault (a wrong passphrase,
a full disk, a malformed file): they carry one clear sentence that says what happened and what
to do, and the CLI prints it as one line with exit code 2. Anything else is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can act on; ``str(err)`` is the message to show."""


class ValidationError(UserError):
    """Input that does not meet the rules (wrong type, unknown code, too long...)."""


class NotFoundError(UserError):
    """A record that was asked for does not exist."""


class WrongSecretError(UserError):
    """The passphrase or recovery key does not open the vault."""


class VaultFormatError(UserError):
    """The folder is not a vault, or its header is damaged."""


class VaultTooNewError(UserError):
    """The vault was written by a newer program version."""


class VaultInUseError(UserError):
    """Another program instance has the vault open."""


class StorageError(UserError):
    """The disk refused a write or read (full, removed, read-only)."""


class IntegrityError(UserError):
    """Stored data failed an integrity check (tampered or damaged)."""


class WorkflowError(UserError):
    """A step of the response workflow is not allowed in the current state."""


class Cancelled(UserError):  # noqa: N818 - reads as the event it is
    """The user cancelled a long task (import, export, backup); nothing was left half-done.

    Catch it before ``UserError`` where a cancel should pass silently.
    """
