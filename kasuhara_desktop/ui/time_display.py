"""One clock for every time the program shows: the logbook's time zone, not the PC's.

An incident at 19:36 in a Tokyo shop is 19:36 on every screen and printout, whatever zone the PC
is set to (a laptop set to UTC, a bookkeeper abroad). Every place that shows a time calls one of
these functions with the vault's zone (the shop profile's ``timezone``). Where that zone's offset
differs from the PC's at that moment, the zone is named after the time ("19:36 JST"), so nobody
mistakes it for the PC's wall clock; where they agree, nothing is added.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain.models import DEFAULT_TIMEZONE
from ..infra import clock

DATE_TIME = "%Y-%m-%d %H:%M"


Zone = str | tzinfo | None  # a zone name ("Asia/Tokyo"), a zone, or None: the default zone


def zone(tz: Zone) -> tzinfo:
    """The zone called ``tz`` (the shop's default zone for None, UTC for a name not known)."""
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def in_zone(value: datetime, tz: Zone) -> datetime:
    """``value`` as wall time in ``tz`` (a naive value is taken as already in ``tz``)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=zone(tz))
    return value.astimezone(zone(tz))


def differs_from_pc(local: datetime) -> bool:
    """True when the PC's zone has another UTC offset than ``local``'s at that moment."""
    return local.astimezone().utcoffset() != local.utcoffset()


def zone_label(local: datetime) -> str:
    """A short name of ``local``'s zone: "JST", "CET", or "UTC+09:00" where none exists."""
    name = local.tzname() or ""
    if name and name[0].isalpha():
        return name
    offset = local.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _named(local: datetime, text: str, name_zone: bool | None) -> str:
    if name_zone is False:
        return text
    if name_zone or differs_from_pc(local):
        label = zone_label(local)
        return f"{text} {label}" if label else text
    return text


def format_datetime(
    value: datetime | None, tz: Zone, *, seconds: bool = False, name_zone: bool | None = None
) -> str:
    """ "2026-11-03 19:36" in ``tz`` ("… JST" where the PC's zone differs); "" for None.

    Args:
        value: the moment (aware; a naive value is taken as wall time in ``tz``).
        tz: the vault's zone (the shop profile's ``timezone``).
        seconds: add the seconds ("19:36:05").
        name_zone: None names the zone where the PC's differs; True always (documents read
            elsewhere); False never (table cells under a header or form that names the zone).
    """
    if value is None:
        return ""
    local = in_zone(value, tz)
    text = local.strftime(DATE_TIME + (":%S" if seconds else ""))
    return _named(local, text, name_zone)


def format_clock(
    value: datetime | None, tz: Zone, *, seconds: bool = False, name_zone: bool | None = None
) -> str:
    """The time of day only ("19:36", "19:36 JST"), for lists within one day."""
    if value is None:
        return ""
    local = in_zone(value, tz)
    text = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return _named(local, text, name_zone)


def format_short(value: datetime | None, tz: Zone, *, name_zone: bool | None = None) -> str:
    """Month, day and time ("11-03 19:36"), for compact lists."""
    if value is None:
        return ""
    local = in_zone(value, tz)
    return _named(local, local.strftime("%m-%d %H:%M"), name_zone)


def now(tz: Zone) -> datetime:
    """The current moment as wall time in ``tz``, to the second."""
    return clock.now_seconds(zone(tz))
