"""Phone calls: the time limit per call and repeated calls from one number.

MHLW's handling methods give phone calls a time limit (the Metropolitan Expressway's rule: warn,
then hang up after 30 minutes on the same claim); the shop sets its own limit in
``ShopProfile.call_limit_minutes``. Repeated calls (リピート型) are counted per caller number.

Pure functions over recorded times: no timers, no clock. The UI passes ``now``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .enums import Behaviour, Channel, CostKind, ParticipantRole, TimelineKind
from .models import (
    CostEntry,
    Incident,
    Participant,
    Person,
    Quote,
    ShopProfile,
    TimelineEntry,
)

DEFAULT_CALL_LIMIT_MINUTES = 30
DEFAULT_WARN_BEFORE_MINUTES = 5

REPEAT_WINDOW = timedelta(days=30)
"""How far back repeated calls from one number are counted."""

REPEAT_THRESHOLD = 3
"""Calls in the window (this one included) from which the behaviour ``repeated_calls`` is
recorded; the shop's choice, not a legal line (``repeated_callers``)."""

_NUMBER_TEXT = re.compile(r"^[\s0-9０-９+＋()（）\-‐－ー#*]{6,}$")


class CallStage(StrEnum):
    """Where a call stands against the limit."""

    WITHIN_LIMIT = "within_limit"
    WARN = "warn"  # tell the caller the call will end at the limit
    LIMIT_REACHED = "limit_reached"  # end the call (after the warning)


@dataclass
class CallLog:
    """One phone call.

    Attributes:
        start: When the call began.
        end: When it ended; ``None`` while it is going on.
        number: The caller's number as shown (any format; compared normalised).
        caller_label: Who it is, as the shop knows them (e.g. "customer A").
        words: Exact words worth recording (DOMAIN step 5).
    """

    start: datetime
    end: datetime | None = None
    number: str = ""
    caller_label: str = ""
    words: str = ""

    def duration(self, now: datetime | None = None) -> timedelta:
        """Length of the call; for a call still going on, up to ``now``.

        Raises:
            ValueError: The call has no end and no ``now`` was given, or it ends before it began.
        """
        end = self.end if self.end is not None else now
        if end is None:
            raise ValueError("CallLog.duration: the call is still going on; pass now.")
        if end < self.start:
            raise ValueError("CallLog.duration: the call ends before it began.")
        return end - self.start


def call_limit_minutes(profile: ShopProfile | None) -> int:
    """The shop's call limit in minutes; the default of 30 without a profile or a sane value."""
    if profile is None or profile.call_limit_minutes <= 0:
        return DEFAULT_CALL_LIMIT_MINUTES
    return profile.call_limit_minutes


def call_limit_reached(
    call: CallLog,
    *,
    now: datetime | None = None,
    limit_minutes: int = DEFAULT_CALL_LIMIT_MINUTES,
) -> bool:
    """True when the call has lasted ``limit_minutes`` or longer."""
    return call.duration(now) >= timedelta(minutes=limit_minutes)


def call_stage(
    call: CallLog,
    *,
    now: datetime | None = None,
    limit_minutes: int = DEFAULT_CALL_LIMIT_MINUTES,
    warn_before_minutes: int = DEFAULT_WARN_BEFORE_MINUTES,
) -> CallStage:
    """Where ``call`` stands: within the limit, time to warn, or limit reached."""
    elapsed = call.duration(now)
    limit = timedelta(minutes=limit_minutes)
    if elapsed >= limit:
        return CallStage.LIMIT_REACHED
    if elapsed >= limit - timedelta(minutes=max(0, warn_before_minutes)):
        return CallStage.WARN
    return CallStage.WITHIN_LIMIT


_NOT_DIGIT = re.compile(r"\D")


def normalise_number(number: str) -> str:
    """Digits only, with Japan's +81 written as the domestic leading 0.

    ``"03-1234-5678"``, ``"03 1234 5678"`` and ``"+81 3-1234-5678"`` all give ``"0312345678"``.
    Full-width digits count as digits. A blank or withheld number gives ``""``.
    """
    stripped = number.strip()
    digits = "".join(str(int(ch)) for ch in _NOT_DIGIT.sub("", stripped))
    if stripped.startswith(("+81", "＋81")):
        rest = digits[2:]
        digits = rest if rest.startswith("0") else "0" + rest
    return digits


def calls_from_number(
    calls: Iterable[CallLog], number: str, *, window: timedelta, until: datetime
) -> list[CallLog]:
    """Calls from ``number`` that began within ``window`` before ``until`` (inclusive)."""
    key = normalise_number(number)
    if not key:
        return []
    since = until - window
    return [c for c in calls if normalise_number(c.number) == key and since <= c.start <= until]


def count_calls_from(
    calls: Iterable[CallLog], number: str, *, window: timedelta, until: datetime
) -> int:
    """How many calls came from ``number`` in the ``window`` ending at ``until``."""
    return len(calls_from_number(calls, number, window=window, until=until))


def call_counts(calls: Iterable[CallLog], *, window: timedelta, until: datetime) -> dict[str, int]:
    """Calls per normalised number in the window, most calls first.

    Calls without a number (withheld, 非通知) cannot be attributed and are left out.
    """
    since = until - window
    counts = Counter(
        key for c in calls if since <= c.start <= until and (key := normalise_number(c.number))
    )
    return dict(counts.most_common())


