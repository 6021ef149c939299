"""Reports for a lawyer or the police, and period summaries: gather, check, build.

The period summary's job, PDF and periods live in ``period_summary.py``; this service reads
and checks what they need.

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
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import ValidationError
from ..domain.evidence import EvidenceItem
from ..domain.models import ShopProfile
from ..domain.roles import Permission
from ..infra import clock
from ..reports.incident_report import build_incident_report
from ..reports.output import write_pdf_atomically
from ..reports.report_data import (
    EvidenceStatus,
    IncidentReportData,
    ReportEvidence,
    ReportNotice,
    SummaryData,
)
from ..vault import audit, evidence_store, evidence_times
from ..vault.connection import DB_NAME
from ..vault.repositories import consultation as consultation_repo
from ..vault.repositories import incident_queries as queries
from ..vault.repositories import notices as notice_repo
from ..vault.vault import Vault
from .access import Access
from .bundle_record import BundleResult, record_bundle
from .incidents import IncidentService
from .notices import NoticeService
from .period_summary import SummaryJob, build_summary_pdf, check_period, period_subject
from .report_evidence import (
    EvidenceFile,
    Phases,
    Progress,
    ShouldCancel,
    check_evidence,
)
from .report_notice import report_notice
from .response import ResponseService, legal_data, local_today
from .users import UserService


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
