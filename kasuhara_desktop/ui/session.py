"""Unlocking a vault off the GUI thread, as plain data in and a ``Vault`` out.

The Argon2 derivation happens inside ``services.vaults.unlock``; :func:`unlock_vault` runs the
whole unlock in a background task (``ui.tasks``) and the open ``Vault`` is handed back to the
GUI thread, which from then on is the only thread that uses its connection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..domain.errors import ValidationError
from ..domain.recovery_key import parse_recovery_key
from ..services import vaults

if TYPE_CHECKING:
    from ..vault.vault import Vault


@dataclass(frozen=True)
class UnlockRequest:
    """What the unlock screen collected.

    With ``recovery_key`` set, the vault is opened with the key, ``user``'s passphrase is
    replaced by ``new_passphrase``, and the vault is reopened as that user (so the audit trail
    names a person, not "recovery key").
    """

    folder: Path
    user: str | None = None
    passphrase: str | None = None
    recovery_key: str | None = None
    new_passphrase: str | None = None

    def __repr__(self) -> str:  # never show secrets in a log or a traceback
        return f"UnlockRequest(folder={self.folder!s}, user={self.user!r})"


def unlock_vault(request: UnlockRequest) -> Vault:
    """Open the vault for ``request`` (slow: run it in a task)."""
    if request.recovery_key is None:
        return vaults.unlock(request.folder, user=request.user, passphrase=request.passphrase)
    key = parse_recovery_key(request.recovery_key)
    if not request.user or not request.new_passphrase:
        raise ValidationError("Choose the user and a new passphrase to set with the recovery key.")
    vault = vaults.unlock(request.folder, recovery_key=key)
    try:
        vaults.change_passphrase(vault, request.user, None, request.new_passphrase)
    finally:
        vault.close()
    return vaults.unlock(request.folder, user=request.user, passphrase=request.new_passphrase)


UnlockFn = Callable[[UnlockRequest], Any]
UsersFn = Callable[[Path], list[str]]


ServicesFactory = Callable[[Any], Any]


class Session(QObject):
    """The open vault and the services built on it; the windows only ever see the services.

    ``lock()`` announces ``locked`` (every window that shows vault data listens and hides it,
    keeping what was typed), then closes the vault (the key and connection are dropped) but
    keeps the folder and the user's name so the lock screen can offer them. ``adopt()`` takes
    a newly opened vault and announces ``unlocked`` with the new services. Nobody walks the
    windows by hand: a window that opens on the vault's data connects itself here
    (:meth:`follow`).

    Signals:
        locked(): the vault is being locked; the services still work during this signal (a
            window may write its autosave), never after it.
        unlocked(object): the vault is open again; the argument is the new ``IncidentService``.
    """

    locked = Signal()
    unlocked = Signal(object)

    def __init__(
        self,
        vault: Any,
        services_factory: ServicesFactory,
        evidence_factory: ServicesFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = services_factory
        self._evidence_factory = evidence_factory
        self._vault: Any = None
        self._service: Any = None
        self._evidence: Any = None
        self.folder: Path = Path(vault.folder)
        self.user: str = str(vault.user)
        self.adopt(vault)

    @property
    def service(self) -> Any:
        """The ``IncidentService`` of the open vault, or None while locked."""
        return self._service

    @property
    def evidence(self) -> Any:
        """The ``EvidenceService`` of the open vault (None while locked or not provided)."""
        return self._evidence

    @property
    def has_evidence(self) -> bool:
        return self._evidence_factory is not None

    @property
    def is_locked(self) -> bool:
        return self._service is None

    @property
    def read_only_reason(self) -> str | None:
        """Why the open vault is read-only (a write-protected or full drive), or None."""
        return getattr(self._vault, "read_only_reason", None)

    @property
    def rollback_problems(self) -> list[str]:
        """What the open vault found missing against its anchor (an older database), or []."""
        return list(getattr(self._vault, "rollback_problems", []) or [])

    def adopt(self, vault: Any) -> None:
        if self._vault is not None and self._vault is not vault:
            self._vault.close()
        self._vault = vault
        self.folder = Path(vault.folder)
        self.user = str(vault.user)
        self._service = self._factory(vault)
        if self._evidence_factory is not None:
            self._evidence = self._evidence_factory(vault)
        self.unlocked.emit(self._service)

    def follow(self, window: Any) -> None:
        """Let ``window`` (with ``stash_for_lock()`` and ``restore_after_unlock(service)``)
        hide its data on every lock and take the new services on every unlock.

        The connections are to bound methods of a ``QObject``, so they end with the window.
        """
        self.locked.connect(window.stash_for_lock)
        self.unlocked.connect(window.restore_after_unlock)

    def announce_locked(self) -> None:
        """Tell every window to hide the vault's data; the services go away afterwards.

        The vault itself stays open until :meth:`close_vault` (a background task may still
        be using it; the main window closes it once the task has stopped).
        """
        if self._service is None:
            return
        self.locked.emit()
        self._service, self._evidence = None, None

    def close_vault(self) -> None:
        """Close the vault (call only when no task is using it)."""
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.close()

    def lock(self) -> None:
        """Announce the lock and close the vault. Call only when no task is using it."""
        self.announce_locked()
        self._service, self._evidence = None, None
        self.close_vault()
