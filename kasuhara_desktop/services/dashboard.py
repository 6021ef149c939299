"""The home screen's figures: what needs doing now, and how the last twelve months went.

``DashboardService.job()`` reads only the shop profile and what the user may see, and returns a
:class:`DashboardJob`: plain, picklable data whose :meth:`~DashboardJob.gather` reads every
figure (open incidents, follow-ups, bans, complaint deadlines, CCTV, the charts, training, the
policy, the records due for erasing) on any thread through a connection of its own, as the
period summary does. The GUI
runs it in a task (``ui/tasks.py``) and the CLI calls it directly; both show the same
:class:`DashboardFigures`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.deadlines import add_months
from ..domain.enums import Channel
from ..domain.errors import Cancelled
from ..domain.models import ShopProfile
from ..domain.notice import EXPIRY_WARNING_DAYS, BanStatus
from ..domain.roles import Permission
from ..domain.training import summarise
from ..vault.connection import DB_NAME, connect
from ..vault.repositories import dashboard_queries as q
from ..vault.repositories import incidents as incident_repo
from ..vault.repositories import notices as notice_repo
from ..vault.vault import Vault
from .access import Access
from .dashboard_figures import (
    BanExpiring,
    CctvWarning,
    ComplaintDeadline,
    DashboardFigures,
    DueFollowUp,
    MonthHours,
    PolicyFigure,
    TrainingFigure,
    policy_figure,
)
from .policy import status_on as policy_status_on
from .report_evidence import Progress, ShouldCancel
from .response import articles, legal_data, local_today
from .retention import review_on as retention_review_on
from .training import statuses_on as training_statuses_on

__all__ = [
    "CHART_MONTHS",
    "FOLLOW_UP_AHEAD_DAYS",
    "DashboardFigures",
    "DashboardJob",
    "DashboardService",
]

CHART_MONTHS = 12
FOLLOW_UP_AHEAD_DAYS = 7
"""Follow-ups due within this many days are listed (those due by today are counted)."""
OVERWRITTEN_SHOWN_DAYS = 30
"""A closed incident's lost footage is mentioned this long after the recorder overwrote it."""
MAX_HANDLING_HOURS = 24
"""A start-to-end span longer than this is a typo in the end time, not time spent: not counted."""
STEPS = 8


