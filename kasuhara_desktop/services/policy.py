"""The shop's basic policy (issue 17.1): drafts and versions, adoption, the record of when and
how staff were told, acknowledgements, and the printed staff document and poster.

Reading needs ``VIEW_GUIDANCE`` (every role); writing needs ``EDIT_POLICY`` (a manager or the
owner). Every write is one transaction with its audit row. Dates are the shop's calendar days.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import ValidationError, WorkflowError
from ..domain.policy import (
    Acknowledgement,
    PolicyStatus,
    PolicyTemplate,
    PolicyVersion,
    TellMethod,
    ToldRecord,
    check_language,
    clean_names,
    current,
    policy_template,
    unacknowledged,
    validate_version,
)
from ..domain.roles import Permission
from ..domain.validation import check_date, clean_text
from ..infra import clock
from ..reports.output import write_pdf_atomically
from ..reports.policy import (
    PolicyDocumentData,
    PosterData,
    build_policy_document,
    build_policy_poster,
)
from ..vault.connection import Connection
from ..vault.repositories import policy as repo
from ..vault.repositories import shop as shop_repo
from ..vault.vault import Vault
from .access import Access
from .consultation import ConsultationService
from .training import TrainingService

PdfBuild = Callable[[BinaryIO], None]
ContactsSource = Callable[[str], Sequence[tuple[str, str]]]


@dataclass(frozen=True)
class PolicyRecords:
    """One version with what was recorded about it."""

    version: PolicyVersion
    told: tuple[ToldRecord, ...]
    acknowledgements: tuple[Acknowledgement, ...]


class PolicyService:
    """The basic policy of one open vault."""

    def __init__(
        self,
        vault: Vault,
        access: Access | None = None,
        contacts: ContactsSource | None = None,
    ) -> None:
        """``contacts`` gives the consultation desk's (who, how) lines in a language for the
        staff document (:func:`contacts_of`); none are printed without it."""
        self.vault = vault
        self._access = access or Access.for_vault(vault)
        self._contacts = contacts

    # -- reading -------------------------------------------------------------------------

    @property
    def can_edit(self) -> bool:
        return self._access.can(Permission.EDIT_POLICY)

    def timezone(self) -> str:
        return shop_repo.get(self.vault.conn).timezone or "Asia/Tokyo"

    def today(self) -> date:
        """Today in the shop's time zone."""
        return clock.today(self.timezone())

    def shop_name(self) -> str:
        return shop_repo.get(self.vault.conn).name

    def roster(self) -> list[str]:
        """Names of the staff working today, from the training roster (part-timers without a
        login included): whom the policy must reach."""
        members = TrainingService(self.vault, access=self._access).roster(include_left=False)
        today = self.today()
        return [m.name for m in members if m.active_on(today)]

    def template(self, lang: str) -> PolicyTemplate:
        return policy_template(lang)

    def seed(self, lang: str) -> tuple[str, str]:
        """(title, body) of the shipped template in ``lang``, with the shop's name filled in."""
        self._access.require(Permission.VIEW_GUIDANCE)
        t = policy_template(lang)
        return t.title, t.filled_body(self.shop_name())

    def versions(self) -> list[PolicyVersion]:
        """Every version, oldest first."""
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.versions(self.vault.conn)

    def get(self, version: int) -> PolicyVersion:
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.get(self.vault.conn, version)

    def current(self, lang: str | None = None) -> PolicyVersion | None:
        """The version in force (adopted last; in ``lang`` if given), or None."""
        return current(self.versions(), check_language(lang) if lang else None)

    def told(self, version: int | None = None) -> list[ToldRecord]:
        """ "Staff told" records (of ``version`` if given), oldest first."""
        self._access.require(Permission.VIEW_GUIDANCE)
        rows = repo.told(self.vault.conn)
        return [t for t in rows if version is None or t.version == version]

    def acknowledgements(self, version: int | None = None) -> list[Acknowledgement]:
        self._access.require(Permission.VIEW_GUIDANCE)
        rows = repo.acknowledgements(self.vault.conn)
        return [a for a in rows if version is None or a.version == version]

    def records(self, version: int) -> PolicyRecords:
        return PolicyRecords(
            version=self.get(version),
            told=tuple(self.told(version)),
            acknowledgements=tuple(self.acknowledgements(version)),
        )

    def unacknowledged(self, roster: Sequence[str], version: int | None = None) -> tuple[str, ...]:
        """Names on ``roster`` who have not acknowledged ``version`` (default: the current)."""
        if version is None:
            v = self.current()
            if v is None:
                return clean_names(list(roster))
            version = v.version
        return unacknowledged(list(roster), self.acknowledgements(version), version)

    def status(self, roster: Sequence[str] = ()) -> PolicyStatus:
        """What the dashboard says: no adopted policy, or adopted on X, told on Y, N not
        acknowledged (of ``roster``)."""
        self._access.require(Permission.VIEW_DASHBOARD)
        return status_on(self.vault.conn, roster)

    # -- writing -------------------------------------------------------------------------

    def _day(self, on: date | None, field: str) -> date:
        day = on or self.today()
        check_date(day, field)
        if day > self.today():
            raise ValidationError(f"{field}: {day.isoformat()} has not come yet.")
        return day

    def save_draft(
        self, title: str, body: str, lang: str, version: int | None = None
    ) -> PolicyVersion:
        """Save a text: into draft ``version`` if given (not yet adopted), else as a new one."""
        self._access.require(Permission.EDIT_POLICY)
        v = validate_version(PolicyVersion(version=version or 0, lang=lang, title=title, body=body))
        with self.vault.transaction() as conn:
            if version is None:
                return repo.insert_version(conn, v, self._access.login)
            return repo.update_draft(conn, v, self._access.login)

    def adopt(self, version: int, on: date | None = None) -> PolicyVersion:
        """Adopt ``version`` on ``on`` (default today); it becomes the policy in force."""
        self._access.require(Permission.EDIT_POLICY)
        day = self._day(on, "on")
        with self.vault.transaction() as conn:
            return repo.adopt(conn, version, day.isoformat(), self._access.login)

    def adopt_text(self, title: str, body: str, lang: str, on: date | None = None) -> PolicyVersion:
        """Save ``body`` as a new version and adopt it, in one transaction (``policy adopt``)."""
        self._access.require(Permission.EDIT_POLICY)
        day = self._day(on, "on")
        v = validate_version(PolicyVersion(version=0, lang=lang, title=title, body=body))
        with self.vault.transaction() as conn:
            v = repo.insert_version(conn, v, self._access.login)
            return repo.adopt(conn, v.version, day.isoformat(), self._access.login)

    def _version_or_current(self, version: int | None) -> int:
        if version is not None:
            v = self.get(version)
            if not v.adopted:
                raise WorkflowError(f"Policy version {version} is a draft: adopt it first.")
            return version
        cur = self.current()
        if cur is None:
            raise WorkflowError("There is no adopted policy yet: adopt one first.")
        return cur.version

    def record_told(
        self,
        on: date | None,
        how: TellMethod | str,
        who: Sequence[str] | str = (),
        note: str = "",
        version: int | None = None,
    ) -> ToldRecord:
        """Record that staff (``who``; none = all staff) were told of the policy on ``on``."""
        self._access.require(Permission.EDIT_POLICY)
        method = how if isinstance(how, TellMethod) else TellMethod.parse(how)
        names = clean_names(who if isinstance(who, str) else list(who))
        record = ToldRecord(
            version=self._version_or_current(version),
            told_on=self._day(on, "on"),
            method=method,
            who=names,
            note=clean_text(note, "note"),
        )
        with self.vault.transaction() as conn:
            return repo.insert_told(conn, record, self._access.login)

    def acknowledge(
        self, name: str, on: date | None = None, version: int | None = None
    ) -> Acknowledgement:
        """Record that ``name`` confirmed they read the policy (default: the current one)."""
        self._access.require(Permission.EDIT_POLICY)
        person = clean_text(name, "name", required=True).strip()
        ack = Acknowledgement(
            version=self._version_or_current(version),
            name=person,
            acknowledged_on=self._day(on, "on"),
        )
        with self.vault.transaction() as conn:
            return repo.upsert_acknowledgement(conn, ack, self._access.login)

    # -- printing ------------------------------------------------------------------------

    def document_data(
        self,
        version: int | None = None,
        roster: Sequence[str] | None = None,
        lang: str | None = None,
    ) -> PolicyDocumentData:
        """What the staff document of ``version`` prints (default: the current one in
        ``lang``, else the current one); its labels are in ``lang`` (default: the text's).

        Gathered here (quickly, on the caller's thread); the PDF itself is built by
        :func:`document_builder`'s result, which touches no database (a background task).
        """
        self._access.require(Permission.VIEW_GUIDANCE)
        code = check_language(lang) if lang else None
        if version is None:
            cur = (self.current(code) if code else None) or self.current()
            if cur is None:
                raise WorkflowError("There is no adopted policy yet: adopt one first.")
            version = cur.version
        rec = self.records(version)
        v = rec.version
        if roster is None:
            roster = self.roster()
        contacts = tuple(self._contacts(code or v.lang)) if self._contacts is not None else ()
        return PolicyDocumentData(
            shop_name=self.shop_name(),
            lang=code or v.lang,
            title=v.title,
            body=v.body,
            version=v.version,
            adopted_on=v.adopted_on,
            printed_at=clock.now(),
            timezone=self.timezone(),
            told=rec.told,
            acknowledgements=rec.acknowledgements,
            unacknowledged=unacknowledged(list(roster), list(rec.acknowledgements), v.version),
            contacts=contacts,
            prepared_by=self._access.display_name,
        )

    def poster_data(self, lang: str | None = None) -> PosterData:
        """What the poster prints: the shop's name, the current policy's language (or
        ``lang``) and its adoption date; nothing internal."""
        self._access.require(Permission.VIEW_GUIDANCE)
        code = check_language(lang) if lang else None
        cur = (self.current(code) if code else None) or self.current()
        code = code or (cur.lang if cur else "ja")
        return PosterData(
            shop_name=self.shop_name(),
            lang=code,
            adopted_on=cur.adopted_on if cur else None,
        )

    def write_document(
        self,
        dest: Path,
        version: int | None = None,
        roster: Sequence[str] | None = None,
        lang: str | None = None,
    ) -> Path:
        """Write the staff document to ``dest`` atomically; returns ``dest``."""
        data = self.document_data(version, roster, lang)
        return write_pdf_atomically(dest, document_builder(data))

    def write_poster(self, dest: Path, size: str = "A4", lang: str | None = None) -> Path:
        """Write the customer poster (``size`` A4 or A3) to ``dest`` atomically."""
        build = poster_builder(self.poster_data(lang), size)
        return write_pdf_atomically(dest, build)