def repeated_callers(
    calls: Sequence[CallLog], *, window: timedelta, until: datetime, threshold: int = 3
) -> dict[str, int]:
    """Numbers that called ``threshold`` times or more in the window (for the behaviour code
    ``repeated_calls``). The threshold is the shop's choice, not a legal line."""
    return {
        n: k for n, k in call_counts(calls, window=window, until=until).items() if k >= threshold
    }


def calls_from_timeline(incident: Incident) -> list[CallLog]:
    """Pair the incident's ``call_start``/``call_end`` timeline entries into calls.

    Entries are taken in time order; a start without a matching end gives an open call. An end
    without a start is ignored. The entry's description becomes the call's words.
    """
    calls: list[CallLog] = []
    current: CallLog | None = None
    for entry in sorted(incident.timeline, key=lambda e: e.at):
        if entry.kind is TimelineKind.CALL_START:
            if current is not None:
                calls.append(current)
            current = CallLog(start=entry.at, words=entry.description)
        elif entry.kind is TimelineKind.CALL_END and current is not None:
            current.end = entry.at
            calls.append(current)
            current = None
    if current is not None:
        calls.append(current)
    return calls


# ---------------------------------------------------------------- calls on file and filing
#
# A call on file is a ``call_start``/``call_end`` pair on an incident's timeline. Its number is
# the start entry's description when that is a phone number (filing writes it there), else the
# contact of the incident's caller (a person participant, the customer first).


def looks_like_number(text: str) -> bool:
    """True when ``text`` reads as a phone number (six digits or more, phone punctuation)."""
    return bool(_NUMBER_TEXT.match(text.strip())) and len(normalise_number(text)) >= 6


def caller_number(incident: Incident) -> str:
    """The normalised number of the incident's caller ('' when none is recorded)."""
    persons = [p for p in incident.participants if p.person is not None]
    persons.sort(key=lambda p: p.role is not ParticipantRole.CUSTOMER)
    for p in persons:
        assert p.person is not None
        key = normalise_number(p.person.contact)
        if key:
            return key
    return ""


def calls_of(incident: Incident) -> list[CallLog]:
    """The incident's calls, each with the number it came from where that is known."""
    fallback = caller_number(incident)
    starts = {
        e.at: e.description
        for e in incident.timeline
        if e.kind is TimelineKind.CALL_START and looks_like_number(e.description)
    }
    calls = calls_from_timeline(incident)
    for call in calls:
        described = starts.get(call.start, "")
        call.number = normalise_number(described) if described else fallback
    return calls


def person_with_number(persons: Iterable[Person], number: str) -> Person | None:
    """The person on file whose contact is ``number`` (so one caller stays one person)."""
    key = normalise_number(number)
    if not key:
        return None
    return next((p for p in persons if normalise_number(p.contact) == key), None)


def call_minutes(call: CallLog) -> int:
    """Whole minutes spent on an ended call, at least one (the phone-handling cost)."""
    return max(1, math.ceil(call.duration().total_seconds() / 60))


@dataclass(frozen=True)
class CallFiling:
    """What filing a call needs besides the call itself.

    Attributes:
        user: Who files it (the timeline entries' ``by``).
        caller_label: Who the caller is, as the shop knows them (the quote's speaker).
        repeated: The number has called ``REPEAT_THRESHOLD`` times or more in the window.
    """

    user: str
    caller_label: str
    repeated: bool


def _caller(call: CallLog, filing: CallFiling, known: Person | None) -> Participant:
    person = known or Person(label=filing.caller_label, contact=call.number.strip())
    return Participant(role=ParticipantRole.CUSTOMER, person=person)


def add_call(incident: Incident, call: CallLog, filing: CallFiling, known: Person | None) -> None:
    """Write the ended ``call`` into ``incident`` (in place).

    The call becomes ``call_start``/``call_end`` timeline entries (the start carries the number),
    a quote with the caller's exact words, the caller as a person participant with the number as
    contact (``known``, the person already on file with that number, when there is one), the
    time spent as a phone-handling cost, and ``repeated_calls`` when ``filing.repeated``.
    """
    assert call.end is not None
    incident.timeline += [
        TimelineEntry(
            at=call.start, kind=TimelineKind.CALL_START, description=call.number.strip(),
            by=filing.user,
        ),
        TimelineEntry(at=call.end, kind=TimelineKind.CALL_END, by=filing.user),
    ]  # fmt: skip
    if call.words.strip():
        incident.quotes.append(
            Quote(speaker=filing.caller_label, words=call.words, said_at=call.start)
        )
    if filing.repeated and Behaviour.REPEATED_CALLS not in incident.behaviours:
        incident.behaviours.append(Behaviour.REPEATED_CALLS)
    key = normalise_number(call.number)
    numbers = {
        normalise_number(p.person.contact) for p in incident.participants if p.person is not None
    }
    if key and key not in numbers:
        incident.participants.append(_caller(call, filing, known))
    incident.costs.append(
        CostEntry(kind=CostKind.PHONE, minutes=call_minutes(call), note=call.number.strip())
    )


def call_incident(
    call: CallLog, filing: CallFiling, known: Person | None, *, summary: str, timezone: str
) -> Incident:
    """A new phone incident holding the ended ``call`` (a withheld caller still gets a person)."""
    incident = Incident(
        occurred_at=call.start,
        ended_at=call.end,
        summary=summary,
        channel=Channel.PHONE,
        timezone=timezone,
        location="",
    )
    add_call(incident, call, filing, known)
    if not normalise_number(call.number):
        incident.participants.append(_caller(call, filing, None))
    return incident
