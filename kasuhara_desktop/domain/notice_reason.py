"""The reason printed on a no-entry notice, composed for the person who receives it.

A notice speaks to its addressee, not from the file. The incident's summary is an internal note:
it may leave out the abuse (a notice would then read as a ban for asking for a refund), name
staff, or record what the shop admitted. So the reason is built from the structured record
instead: the recorded behaviours in neutral factual sentences (the manner first, the demand
after it), the customer's exact words with the time, and the times at which the shop asked
them to stop or to leave. Staff are named only when the shop chooses to. Where the facts were
not confirmed (or rest on one person's account) the reason says they are as recorded by the
shop, so that a denied single-source allegation is never stated as fact.

The sentences are data (``resources/templates/notice_reason.json``, per language); the result
is a draft the person issuing the notice reads in the preview and may edit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..infra.resources import read_text
from .enums import Behaviour, ParticipantRole, TimelineKind
from .era import japanese_date
from .models import Incident

RESOURCE = "templates/notice_reason.json"
MAX_QUOTES = 5
MAX_WORDS = 120  # characters of one quote
MAX_LENGTH = 1_000  # = notice.REASON_MAX; the notice refuses a longer reason

# The manner first (what makes it harassment), the demand after it: a reason that opened with
# "you demanded a refund" would read as a ban for asking for one.
ORDER: tuple[Behaviour, ...] = (
    Behaviour.PHYSICAL_ATTACK,
    Behaviour.THREATS_ABUSE,
    Behaviour.SEXUAL_CONDUCT,
    Behaviour.DISCRIMINATION,
    Behaviour.FORCED_KNEELING,
    Behaviour.PROPERTY_DAMAGE,
    Behaviour.REFUSAL_TO_LEAVE,
    Behaviour.PROLONGED_COMPLAINT,
    Behaviour.REPEATED_CALLS,
    Behaviour.PERSISTENT_CONTACT,
    Behaviour.SNS_THREAT,
    Behaviour.SNS_POST,
    Behaviour.SNS_THREAT_OR_POST,
    Behaviour.FILMING_STAFF,
    Behaviour.EXCESSIVE_COMPENSATION,
    Behaviour.UNRELATED_DEMAND,
    Behaviour.GROUNDLESS_REFUND,
)
SHOP_STEPS: tuple[TimelineKind, ...] = (
    TimelineKind.STOP_REQUEST,
    TimelineKind.LEAVE_ORDER,
    TimelineKind.FINAL_WARNING,
    TimelineKind.POLICE_CALL,
    TimelineKind.CUSTOMER_LEFT,
)
STAFF_ROLES = frozenset(
    {ParticipantRole.TARGET, ParticipantRole.HANDLER, ParticipantRole.SUPERVISOR}
)


@dataclass(frozen=True)
class ReasonOptions:
    """Choices of the person issuing the notice.

    Attributes:
        name_staff: Name the staff who dealt with the person (off by default).
        confirmed: The facts were confirmed by more than one source; when False the reason
            says it is as recorded by the shop.
    """

    name_staff: bool = False
    confirmed: bool = False


@cache
def _sentences() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(RESOURCE))
    return data


def sentences(lang: str) -> Mapping[str, Any]:
    """The shipped sentences of ``lang`` (``ja``, ``en`` or ``nb``)."""
    return _sentences()[lang]  # type: ignore[no-any-return]


def _zone(incident: Incident) -> ZoneInfo | None:
    try:
        return ZoneInfo(incident.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _local(at: datetime, zone: ZoneInfo | None) -> datetime:
    if at.tzinfo is None or zone is None:
        return at
    try:
        return at.astimezone(zone)
    except OverflowError:  # a stored extreme (year 1 or 9999): shown as recorded
        return at


def _date_text(day: date, lang: str) -> str:
    if lang != "ja":
        return day.isoformat()
    try:
        return japanese_date(day)
    except ValueError:  # before 1873: no era date
        return day.isoformat()


def _time(at: datetime, day: date, s: Mapping[str, Any], lang: str) -> str:
    """``14時05分`` / ``14:05``; with the date when it is not the incident's day."""
    values = {"hour": f"{at.hour:02d}", "minute": f"{at.minute:02d}"}
    if at.date() == day:
        return str(s["time"]).format_map(values)
    return str(s["date_time"]).format_map({**values, "date": _date_text(at.date(), lang)})


