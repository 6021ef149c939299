"""The records of the logbook as plain dataclasses.

An ``Incident`` is an aggregate: it owns its quotes, timeline, participants, statements, actions
and costs, and is saved and revised as one unit. Staff and persons live on their own and are
linked to incidents through ``Participant``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from .assessment import Assessment
from .element_answers import ElementAnswer
from .enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    Employment,
    IncidentStatus,
    ParticipantRole,
    TimelineKind,
    TradeType,
)
from .staff_care import StaffCare

DEFAULT_TIMEZONE = "Asia/Tokyo"


@dataclass
class ShopProfile:
    name: str
    company: str = ""
    address: str = ""
    phone: str = ""
    representative: str = ""
    timezone: str = DEFAULT_TIMEZONE
    trade_type: TradeType = TradeType.RETAIL
    call_limit_minutes: int = 30
    cctv_retention_days: int = 14  # the shop's recorder overwrites older video


@dataclass
class StaffMember:
    name: str
    position: str = ""
    employment: Employment = Employment.PART_TIME
    contact: str = ""
    active: bool = True
    id: int | None = None


@dataclass
class Person:
    """Someone outside the shop: usually the customer, sometimes a companion or a bystander."""

    label: str
    name: str = ""
    description: str = ""
    contact: str = ""
    id: int | None = None


@dataclass
class Participant:
    """A person or a staff member in an incident, with their role. Exactly one of the two is set."""

    role: ParticipantRole
    staff: StaffMember | None = None
    person: Person | None = None
    note: str = ""

    @property
    def display_name(self) -> str:
        if self.staff is not None:
            return self.staff.name
        if self.person is not None:
            return self.person.name or self.person.label
        return ""


@dataclass
class Quote:
    """Exact words: who said what, when, how many times, and what answer was given."""

    speaker: str
    words: str
    said_at: datetime | None = None
    repeat_count: int = 1
    response: str = ""


@dataclass
class TimelineEntry:
    at: datetime
    description: str = ""
    kind: TimelineKind = TimelineKind.NOTE
    by: str = ""


@dataclass
class WitnessStatement:
    witness: str
    text: str
    relation: str = ""
    given_at: datetime | None = None
    taken_by: str = ""


@dataclass
class Action:
    kind: ActionKind
    description: str = ""
    at: datetime | None = None
    by: str = ""
    due: date | None = None
    done: bool = False


@dataclass
class CostEntry:
    kind: CostKind
    minutes: int = 0
    amount_yen: int = 0
    note: str = ""


@dataclass
class Incident:
    occurred_at: datetime
    summary: str
    channel: Channel = Channel.IN_PERSON
    timezone: str = DEFAULT_TIMEZONE
    ended_at: datetime | None = None
    location: str = ""
    demand: str = ""
    status: IncidentStatus = IncidentStatus.DRAFT
    behaviours: list[Behaviour] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    statements: list[WitnessStatement] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    costs: list[CostEntry] = field(default_factory=list)
    # The guided response (issue 5): the two-question test, care for staff, prevention.
    assessment: Assessment = field(default_factory=Assessment)
    staff_care: list[StaffCare] = field(default_factory=list)
    prevention: str = ""
    training_case: bool = False
    # The day each complaint holder learned who the offender is (CCP art. 235: each holder's
    # six months run from their own day): the shop as a company, and the staff member harmed
    # (the earliest, if several were).
    offender_known_on: date | None = None
    offender_known_to_staff_on: date | None = None
    # Answers to the offence elements' questions, keyed by element code (issue 14).
    offence_answers: dict[str, ElementAnswer] = field(default_factory=dict)
    # Set by the vault:
    id: int | None = None
    reference: str = ""
    version: int = 0
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""

    @property
    def total_minutes(self) -> int:
        return sum(c.minutes for c in self.costs)

    @property
    def total_yen(self) -> int:
        return sum(c.amount_yen for c in self.costs)


class IncidentSummary(NamedTuple):
    """One row of the incident list: what the list shows, without the whole aggregate.

    A named tuple rather than a dataclass: list pages build thousands of these, and tuples are
    several times cheaper to create.
    """

    id: int
    reference: str
    occurred_at: datetime
    channel: Channel
    status: IncidentStatus
    summary: str
    location: str
    behaviours: tuple[Behaviour, ...]


@dataclass(frozen=True)
class Revision:
    """One saved version of an incident, with what changed."""

    version: int
    at: datetime
    user: str
    changed: tuple[str, ...]
