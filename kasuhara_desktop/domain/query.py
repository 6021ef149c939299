"""What the incident list asks for: filters, sort order and text search normalisation."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .enums import Behaviour, Channel, IncidentStatus


class SortKey(StrEnum):
    OCCURRED = "occurred"
    REFERENCE = "reference"
    STATUS = "status"
    CHANNEL = "channel"
    SUMMARY = "summary"
    LOCATION = "location"


@dataclass(frozen=True)
class IncidentFilter:
    """All fields optional; an empty filter lists everything.

    ``date_from``/``date_to`` are inclusive calendar days in the shop's time zone.
    ``without_video``: only incidents with no video attached (no live video file nor a file
    marked as CCTV), as the home screen's CCTV tile counts them.
    """

    search: str = ""
    statuses: frozenset[IncidentStatus] = field(default_factory=frozenset)
    channel: Channel | None = None
    behaviour: Behaviour | None = None
    date_from: date | None = None
    date_to: date | None = None
    without_video: bool = False
    sort: SortKey = SortKey.OCCURRED
    descending: bool = True


def normalise_for_search(text: str) -> str:
    """Fold width and case so 'ＡＢＣ', 'abc' and 'ABC' match, and ｶﾀｶﾅ matches カタカナ."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_terms(query: str) -> list[str]:
    """Split a query on whitespace (ASCII or ideographic); every term must match."""
    return [t for t in normalise_for_search(query).split() if t]
