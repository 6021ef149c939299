"""No-return notices: draft from an incident, preview, issue (PDF, hash, store), serve, review,
revoke or shorten (:mod:`.notice_aftercare`), log a breach as a new incident, and the ban
register's quick lookup (:mod:`.ban_register`).

Everything is checked before the first write: bad input raises a ``UserError`` naming the field
and leaves the vault untouched. Issuing is one transaction: the number, the PDF bytes (stored
encrypted in the vault with their SHA-256), the audit rows, and an action on the incident.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.enums import ActionKind, IncidentStatus
from ..domain.errors import NotFoundError, ValidationError, WorkflowError
from ..domain.models import Action, Incident
from ..domain.notice import (
    DEFAULT_LANGUAGES,
    LANGUAGES,
    Addressee,
    BanStatus,
    Issuer,
    Notice,
    default_period,
    parse_languages,
    validate_notice,
)
from ..domain.notice_json import (
    notice_from_dict,
    notice_to_dict,
)
from ..domain.notice_matching import overlapping_notices, replacement_review
from ..domain.notice_reason import ReasonOptions, compose_reason
from ..domain.phone import normalise_number
from ..domain.response_flow import NoticeHistory
from ..domain.roles import Permission
from ..domain.workflow import NoticeDecision, single_source_warning
from ..infra import clock as infra_clock
from ..reports.notice import (
    NoticeRender,
    build_notice_bytes,
    check_wording,
    effective_wording,
    prepare_photo,
)
from ..reports.notice_certified import certified_text
from ..vault import audit
from ..vault.repositories import incidents as incident_repo
from ..vault.repositories import notices as repo
from ..vault.vault import Vault
from .access import Access
from .ban_register import BanCheck, find_bans
from .evidence import EvidenceService
from .incidents import IncidentService
from .notice_aftercare import NoticeAftercare
from .notice_checks import customer_of as _customer
from .notice_checks import history as notice_history
from .notice_checks import replaced_notices
from .response import ResponseService


@dataclass(frozen=True)
class IssueResult:
    """An issued notice, its PDF exactly as stored, and warnings (``duty_to_serve``)."""

    notice: Notice
    pdf: bytes
    warnings: tuple[str, ...] = ()


def _looks_like_phone(contact: str) -> bool:
    return "@" not in contact and len(normalise_number(contact)) >= 6


class NoticeService(NoticeAftercare):
    """No-return notices of one open vault (serving, reviews and breaches: the base class)."""

    def __init__(
        self,
        vault: Vault,
        *,
        clock: Callable[[], datetime] | None = None,
        access: Access | None = None,
    ) -> None:
        self.vault = vault
        self.access = access or Access.for_vault(vault)
        self.incidents = IncidentService(vault, access=self.access)
        self.response = ResponseService(self.incidents)
        self.evidence = EvidenceService(vault, access=self.access)
        self._clock = clock

    @property
    def user(self) -> str:
        return self.vault.user

    def now(self) -> datetime:
        zone = ZoneInfo(self.incidents.shop_profile().timezone)
        now = self._clock() if self._clock else infra_clock.now(zone)
        return now.astimezone(zone).replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()

    # ------------------------------------------------------------ drafting

    def compose_reason(
        self,
        reference: str,
        languages: tuple[str, ...] = DEFAULT_LANGUAGES,
        *,
        name_staff: bool = False,
    ) -> str:
        """The notice's reason for the addressee, from the incident's record (never its
        summary): see :mod:`..domain.notice_reason`. Facts not confirmed, or resting on one
        person's account with no evidence file, are said to be as recorded by the shop."""
        return self._compose(self.incidents.get(reference), languages, name_staff)

    def _compose(self, inc: Incident, languages: tuple[str, ...], name_staff: bool) -> str:
        evidence = len(self.evidence.items(inc.reference, include_deleted=False))
        confirmed = inc.assessment.facts_confirmed and not single_source_warning(
            inc, evidence_count=evidence
        )
        return compose_reason(inc, languages, ReasonOptions(name_staff, confirmed))

    def history(self, incident: Incident, today: date | None = None) -> NoticeHistory:
        """The ban register on the incident's customer (see ``notice_checks.history``)."""
        return notice_history(repo.list_all(self.vault.conn), incident, today or self.today())

    def defaults(self, reference: str) -> Notice:
        """A complete draft from the incident (its customer, the reason composed from its
        record) and the shop profile."""
        inc = self.incidents.get(reference)
        shop = self.incidents.shop_profile()
        person = _customer(inc)
        addressee = Addressee()
        if person is not None:
            addressee = Addressee(
                name=person.name,
                description=person.description or ("" if person.name else person.label),
                phone=person.contact if _looks_like_phone(person.contact) else "",
                person_id=person.id,
            )
        issuer = Issuer(shop.name, shop.company, shop.representative, shop.address, shop.phone)
        today = self.today()
        reason = self._compose(inc, DEFAULT_LANGUAGES, False)
        contact = "、".join(x for x in (shop.company or shop.name, shop.address, shop.phone) if x)
        return Notice(
            incident_reference=inc.reference, addressee=addressee, issuer=issuer,
            issue_date=today, valid_from=today, valid_until=default_period(today)[1],
            reason=reason, objection_contact=contact,
            incident_date=inc.occurred_at.astimezone(ZoneInfo(inc.timezone)).date(),
        )  # fmt: skip

    def draft(self, reference: str, data: object = None, languages: str | None = None) -> Notice:
        """The notice JSON (``None`` = ``{}``) over the defaults; validated, not stored."""
        notice = notice_from_dict({} if data is None else data, self.defaults(reference))
        if languages:
            notice.languages = parse_languages(languages, "--lang")
        given = isinstance(data, Mapping) and data.get("reason") is not None
        if not given and notice.languages != DEFAULT_LANGUAGES:  # the reason in its languages
            notice.reason = self.compose_reason(reference, notice.languages)
        return notice

    def decision(self, reference: str, override_reason: str = "") -> NoticeDecision:
        """May a notice be issued for the incident (and with which warnings)?"""
        return self.response.notice_decision(self.incidents.get(reference), override_reason)

    def person_photo_choices(self, reference: str) -> list[tuple[str, str]]:
        """(evidence id, file name) of the incident's images, for the addressee's photo."""
        return [
            (i.id, i.original_name)
            for i in self.evidence.items(reference, include_deleted=False)
            if i.kind == "image"
        ]

    def _photo(self, n: Notice) -> bytes | None:
        evidence_id = n.addressee.photo_evidence_id
        if not evidence_id:
            return None
        field = "addressee.photo_evidence_id"
        try:
            item = self.evidence.get(evidence_id)
        except NotFoundError:
            raise ValidationError(f"{field}: there is no evidence {evidence_id[:40]!r}.") from None
        if item.deleted or item.kind != "image":
            raise ValidationError(f"{field}: {item.original_name} is not a stored picture.")
        return prepare_photo(self.evidence.read_all(evidence_id))

    def wording_for(self, languages: tuple[str, ...]) -> dict[str, dict[str, str]]:
        return {lang: self.wording(lang) for lang in languages}

    def render_inputs(self, n: Notice) -> NoticeRender:
        validate_notice(n)
        return NoticeRender(n, self.wording_for(n.languages), self._photo(n))

    def preview(self, n: Notice) -> bytes:
        """The PDF the notice would be, without a number; nothing is stored."""
        draft = dataclasses.replace(n, number="")
        return build_notice_bytes(self.render_inputs(draft))

    # ------------------------------------------------------------ issuing

    def issue(self, n: Notice) -> IssueResult:
        """Check, number, render, hash and store the notice; record it on the incident.

        Raises:
            ValidationError: a field is wrong (named in the message).
            WorkflowError: the incident has no harassment verdict and no ``override_reason``,
                or it is closed (reopen it first).
            AccessDeniedError: the user is not a manager or the owner.
        """
        self.access.require(Permission.ISSUE_NOTICE)
        render = self.render_inputs(n)
        inc = self.incidents.get(n.incident_reference)
        if inc.status is IncidentStatus.CLOSED:  # issuing adds an action: a closed one is final
            raise WorkflowError(
                f"{inc.reference} is closed. Reopen it first (with the reason why), then issue "
                "the notice."
            )
        decision = self.response.notice_decision(inc, n.override_reason)
        if not decision.allowed:
            raise WorkflowError(
                f"override_reason: {inc.reference} has no confirmed harassment verdict "
                f"({', '.join(decision.problems)}); confirm the facts and judge the incident "
                "(including whether it could relate to a disability or a request for "
                "accommodation), or give an override reason (it is recorded) to issue the "
                "notice anyway."
            )
        if not decision.overridden:
            n.override_reason = ""
        replaced = self._replaced(n)
        user, now = self.user, self.now()
        try:
            with self.vault.transaction() as conn:
                n.number = repo.next_number(conn, n.issue_date.year)
                for old in replaced:  # explicitly replaced: the old ban makes way
                    repo.add_review(conn, old, replacement_review(old, n, user, now.date()), user)
                pdf = build_notice_bytes(render)
                wording = {lang: dict(w) for lang, w in render.wording.items()}
                repo.insert(conn, n, pdf, wording, user)
                if decision.overridden:
                    content = {"problems": decision.problems, "reason": n.override_reason}
                    audit.append(conn, user, "override", "notice", n.number, content)
                inc.actions.append(Action(
                    kind=ActionKind.NO_RETURN_NOTICE, at=now, by=user, done=True,
                    description=f"出入禁止通知書 {n.number} / No-entry notice {n.number}",
                ))  # fmt: skip
                incident_repo.update(conn, inc, user, inc.version)
        except BaseException:
            n.number, n.id, n.pdf_sha256, n.issued_at, n.issued_by = "", None, "", None, ""
            raise
        return IssueResult(n, pdf, decision.warnings)

    def overlapping(self, n: Notice) -> list[Notice]:
        """Issued notices for the same person in force on some day of ``n``'s period."""
        return overlapping_notices(n, repo.list_all(self.vault.conn))

    def _replaced(self, n: Notice) -> list[Notice]:
        return replaced_notices(n, self.overlapping(n))

    def issue_json(self, reference: str, data: object, languages: str | None = None) -> IssueResult:
        return self.issue(self.draft(reference, data, languages))

    # ------------------------------------------------------------ reading

    def get(self, key: str | int) -> Notice:
        return repo.get(self.vault.conn, key)

    def pdf(self, key: str | int) -> bytes:
        """The PDF exactly as issued (its SHA-256 checked)."""
        n = self.get(key)
        assert n.id is not None
        return repo.pdf(self.vault.conn, n.id)

    def rerender(self, key: str | int) -> bytes:
        """The notice rendered again from its stored inputs and wording (a new PDF file, same
        content; the issued one is ``pdf``)."""
        n = self.get(key)
        assert n.id is not None
        wording = repo.wording_snapshot(self.vault.conn, n.id)
        return build_notice_bytes(NoticeRender(n, wording, self._photo(n)))

    def certified_text(self, key: str | int) -> str:
        """The issued notice as paper 内容証明 text (20 × 26 a page, Japanese only), from its
        stored inputs and the Japanese wording it was issued with.

        Raises:
            ValidationError: the notice has no Japanese version.
        """
        n = self.get(key)
        assert n.id is not None
        wording = repo.wording_snapshot(self.vault.conn, n.id)
        return certified_text(n, wording.get("ja") or self.wording("ja"))

    def list_notices(
        self, status: BanStatus | None = None, *, expiring: bool = False, today: date | None = None
    ) -> list[Notice]:
        """Notices, newest first; only those with ``status``, or active and ending within 30
        days when ``expiring``."""
        day = today or self.today()
        rows = repo.list_all(self.vault.conn)
        if status is not None:
            rows = [n for n in rows if n.status(day) == status]
        if expiring:
            rows = [n for n in rows if n.expiring_soon(day)]
        return rows

    def for_incident(self, reference: str) -> list[Notice]:
        return repo.for_incident(self.vault.conn, reference)

    def to_json(self, n: Notice, today: date | None = None) -> dict[str, Any]:
        return notice_to_dict(n, today or self.today())

    def ban_check(self, query: str, today: date | None = None) -> BanCheck:
        """Is this person banned? Matches by name, description, address or phone number."""
        return find_bans(repo.list_all(self.vault.conn), query, today or self.today())

    # ------------------------------------------------------------ wording

    def edited_wording(self, lang: str) -> dict[str, str]:
        """The keys of ``lang`` the shop changed."""
        return repo.get_wording(self.vault.conn, lang)

    def wording(self, lang: str) -> dict[str, str]:
        """The wording of ``lang`` in use: the shop's edits over the shipped default."""
        if lang not in LANGUAGES:
            raise ValidationError(f"wording: unknown language {lang[:10]!r}.")
        return effective_wording(lang, self.edited_wording(lang))

    def set_wording(self, lang: str, wording: Mapping[str, object]) -> dict[str, str]:
        """Save the shop's wording of ``lang`` (keys equal to the default are not stored)."""
        self.access.require(Permission.ISSUE_NOTICE)  # the wording is what notices say
        changed = check_wording(lang, {**self.wording(lang), **wording})
        with self.vault.transaction() as conn:
            repo.set_wording(conn, lang, changed, self.user)
        return self.wording(lang)

    def reset_wording(self, lang: str) -> dict[str, str]:
        """Back to the shipped wording of ``lang``."""
        self.access.require(Permission.ISSUE_NOTICE)
        if self.edited_wording(lang):
            with self.vault.transaction() as conn:
                repo.set_wording(conn, lang, {}, self.user)
        return self.wording(lang)
