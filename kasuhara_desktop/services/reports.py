"""Reports for a lawyer or the police, and period summaries: gather, check, build.

Work is split by thread. ``prepare_incident`` and ``prepare_summary`` read the vault (call them
where its connection lives: the GUI thread or the CLI) and return plain data, evidence keys
included; ``summary_job`` reads only what does not grow with the logbook and hands out a
:class:`SummaryJob` whose ``gather`` reads the incidents on any thread, through a connection of
its own (the GUI's summary dialog runs it in a task). ``build_incident_pdf`` and
``build_summary_pdf`` need no connection: they check every evidence file against its recorded
SHA-256 (decrypting photos into memory only, for thumbnails), lay out the pages, report
``progress(done, total)`` and raise ``Cancelled`` once ``should_cancel()`` is true.
``write_*`` do both and write the PDF atomically.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO

from ..domain.assessment import judge
from ..domain.errors import Cancelled, ValidationError
from ..domain.evidence import EvidenceItem
from ..domain.models import ShopProfile
from ..domain.notice import BanStatus, Notice
from ..domain.query import IncidentFilter, SortKey
from ..domain.roles import Permission
from ..infra import clock
from ..reports.incident_report import build_incident_report
from ..reports.output import write_pdf_atomically
from ..reports.report_data import (
    EvidenceStatus,
    IncidentReportData,
    NoticeDelivery,
    OpenFollowUp,
    ReportEvidence,
    ReportNotice,
    SummaryData,
    SummaryIncident,
)
from ..reports.summary import build_summary
from ..vault import audit, evidence_store, evidence_times
from ..vault.connection import DB_NAME, connect
from ..vault.repositories import consultation as consultation_repo
from ..vault.repositories import incident_queries as queries
from ..vault.repositories import notices as notice_repo
from ..vault.vault import Vault
from .access import Access
from .bundle_record import BundleResult, record_bundle
from .incidents import IncidentService
from .notices import NoticeService
from .report_evidence import (
    EvidenceFile,
    Phases,
    Progress,
    ShouldCancel,
    check_evidence,
)
from .response import ResponseService, legal_data, local_today
from .users import UserService

PAGE = 1000
SUMMARY_CHARS = 200
"""How much of an incident's summary the period summary keeps (its list cuts it shorter)."""


def prepared_by(shop: ShopProfile, login: str, names: Mapping[str, str] | None = None) -> str:
    """The name a document prints as who prepared it: a person's name, not a login.

    The user's display name (the users table, ``names``: login -> display name); without one,
    the shop profile's representative where one is recorded, else the login.
    """
    return (names or {}).get(login, "").strip() or shop.representative.strip() or login


def named_item(item: EvidenceItem, names: Mapping[str, str]) -> EvidenceItem:
    """``item`` with the logins it records (who imported, deleted, set the overlay time) as
    display names, for what documents print; the stored row keeps the logins."""
    return replace(
        item,
        imported_by=names.get(item.imported_by, item.imported_by),
        deleted_by=names.get(item.deleted_by, item.deleted_by),
        overlay_time_by=names.get(item.overlay_time_by, item.overlay_time_by),
    )


@dataclass(frozen=True)
class IncidentReportJob:
    """The incident report's data (evidence not yet checked) and its evidence files."""

    data: IncidentReportData
    files: tuple[EvidenceFile, ...]

    @property
    def reference(self) -> str:
        return self.data.incident.reference


