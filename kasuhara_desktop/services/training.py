"""Training (issue 17.4): the roster, sessions with attendance, who is overdue, case studies
from closed incidents, and the training record and case-study PDFs.

Reading needs VIEW_GUIDANCE (staff may see the record); every change needs RECORD_TRAINING;
printing needs MAKE_REPORT. Every write is one transaction with its audit row. A case study is
drafted from a CLOSED incident with identifying details replaced (``domain/case_study.py``),
edited by the person who makes it, and saved as checked only when every checklist item is
confirmed (checked_by = the acting user); an unchecked one is never printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ..domain.case_study import CaseStudyDraft, draft_case_study, leftovers, sensitive_terms
from ..domain.enums import IncidentStatus
from ..domain.errors import NotFoundError, ValidationError, WorkflowError
from ..domain.models import Incident
from ..domain.roles import Permission
from ..domain.training import (
    CHECKLIST,
    CaseStudy,
    EmploymentKind,
    MemberStatus,
    RosterMember,
    TrainingSession,
    TrainingSettings,
    TrainingStatus,
    checklist_complete,
    member_status,
    summarise,
    validate_member,
    validate_session,
)
from ..infra import clock as infra_clock
from ..reports.output import PdfBuilder, build_pdf_bytes, write_pdf_atomically
from ..reports.training_record import (
    TrainingRecordData,
    build_case_study_handout,
    build_training_record,
)
from ..vault.connection import Connection
from ..vault.repositories import incidents as incident_repo
from ..vault.repositories import shop as shop_repo
from ..vault.repositories import training as repo
from ..vault.vault import Vault
from .access import Access


class TrainingService:
    """Training records of one open vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        access: Access | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.vault = vault
        self._access = access or Access.for_vault(vault)
        self._clock = clock

    @property
    def access(self) -> Access:
        return self._access

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(shop_repo.get(self.vault.conn).timezone)

    def now(self) -> datetime:
        zone = self._zone()
        now = self._clock() if self._clock else infra_clock.now(zone)
        return now.astimezone(zone).replace(microsecond=0)

    def today(self) -> date:
        """Today in the shop's time zone."""
        return self.now().date()

    # ------------------------------------------------------------ roster

    def roster(self, *, include_left: bool = True) -> list[RosterMember]:
        self._access.require(Permission.VIEW_GUIDANCE)
        members = repo.list_members(self.vault.conn)
        if include_left:
            return members
        today = self.today()
        return [m for m in members if m.left_on is None or m.left_on >= today]

    def find_member(self, key: str | int) -> RosterMember:
        """A roster member by number or by exact name (a name two people share is refused)."""
        self._access.require(Permission.VIEW_GUIDANCE)
        text = str(key).strip()
        if text.isdigit():
            return repo.get_member(self.vault.conn, int(text))
        matches = [m for m in repo.list_members(self.vault.conn) if m.name == text]
        if not matches:
            raise NotFoundError(f"Nobody named {text!r} is on the training roster.")
        if len(matches) > 1:
            ids = ", ".join(str(m.id) for m in matches)
            raise ValidationError(
                f"{len(matches)} people are named {text!r}: use a number ({ids})."
            )
        return matches[0]

    def add_member(
        self,
        name: str,
        employment: EmploymentKind | str = EmploymentKind.PART_TIME,
        joined_on: date | None = None,
        login: str = "",
    ) -> RosterMember:
        self._access.require(Permission.RECORD_TRAINING)
        kind = employment if isinstance(employment, EmploymentKind) else (
            EmploymentKind.parse(employment)
        )  # fmt: skip
        member = validate_member(
            RosterMember(name=name, employment=kind, joined_on=joined_on or self.today(),
                         login=login.strip())
        )  # fmt: skip
        with self.vault.transaction() as conn:
            return repo.insert_member(conn, member, self.vault.user)

    def update_member(self, member: RosterMember) -> RosterMember:
        self._access.require(Permission.RECORD_TRAINING)
        validate_member(member)
        with self.vault.transaction() as conn:
            repo.get_member(conn, member.id or 0)
            return repo.update_member(conn, member, self.vault.user)

    def leave(self, key: str | int, left_on: date | None = None) -> RosterMember:
        """Mark a roster member as having left (they stop counting as overdue after that day)."""
        self._access.require(Permission.RECORD_TRAINING)
        member = self.find_member(key)
        member.left_on = left_on or self.today()
        return self.update_member(member)

    # ------------------------------------------------------------ sessions

    def sessions(self) -> list[TrainingSession]:
        """Every session, newest first."""
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.list_sessions(self.vault.conn)

    def _resolve(self, attendees: Iterable[str | int]) -> tuple[int, ...]:
        ids: list[int] = []
        for a in attendees:
            if str(a).strip():
                ids.append(self.find_member(a).id or 0)
        return tuple(sorted(set(ids)))

    def add_session(
        self,
        held_on: date,
        topics: str,
        trainer: str,
        attendees: Iterable[str | int] = (),
        *,
        minutes: int = 0,
        notes: str = "",
    ) -> TrainingSession:
        """Record a session; ``attendees`` are roster numbers or names, all checked first."""
        self._access.require(Permission.RECORD_TRAINING)
        session = validate_session(
            TrainingSession(held_on=held_on, topics=topics, trainer=trainer, minutes=minutes,
                            notes=notes.strip(), attendee_ids=self._resolve(attendees))
        )  # fmt: skip
        self._check_attendees(session)
        with self.vault.transaction() as conn:
            return repo.insert_session(conn, session, self.vault.user)

    def set_attendance(self, session_id: int, attendees: Iterable[str | int]) -> TrainingSession:
        self._access.require(Permission.RECORD_TRAINING)
        ids = self._resolve(attendees)
        session = repo.get_session(self.vault.conn, session_id)
        session.attendee_ids = ids
        self._check_attendees(session)
        with self.vault.transaction() as conn:
            return repo.set_attendance(conn, session_id, ids, self.vault.user)

    def _check_attendees(self, session: TrainingSession) -> None:
        members = {m.id: m for m in repo.list_members(self.vault.conn)}
        for mid in session.attendee_ids:
            m = members[mid]
            if not m.active_on(session.held_on):
                raise ValidationError(
                    f"{m.name} did not work here on {session.held_on} (joined {m.joined_on}"
                    + (f", left {m.left_on}" if m.left_on else "")
                    + ")."
                )

    # ------------------------------------------------------------ status

    def settings(self) -> TrainingSettings:
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.get_settings(self.vault.conn)

    def save_settings(self, settings: TrainingSettings) -> TrainingSettings:
        self._access.require(Permission.RECORD_TRAINING)
        settings.validated()
        with self.vault.transaction() as conn:
            repo.save_settings(conn, settings, self.vault.user)
        return settings

    def statuses(self, today: date | None = None) -> list[MemberStatus]:
        """Each roster member's training state on ``today`` (the shop's today by default)."""
        self._access.require(Permission.VIEW_GUIDANCE)
        return statuses_on(self.vault.conn, today or self.today())

    def status(self, today: date | None = None) -> TrainingStatus:
        """Counts for the dashboard: on the roster, overdue, never trained, new starters."""
        self._access.require(Permission.VIEW_DASHBOARD)
        return summarise(self.statuses(today))

    # ------------------------------------------------------------ case studies

    def case_studies(self) -> list[CaseStudy]:
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.list_case_studies(self.vault.conn)

    def case_study(self, case_id: int) -> CaseStudy:
        self._access.require(Permission.VIEW_GUIDANCE)
        return repo.get_case_study(self.vault.conn, case_id)

    def case_candidates(self) -> list[str]:
        """Closed incidents marked "training case" when closed, with no case study yet."""
        self._access.require(Permission.RECORD_TRAINING)
        return repo.case_candidates(self.vault.conn)

    def draft_case_study(self, reference: str, lang: str = "ja") -> tuple[int, CaseStudyDraft]:
        """A draft from the CLOSED incident ``reference`` with identifying details replaced.

        Returns:
            the incident's id and the draft (nothing is stored yet).
        """
        self._access.require(Permission.RECORD_TRAINING)
        incident = incident_repo.get(self.vault.conn, reference)
        if incident.status is not IncidentStatus.CLOSED:
            raise WorkflowError(
                f"{incident.reference} is not closed ({incident.status.value}): case studies are "
                "made from closed incidents only."
            )
        shop = shop_repo.get(self.vault.conn)
        return incident.id or 0, draft_case_study(incident, shop, lang, self._staff_names())

    def _staff_names(self) -> list[str]:
        """Everyone on the roster (left or not) and the logbook's user names."""
        return [m.name for m in repo.list_members(self.vault.conn)] + [self.vault.user]

    def leftovers(self, text: str, source_incident_id: int | None) -> list[str]:
        """Kinds of identifying detail still found in ``text`` (names from the source incident
        and the shop, and the patterns); empty when none is found."""
        self._access.require(Permission.VIEW_GUIDANCE)
        shop = shop_repo.get(self.vault.conn)
        terms: list[tuple[str, str]] = []
        if source_incident_id:
            ref = repo.incident_reference(self.vault.conn, source_incident_id)
            if ref:
                incident = incident_repo.get(self.vault.conn, ref)
                terms = sensitive_terms(incident, shop, self._staff_names())
        if not terms:  # the shop's own name, address and phone and its people still count
            empty = Incident(occurred_at=self.now(), summary="")
            terms = sensitive_terms(empty, shop, self._staff_names())
        return leftovers(text, terms)

    def save_draft(
        self, title: str, text: str, source_incident_id: int | None, case_id: int | None = None
    ) -> CaseStudy:
        """Store (or update) an unchecked case study; editing a checked one unchecks it."""
        self._access.require(Permission.RECORD_TRAINING)
        case = self._new_or_existing(case_id, source_incident_id)
        case.title, case.text = _required(title, "title"), _required(text, "text")
        case.checked_by, case.checked_at, case.checklist = "", None, {}
        with self.vault.transaction() as conn:
            return repo.save_case_study(conn, case, self.vault.user)

    def check(
        self,
        case_id: int,
        answers: Mapping[str, bool],
        *,
        title: str | None = None,
        text: str | None = None,
        accept_leftovers: bool = False,
    ) -> CaseStudy:
        """Save a case study as checked by the acting user.

        Raises:
            ValidationError: a checklist item is not confirmed, or (unless
                ``accept_leftovers``) names, dates or other details are still found in it.
        """
        self._access.require(Permission.RECORD_TRAINING)
        case = repo.get_case_study(self.vault.conn, case_id)
        if title is not None:
            case.title = _required(title, "title")
        if text is not None:
            case.text = _required(text, "text")
        answers = {item.value: bool(answers.get(item.value)) for item in CHECKLIST}
        if not checklist_complete(answers):
            missing = ", ".join(k.replace("_", " ") for k, v in answers.items() if not v)
            raise ValidationError(f"Case study {case_id} is not checked: confirm {missing}.")
        found = self.leftovers(f"{case.title}\n{case.text}", case.source_incident_id)
        if found and not accept_leftovers:
            raise ValidationError(
                f"Case study {case_id} still seems to contain: {', '.join(found)}. Edit it, or "
                "confirm that these are not identifying."
            )
        case.checklist = answers
        case.checked_by, case.checked_at = self._access.login, self.now()
        with self.vault.transaction() as conn:
            return repo.save_case_study(conn, case, self.vault.user)

    def _new_or_existing(self, case_id: int | None, source: int | None) -> CaseStudy:
        if case_id is not None:
            return repo.get_case_study(self.vault.conn, case_id)
        return CaseStudy(title="", text="", source_incident_id=source,
                         made_by=self._access.login, made_at=self.now())  # fmt: skip

    # ------------------------------------------------------------ documents

    def record_data(self, today: date | None = None) -> TrainingRecordData:
        self._access.require(Permission.MAKE_REPORT)
        day = today or self.today()
        members = {m.id: m.name for m in repo.list_members(self.vault.conn)}
        sessions = tuple(repo.list_sessions(self.vault.conn))
        return TrainingRecordData(
            shop_name=shop_repo.get(self.vault.conn).name,
            made_on=day,
            settings=repo.get_settings(self.vault.conn),
            sessions=sessions,
            statuses=tuple(self.statuses(day)),
            attendee_names={
                s.id or 0: tuple(sorted(members.get(i, "?") for i in s.attendee_ids))
                for s in sessions
            },
            made_by=self._access.display_name,
        )

    def record_pdf(self, lang: str = "ja", today: date | None = None) -> bytes:
        """The training record PDF (build it off the GUI thread from :meth:`record_data`)."""
        data = self.record_data(today)
        return build_pdf_bytes(lambda out: build_training_record(out, data, lang))

    def write_record(self, dest: Path, lang: str = "ja", today: date | None = None) -> Path:
        """Write the training record to ``dest`` atomically (the CLI's ``training print``)."""
        data = self.record_data(today)
        return write_pdf_atomically(dest, lambda out: build_training_record(out, data, lang))

    def record_job(self, dest: Path, lang: str = "ja") -> Callable[[], Path]:
        """Read everything now (on the caller's thread) and return the writing, which uses no
        connection and may run off the GUI thread."""
        data = self.record_data()
        return lambda: write_pdf_atomically(
            dest, lambda out: build_training_record(out, data, lang)
        )

    def _handout_builder(self, case_id: int, lang: str) -> PdfBuilder:
        self._access.require(Permission.MAKE_REPORT)
        case = repo.get_case_study(self.vault.conn, case_id)
        if not case.checked:
            raise WorkflowError(
                f"Case study {case_id} has not been checked: check it before printing it."
            )
        shop = shop_repo.get(self.vault.conn).name
        local = case.checked_at.astimezone(self._zone()) if case.checked_at else None
        today = self.today()
        return lambda out: build_case_study_handout(out, case, shop, today, lang, local)

    def handout_job(self, case_id: int, dest: Path, lang: str = "ja") -> Callable[[], Path]:
        """Like :meth:`record_job` for a checked case study's handout (refused if unchecked)."""
        build = self._handout_builder(case_id, lang)
        return lambda: write_pdf_atomically(dest, build)

    def write_handout(self, case_id: int, dest: Path, lang: str = "ja") -> Path:
        """Write a checked case study's handout to ``dest`` atomically."""
        return self.handout_job(case_id, dest, lang)()

    def handout_pdf(self, case_id: int, lang: str = "ja") -> bytes:
        """A checked case study as a handout in memory; an unchecked one is refused."""
        return build_pdf_bytes(self._handout_builder(case_id, lang))


def _required(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(f"A case study needs a {what}.")
    return value


def statuses_on(conn: Connection, day: date) -> list[MemberStatus]:
    """Each roster member's training state on ``day``, read through ``conn`` (any thread's
    own connection: the home screen gathers it in the background)."""
    settings = repo.get_settings(conn)
    attended: dict[int, list[date]] = {}
    for s in repo.list_sessions(conn):
        for mid in s.attendee_ids:
            attended.setdefault(mid, []).append(s.held_on)
    return [
        member_status(m, attended.get(m.id or 0, ()), day, settings)
        for m in repo.list_members(conn)
    ]
