"""The guided response's draft: one ``Incident`` that every page writes into at once.

Nothing here touches the vault. The pages change ``draft.incident`` as the user types or
clicks; only the wizard's final accept saves it (``ResponseService.save``). The pages call the
unlocked vault's ``services.registry.Services``; while the vault is locked the draft stays in
memory and ``services`` is ``None``.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...domain.assessment import Judgement
from ...domain.evidence import EvidenceItem
from ...domain.incident_json import incident_to_dict
from ...domain.models import Incident, ShopProfile
from ...domain.response_flow import judgement_of
from ...services.registry import Services


class ResponseDraft(QObject):
    """The incident being worked on, with the status the user wants to save it with.

    Signals:
        changed(): a page changed the draft (other pages and the step list refresh).
    """

    changed = Signal()

    def __init__(
        self,
        incident: Incident,
        *,
        user: str,
        shop: ShopProfile,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.incident = copy.deepcopy(incident)
        self.reference = incident.reference
        self.base_version = incident.version
        self.before_status = incident.status
        self.target_status = incident.status
        self.status_reason = ""
        self.user = user
        self.shop = shop
        self.evidence: list[EvidenceItem] = []
        self.services: Services | None = None
        # May the signed-in user judge (staff may not): the wizard sets it at every unlock.
        self.can_judge = True
        self.display_name = ""  # the signed-in user's name as documents print it
        self._baseline = self.snapshot()

    @property
    def tz(self) -> str:
        return self.incident.timezone

    @property
    def who(self) -> str:
        """The name a step logged by the signed-in user shows: their display name, or login."""
        return self.display_name.strip() or self.user

    @property
    def is_new(self) -> bool:
        return not self.reference

    def judgement(self) -> Judgement:
        return judgement_of(self.incident)

    def notify(self) -> None:
        self.changed.emit()

    def build(self) -> Incident:
        """A copy of the incident as it would be saved (with the chosen status)."""
        built = copy.deepcopy(self.incident)
        built.status = self.target_status
        return built

    def snapshot(self) -> dict[str, Any]:
        data = incident_to_dict(self.incident)
        data["_target"] = self.target_status.value
        data["_reason"] = self.status_reason
        return data

    def is_dirty(self) -> bool:
        """True if anything was typed or clicked since the draft was loaded or saved."""
        return self.snapshot() != self._baseline

    def saved(self, incident: Incident) -> None:
        """Take over what the vault saved (reference, version, ids) as the new starting point."""
        self.incident = copy.deepcopy(incident)
        self.reference = incident.reference
        self.base_version = incident.version
        self.before_status = incident.status
        self.target_status = incident.status
        self.status_reason = ""
        self._baseline = self.snapshot()

    def status_changed(self) -> bool:
        return self.target_status is not self.before_status

    def evidence_count(self) -> int:
        return sum(1 for item in self.evidence if not item.deleted)
