"""Unlocking a vault off the GUI thread, as plain data in and a ``Vault`` out.

The Argon2 derivation happens inside ``services.vaults.unlock``; :func:`unlock_vault` runs the
whole unlock in a background task (``ui.tasks``) and the open ``Vault`` is handed back to the
GUI thread, which from then on is the only thread that uses its connection.

:class:`Session` turns that vault into the typed ``services.registry.Services`` (once per
unlock, by the composition root's factory) and announces ``locked`` / ``unlocked(services)``
to every window that subscribed (``Session.follow`` with a ``locking.Lockable``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..domain.errors import ValidationError
from ..domain.recovery_key import parse_recovery_key
from ..services import vaults
from ..services.evidence import EvidenceService
from ..services.incidents import IncidentService
from ..services.registry import Services
from .locking import Lockable

if TYPE_CHECKING:
    from ..services.vaults import Vault


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


UnlockFn = Callable[[UnlockRequest], "Vault"]
UsersFn = Callable[[Path], list[str]]
ServicesFactory = Callable[["Vault"], Services]
"""Builds the services of a freshly unlocked vault: ``services.registry.open_services``."""


class Session(QObject):
    """The open vault's services; the windows only ever see these, never the vault.

    ``announce_locked()`` emits ``locked`` (every window that shows vault data listens and
    hides it, keeping what was typed) and drops the services; ``close_vault()`` then closes the
    vault (the key and connection go) but the folder and the user's name stay, so the lock
    screen can offer them. ``adopt()`` takes a newly opened vault, builds its services once
    (the composition root's factory) and announces ``unlocked`` with them. Nobody walks the
    windows by hand: a window that opens on the vault's data subscribes itself
    (:meth:`follow`), and :meth:`is_following` tells the lock which windows keep a draft.

    Signals:
        locked(): the vault is being locked; the services still work during this signal (a
            window may write its autosave), never after it.
        unlocked(Services): the vault is open again, with these new services.
    """

    locked = Signal()
    unlocked = Signal(object)

    def __init__(
        self, vault: Vault, services_factory: ServicesFactory, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = services_factory
        self._open: Services | None = None  # open until close_vault, even after the lock
        self._services: Services | None = None  # None from the lock on
        self._kept: dict[int, weakref.ref[QObject]] = {}  # windows the lock leaves open
        self.folder: Path = Path(vault.folder)
        self.user: str = str(vault.user)
        self.adopt(vault)

    @property
    def services(self) -> Services | None:
        """Every service of the open vault, or None while locked."""
        return self._services

    @property
    def service(self) -> IncidentService | None:
        """The ``IncidentService`` of the open vault, or None while locked."""
        return None if self._services is None else self._services.incidents

    @property
    def evidence(self) -> EvidenceService | None:
        """The ``EvidenceService`` of the open vault, or None while locked."""
        return None if self._services is None else self._services.evidence

    @property
    def is_locked(self) -> bool:
        return self._services is None

    @property
    def read_only_reason(self) -> str | None:
        """Why the open vault is read-only (a write-protected or full drive), or None."""
        return None if self._open is None else self._open.state.read_only_reason

    @property
    def rollback_problems(self) -> list[str]:
        """What the open vault found missing against its anchor (an older database), or []."""
        return [] if self._open is None else list(self._open.state.rollback_problems)

    def adopt(self, vault: Vault) -> None:
        """Take the newly unlocked ``vault``: build its services and announce ``unlocked``."""
        if self._open is not None and not self._open.uses(vault):
            self._open.close()
        services = self._factory(vault)
        self._open = self._services = services
        self.folder = Path(services.state.folder)
        self.user = services.acting_user
        self.unlocked.emit(services)

    def follow(self, window: Lockable) -> None:
        """Let ``window`` hide its data on every lock and take the new services on every
        unlock; the lock leaves it open (with its draft) instead of closing it.

        The connections are to bound methods of a ``QObject``, so they end with the window;
        the window leaves the list when it is destroyed.
        """
        self.locked.connect(window.stash_for_lock)
        self.unlocked.connect(window.restore_after_unlock)
        if isinstance(window, QObject):
            # Weakly: following must not keep a closed window alive. ``destroyed`` hands over
            # a new wrapper, not this one, so the entry is found again by its key.
            key = id(window)
            self._kept[key] = weakref.ref(window)
            window.destroyed.connect(lambda _gone=None, key=key: self._kept.pop(key, None))

    def is_following(self, window: object) -> bool:
        """True if ``window`` keeps its draft through a lock (it follows the session)."""
        return any(kept() is window for kept in self._kept.values())

    def announce_locked(self) -> None:
        """Tell every window to hide the vault's data; the services go away afterwards.

        The vault itself stays open until :meth:`close_vault` (a background task may still
        be using it; the main window closes it once the task has stopped).
        """
        if self._services is None:
            return
        self.locked.emit()
        self._services = None

    def close_vault(self) -> None:
        """Close the vault (call only when no task is using it)."""
        services, self._open = self._open, None
        if services is not None:
            services.close()

    def lock(self) -> None:
        """Announce the lock and close the vault. Call only when no task is using it."""
        self.announce_locked()
        self.close_vault()
