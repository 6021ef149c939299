"""Retention: how long each kind of record is kept once finished, and what is due for erasing.

The periods are the shop's choice. The program's defaults are a starting point, not legal
advice: a claim for damages can be brought years after an incident (the Civil Code sets
periods of its own), so a shop with a dispute in view should ask its lawyer, who may advise
keeping records longer. Nothing here states a legal period; each default says why it is what
it is in :data:`RULES`.

The rules are pure: the service gathers the facts (what is finished since when, which notice
rests on which incident, open follow-ups, holds) and :func:`review` decides, for ``today``,
what is due (and since when) and what must be kept, with the reason for each. Never due:

* a record the shop put on hold (a legal hold, with its reason);
* an incident that a notice still kept rests on (the notice's own incident, a breach logged
  against it, evidence the notice uses): while the notice is in force, or until the notice is
  erased itself. An incident whose notices are all due too is due, together with them;
* an incident whose complaint deadline (``domain/deadlines.py``: six months from the day the
  offender became known) has not passed, whatever offences were recorded (the safe side);
* an incident with follow-ups not done;
* a former member of staff (on the training roster, left) whom a kept training session names
  as an attendee; one whose sessions are all due too is due, together with them (the sessions
  go first). A member still working is never due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .deadlines import add_months, complaint_deadline
from .errors import ValidationError

MAX_MONTHS = 1200
"""A hundred years: a setting above this is a typing mistake."""


class RecordKind(StrEnum):
    """A kind of record with a retention period of its own."""

    CLOSED_INCIDENT = "closed_incident"
    PHONE_CALL = "phone_call"  # a closed incident on the phone channel (its call record)
    NOTICE = "notice"
    CONSULTATION = "consultation"
    TRAINING_SESSION = "training_session"
    CASE_STUDY = "case_study"
    FORMER_STAFF = "former_staff"  # a training-roster member who has left (name, dates)


@dataclass(frozen=True)
class RetentionRule:
    """The default period of one kind of record, what it counts from, and why."""

    kind: RecordKind
    default_months: int
    counts_from: str
    why: str


RULES: dict[RecordKind, RetentionRule] = {
    r.kind: r
    for r in (
        RetentionRule(
            RecordKind.CLOSED_INCIDENT, 60, "its closing (its last change once closed)",
            "Five years: the shop's choice; a lawyer may advise longer if a claim is possible.",
        ),
        RetentionRule(
            RecordKind.PHONE_CALL, 60, "its closing (its last change once closed)",
            "Call records are incidents on the phone: the same five years, unless the shop "
            "chooses otherwise.",
        ),
        RetentionRule(
            RecordKind.NOTICE, 12, "the end of the ban (its expiry or revocation)",
            "One year after the ban ended, to answer a question about it; an indefinite ban "
            "in force is never due.",
        ),
        RetentionRule(
            RecordKind.CONSULTATION, 36, "the consultation (or its follow-up day, if later)",
            "Three years: long enough to show how the desk worked; the shop's choice.",
        ),
        RetentionRule(
            RecordKind.TRAINING_SESSION, 60, "the day of the session",
            "Five years: the record that staff were trained; the shop's choice.",
        ),
        RetentionRule(
            RecordKind.CASE_STUDY, 0, "the day it was made",
            "Kept (0: never due): an anonymised case study names no one.",
        ),
        RetentionRule(
            RecordKind.FORMER_STAFF, 60, "the day they left",
            "Five years after leaving, as long as the training sessions that name them; the "
            "shop's choice. Staff still working are never due.",
        ),
    )
}  # fmt: skip


def validate_months(kind: RecordKind, months: int) -> int:
    """A period in months (0 = keep, never due), or a clear error."""
    if not 0 <= months <= MAX_MONTHS:
        raise ValidationError(
            f"{kind.value}: the period must be 0 (keep) to {MAX_MONTHS} months, not {months}."
        )
    return months


def parse_kind(code: str) -> RecordKind:
    """The kind named ``code``; a clear error listing the kinds otherwise."""
    try:
        return RecordKind(code.strip().lower().replace("-", "_"))
    except ValueError:
        kinds = ", ".join(k.value for k in RecordKind)
        raise ValidationError(f"Unknown kind of record {code!r}: use one of {kinds}.") from None


def parse_setting(text: str) -> tuple[RecordKind, int]:
    """``KIND=MONTHS`` (the CLI's ``--set``) as a kind and a checked number of months."""
    name, sep, value = text.partition("=")
    if not sep or not value.strip().isdigit():
        raise ValidationError(f"Expected KIND=MONTHS (e.g. closed_incident=60), not {text!r}.")
    kind = parse_kind(name)
    return kind, validate_months(kind, int(value))


@dataclass(frozen=True)
class RetentionSettings:
    """The shop's periods (months) per kind; a kind not set has the default."""

    months: Mapping[RecordKind, int] = field(default_factory=dict)

    def months_for(self, kind: RecordKind) -> int:
        return self.months.get(kind, RULES[kind].default_months)

    def is_default(self, kind: RecordKind) -> bool:
        return kind not in self.months


# ------------------------------------------------------------------ facts


@dataclass(frozen=True)
class IncidentFacts:
    """What the rules need of one closed incident.

    Attributes:
        closed_on: the day it was closed (or last changed once closed).
        phone: recorded on the phone channel (the call-record period applies).
        open_follow_ups: follow-ups (actions) not yet done.
        offender_known_on: the latest day a complaint holder learned who the offender is (the
            last complaint period runs from it).
    """

    reference: str
    closed_on: date
    phone: bool = False
    open_follow_ups: int = 0
    offender_known_on: date | None = None


@dataclass(frozen=True)
class NoticeFacts:
    """One notice and the incidents it rests on (its own, breaches, evidence it uses)."""

    number: str
    valid_from: date
    effective_until: date | None
    revoked_on: date | None
    incidents: tuple[str, ...] = ()

    def ended_on(self, today: date) -> date | None:
        """When the ban ended (revoked or expired by ``today``), or None while it is not over."""
        if self.revoked_on is not None and self.revoked_on <= today:
            return self.revoked_on
        if self.effective_until is not None and self.effective_until < today:
            return self.effective_until
        return None


@dataclass(frozen=True)
class RecordFacts:
    """A record that its age decides (consultation, training session, case study, former
    member of staff). ``named_in``: the records that name it and must go first (the training
    sessions a former member attended)."""

    kind: RecordKind
    reference: str
    finished_on: date
    named_in: tuple[str, ...] = ()


# ------------------------------------------------------------------ decisions


_KEEP_TEXT = {
    "hold": "on hold: {}",
    "notice_in_force": "notice {} is in force and rests on it",
    "notice_kept": "notice {} rests on it and is kept",
    "complaint_deadline": "the complaint deadline is open until {}",
    "follow_ups": "{} follow-up(s) not done",
    "named_in_kept": "training session {} names them and is kept",
}


@dataclass(frozen=True)
class KeepReason:
    """Why a record must be kept: a code (the windows translate it) and its one detail (the
    hold's reason, a notice number, a day, a count). ``str()`` is the English sentence."""

    code: str
    detail: str

    def __str__(self) -> str:
        return _KEEP_TEXT[self.code].format(self.detail)


@dataclass(frozen=True)
class Decision:
    """One record in the review: due since a day (or not), why, and what keeps it.

    Attributes:
        due_since: the first day it could be erased; None when it is never due as it stands
            (period 0, a notice in force).
        why: how the day follows from the rule ("closed 2020-04-01 + 60 months").
        held: the reasons it must be kept (a hold, a notice, a deadline, follow-ups).
        requires: records that must be erased with (before) it, due themselves: the notices
            resting on an incident, the training sessions naming a former member of staff.
        start: the day the period counts from (None: it does not run yet).
        months: the period applied.
    """

    kind: RecordKind
    reference: str
    due_since: date | None
    why: str
    held: tuple[KeepReason, ...] = ()
    requires: tuple[str, ...] = ()
    start: date | None = None
    months: int = 0

    @property
    def due(self) -> bool:
        return self.due_since is not None and not self.held


@dataclass(frozen=True)
class Review:
    """What is due today and what is past its period (or on hold) but kept."""

    today: date
    due: tuple[Decision, ...]
    held: tuple[Decision, ...]

    def find(self, reference: str) -> Decision | None:
        for d in (*self.due, *self.held):
            if d.reference == reference:
                return d
        return None


def _period(
    kind: RecordKind, start: date, settings: RetentionSettings, today: date
) -> tuple[date | None, str]:
    months = settings.months_for(kind)
    if months == 0:
        return None, f"{kind.value}: kept (period 0)"
    since = add_months(start, months)
    return (since if since <= today else None), f"{start.isoformat()} + {months} months"


def review(
    today: date,
    settings: RetentionSettings,
    incidents: Iterable[IncidentFacts],
    notices: Iterable[NoticeFacts],
    records: Iterable[RecordFacts] = (),
    holds: Mapping[str, str] | None = None,
) -> Review:
    """Decide, for ``today``, what is due and what is kept and why (see the module docstring).

    ``holds`` maps a reference to the reason the shop gave for keeping it.
    """
    holds = holds or {}
    due: list[Decision] = []
    held: list[Decision] = []

    def place(decision: Decision, past_period: bool) -> None:
        if decision.due:
            due.append(decision)
        elif past_period or decision.reference in holds:
            held.append(decision)

    def hold_reasons(reference: str) -> tuple[KeepReason, ...]:
        return (KeepReason("hold", holds[reference]),) if reference in holds else ()

    notice_list = list(notices)
    notice_decisions: dict[str, Decision] = {}
    in_force: dict[str, bool] = {}
    for n in notice_list:
        ended = n.ended_on(today)
        in_force[n.number] = ended is None
        if ended is None:
            d = Decision(RecordKind.NOTICE, n.number, None, "the ban is not over",
                         hold_reasons(n.number))  # fmt: skip
        else:
            since, why = _period(RecordKind.NOTICE, ended, settings, today)
            d = Decision(RecordKind.NOTICE, n.number, since, f"ended {why}",
                         hold_reasons(n.number), (), ended,
                         settings.months_for(RecordKind.NOTICE))  # fmt: skip
        notice_decisions[n.number] = d
        place(d, d.due_since is not None)

    resting: dict[str, list[str]] = {}
    for n in notice_list:
        for ref in n.incidents:
            resting.setdefault(ref, []).append(n.number)

    for inc in incidents:
        kind = RecordKind.PHONE_CALL if inc.phone else RecordKind.CLOSED_INCIDENT
        since, why = _period(kind, inc.closed_on, settings, today)
        reasons: list[KeepReason] = list(hold_reasons(inc.reference))
        requires: list[str] = []
        for number in sorted(set(resting.get(inc.reference, ()))):
            nd = notice_decisions[number]
            if nd.due:
                requires.append(number)
            elif in_force[number]:
                reasons.append(KeepReason("notice_in_force", number))
            else:
                reasons.append(KeepReason("notice_kept", number))
        if inc.offender_known_on is not None:
            last = complaint_deadline(inc.offender_known_on)
            if last >= today:
                reasons.append(KeepReason("complaint_deadline", last.isoformat()))
        if inc.open_follow_ups:
            reasons.append(KeepReason("follow_ups", str(inc.open_follow_ups)))
        d = Decision(kind, inc.reference, since, f"closed {why}", tuple(reasons), tuple(requires),
                     inc.closed_on, settings.months_for(kind))  # fmt: skip
        place(d, since is not None)

    record_list = list(records)
    decided: dict[str, Decision] = {}
    # Records that name others first (sessions), then those they name (former staff).
    for r in sorted(record_list, key=lambda r: bool(r.named_in)):
        since, why = _period(r.kind, r.finished_on, settings, today)
        kept = list(hold_reasons(r.reference))
        first: list[str] = []
        for ref in r.named_in:
            naming = decided.get(ref)
            if naming is None:
                continue  # not in the logbook any more
            if naming.due:
                first.append(ref)
            else:
                kept.append(KeepReason("named_in_kept", ref))
        d = Decision(r.kind, r.reference, since, why, tuple(kept), tuple(first),
                     r.finished_on, settings.months_for(r.kind))  # fmt: skip
        decided[r.reference] = d
        place(d, since is not None)

    def order(d: Decision) -> tuple[str, str]:
        return ((d.due_since or today).isoformat(), d.reference)

    return Review(today, tuple(sorted(due, key=order)), tuple(sorted(held, key=order)))
