"""The period summary: its gathering (off the GUI thread), its PDF, and the periods offered.

:meth:`ReportService.summary_job <kasuhara_desktop.services.reports.ReportService.summary_job>`
hands out a :class:`SummaryJob` (plain data) whose ``gather`` reads the period's incidents and
the notices through a connection of its own, on any thread; ``build_summary_pdf`` lays out the
pages with no connection at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO

from ..domain.assessment import judge
from ..domain.errors import Cancelled, ValidationError
from ..domain.models import ShopProfile
from ..domain.notice import BanStatus, Notice
from ..domain.query import IncidentFilter, SortKey
from ..infra import clock
from ..reports.report_data import OpenFollowUp, SummaryData, SummaryIncident
from ..reports.summary import build_summary
from ..vault.connection import connect
from ..vault.repositories import incident_queries as queries
from ..vault.repositories import notices as notice_repo
from .report_evidence import Progress, ShouldCancel
from .report_notice import report_notice

PAGE = 1000
SUMMARY_CHARS = 200
"""How much of an incident's summary the period summary keeps (its list cuts it shorter)."""


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
