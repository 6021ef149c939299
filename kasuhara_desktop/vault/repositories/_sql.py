"""Small conversions shared by the repositories."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ...infra import clock


def dt_out(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def dt_in(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def utc_key(value: datetime) -> str:
    """Sortable UTC text for range filters and ordering."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def date_out(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_in(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def now_utc() -> datetime:
    return clock.now_seconds()