def build_incident_pdf(
    job: IncidentReportJob,
    out: BinaryIO,
    lang: str = "ja",
    *,
    checked: Sequence[ReportEvidence] | None = None,
    manifest_sha256: str | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> list[ReportEvidence]:
    """Check the evidence (unless ``checked`` is given) and write the report to ``out``.

    Returns the evidence as checked.
    """
    weight = sum(f.item.size for f in job.files if not f.item.deleted)
    phases = Phases(progress, [0 if checked is not None or weight == 0 else 3, 1])
    if checked is None:
        checked = check_evidence(job.files, progress=phases.phase(0), should_cancel=should_cancel)
    data = replace(job.data, evidence=tuple(checked), manifest_sha256=manifest_sha256)
    build_incident_report(out, data, lang, progress=phases.phase(1), should_cancel=should_cancel)
    return list(checked)


def build_summary_pdf(
    data: SummaryData,
    out: BinaryIO,
    lang: str = "ja",
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> None:
    build_summary(out, data, lang, progress=progress, should_cancel=should_cancel)


def check_period(start: date, end: date) -> None:
    if start > end:
        raise ValidationError(
            f"The period starts after it ends ({start.isoformat()} to {end.isoformat()}): "
            "give the earlier date first."
        )


def report_notice(n: Notice, today: date, names: Mapping[str, str] | None = None) -> ReportNotice:
    """A notice of the notices service as the reports print it (logins as ``names`` give)."""
    names = names or {}
    deliveries = tuple(
        NoticeDelivery(
            s.method.value,
            s.served_at,
            names.get(s.served_by, s.served_by),
            "; ".join(x for x in (s.tracking_number, s.witness, s.note) if x.strip()),
        )
        for s in n.service
    )
    return ReportNotice(
        number=n.number,
        incident_reference=n.incident_reference,
        issued_at=n.issued_at,
        issued_by=names.get(n.issued_by, n.issued_by),
        recipient=n.addressee.name or n.addressee.description,
        deliveries=deliveries,
        valid_from=n.valid_from,
        valid_until=n.effective_until,
        reason=n.reason,
        status=n.status(today).value,
        revoked_on=n.revoked_on,
    )


@dataclass(frozen=True)
class SummaryJob:
    """A period summary's gathering as plain data, for a worker thread.

    The vault's own connection stays on its thread; :meth:`gather` opens a second one (WAL
    lets it read beside the first, as ``verify`` does), reads the period's incidents with it
    and closes it, checking ``should_cancel()`` between incidents.
    """

    db_path: Path
    data_key: bytes = field(repr=False)
    read_only: bool
    start: date
    end: date
    shop: ShopProfile
    today: date
    prepared_by: str

    def query(self) -> IncidentFilter:
        return IncidentFilter(date_from=self.start, date_to=self.end, sort=SortKey.OCCURRED,
                              descending=False)  # fmt: skip

    def gather(
        self, *, progress: Progress | None = None, should_cancel: ShouldCancel | None = None
    ) -> SummaryData:
        """Read the incidents through a connection of this thread's own (any thread)."""
        conn = connect(self.db_path, self.data_key, read_only=self.read_only)
        try:
            rows = queries.summary_rows(conn, self.query(), self.shop.timezone)
            notices = notice_repo.list_all(conn)
        finally:
            conn.close()
        return self.data_from(rows, notices, progress=progress, should_cancel=should_cancel)

    def data_from(
        self,
        rows: Sequence[queries.SummaryRow],
        notices: Sequence[Notice],
        *,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> SummaryData:
        """The summary's data from the rows and the notices read (pure: no connection);
        the notices in force today are listed, oldest first."""
        incidents: list[SummaryIncident] = []
        follow_ups: list[OpenFollowUp] = []
        for row in rows:
            if should_cancel is not None and should_cancel():
                raise Cancelled("The summary was cancelled.")
            verdict = judge(row.assessment, behaviours=row.behaviours).verdict
            full = row.summary.strip()
            shown = full.split("\n", 1)[0][:SUMMARY_CHARS]
            incidents.append(
                SummaryIncident(
                    reference=row.reference, occurred_at=row.occurred_at,
                    channel=row.channel, status=row.status, behaviours=row.behaviours,
                    verdict=verdict, minutes=row.minutes, yen=row.yen,
                    summary=shown, summary_omitted=len(full) - len(shown),
                    facts_confirmed=row.assessment.facts_confirmed,
                )
            )  # fmt: skip
            follow_ups += [
                OpenFollowUp(row.reference, care.staff_name, f.due, f.note,
                             f.is_overdue(self.today))
                for care in row.staff_care
                for f in care.pending_follow_ups()
            ]  # fmt: skip
            if progress is not None and len(incidents) % PAGE == 0:
                progress(len(incidents), len(rows))
        follow_ups.sort(key=lambda f: (f.due, f.reference))
        active = [n for n in notices if n.status(self.today) == BanStatus.ACTIVE]
        bans = tuple(report_notice(n, self.today) for n in reversed(active))
        return SummaryData(
            shop=self.shop, start=self.start, end=self.end, incidents=tuple(incidents),
            follow_ups=tuple(follow_ups), prepared_by=self.prepared_by,
            prepared_at=clock.now_seconds(), today=self.today, bans=bans,
        )  # fmt: skip


class ReportService:
    """Reports over one open vault (a manager's or the owner's: checked before reading)."""

    def __init__(self, vault: Vault, *, access: Access | None = None) -> None:
        self.vault = vault
        self.access = access or Access.for_vault(vault)
        self.incidents = IncidentService(vault, access=self.access)
        self.response = ResponseService(self.incidents)
        self.notices = NoticeService(vault, access=self.access)

    def display_names(self) -> dict[str, str]:
        """Login -> display name of every user (removed ones too): documents print names."""
        return UserService(self.vault, self.access).display_names()

    # ------------------------------------------------------------ incident report

    def evidence_files(self, reference: str) -> list[EvidenceFile]:
        """The files of ``reference`` with their keys (what a report or a bundle reads)."""
        self.access.require(Permission.MAKE_REPORT)
        return self._files(reference)

    def _files(self, reference: str) -> list[EvidenceFile]:
        conn, folder = self.vault.conn, self.vault.evidence_dir
        files, names = [], self.display_names()
        for item in evidence_store.list_for_incident(conn, reference, include_deleted=True):
            item = named_item(item, names)  # what the report and the bundle print
            if item.deleted:
                files.append(EvidenceFile(item, None, None))
            else:
                key = evidence_store.file_key(conn, item.id)
                files.append(EvidenceFile(item, evidence_store.stored_path(folder, item.id), key))
        return files

    def prepare_incident(
        self, reference: str, *, notices: Sequence[ReportNotice] | None = None
    ) -> IncidentReportJob:
        """Read everything the report prints (fast; on the connection's thread)."""
        self.access.require(Permission.MAKE_REPORT)
        return self._prepare(reference, notices)

    def prepare_bundle(self, reference: str) -> IncidentReportJob:
        """What an evidence bundle of ``reference`` packs (the report's job, its files)."""
        self.access.require(Permission.MAKE_BUNDLE)
        return self._prepare(reference, None)

    def _prepare(self, reference: str, notices: Sequence[ReportNotice] | None) -> IncidentReportJob:
        inc = self.incidents.get(reference)
        files = self._files(inc.reference)
        today = local_today(inc.timezone)
        shop = self.incidents.shop_profile()
        names = self.display_names()
        data = IncidentReportData(
            shop=shop,
            incident=replace(
                inc,
                created_by=names.get(inc.created_by, inc.created_by),
                updated_by=names.get(inc.updated_by, inc.updated_by),
            ),
            judgement=self.response.judgement(inc),
            offences=tuple(self.response.possible_offences(inc, today)),
            legal=legal_data(),
            evidence=tuple(
                ReportEvidence(
                    f.item, EvidenceStatus.DELETED if f.item.deleted else EvidenceStatus.UNCHECKED
                )
                for f in files
            ),
            revisions=tuple(
                replace(r, user=names.get(r.user, r.user))
                for r in self.incidents.revisions(inc.reference)
            ),
            bundles=tuple(
                replace(b, made_by=names.get(b.made_by, b.made_by))
                for b in evidence_times.bundles_for_incident(self.vault.conn, inc.reference)
            ),
            contacts=tuple(consultation_repo.contacts(self.vault.conn)),
            audit_head=audit.head(self.vault.conn),
            prepared_by=prepared_by(shop, self.vault.user, names),
            prepared_at=clock.now_seconds(),
            today=today,
            notices=tuple(
                notices
                if notices is not None
                else [
                    report_notice(n, today, names) for n in self.notices.for_incident(inc.reference)
                ]
            ),
        )
        return IncidentReportJob(data, tuple(files))

    def record_document(self, kind: str, subject: str, pdf: bytes) -> bool:
        """Keep in the audit chain that the acting user saved a document: ``kind`` is
        "incident_report" or "summary", ``subject`` the incident's reference or the period
        ("2026-01-01..2026-03-31"). The row holds the PDF's SHA-256 (so a copy shown later
        can be matched to it), never its content or where it was saved. False on a read-only
        vault (the document is still saved; nothing can be recorded).
        """
        self.access.require(Permission.MAKE_REPORT)
        if kind not in DOCUMENT_KINDS:
            raise ValidationError(f"Unknown document kind {kind!r}.")
        if self.vault.read_only:
            return False
        content = {"kind": kind, "subject": subject, "sha256": hashlib.sha256(pdf).hexdigest()}
        with self.vault.transaction() as conn:
            audit.append(conn, self.vault.user, "make", "document", subject, content)
        return True

    def record_bundle(self, result: BundleResult) -> None:
        """Keep that a bundle was made (audited); the incident report lists its manifest hash."""
        self.access.require(Permission.MAKE_BUNDLE)
        record_bundle(self.vault, result)

    def write_incident_report(
        self,
        reference: str,
        dest: Path,
        lang: str = "ja",
        *,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> list[ReportEvidence]:
        """Make the report of ``reference`` and write it to ``dest`` (whole or not at all)."""
        job = self.prepare_incident(reference)
        checked: list[ReportEvidence] = []

        def build(out: BinaryIO) -> None:
            checked[:] = build_incident_pdf(
                job, out, lang, progress=progress, should_cancel=should_cancel
            )

        write_pdf_atomically(dest, build)
        self.record_document("incident_report", reference, dest.read_bytes())
        return checked

    # ------------------------------------------------------------ period summary

    def prepare_summary(
        self,
        start: date,
        end: date,
        *,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> SummaryData:
        """Read the incidents that occurred from ``start`` to ``end`` (inclusive, shop time)."""
        job = self.summary_job(start, end)
        query = job.query()
        rows = queries.summary_rows(self.vault.conn, query, job.shop.timezone)
        notices = notice_repo.list_all(self.vault.conn)
        return job.data_from(rows, notices, progress=progress, should_cancel=should_cancel)

    def summary_job(self, start: date, end: date) -> SummaryJob:
        """What gathering the period's incidents needs, as plain data (fast, nothing that
        grows with the logbook; on the connection's thread): :meth:`SummaryJob.gather` then
        reads the incidents and the notices on any thread through a connection of its own, so
        the window keeps working however many there are."""
        self.access.require(Permission.MAKE_REPORT)
        check_period(start, end)
        shop = self.incidents.shop_profile()
        today = local_today(shop.timezone)
        return SummaryJob(
            db_path=self.vault.folder / DB_NAME, data_key=self.vault.data_key,
            read_only=self.vault.read_only, start=start, end=end, shop=shop, today=today,
            prepared_by=prepared_by(shop, self.vault.user, self.display_names()),
        )  # fmt: skip

    def write_summary(
        self,
        start: date,
        end: date,
        dest: Path,
        lang: str = "ja",
        *,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> SummaryData:
        data = self.prepare_summary(start, end, should_cancel=should_cancel)
        write_pdf_atomically(
            dest,
            lambda out: build_summary_pdf(
                data, out, lang, progress=progress, should_cancel=should_cancel
            ),
        )
        self.record_document("summary", period_subject(start, end), dest.read_bytes())
        return data


DOCUMENT_KINDS = ("incident_report", "summary")


def period_subject(start: date, end: date) -> str:
    """How a summary's audit row names its period."""
    return f"{start.isoformat()}..{end.isoformat()}"


# ---------------------------------------------------------------- periods


def month_range(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def quarter_range(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    _, end = month_range(date(day.year, first_month + 2, 1))
    return start, end


def period_presets(today: date) -> dict[str, tuple[date, date]]:
    """The summary dialog's presets: this month, last month, this quarter, this year."""
    last_month_end = today.replace(day=1) - timedelta(days=1)
    return {
        "this_month": month_range(today),
        "last_month": month_range(last_month_end),
        "this_quarter": quarter_range(today),
        "this_year": (date(today.year, 1, 1), date(today.year, 12, 31)),
    }
