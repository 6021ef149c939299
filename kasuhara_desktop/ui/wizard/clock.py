"""The guided response's clock: one module-level function, so that tests can pin "now".

Every one-click log (a stop request, a leave order, a phone call's start and end) takes its time
from :func:`now` (which reads ``infra.clock``); tests replace it with
``monkeypatch.setattr(clock, "now", ...)``.
"""

from __future__ import annotations

from datetime import date, datetime

from ...infra import clock


def now(tz: str) -> datetime:
    """The current time in the zone ``tz``, to the second."""
    return clock.now_seconds(tz)


def today(tz: str) -> date:
    """Today's date in the zone ``tz`` (follows :func:`now`)."""
    return now(tz).date()
