"""Every service of one unlocked vault, in one typed object built once per unlock.

The composition root (``app.py``, through the GUI's session) calls :func:`open_services` with
the vault an unlock produced; the windows get the resulting :class:`Services` and never the
vault. Nothing here reads the database: building the object is cheap, and each service touches
the connection only when called (on the GUI thread, or the CLI's one thread).

``acting_user`` is the person the audit trail names for every write made through these
services. Today it is the user whose passphrase opened the vault; staff accounts with roles
(issue 16) will check what that user may do here, in one place, instead of in every window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..vault import rekey
from ..vault.vault import Vault
from .access import Access
from .backup import BackupService
from .consultation import ConsultationService
from .dashboard import DashboardService
from .evidence import EvidenceService
from .incidents import IncidentService
from .notices import NoticeService
from .phone import PhoneService
from .policy import PolicyService, contacts_of
from .procedures import ProcedureService
from .rekey import KeyService
from .reports import ReportService
from .response import ResponseService
from .retention import RetentionService
from .training import TrainingService
from .users import UserService


@dataclass(frozen=True)
class VaultState:
    """What the windows show about the open vault itself (not its data).

    Attributes:
        folder: where the vault lives (status bar, lock screen).
        read_only_reason: why it is open read-only (a write-protected or full drive), or None.
        rollback_problems: what the anchor says is missing from an older database, or ().
        rekey_outcome: "undone" or "finished" when this unlock completed a data-key change a
            crash had interrupted (the window says which), else None.
    """

    folder: Path
    read_only_reason: str | None = None
    rollback_problems: tuple[str, ...] = ()
    rekey_outcome: str | None = None


@dataclass(frozen=True)
class Services:
    """The use cases of one open vault, for the GUI (the CLI builds the same services).

    Attributes:
        acting_user: who is working (named in every audit row written through these).
        access: the same user's display name and role; every service checks it before an
            action, and the windows hide what it does not allow.
        state: folder and read-only/rollback state of the vault, for the status bar.
        incidents, response, evidence, notices, reports, phone, backup, keys: the services.

    :meth:`close` closes the vault (the session calls it once no task uses the vault any more).
    """

    acting_user: str
    access: Access
    state: VaultState
    incidents: IncidentService
    response: ResponseService
    evidence: EvidenceService
    notices: NoticeService
    reports: ReportService
    phone: PhoneService
    backup: BackupService
    _vault: Vault
    keys: KeyService | None = None  # the data-key change (Settings); None in fakes
    dashboard: DashboardService | None = None  # the home screen; None in fakes
    users: UserService | None = None  # the users page; None in fakes
    training: TrainingService | None = None  # the training page; None in fakes
    procedures: ProcedureService | None = None  # procedures and the manual; None in fakes
    consultation: ConsultationService | None = None  # contacts, records, cooperation
    policy: PolicyService | None = None  # the basic policy page; None in fakes
    retention: RetentionService | None = None  # retention review and erasing; None in fakes

    def uses(self, vault: object) -> bool:
        """True if these services work on ``vault`` (the session closes an older one)."""
        return self._vault is vault

    def close(self) -> None:
        """Close the vault: the key and the connection are dropped; every service stops."""
        self._vault.close()


def rekey_outcome(note: str | None) -> str | None:
    """Which way an interrupted data-key change went ("undone", "finished"), or None."""
    return {rekey.UNDONE_NOTE: "undone", rekey.FINISHED_NOTE: "finished"}.get(note or "")


def open_services(vault: Vault) -> Services:
    """All services over ``vault`` (just opened by an unlock), acting as its user."""
    access = Access.for_vault(vault)
    incidents = IncidentService(vault, access=access)  # the one access every service checks
    return Services(
        acting_user=vault.user,
        access=access,
        state=VaultState(
            folder=Path(vault.folder),
            read_only_reason=vault.read_only_reason,
            rollback_problems=tuple(vault.rollback_problems),
            rekey_outcome=rekey_outcome(vault.rekey_note),
        ),
        incidents=incidents,
        response=ResponseService(incidents),
        evidence=EvidenceService(vault, access=access),
        notices=NoticeService(vault, access=access),
        reports=ReportService(vault, access=access),
        phone=PhoneService(incidents),
        backup=BackupService(vault, access=access),
        _vault=vault,
        dashboard=DashboardService(vault, access),
        keys=KeyService(vault, access=access),
        users=UserService(vault, access),
        training=TrainingService(vault, access=access),
        procedures=ProcedureService(vault, access=access),
        consultation=ConsultationService(vault, access=access),
        policy=PolicyService(
            vault, access=access, contacts=contacts_of(ConsultationService(vault, access=access))
        ),
        retention=RetentionService(vault, access=access),
    )
