"""What the incident report and the period summary print: plain data, gathered beforehand.

The services fill these from the vault on the thread that owns the connection; the documents
are then built from them anywhere (a worker thread, a test) without touching the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kasuhara_desktop.domain.assessment import Judgement, Verdict
from kasuhara_desktop.domain.consultation import Contact
from kasuhara_desktop.domain.enums import Behaviour, Channel, IncidentStatus
from kasuhara_desktop.domain.evidence import BundleRecord, EvidenceItem
from kasuhara_desktop.domain.legal_data import LegalData
from kasuhara_desktop.domain.models import Incident, Revision, ShopProfile
from kasuhara_desktop.domain.offences import PossibleOffence


@dataclass(frozen=True)
class NoticeDelivery:
    """One way a notice was served (or refused).

    ``method`` is a code of ``domain.notice.ServiceMethod`` (in_person, certified_mail...);
    ``detail`` holds the tracking number, the witness or a note, as recorded.
    """

    method: str
    served_at: datetime | None
    served_by: str = ""
    detail: str = ""


@dataclass(frozen=True)
class ReportNotice:
    """A no-return notice as the reports show it (mapped from the notices service).

    Attributes:
        number: The notice's own reference (N-2026-0001).
        incident_reference: The incident it was issued for.
        issued_at: When it was issued.
        issued_by: Who issued it.
        recipient: Who it was addressed to (name or description).
        deliveries: How it was served, in order; empty when not served yet.
        valid_from: First day in force.
        valid_until: Last day in force (after any shortening); None until withdrawn.
        reason: Why the shop refuses further visits.
        status: A ``domain.notice.BanStatus`` code (scheduled, active, expired, revoked).
        revoked_on: The day it was revoked, if it was.
    """

    number: str
    incident_reference: str = ""
    issued_at: datetime | None = None
    issued_by: str = ""
    recipient: str = ""
    deliveries: tuple[NoticeDelivery, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    reason: str = ""
    status: str = "active"
    revoked_on: date | None = None

    @property
    def active(self) -> bool:
        return self.status == "active"


class EvidenceStatus(StrEnum):
    OK = "ok"
    DAMAGED = "damaged"
    MISSING = "missing"
    DELETED = "deleted"
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class Thumbnail:
    """A reduced copy of a photo, in memory only."""

    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class ReportEvidence:
    """One evidence record with the result of checking its file while the report was made."""

    item: EvidenceItem
    status: EvidenceStatus
    problem: str = ""
    thumbnail: Thumbnail | None = None
    bundle_name: str = ""

    @property
    def failed(self) -> bool:
        return self.status in (EvidenceStatus.DAMAGED, EvidenceStatus.MISSING)


@dataclass(frozen=True)
class IncidentReportData:
    """Everything the incident report prints."""

    shop: ShopProfile
    incident: Incident
    judgement: Judgement
    offences: Sequence[PossibleOffence]
    legal: LegalData
    evidence: Sequence[ReportEvidence]
    revisions: Sequence[Revision]
    audit_head: str
    prepared_by: str
    prepared_at: datetime
    today: date
    notices: Sequence[ReportNotice] = ()
    manifest_sha256: str | None = None
    bundles: Sequence[BundleRecord] = ()  # evidence bundles made from the incident, oldest first
    contacts: Sequence[Contact] = ()  # the shop's consultation contacts (standard ones added)


@dataclass(frozen=True)
class SummaryIncident:
    """One incident as the period summary counts it.

    ``summary`` is the start of the first line of what happened; ``summary_omitted`` counts
    the characters left out of it (the rest of that line and the lines after), so the cell
    that shows it can say how much is missing. ``facts_confirmed`` is True once someone is
    recorded as having confirmed the facts: only then does a harassment verdict count as
    "judged as harassment" (domain/workflow.py: no judgement before the facts).
    """

    reference: str
    occurred_at: datetime
    channel: Channel
    status: IncidentStatus
    behaviours: tuple[Behaviour, ...]
    verdict: Verdict
    minutes: int
    yen: int
    summary: str
    summary_omitted: int = 0
    facts_confirmed: bool = False

    @property
    def confirmed_harassment(self) -> bool:
        return self.verdict.is_harassment and self.facts_confirmed

    @property
    def unconfirmed_harassment(self) -> bool:
        return self.verdict.is_harassment and not self.facts_confirmed


@dataclass(frozen=True)
class OpenFollowUp:
    reference: str
    staff_name: str
    due: date
    note: str
    overdue: bool


@dataclass(frozen=True)
class SummaryData:
    """Everything the period summary prints.

    ``bans`` is None when the program cannot record notices yet (the section says so).
    """

    shop: ShopProfile
    start: date
    end: date
    incidents: Sequence[SummaryIncident]
    follow_ups: Sequence[OpenFollowUp]
    prepared_by: str
    prepared_at: datetime
    today: date
    bans: Sequence[ReportNotice] | None = None
