"""The guided response: judgement, possible offences, status changes and one-click logging."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.assessment import Judgement, judge
from ..domain.enums import IncidentStatus, TimelineKind
from ..domain.legal_data import Article, LegalData, legal_data_path, load_legal_data
from ..domain.models import Incident, TimelineEntry
from ..domain.offences import PossibleOffence, suggest_offences
from ..domain.validation import clean_text
from ..domain.workflow import NoticeDecision, can_issue_notice
from .incidents import IncidentService


@lru_cache(maxsize=1)
def legal_data() -> LegalData:
    """The shipped legal data, loaded and validated once."""
    return load_legal_data(legal_data_path())


def articles() -> list[Article]:
    return list(legal_data().articles)


def local_today(timezone: str) -> date:
    return datetime.now(ZoneInfo(timezone)).date()


def offence_to_dict(o: PossibleOffence) -> dict[str, Any]:
    """JSON form of a possible offence (the CLI contract's ``possible_offences`` items)."""
    return {
        "article": o.article,
        "title": dict(o.title),
        "elements": dict(o.elements),
        "matched_facts": [
            {**asdict(f), "at": f.at.isoformat() if f.at else None} for f in o.matched_facts
        ],
        "open_points": list(o.open_points),
        "penalty": dict(o.penalty),
        "complaint_required": o.complaint_required,
        "complaint_deadline": o.complaint_deadline.isoformat() if o.complaint_deadline else None,
        "days_left": o.days_left,
        "source": o.source,
        "checked": o.checked.isoformat() if o.checked else None,
        "unverified": o.unverified,
    }


class ResponseService:
    """Workflow operations over one vault's incidents."""

    def __init__(self, incidents: IncidentService) -> None:
        self.incidents = incidents

    def judgement(self, incident: Incident) -> Judgement:
        return judge(incident.assessment, behaviours=incident.behaviours)

    def possible_offences(
        self, incident: Incident, today: date | None = None
    ) -> list[PossibleOffence]:
        return suggest_offences(
            incident,
            articles(),
            offender_known_on=incident.offender_known_on,
            today=today or local_today(incident.timezone),
            staff_care=incident.staff_care,
        )

    def to_json(self, incident: Incident) -> dict[str, Any]:
        """Incident JSON plus the computed ``possible_offences`` (accepted and ignored on input)."""
        data = self.incidents.to_json(incident)
        data["possible_offences"] = [offence_to_dict(o) for o in self.possible_offences(incident)]
        return data

    def set_status(self, reference: str, target: IncidentStatus, reason: str = "") -> Incident:
        """Move an incident to ``target`` if the workflow's guards allow it.

        A reason that lifts a guard (going back, closing over open follow-ups) is written to the
        audit chain with the change.
        """
        inc = self.incidents.get(reference)
        inc.status = target
        return self.incidents.update(reference, inc, inc.version, status_reason=reason)

    def log_event(
        self,
        reference: str,
        kind: TimelineKind,
        *,
        at: datetime | None = None,
        by: str = "",
        description: str = "",
    ) -> Incident:
        """Append one timed entry (a stop request, a leave order...) to the timeline."""
        inc = self.incidents.get(reference)
        when = at or datetime.now(ZoneInfo(inc.timezone)).replace(microsecond=0)
        if when.tzinfo is None:
            when = when.replace(tzinfo=ZoneInfo(inc.timezone))
        inc.timeline.append(
            TimelineEntry(
                at=when,
                kind=kind,
                description=clean_text(description, "description", long=True),
                by=clean_text(by or self.incidents.user, "by"),
            )
        )
        return self.incidents.update(reference, inc, inc.version)

    def notice_decision(self, incident: Incident, override_reason: str = "") -> NoticeDecision:
        return can_issue_notice(
            incident.assessment,
            judgement=self.judgement(incident),
            override_reason=override_reason,
            trade_type=self.incidents.shop_profile().trade_type,
        )