@dataclass(frozen=True)
class DashboardJob:
    """Everything :meth:`gather` needs, as plain data (picklable; the key is not printed).

    The ``show_*`` flags are what the signed-in user may see (decided by
    :meth:`DashboardService.job`): the training and policy tiles, and the count of records due
    for erasing (owners).
    """

    db_path: Path
    data_key: bytes = field(repr=False)
    read_only: bool
    shop: ShopProfile
    today: date
    show_training: bool = False
    show_policy: bool = False
    show_retention: bool = False

    def gather(
        self, *, progress: Progress | None = None, should_cancel: ShouldCancel | None = None
    ) -> DashboardFigures:
        """Read every figure through a connection of this thread's own (any thread)."""
        conn = connect(self.db_path, self.data_key, read_only=self.read_only)
        try:
            return self._gather(conn, progress, should_cancel)
        finally:
            conn.close()

    def _gather(
        self, conn: Any, progress: Progress | None, should_cancel: ShouldCancel | None
    ) -> DashboardFigures:
        step = 0

        def next_step() -> None:
            nonlocal step
            if should_cancel is not None and should_cancel():
                raise Cancelled("The dashboard was cancelled.")
            step += 1
            if progress is not None:
                progress(step, STEPS)

        open_incidents = q.open_count(conn)
        next_step()
        follow_ups = self._follow_ups(conn)
        next_step()
        bans = self._bans(conn)
        next_step()
        deadlines = self._complaint_deadlines(conn)
        next_step()
        cctv = self._cctv(conn)
        next_step()
        months = self.months()
        counts = self._behaviour_counts(conn, months)
        next_step()
        hours = self._hours(conn, months)
        next_step()
        training, policy, retention_due = self._duty(conn)
        next_step()
        return DashboardFigures(
            today=self.today, open_incidents=open_incidents, follow_ups=follow_ups,
            bans_expiring=bans, complaint_deadlines=deadlines, cctv=cctv, months=months,
            behaviour_counts=counts, hours=hours, training=training, policy=policy,
            cctv_retention_days=self.shop.cctv_retention_days, retention_due=retention_due,
        )  # fmt: skip

    def _duty(self, conn: Any) -> tuple[TrainingFigure | None, PolicyFigure | None, int | None]:
        """The training roster's counts, the policy's status (acknowledged by the roster's
        staff, part-timers without logins included) and the records due for erasing, each
        None where this user may not see it. The review reads every closed record."""
        training = policy = None
        if self.show_training or self.show_policy:
            statuses = training_statuses_on(conn, self.today)
            if self.show_training:
                status = summarise(statuses)
                training = TrainingFigure(
                    on_roster=status.on_roster, needing=status.needing_training,
                    never=status.never_trained, overdue=status.overdue,
                )  # fmt: skip
            if self.show_policy:
                names = [s.member.name for s in statuses if s.member.active_on(self.today)]
                policy = policy_figure(policy_status_on(conn, names))
        due = None
        if self.show_retention:
            zone = ZoneInfo(self.shop.timezone)
            due = len(retention_review_on(conn, self.today, zone).due)
        return training, policy, due

    # ---------------------------------------------------------------- figures

    def months(self) -> tuple[date, ...]:
        """The first days of the last ``CHART_MONTHS`` months, this one last."""
        first = self.today.replace(day=1)
        return tuple(add_months(first, -n) for n in range(CHART_MONTHS - 1, -1, -1))

    def _since(self, day: date) -> datetime:
        return datetime.combine(day, time(), ZoneInfo(self.shop.timezone))

    def _follow_ups(self, conn: Any) -> tuple[DueFollowUp, ...]:
        by = self.today + timedelta(days=FOLLOW_UP_AHEAD_DAYS)
        found = [
            DueFollowUp(row.reference, care.staff_name, f.due, f.note, "staff_care")
            for row in q.staff_care_rows(conn)
            for care in row.staff_care
            for f in care.pending_follow_ups()
            if f.due <= by
        ]
        found += [
            DueFollowUp(a.reference, "", a.due, a.description, a.kind)
            for a in q.actions_due(conn, by)
        ]
        return tuple(sorted(found, key=lambda f: (f.due, f.reference)))

    def _bans(self, conn: Any) -> tuple[BanExpiring, ...]:
        found = []
        for n in notice_repo.list_all(conn):
            end = n.effective_until
            if end is None or n.status(self.today) is not BanStatus.ACTIVE:
                continue
            if n.expiring_soon(self.today, EXPIRY_WARNING_DAYS):
                who = n.addressee.name or n.addressee.description
                found.append(BanExpiring(n.number, n.incident_reference, who, end))
        return tuple(sorted(found, key=lambda b: (b.valid_until, b.number)))

    def _complaint_deadlines(self, conn: Any) -> tuple[ComplaintDeadline, ...]:
        """Complaint-only offences that may be relevant, with the six months still running.

        Only incidents whose offender became known within the last seven months are loaded
        whole (the offence rules need the record), so this stays small however old the
        logbook is.
        """
        since = add_months(self.today, -7)
        found = []
        legal, shipped = legal_data(), articles()
        from ..domain.offences import suggest_offences  # the rules load lazily, only when needed

        for reference in q.offender_known_since(conn, since):
            inc = incident_repo.get(conn, reference)
            for o in suggest_offences(
                inc, shipped, today=self.today, staff_care=inc.staff_care,
                questions=legal.questions,
            ):  # fmt: skip
                found += [
                    ComplaintDeadline(inc.reference, o.article, p.deadline, p.days_left, p.holder)
                    for p in o.holder_deadlines
                    if p.days_left >= 0
                ]
        return tuple(sorted(found, key=lambda d: (d.deadline, d.reference, d.article, d.holder)))

    def _cctv(self, conn: Any) -> tuple[CctvWarning, ...]:
        """In-person incidents (at the shop, where the cameras are) with no video attached:
        export before the recorder overwrites it, or it is probably gone."""
        days = self.shop.cctv_retention_days
        since = self._since(self.today - timedelta(days=days + OVERWRITTEN_SHOWN_DAYS))
        found = []
        for row in q.without_video(conn, Channel.IN_PERSON.value, since):
            local = row.occurred_at.astimezone(ZoneInfo(self.shop.timezone)).date()
            until = local + timedelta(days=days)
            found.append(CctvWarning(row.reference, row.occurred_at, until, until < self.today))
        return tuple(sorted(found, key=lambda c: (c.overwritten, c.until, c.reference)))

    def _behaviour_counts(
        self, conn: Any, months: tuple[date, ...]
    ) -> tuple[tuple[str, tuple[int, ...]], ...]:
        index = {m.strftime("%Y-%m"): i for i, m in enumerate(months)}
        per_code: dict[str, list[int]] = {}
        for month, code, count in q.behaviour_counts(conn, self._since(months[0])):
            if month in index:
                per_code.setdefault(code or "", [0] * len(months))[index[month]] += count
        return tuple(sorted(((c, tuple(v)) for c, v in per_code.items()), key=_code_order))

    def _hours(self, conn: Any, months: tuple[date, ...]) -> tuple[MonthHours, ...]:
        index = {m.strftime("%Y-%m"): i for i, m in enumerate(months)}
        phone = [0] * len(months)
        other = [0] * len(months)
        spans = [0] * len(months)
        since = self._since(months[0])
        for month, kind, minutes in q.recorded_minutes(conn, since):
            if month in index:
                (phone if kind == "phone" else other)[index[month]] += minutes
        limit = timedelta(hours=MAX_HANDLING_HOURS)
        for start, end in q.untimed_spans(conn, since):
            month = start.strftime("%Y-%m")
            if month in index and timedelta(0) < end - start <= limit:
                spans[index[month]] += int((end - start).total_seconds() // 60)
        return tuple(MonthHours(m, phone[i], other[i], spans[i]) for i, m in enumerate(months))


def _code_order(item: tuple[str, tuple[int, ...]]) -> tuple[int, int, str]:
    """Most frequent behaviour first (the bottom of each stack); none recorded last."""
    code, counts = item
    return (1 if not code else 0, -sum(counts), code)


class DashboardService:
    """The home screen's figures over one open vault."""

    def __init__(self, vault: Vault, access: Access | None = None) -> None:
        self.vault = vault
        self._access = access or Access.for_vault(vault)

    def job(self, today: date | None = None) -> DashboardJob:
        """What gathering needs (fast; on the connection's thread). ``today``: the shop's."""
        self._access.require(Permission.VIEW_DASHBOARD)
        from .incidents import IncidentService

        shop = IncidentService(self.vault).shop_profile()
        day = today or local_today(shop.timezone)
        # What this user may see is decided here; what it says is read in the gather.
        guidance = self._access.can(Permission.VIEW_GUIDANCE)
        return DashboardJob(
            db_path=self.vault.folder / DB_NAME, data_key=self.vault.data_key,
            read_only=self.vault.read_only, shop=shop, today=day,
            show_training=guidance, show_policy=guidance,
            show_retention=self._access.can(Permission.RETENTION),
        )  # fmt: skip

    def figures(
        self,
        today: date | None = None,
        *,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> DashboardFigures:
        """Gather on this thread (the CLI; the GUI runs :meth:`job`'s gather in a task)."""
        return self.job(today).gather(progress=progress, should_cancel=should_cancel)
