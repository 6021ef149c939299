"""The editor's clock: one function, so that tests can pin "now"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def now(tz: str) -> datetime:
    """The current time in the zone ``tz``, to the second (what a "Now" button records)."""
    return datetime.now(ZoneInfo(tz)).replace(microsecond=0)
