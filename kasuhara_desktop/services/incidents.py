"""Incident use cases: record, change, find, and read the history of incidents."""

from __future__ import annotations

from typing import Any

from ..domain.incident_json import incident_from_dict, incident_to_dict
from ..domain.models import Incident, IncidentSummary, Person, Revision, ShopProfile, StaffMember
from ..domain.query import IncidentFilter
from ..vault.repositories import incidents as repo
from ..vault.repositories import people, shop
from ..vault.vault import Vault


class IncidentService:
    """Incidents of one open vault. Every write is one transaction with its audit row."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def user(self) -> str:
        return self.vault.user

    def shop_profile(self) -> ShopProfile:
        return shop.get(self.vault.conn)

    def save_shop_profile(self, profile: ShopProfile) -> None:
        with self.vault.transaction() as conn:
            shop.save(conn, profile, self.user)

    def add(self, incident: Incident) -> Incident:
        with self.vault.transaction() as conn:
            return repo.insert(conn, incident, self.user)

    def add_json(self, data: object) -> Incident:
        return self.add(incident_from_dict(data))

    def update(self, reference: str, incident: Incident, expected_version: int) -> Incident:
        incident.reference = reference.strip().upper()
        with self.vault.transaction() as conn:
            return repo.update(conn, incident, self.user, expected_version)

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
        return repo.count(self.vault.conn, query, self.shop_profile().timezone)

    def find(
        self, query: IncidentFilter, offset: int = 0, limit: int = 200
    ) -> list[IncidentSummary]:
        tz = self.shop_profile().timezone
        return repo.list_summaries(self.vault.conn, query, offset=offset, limit=limit, tz=tz)

    def revisions(self, reference: str) -> list[Revision]:
        return repo.revisions(self.vault.conn, reference)

    def revision_snapshot(self, reference: str, version: int) -> dict[str, Any]:
        return repo.revision_snapshot(self.vault.conn, reference, version)

    def staff(self, *, active_only: bool = True) -> list[StaffMember]:
        return people.list_staff(self.vault.conn, active_only=active_only)

    def persons(self) -> list[Person]:
        return people.list_persons(self.vault.conn)
