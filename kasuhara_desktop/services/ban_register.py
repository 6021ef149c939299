"""The ban register's quick lookup: is this person under a no-return notice, and which?

Read-only and pure: it gets the notices and the day and answers with the matches, active ones
first (:class:`BanCheck` is also the CLI's ``notice check --json`` answer).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.notice import BanStatus, Notice
from ..domain.notice_matching import match_fields
from ..domain.validation import clean_text

_STATUS_ORDER = (BanStatus.ACTIVE, BanStatus.SCHEDULED, BanStatus.EXPIRED, BanStatus.REVOKED)


@dataclass(frozen=True)
class BanMatch:
    notice: Notice
    status: BanStatus
    fields: tuple[str, ...]


@dataclass(frozen=True)
class BanCheck:
    """The answer of the quick lookup: ``banned`` when an active notice matches."""

    query: str
    matches: tuple[BanMatch, ...]
    today: date

    @property
    def banned(self) -> bool:
        return any(m.status is BanStatus.ACTIVE for m in self.matches)

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "banned": self.banned,
            "matches": [
                {
                    "number": m.notice.number,
                    "status": m.status.value,
                    "matched": list(m.fields),
                    "name": m.notice.addressee.name,
                    "description": m.notice.addressee.description,
                    "valid_from": m.notice.valid_from.isoformat(),
                    "effective_until": _iso(m.notice.effective_until),
                    "premises": list(m.notice.premises) or [m.notice.issuer.shop],
                    "incident": m.notice.incident_reference,
                    "breaches": len(m.notice.breaches),
                }
                for m in self.matches
            ],
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def find_bans(notices: Iterable[Notice], query: str, day: date) -> BanCheck:
    """The notices that match ``query`` (name, description, address or phone), active first."""
    query = clean_text(query, "query", required=True).strip()
    found = [
        BanMatch(n, n.status(day), tuple(fields))
        for n in notices
        if (fields := match_fields(n, query))
    ]
    found.sort(key=lambda m: _STATUS_ORDER.index(m.status))
    return BanCheck(query, tuple(found), day)