def document_builder(data: PolicyDocumentData) -> PdfBuild:
    """A builder writing the staff document of ``data`` (no database: safe off the GUI thread)."""
    return lambda out: build_policy_document(out, data)


def poster_builder(data: PosterData, size: str) -> PdfBuild:
    """A builder writing the poster in ``size`` ("A4" or "A3")."""
    code = size.strip().upper()
    if code not in ("A4", "A3"):
        raise ValidationError(f"poster: {size[:10]!r} is not A4 or A3.")
    return lambda out: build_policy_poster(out, data, code)


def contacts_of(consultation: ConsultationService) -> ContactsSource:
    """The consultation desk's contacts as (who, how to reach them) lines, for the staff
    document; a number still to be checked locally is left out rather than printed wrong."""

    def lines(lang: str) -> list[tuple[str, str]]:
        out = []
        for c in consultation.contacts(lang):
            phone = "" if c.phone_unchecked else c.phone
            how = " / ".join(x for x in (phone, c.hours) if x)
            out.append((c.name, how))
        return out

    return lines


def status_on(conn: Connection, roster: Sequence[str] = ()) -> PolicyStatus:
    """The policy's status read through ``conn`` (any thread's own connection)."""
    v = current(repo.versions(conn))
    if v is None:
        return PolicyStatus(adopted=None)
    told = [t for t in repo.told(conn) if t.version == v.version]
    acks = [a for a in repo.acknowledgements(conn) if a.version == v.version]
    return PolicyStatus(
        adopted=v,
        told_on=max((t.told_on for t in told), default=None),
        unacknowledged=unacknowledged(list(roster), acks, v.version),
    )
