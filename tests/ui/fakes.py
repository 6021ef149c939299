"""Fake services for UI tests: in-memory incidents, every call recorded."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kasuhara_desktop.domain.enums import Behaviour, Channel, IncidentStatus
from kasuhara_desktop.domain.errors import NotFoundError
from kasuhara_desktop.domain.models import Incident, IncidentSummary, ShopProfile
from kasuhara_desktop.domain.query import IncidentFilter, SortKey, search_terms
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access

TOKYO = ZoneInfo("Asia/Tokyo")
CHANNELS = list(Channel)
STATUSES = list(IncidentStatus)
BEHAVIOURS = list(Behaviour)


def make_incidents(n: int) -> list[Incident]:
    start = datetime(2026, 1, 1, 9, 0, tzinfo=TOKYO)
    out = []
    for i in range(n):
        out.append(
            Incident(
                occurred_at=start + timedelta(hours=7 * i),
                summary=f"件名 {i:04d} 返金要求" if i % 2 else f"Incident {i:04d} shouting",
                channel=CHANNELS[i % len(CHANNELS)],
                status=STATUSES[i % len(STATUSES)],
                location=f"レジ {i % 3}",
                behaviours=[BEHAVIOURS[i % len(BEHAVIOURS)]],
                id=i + 1,
                reference=f"K-2026-{i + 1:04d}",
                version=1,
            )
        )
    return out


def summary_of(inc: Incident) -> IncidentSummary:
    assert inc.id is not None
    return IncidentSummary(
        id=inc.id,
        reference=inc.reference,
        occurred_at=inc.occurred_at,
        channel=inc.channel,
        status=inc.status,
        summary=inc.summary,
        location=inc.location,
        behaviours=tuple(inc.behaviours),
    )


def _matches(inc: Incident, q: IncidentFilter) -> bool:
    if q.statuses and inc.status not in q.statuses:
        return False
    if q.channel is not None and inc.channel != q.channel:
        return False
    if q.behaviour is not None and q.behaviour not in inc.behaviours:
        return False
    day = inc.occurred_at.astimezone(TOKYO).date()
    if q.date_from is not None and day < q.date_from:
        return False
    if q.date_to is not None and day > q.date_to:
        return False
    text = (inc.summary + " " + inc.location).casefold()
    return all(term in text for term in search_terms(q.search))


_SORT = {
    SortKey.OCCURRED: lambda i: i.occurred_at,
    SortKey.REFERENCE: lambda i: i.reference,
    SortKey.STATUS: lambda i: i.status.value,
    SortKey.CHANNEL: lambda i: i.channel.value,
    SortKey.SUMMARY: lambda i: i.summary,
    SortKey.LOCATION: lambda i: i.location,
}


class FakeIncidentService:
    """The parts of ``IncidentService`` the UI uses, over a list."""

    def __init__(self, incidents: list[Incident] | None = None, user: str = "店長 山田") -> None:
        self.incidents = list(incidents if incidents is not None else make_incidents(25))
        self.profile = ShopProfile(name="テスト商店")
        self._user = user
        self.access = Access(user, user, Role.OWNER)  # ResponseService reads it (issue 16)
        self.calls: list[tuple[str, Any]] = []
        self.fail_with: BaseException | None = None

    @property
    def user(self) -> str:
        return self._user

    def _check(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def shop_profile(self) -> ShopProfile:
        self.calls.append(("shop_profile", None))
        return dataclasses.replace(self.profile)

    def save_shop_profile(self, profile: ShopProfile) -> None:
        self._check()
        self.calls.append(("save_shop_profile", profile))
        self.profile = dataclasses.replace(profile)

    def _select(self, q: IncidentFilter) -> list[Incident]:
        rows = [i for i in self.incidents if _matches(i, q)]
        rows.sort(key=_SORT[q.sort], reverse=q.descending)
        return rows

    def count(self, q: IncidentFilter) -> int:
        self._check()
        self.calls.append(("count", q))
        return len(self._select(q))

    def find(self, q: IncidentFilter, offset: int = 0, limit: int = 200) -> list[IncidentSummary]:
        self._check()
        self.calls.append(("find", (q, offset, limit)))
        return [summary_of(i) for i in self._select(q)[offset : offset + limit]]

    def get(self, reference: str) -> Incident:
        self._check()
        self.calls.append(("get", reference))
        for inc in self.incidents:
            if inc.reference == reference:
                return inc
        raise NotFoundError(f"No incident {reference}.")

    def add(self, incident: Incident) -> Incident:
        incident.id = len(self.incidents) + 1
        incident.reference = f"K-2026-{incident.id:04d}"
        self.incidents.append(incident)
        return incident

    def finds(self) -> list[tuple[IncidentFilter, int, int]]:
        return [args for name, args in self.calls if name == "find"]


class FakeVault:
    """Stands in for an open ``Vault``: records ``close()``."""

    def __init__(self, folder: Path, user: str) -> None:
        self.folder = folder
        self.user = user
        self.closed = False

    def close(self) -> None:
        self.closed = True

    @property
    def is_open(self) -> bool:
        return not self.closed
