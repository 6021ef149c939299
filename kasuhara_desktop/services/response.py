"""The guided response: judgement, possible offences, status changes and one-click logging."""

from __future__ import annotations

import copy
from dataclasses import asdict
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import accommodation
from ..domain.assessment import Judgement, judge
from ..domain.enums import IncidentStatus, TimelineKind
from ..domain.incident_validation import validate_incident
from ..domain.legal_check import Check
from ..domain.legal_data import Article, LegalData, legal_data_path, load_legal_data
from ..domain.models import Incident, TimelineEntry
from ..domain.offence_elements import ElementView
from ..domain.offences import MatchedFact, PossibleOffence, suggest_offences
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..domain.workflow import NoticeDecision, can_issue_notice
from ..infra import clock
from ..vault import audit
from ..vault.repositories import incidents as repo
from .incidents import IncidentService, check_status_change, require_new


@lru_cache(maxsize=1)
def legal_data() -> LegalData:
    """The shipped legal data, loaded and validated once."""
    return load_legal_data(legal_data_path())


def articles() -> list[Article]:
    return list(legal_data().articles)


def local_today(timezone: str) -> date:
    return clock.today(timezone)


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
        "complaint_holders": list(o.complaint_holders),
        "holder_deadlines": [
            {
                "holder": p.holder,
                "known_on": p.known_on.isoformat(),
                "deadline": p.deadline.isoformat(),
                "days_left": p.days_left,
            }
            for p in o.holder_deadlines
        ],
        "source": o.source,
        **_check_to_dict(o.check),
        "unverified": o.unverified,
        "element_view": [_element_to_dict(e) for e in o.element_view],
        "notes": [
            {
                "text": dict(n.text),
                "source": n.source,
                **_check_to_dict(n.check),
                "unverified": n.unverified,
            }
            for n in o.notes
        ],
    }


def _check_to_dict(check: Check) -> dict[str, Any]:
    return {
        "checked": check.on.isoformat(),
        "checked_against": check.against,
        "references": list(check.references),
    }


def _fact_to_dict(f: MatchedFact) -> dict[str, Any]:
    return {**asdict(f), "at": f.at.isoformat() if f.at else None}


def _element_to_dict(e: ElementView) -> dict[str, Any]:
    """One element: its state, the records it rests on, a text suggestion, the answer."""
    return {
        "code": e.code,
        "state": e.state.value,
        "required": e.required,
        "basis": [_fact_to_dict(f) for f in e.basis],
        "settled_by_record": e.settled_by_record,
        "suggestion": _fact_to_dict(e.suggestion) if e.suggestion is not None else None,
        "answer": e.answer,
        "answer_by": e.answer_by,
        "answer_source": e.answer_source,
    }


class ResponseService:
    """Workflow operations over one vault's incidents, checked against the incidents
    service's access (the same signed-in user)."""

    def __init__(self, incidents: IncidentService) -> None:
        self.incidents = incidents
        self.access = incidents.access

    def judgement(self, incident: Incident) -> Judgement:
        return judge(incident.assessment, behaviours=incident.behaviours)

    def possible_offences(
        self, incident: Incident, today: date | None = None
    ) -> list[PossibleOffence]:
        return suggest_offences(
            incident,
            articles(),
            today=today or local_today(incident.timezone),
            staff_care=incident.staff_care,
            questions=legal_data().questions,
        )

    def to_json(self, incident: Incident) -> dict[str, Any]:
        """Incident JSON plus the computed ``possible_offences`` (accepted and ignored on input)."""
        data = self.incidents.to_json(incident)
        # The same framing as the report: points to discuss with a lawyer, never a conclusion.
        data["legal_disclaimer"] = dict(legal_data().disclaimer)
        data["possible_offences"] = [offence_to_dict(o) for o in self.possible_offences(incident)]
        return data

    def save(
        self,
        incident: Incident,
        *,
        reference: str | None,
        base_version: int = 0,
        status_reason: str = "",
    ) -> Incident:
        """The guided response's Finish: one call, one transaction.

        With ``reference``, the stored incident (at ``base_version``) is replaced by
        ``incident``; without, ``incident`` is recorded as new (:meth:`record_new`). Either way
        the incident is validated and every workflow step to its status is checked first.

        Raises:
            ValidationError: a field breaks a rule; nothing is stored.
            WorkflowError: the status cannot be reached; nothing is stored.
        """
        if reference:
            return self.incidents.update(
                reference, incident, base_version, status_reason=status_reason
            )
        return self.record_new(incident, status_reason=status_reason)

    def record_new(self, incident: Incident, *, status_reason: str = "") -> Incident:
        """Record a new incident that already has a later status than draft.

        It is stored as a draft and moved to its status (two revisions and the status's audit
        row, as any incident walked there), all in ONE transaction: a failure between the two
        leaves nothing behind, so a retry stores one incident, not a stray draft and a copy.
        ``incident`` itself is not changed.
        """
        require_new(self.access, incident)
        inc = validate_incident(copy.deepcopy(incident))
        reason = clean_text(status_reason, "reason", long=True)
        target = inc.status
        check_status_change(IncidentStatus.DRAFT, inc, reason)
        inc.status = IncidentStatus.DRAFT
        user = self.incidents.user
        with self.incidents.vault.transaction() as conn:
            added = repo.insert(conn, inc, user)
            if target is IncidentStatus.DRAFT:
                return added
            added.status = target
            saved = repo.update(conn, added, user, added.version)
            audit.append(
                conn, user, "status", "incident_status", saved.reference,
                {"from": IncidentStatus.DRAFT.value, "to": target.value, "reason": reason},
            )  # fmt: skip
            return saved

    def set_status(self, reference: str, target: IncidentStatus, reason: str = "") -> Incident:
        """Move an incident to ``target`` if the workflow's guards allow it.

        A reason that lifts a guard (going back, closing over open follow-ups) is written to the
        audit chain with the change.
        """
        self.access.require(Permission.EDIT_ANY_INCIDENT)
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
        """Append one timed entry (a stop request, a leave order...) to the timeline (staff
        may, on any incident that is not closed: it only adds a record)."""
        self.access.require(Permission.RECORD_INCIDENT)
        inc = self.incidents.get(reference)
        when = at or clock.now_seconds(inc.timezone)
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
            accommodation=accommodation.answer(incident),
        )
