"""Training (issue 17.4): the staff roster, sessions with attendance, case studies, and the
rule that says who is overdue.

The guideline asks the employer to train *all* staff, part-timers included, so the roster is
everyone who works in the shop, with or without a login. Whether someone is overdue depends
only on the roster, the sessions they attended and today's date, so :func:`training_state` is
pure and takes ``today`` from the caller (tests pin it at the edges).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from .errors import ValidationError

DEFAULT_INTERVAL_MONTHS = 12
DEFAULT_NEW_STARTER_DAYS = 30
MAX_INTERVAL_MONTHS = 60
MAX_NEW_STARTER_DAYS = 365


class EmploymentKind(StrEnum):
    """How someone on the roster is employed (part-timers and temps count like anyone)."""

    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    TEMPORARY = "temporary"

    @classmethod
    def parse(cls, code: str) -> EmploymentKind:
        try:
            return cls(code.strip().lower().replace("-", "_"))
        except ValueError:
            names = ", ".join(k.value for k in cls)
            raise ValidationError(f"Unknown employment {code!r}: use one of {names}.") from None


@dataclass
class RosterMember:
    """One person who works (or worked) in the shop.

    Attributes:
        name: as documents print it.
        employment: full-time, part-time or temporary.
        joined_on: first working day (a new starter's grace period counts from it).
        left_on: last working day, or None while they work here.
        login: their user login if they have one ("" for most part-timers).
    """

    name: str
    employment: EmploymentKind = EmploymentKind.PART_TIME
    joined_on: date = field(default_factory=date.today)
    left_on: date | None = None
    login: str = ""
    id: int | None = None

    def active_on(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day <= self.left_on)


@dataclass
class TrainingSession:
    """One training held: when, on what, by whom, how long, and who attended (roster ids)."""

    held_on: date
    topics: str
    trainer: str
    minutes: int = 0
    notes: str = ""
    attendee_ids: tuple[int, ...] = ()
    id: int | None = None
    created_by: str = ""


class ChecklistItem(StrEnum):
    """What the maker of a case study confirms before it is saved as checked."""

    NO_NAMES = "no_names"
    NO_PLACES = "no_places"
    NO_DATES = "no_dates"
    NO_OTHER_DETAILS = "no_other_details"


CHECKLIST = tuple(ChecklistItem)


@dataclass
class CaseStudy:
    """An anonymised account of a closed incident for training.

    Attributes:
        source_incident_id: the incident it was made from (None once that is deleted).
        checked_by / checked_at: who confirmed every checklist item, and when; empty/None
            while it is a draft, which is never printed.
        checklist: the answers, one per :class:`ChecklistItem`.
    """

    title: str
    text: str
    source_incident_id: int | None = None
    made_by: str = ""
    made_at: datetime | None = None
    checked_by: str = ""
    checked_at: datetime | None = None
    checklist: dict[str, bool] = field(default_factory=dict)
    id: int | None = None

    @property
    def checked(self) -> bool:
        return (
            bool(self.checked_by)
            and self.checked_at is not None
            and checklist_complete(self.checklist)
        )


def checklist_complete(answers: Mapping[str, bool]) -> bool:
    """True when every checklist item is answered yes."""
    return all(answers.get(item.value) is True for item in CHECKLIST)


@dataclass(frozen=True)
class TrainingSettings:
    """How often everyone must be trained, and how soon a new starter must be."""

    interval_months: int = DEFAULT_INTERVAL_MONTHS
    new_starter_days: int = DEFAULT_NEW_STARTER_DAYS

    def validated(self) -> TrainingSettings:
        if not 1 <= self.interval_months <= MAX_INTERVAL_MONTHS:
            raise ValidationError(
                f"The training interval must be 1..{MAX_INTERVAL_MONTHS} months, "
                f"not {self.interval_months}."
            )
        if not 1 <= self.new_starter_days <= MAX_NEW_STARTER_DAYS:
            raise ValidationError(
                f"A new starter's grace period must be 1..{MAX_NEW_STARTER_DAYS} days, "
                f"not {self.new_starter_days}."
            )
        return self


class TrainingState(StrEnum):
    """Where one roster member stands on ``today``."""

    CURRENT = "current"  # trained within the interval
    DUE_NEW = "due_new"  # never trained, still within the new starter's grace period
    OVERDUE = "overdue"  # trained once, but longer ago than the interval
    NEVER = "never"  # never trained and past the grace period
    LEFT = "left"  # no longer works here: not counted


@dataclass(frozen=True)
class MemberStatus:
    member: RosterMember
    state: TrainingState
    last_trained: date | None
    due_on: date | None  # the last day they are in time (None once left)

    @property
    def needs_training(self) -> bool:
        return self.state in (TrainingState.OVERDUE, TrainingState.NEVER)


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's end (31 Jan + 1: 28 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def member_status(
    member: RosterMember,
    attended: Iterable[date],
    today: date,
    settings: TrainingSettings = TrainingSettings(),
) -> MemberStatus:
    """The training state of ``member`` on ``today``, from the dates of sessions they attended.

    A session after ``today`` (entered ahead) does not count yet. Someone whose last training is
    exactly one interval ago is still in time that day; the next day they are overdue. A new
    starter is in time through day ``joined_on + new_starter_days``.
    """
    if member.left_on is not None and member.left_on < today:
        return MemberStatus(member, TrainingState.LEFT, _last(attended, today), None)
    last = _last(attended, today)
    if last is not None:
        due = add_months(last, settings.interval_months)
        state = TrainingState.CURRENT if today <= due else TrainingState.OVERDUE
        return MemberStatus(member, state, last, due)
    due = member.joined_on + timedelta(days=settings.new_starter_days)
    state = TrainingState.DUE_NEW if today <= due else TrainingState.NEVER
    return MemberStatus(member, state, None, due)


def _last(attended: Iterable[date], today: date) -> date | None:
    past = [d for d in attended if d <= today]
    return max(past) if past else None


@dataclass(frozen=True)
class TrainingStatus:
    """The counts the dashboard shows."""

    on_roster: int
    overdue: int
    never_trained: int
    due_new: int

    @property
    def needing_training(self) -> int:
        return self.overdue + self.never_trained


def summarise(statuses: Iterable[MemberStatus]) -> TrainingStatus:
    current = [s for s in statuses if s.state is not TrainingState.LEFT]

    def count(state: TrainingState) -> int:
        return sum(1 for s in current if s.state is state)

    return TrainingStatus(
        on_roster=len(current),
        overdue=count(TrainingState.OVERDUE),
        never_trained=count(TrainingState.NEVER),
        due_new=count(TrainingState.DUE_NEW),
    )


def validate_member(member: RosterMember) -> RosterMember:
    member.name = member.name.strip()
    if not member.name:
        raise ValidationError("A roster member needs a name.")
    if member.left_on is not None and member.left_on < member.joined_on:
        raise ValidationError(
            f"{member.name}: the leaving date {member.left_on} is before joining "
            f"({member.joined_on})."
        )
    return member


def validate_session(session: TrainingSession) -> TrainingSession:
    session.topics, session.trainer = session.topics.strip(), session.trainer.strip()
    if not session.topics:
        raise ValidationError("A training session needs its topics.")
    if not session.trainer:
        raise ValidationError("A training session needs the trainer's name.")
    if session.minutes < 0 or session.minutes > 24 * 60:
        raise ValidationError(f"The duration must be 0..1440 minutes, not {session.minutes}.")
    return session