def staff_names(incident: Incident) -> list[str]:
    """Names of the staff taking part (the person issuing may choose to print them)."""
    names = [p.display_name.strip() for p in incident.participants if p.role in STAFF_ROLES]
    return list(dict.fromkeys(n for n in names if n))


def _customer_quotes(incident: Incident, limit: int) -> list[tuple[str, datetime | None, int]]:
    """The recorded words of the customer (not of staff), shortened, at most ``limit``."""
    staff = {n.casefold() for n in staff_names(incident)}
    staff |= {
        p.display_name.strip().casefold()
        for p in incident.participants
        if p.staff is not None and p.display_name.strip()
    }
    out: list[tuple[str, datetime | None, int]] = []
    for q in incident.quotes:
        words = q.words.strip()
        if not words or q.speaker.strip().casefold() in staff:
            continue
        if len(words) > MAX_WORDS:
            words = words[: MAX_WORDS - 1] + "…"
        out.append((words, q.said_at, max(1, q.repeat_count)))
    return out[:limit]


def compose_lines(
    incident: Incident, lang: str, options: ReasonOptions, max_quotes: int = MAX_QUOTES
) -> list[str]:
    """The reason in ``lang`` as lines (bullets for what the person did, then the shop's
    requests with their times)."""
    s = sentences(lang)
    zone = _zone(incident)
    day = _local(incident.occurred_at, zone).date()
    bullet = str(s["bullet"])
    lines: list[str] = []
    recorded = set(incident.behaviours)
    for behaviour in ORDER:
        if behaviour in recorded:
            lines.append(bullet + str(s["behaviours"][behaviour.value]))
    for words, at, count in _customer_quotes(incident, max_quotes):
        when = ""
        if at is not None:
            time = _time(_local(at, zone), day, s, lang)
            key = "said_when_times" if count > 1 else "said_when"
            when = str(s[key]).format_map({"time": time, "count": str(count)})
        said = str(s["said"]).replace("{when}", when)
        lines.append(bullet + said.replace("{words}", words))  # the words are data, not format
    steps: list[str] = []
    ordered = sorted(incident.timeline, key=lambda e: _local(e.at, zone).replace(tzinfo=None))
    for kind in SHOP_STEPS:
        times = [_time(_local(e.at, zone), day, s, lang) for e in ordered if e.kind is kind]
        if times:
            joined = str(s["join"]).join(dict.fromkeys(times))
            steps.append(bullet + str(s["timeline"][kind.value]).format_map({"times": joined}))
    if steps:
        lines += [str(s["shop_label"]), *steps]
    if options.name_staff and staff_names(incident):
        names = str(s["join"]).join(staff_names(incident))
        lines.append(str(s["staff"]).format_map({"names": names}))
    if lines and not options.confirmed:
        lines.append(str(s["as_recorded"]))
    return lines


def compose_reason(
    incident: Incident, languages: Sequence[str], options: ReasonOptions | None = None
) -> str:
    """The reason for a notice in ``languages`` (one block per language, a blank line between),
    at most ``MAX_LENGTH`` characters: quotes are dropped from the end first if it is longer.

    Empty when nothing structured is recorded (the person issuing then writes it).
    """
    opts = options or ReasonOptions()
    text = ""
    for limit in range(MAX_QUOTES, -1, -1):
        blocks = ["\n".join(compose_lines(incident, lang, opts, limit)) for lang in languages]
        text = "\n\n".join(b for b in blocks if b)
        if len(text) <= MAX_LENGTH:
            break
    return text if len(text) <= MAX_LENGTH else text[: MAX_LENGTH - 1] + "…"
