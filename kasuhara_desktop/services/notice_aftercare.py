"""After a notice is issued: serving it, reviews and appeals (revoke, shorten), and breaches.

:class:`NoticeAftercare` is the base of :class:`.notices.NoticeService`, which provides what it
declares here (the vault, the incident and evidence services, ``get``, ``now``, ``today``).
Each write is one transaction, checked before it starts, with its audit rows.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.element_answers import ElementAnswer
from ..domain.enums import Channel, ParticipantRole, TimelineKind
from ..domain.errors import NotFoundError, ValidationError, WorkflowError
from ..domain.incident_validation import validate_incident
from ..domain.models import Incident, Participant, Person, TimelineEntry
from ..domain.notice import (
    BanStatus,
    Breach,
    Notice,
    Review,
    ReviewKind,
    ReviewOutcome,
    ServiceRecord,
    check_new_end,
    validate_review,
    validate_service,
)
from ..domain.notice_json import review_from_dict, service_from_dict
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..vault.repositories import incidents as incident_repo
from ..vault.repositories import notices as repo
from ..vault.repositories import people
from ..vault.vault import Vault
from .access import Access
from .evidence import EvidenceService
from .incidents import IncidentService


class NoticeAftercare:
    """Serve, review, revoke, shorten a notice; log a breach of it."""

    vault: Vault
    access: Access  # every decision here is a manager's (Permission.ISSUE_NOTICE)
    incidents: IncidentService
    evidence: EvidenceService

    def get(self, key: str | int) -> Notice:
        raise NotImplementedError  # NoticeService reads the notice

    def now(self) -> datetime:
        raise NotImplementedError  # NoticeService: the shop's time

    def today(self) -> date:
        raise NotImplementedError  # NoticeService: the shop's day

    def serve(self, key: str | int, record: ServiceRecord) -> ServiceRecord:
        """Record how and when the notice was served (and the scanned receipt, if any)."""
        self.access.require(Permission.ISSUE_NOTICE)
        n = self.get(key)
        validate_service(record, n.issue_date)
        if record.receipt_evidence_id:
            field = "receipt_evidence_id"
            try:
                item = self.evidence.get(record.receipt_evidence_id)
            except NotFoundError:
                raise ValidationError(f"{field}: there is no such evidence.") from None
            if item.deleted or item.incident_reference != n.incident_reference:
                raise ValidationError(
                    f"{field}: add the scanned receipt to {n.incident_reference} first and give "
                    "its evidence id."
                )
            record.receipt_evidence_id = item.id
        with self.vault.transaction() as conn:
            return repo.add_service(conn, n, record, self.vault.user)

    def serve_json(self, key: str | int, data: object) -> ServiceRecord:
        return self.serve(key, service_from_dict(data))

    def review(self, key: str | int, review: Review) -> Review:
        """Record a review or an appeal; a shortened or revoked outcome applies at once."""
        self.access.require(Permission.ISSUE_NOTICE)
        n = self.get(key)
        if n.revoked_on is not None:
            raise WorkflowError(f"{n.number} was revoked on {n.revoked_on}; it cannot change.")
        validate_review(review, n)
        with self.vault.transaction() as conn:
            return repo.add_review(conn, n, review, self.vault.user)

    def review_json(self, key: str | int, data: object) -> Review:
        return self.review(key, review_from_dict(data))

    def revoke(self, key: str | int, reason: str, decided_by: str = "") -> Review:
        self.access.require(Permission.ISSUE_NOTICE)
        return self.review(key, Review(
            ReviewKind.REVIEW, ReviewOutcome.REVOKED, decided_by=decided_by or self.vault.user,
            decided_on=self.today(), note=reason,
        ))  # fmt: skip

    def shorten(self, key: str | int, new_until: date, reason: str, decided_by: str = "") -> Review:
        self.access.require(Permission.ISSUE_NOTICE)
        check_new_end(self.get(key), new_until)
        return self.review(key, Review(
            ReviewKind.REVIEW, ReviewOutcome.SHORTENED, decided_by=decided_by or self.vault.user,
            decided_on=self.today(), note=reason, new_until=new_until,
        ))  # fmt: skip

    def log_breach(
        self, key: str | int, *, occurred_at: datetime | None = None, note: str = ""
    ) -> Incident:
        """Log a breach: a new incident with the person as customer, linked to the notice."""
        self.access.require(Permission.ISSUE_NOTICE)  # it answers an offence element too
        n = self.get(key)
        when = occurred_at or self.now()
        if when.tzinfo is None:
            raise ValidationError("occurred_at: needs a UTC offset (e.g. +09:00).")
        note = clean_text(note, "note", long=True)
        status = n.status(when.date())
        if status is not BanStatus.ACTIVE:
            raise WorkflowError(
                f"{n.number} was not in force on {when.date()} ({status.value}): "
                "record the visit as an ordinary incident."
            )
        tz = self.incidents.shop_profile().timezone
        a = n.addressee
        inc = Incident(
            occurred_at=when, timezone=tz, channel=Channel.IN_PERSON,
            summary=f"出入禁止通知 {n.number} への違反 / Breach of no-entry notice {n.number}",
            location=n.premises[0] if n.premises else n.issuer.shop,
        )  # fmt: skip
        if note:
            inc.timeline.append(TimelineEntry(at=when, kind=TimelineKind.NOTE, description=note))
        # The breach is the person's statement that this visit went against the notice: it
        # answers art. 130's "entry against the manager's will", resting on the notice.
        inc.offence_answers["entry_against_will"] = ElementAnswer(
            True, by=self.vault.user, at=when, source=f"notice:{n.number}"
        )
        with self.vault.transaction() as conn:
            person = people.get_person(conn, a.person_id) if a.person_id else None
            if person is None:
                label = (a.name or a.description)[:80]
                person = Person(label=label, name=a.name, description=a.description,
                                contact=a.phone)  # fmt: skip
            inc.participants.append(Participant(role=ParticipantRole.CUSTOMER, person=person))
            saved = incident_repo.insert(conn, validate_incident(inc), self.vault.user)
            repo.add_breach(conn, n, saved.reference, Breach(saved.reference, when, note),
                            self.vault.user)  # fmt: skip
        return saved
