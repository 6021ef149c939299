"""The one clock: every record, audit row, header and document the program stamps reads it.

``now()`` is an aware ``datetime`` (UTC, or the zone asked for); ``today(tz)`` is the date there.
Tests set the time with :func:`fixed` (a context manager) or :func:`set_source` (any callable,
e.g. one that advances), instead of patching ``datetime`` module by module.

Durations and timeouts are not "now": they keep ``time.monotonic()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

Source = Callable[[], datetime]


def system_time() -> datetime:
    """The computer's clock, in UTC."""
    return datetime.now(UTC)


_source: Source = system_time


def _zone(tz: tzinfo | str | None) -> tzinfo:
    if tz is None:
        return UTC
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def now(tz: tzinfo | str | None = None) -> datetime:
    """The current moment, aware: in ``tz`` (a zone name such as ``"Asia/Tokyo"`` or a
    ``tzinfo``), else in UTC."""
    moment = _source()
    if moment.tzinfo is None:
        raise ValueError("the clock's source returned a naive datetime")
    return moment.astimezone(_zone(tz))


def now_seconds(tz: tzinfo | str | None = None) -> datetime:
    """:func:`now` to the whole second (what records and documents print)."""
    return now(tz).replace(microsecond=0)


def today(tz: tzinfo | str | None = None) -> date:
    """Today's date in ``tz`` (UTC if none): the shop's "today" needs the shop's zone."""
    return now(tz).date()


def set_source(source: Source | None) -> None:
    """Read the time from ``source`` (it returns aware datetimes); ``None``: the system clock."""
    global _source
    _source = source or system_time


@contextlib.contextmanager
def fixed(at: datetime) -> Iterator[None]:
    """Inside the block the time stands still at ``at`` (aware); then the previous source."""
    if at.tzinfo is None:
        raise ValueError("a fixed time needs a zone (an aware datetime)")
    previous = _source
    set_source(lambda: at)
    try:
        yield
    finally:
        set_source(previous)
