"""Incident use cases: record, change, find, and read the history of incidents."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from ..domain.assessment import Assessment
from ..domain.enums import IncidentStatus
from ..domain.errors import UserError
from ..domain.incident_json import incident_from_dict, incident_to_dict
from ..domain.incident_validation import validate_incident
from ..domain.models import Incident, IncidentSummary, Person, Revision, ShopProfile, StaffMember
from ..domain.query import IncidentFilter
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..domain.workflow import ORDER, TransitionContext, check_transition, is_reopen
from ..vault import audit
from ..vault.repositories import incident_queries as queries
from ..vault.repositories import incidents as repo
from ..vault.repositories import people, shop
from ..vault.vault import Vault
from .access import Access
from .autosave import AutosaveService

# What an edit may change and still count as only recording (a timeline step, a phone call,
# a quote): staff may add such records to any incident that is not closed; anything else needs
# their own draft or a manager. These keys are set by the vault, never by the editor.
_VAULT_SET = ("version", "reference", "id", "created_at", "created_by", "updated_at", "updated_by")


def only_adds(stored: Incident, changed: Incident) -> bool:
    """True if ``changed`` differs from ``stored`` only by items added to its lists."""
    before, after = incident_to_dict(stored), incident_to_dict(changed)
    for key in set(before) | set(after):
        if key in _VAULT_SET:
            continue
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if isinstance(old, list) and isinstance(new, list) and all(x in new for x in old):
            continue
        return False
    return True


def require_edit(access: Access, stored: Incident, changed: Incident) -> None:
    """Check that ``access`` may save ``changed`` over ``stored`` (before any write).

    A status change needs a manager (staff keep their records as drafts); the judgement and
    the offence answers are judging (a manager); staff may change their own drafts and add
    records (timeline steps, calls) to any incident; anything else needs a manager.
    """
    if changed.status != stored.status:
        access.require(Permission.EDIT_ANY_INCIDENT)
    if changed.assessment != stored.assessment or changed.offence_answers != stored.offence_answers:
        access.require(Permission.JUDGE)
    if only_adds(stored, changed):
        access.require(Permission.RECORD_INCIDENT)
    else:
        access.require_incident_edit(stored.created_by, stored.status is IncidentStatus.DRAFT)


def require_new(access: Access, incident: Incident) -> None:
    """Check that ``access`` may record ``incident`` as new: staff record drafts without a
    judgement; a later status or a judgement needs a manager."""
    access.require(Permission.RECORD_INCIDENT)
    if incident.status is not IncidentStatus.DRAFT:
        access.require(Permission.EDIT_ANY_INCIDENT)
    if incident.assessment != Assessment() or incident.offence_answers:
        access.require(Permission.JUDGE)


def check_status_change(before: IncidentStatus, incident: Incident, reason: str) -> None:
    """Check every workflow step from ``before`` to ``incident.status`` (forward one step at a
    time, each guard judged on the incident as it will be saved; going back needs a reason)."""
    context = TransitionContext(incident.assessment, incident.actions, incident.staff_care, reason)
    target = incident.status
    if is_reopen(before, target):
        check_transition(before, target, context)
        return
    steps = ORDER[ORDER.index(before) : ORDER.index(target) + 1]
    for current, following in pairwise(steps):
        check_transition(current, following, context)


class IncidentService:
    """Incidents of one open vault. Every write is one transaction with its audit row."""

    def __init__(self, vault: Vault, *, access: Access | None = None) -> None:
        self.vault = vault
        self.access = access or Access.for_vault(vault)
        self._timezone: str | None = None

    @property
    def user(self) -> str:
        return self.vault.user

    def shop_profile(self) -> ShopProfile:
        return shop.get(self.vault.conn)

    def save_shop_profile(self, profile: ShopProfile) -> None:
        self.access.require(Permission.SETTINGS)
        with self.vault.transaction() as conn:
            shop.save(conn, profile, self.user)
        self._timezone = None

    @property
    def autosave(self) -> AutosaveService:
        """Crash-safe drafts of the windows this service's user has open."""
        return AutosaveService(self.vault, access=self.access)

    @property
    def timezone(self) -> str:
        """The shop's time zone (date filters are calendar days there); read once."""
        if self._timezone is None:
            self._timezone = self.shop_profile().timezone
        return self._timezone

    def add(self, incident: Incident) -> Incident:
        """Store a new incident (checked by ``validate_incident`` first).

        Raises:
            ValidationError: naming the field that breaks a rule; nothing is stored.
        """
        require_new(self.access, incident)
        validate_incident(incident)
        with self.vault.transaction() as conn:
            return repo.insert(conn, incident, self.user)

    def add_many(self, incidents: Iterable[Incident]) -> list[Incident]:
        """Add several incidents in one transaction: all or none (imports, demo data)."""
        incidents = list(incidents)
        for inc in incidents:
            require_new(self.access, inc)
        incidents = [validate_incident(inc) for inc in incidents]
        with self.vault.transaction() as conn:
            return [repo.insert(conn, inc, self.user) for inc in incidents]

    def add_json(self, data: object) -> Incident:
        return self.add(incident_from_dict(data))

    def update(
        self, reference: str, incident: Incident, expected_version: int, *, status_reason: str = ""
    ) -> Incident:
        """Save a changed incident. A status change must pass the workflow's guards, judged on
        the incident as saved; ``status_reason`` (going back, closing over open follow-ups) is
        written to the audit chain."""
        validate_incident(incident)
        incident.reference = reference.strip().upper()
        status_reason = clean_text(status_reason, "reason", long=True)
        require_edit(self.access, repo.get(self.vault.conn, incident.reference), incident)
        with self.vault.transaction() as conn:
            before = repo.status_of(conn, incident.reference)
            if before is IncidentStatus.CLOSED:
                self._check_closed_update(conn, incident)
            if incident.status != before:
                check_status_change(before, incident, status_reason)
            saved = repo.update(conn, incident, self.user, expected_version)
            if incident.status != before:
                audit.append(
                    conn, self.user, "status", "incident_status", saved.reference,
                    {"from": before.value, "to": saved.status.value, "reason": status_reason},
                )  # fmt: skip
            return saved

    def _check_closed_update(self, conn: Any, incident: Incident) -> None:
        """A closed incident is read-only: the only change allowed is reopening it (a status
        going back, with a reason) without touching anything else."""
        stored = repo.get(conn, incident.reference)
        if incident.status is not IncidentStatus.CLOSED:
            mine, theirs = incident_to_dict(incident), incident_to_dict(stored)
            for data in (mine, theirs):
                for key in ("version", "status", "reference"):
                    data.pop(key, None)
            if mine == theirs:
                return
        raise UserError(
            f"{incident.reference} is closed and cannot be changed. Reopen it first "
            "(with the reason why), then make the change."
        )

    def reopen(
        self, reference: str, reason: str, to: IncidentStatus = IncidentStatus.RESPONDED
    ) -> Incident:
        """Reopen a closed incident (back to ``to``, by default "responded"), so that it can be
        changed again. The reason is required and written to the audit chain with the change.

        Raises:
            UserError: the incident is not closed, or ``to`` is not an earlier status.
            ValidationError: the reason is blank or too long.
        """
        self.access.require(Permission.EDIT_ANY_INCIDENT)
        reason = clean_text(reason, "reason", long=True, required=True)
        incident = self.get(reference)
        if incident.status is not IncidentStatus.CLOSED:
            raise UserError(f"{incident.reference} is not closed; there is nothing to reopen.")
        if not is_reopen(IncidentStatus.CLOSED, to):
            raise UserError(f"reopen: {to.value} is not a status before closed.")
        incident.status = to
        return self.update(incident.reference, incident, incident.version, status_reason=reason)

    def update_json(self, reference: str, data: object) -> Incident:
        """Replace an incident from JSON; the current version is taken as the base."""
        incident = incident_from_dict(data)
        current = self.get(reference)
        return self.update(reference, incident, current.version)

    def get(self, reference: str) -> Incident:
        return repo.get(self.vault.conn, reference)

    def to_json(self, incident: Incident) -> dict[str, Any]:
        return incident_to_dict(incident)

    def count(self, query: IncidentFilter) -> int:
        return queries.count(self.vault.conn, query, self.timezone)

    def find(
        self, query: IncidentFilter, offset: int = 0, limit: int = 200
    ) -> list[IncidentSummary]:
        return queries.list_summaries(
            self.vault.conn, query, offset=offset, limit=limit, tz=self.timezone
        )

    def summary_rows(self, query: IncidentFilter) -> list[queries.SummaryRow]:
        """All matching incidents with what a period summary needs, in one query."""
        return queries.summary_rows(self.vault.conn, query, self.timezone)

    def revisions(self, reference: str) -> list[Revision]:
        return repo.revisions(self.vault.conn, reference)

    def revision_snapshot(self, reference: str, version: int) -> dict[str, Any]:
        return repo.revision_snapshot(self.vault.conn, reference, version)

    def staff(self, *, active_only: bool = True) -> list[StaffMember]:
        return people.list_staff(self.vault.conn, active_only=active_only)

    def persons(self) -> list[Person]:
        return people.list_persons(self.vault.conn)
