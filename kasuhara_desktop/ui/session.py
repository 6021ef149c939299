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


class Session:
    """The open vault and the services built on it; the windows only ever see the services.

    ``lock()`` closes the vault (the key and connection are dropped) but keeps the folder and
    the user's name so the lock screen can offer them; ``adopt()`` takes a newly opened vault.
    """

    def __init__(
        self,
        vault: Any,
        services_factory: ServicesFactory,
        evidence_factory: ServicesFactory | None = None,
    ) -> None:
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
        return self._vault is None

    def adopt(self, vault: Any) -> None:
        if self._vault is not None and self._vault is not vault:
            self._vault.close()
        self._vault = vault
        self.folder = Path(vault.folder)
        self.user = str(vault.user)
        self._service = self._factory(vault)
        if self._evidence_factory is not None:
            self._evidence = self._evidence_factory(vault)

    def lock(self) -> None:
        """Close the vault. Call only when no task is using it."""
        vault, self._vault, self._service, self._evidence = self._vault, None, None, None
        if vault is not None:
            vault.close()
