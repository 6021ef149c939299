"""The editor's clock: one function, so that tests can pin "now" (it reads ``infra.clock``)."""

from __future__ import annotations

from datetime import datetime

from ...infra import clock


def now(tz: str) -> datetime:
    """The current time in the zone ``tz``, to the second (what a "Now" button records)."""
    return clock.now_seconds(tz)
