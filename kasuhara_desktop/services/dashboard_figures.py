"""The dashboard's figures as plain frozen data (the GUI's tiles and charts, ``--json``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.policy import PolicyStatus


@dataclass(frozen=True)
class DueFollowUp:
    """A staff-care check-in or an action with a due day, not yet done.

    ``kind``: "staff_care" for a check-in, else the action's kind code.
    """

    reference: str
    staff_name: str
    due: date
    note: str
    kind: str

    def overdue(self, today: date) -> bool:
        return self.due < today


@dataclass(frozen=True)
class BanExpiring:
    """An active no-return notice whose last day is within the warning period."""

    number: str
    incident_reference: str
    recipient: str
    valid_until: date


@dataclass(frozen=True)
class ComplaintDeadline:
    """A complaint-only offence that may be relevant, and one complaint holder's last day to
    file (親告罪): ``holder`` is "shop" (the company) or "staff" (the staff member harmed)."""

    reference: str
    article: str
    deadline: date
    days_left: int
    holder: str = "shop"


@dataclass(frozen=True)
class CctvWarning:
    """An in-person incident with no video attached.

    Attributes:
        until: the last day the recorder probably still holds the footage (occurred day +
            the shop's retention days).
        overwritten: ``until`` has passed: the footage is probably gone.
    """

    reference: str
    occurred_at: datetime
    until: date
    overwritten: bool


@dataclass(frozen=True)
class MonthHours:
    """Minutes spent on the incidents of one month (by the month they occurred in).

    Attributes:
        phone: minutes of phone calls (filed calls record them as phone costs).
        other_recorded: other minutes recorded in the costs (on site, apology visits,
            deliberation, the lawyer...).
        handling: start-to-end time of the incidents with no minutes recorded at all.
    """

    month: date
    phone: int
    other_recorded: int
    handling: int

    @property
    def minutes(self) -> int:
        return self.phone + self.other_recorded + self.handling


@dataclass(frozen=True)
class TrainingFigure:
    on_roster: int
    needing: int
    never: int
    overdue: int


@dataclass(frozen=True)
class PolicyFigure:
    """Where the shop's basic policy stands: ``adopted`` a version in force; ``unacknowledged``
    staff who have not yet acknowledged it (0 when unknown)."""

    adopted: bool
    unacknowledged: int

    @property
    def needs_attention(self) -> bool:
        return not self.adopted or self.unacknowledged > 0


def policy_figure(status: PolicyStatus) -> PolicyFigure:
    """A :class:`PolicyFigure` from the policy service's status (a version in force has an
    adoption day)."""
    version = status.adopted
    adopted = version is not None and version.adopted_on is not None
    return PolicyFigure(adopted=adopted, unacknowledged=len(status.unacknowledged))


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the home screen shows, as of ``today`` (the shop's day).

    ``behaviour_counts``: (behaviour code, incidents per month of ``months``), most frequent
    first; code "" counts incidents with no behaviour recorded. ``training``/``policy``: None
    where that part of the program is not there (the tile is hidden).
    """

    today: date
    open_incidents: int
    follow_ups: tuple[DueFollowUp, ...]
    bans_expiring: tuple[BanExpiring, ...]
    complaint_deadlines: tuple[ComplaintDeadline, ...]
    cctv: tuple[CctvWarning, ...]
    months: tuple[date, ...]
    behaviour_counts: tuple[tuple[str, tuple[int, ...]], ...]
    hours: tuple[MonthHours, ...]
    training: TrainingFigure | None
    policy: PolicyFigure | None
    cctv_retention_days: int = 14
    retention_due: int | None = None  # records due for erasing; None: not the owner

    @property
    def follow_ups_due(self) -> int:
        """Follow-ups due today or earlier (the tile's number)."""
        return sum(1 for f in self.follow_ups if f.due <= self.today)

    @property
    def cctv_to_export(self) -> tuple[CctvWarning, ...]:
        return tuple(c for c in self.cctv if not c.overwritten)

    @property
    def cctv_overwritten(self) -> tuple[CctvWarning, ...]:
        return tuple(c for c in self.cctv if c.overwritten)

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data (``kasuhara dashboard --json``)."""
        return {
            "today": self.today.isoformat(),
            "open_incidents": self.open_incidents,
            "follow_ups_due": self.follow_ups_due,
            "follow_ups": [
                {"reference": f.reference, "staff": f.staff_name, "due": f.due.isoformat(),
                 "note": f.note, "kind": f.kind, "overdue": f.overdue(self.today)}
                for f in self.follow_ups
            ],
            "bans_expiring": [
                {"number": b.number, "incident": b.incident_reference,
                 "recipient": b.recipient, "valid_until": b.valid_until.isoformat()}
                for b in self.bans_expiring
            ],
            "complaint_deadlines": [
                {"reference": d.reference, "article": d.article, "holder": d.holder,
                 "deadline": d.deadline.isoformat(), "days_left": d.days_left}
                for d in self.complaint_deadlines
            ],
            "cctv_retention_days": self.cctv_retention_days,
            "cctv": [
                {"reference": c.reference, "occurred_at": c.occurred_at.isoformat(),
                 "export_by": c.until.isoformat(), "probably_overwritten": c.overwritten}
                for c in self.cctv
            ],
            "incidents_per_month": {
                "months": [m.strftime("%Y-%m") for m in self.months],
                "by_behaviour": {code or "none": list(v) for code, v in self.behaviour_counts},
            },
            "minutes_per_month": [
                {"month": h.month.strftime("%Y-%m"), "phone": h.phone,
                 "other_recorded": h.other_recorded, "handling": h.handling,
                 "total": h.minutes}
                for h in self.hours
            ],
            "training": None if self.training is None else {
                "on_roster": self.training.on_roster, "needing_training": self.training.needing,
                "never_trained": self.training.never, "overdue": self.training.overdue,
            },
            "policy": None if self.policy is None else {
                "adopted": self.policy.adopted, "unacknowledged": self.policy.unacknowledged,
            },
            "retention_due": self.retention_due,
        }  # fmt: skip
