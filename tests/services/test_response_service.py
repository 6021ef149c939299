"""Workflow guards on saves, one-click logging, judgement and possible offences in JSON."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import TOKYO, sample_incident

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import ActionKind, Behaviour, IncidentStatus, TimelineKind
from kasuhara_desktop.domain.errors import WorkflowError
from kasuhara_desktop.domain.models import Action
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.response import ResponseService
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def services(vault: Vault) -> tuple[IncidentService, ResponseService]:
    incidents = IncidentService(vault)
    return incidents, ResponseService(incidents)


def test_status_moves_only_when_guards_pass(
    services: tuple[IncidentService, ResponseService],
) -> None:
    incidents, response = services
    ref = incidents.add(sample_incident()).reference
    with pytest.raises(WorkflowError, match="confirmed"):
        response.set_status(ref, IncidentStatus.FACTS_CONFIRMED)
    inc = incidents.get(ref)
    inc.assessment.facts_confirmed_by = "店長"
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    inc.assessment.judged_by = "店長"
    inc.status = IncidentStatus.JUDGED  # two steps in one save: each step's guard is checked
    saved = incidents.update(ref, inc, inc.version)
    assert saved.status is IncidentStatus.JUDGED
    with pytest.raises(WorkflowError, match="action"):
        response.set_status(ref, IncidentStatus.RESPONDED)


def test_going_back_needs_a_reason_that_is_audited(
    vault: Vault, services: tuple[IncidentService, ResponseService]
) -> None:
    incidents, response = services
    inc = sample_incident()
    inc.status = IncidentStatus.CLOSED
    ref = incidents.add(inc).reference
    with pytest.raises(WorkflowError, match="reason"):
        response.set_status(ref, IncidentStatus.DRAFT)
    response.set_status(ref, IncidentStatus.DRAFT, reason="新しい証言が出た")
    rows = [r for r in audit.rows(vault.conn, "incident_status")]
    assert rows[-1].content_hash == audit.canonical_hash(
        {"from": "closed", "to": "draft", "reason": "新しい証言が出た"}
    )


def test_closing_over_open_follow_ups_needs_a_reason(
    services: tuple[IncidentService, ResponseService],
) -> None:
    incidents, response = services
    inc = sample_incident()
    inc.status = IncidentStatus.RESPONDED
    inc.actions = [Action(kind=ActionKind.STAFF_CARE, due=date(2026, 12, 1))]
    ref = incidents.add(inc).reference
    with pytest.raises(WorkflowError, match="open"):
        response.set_status(ref, IncidentStatus.CLOSED)
    assert (
        response.set_status(ref, IncidentStatus.CLOSED, "本人が退職").status
        is IncidentStatus.CLOSED
    )


def test_log_event_appends_a_timed_entry(services: tuple[IncidentService, ResponseService]) -> None:
    incidents, response = services
    ref = incidents.add(sample_incident()).reference
    at = datetime(2026, 11, 3, 14, 30, tzinfo=TOKYO)
    inc = response.log_event(ref, TimelineKind.LEAVE_ORDER, at=at, by="鈴木")
    assert (inc.timeline[-1].kind, inc.timeline[-1].at, inc.timeline[-1].by) == (
        TimelineKind.LEAVE_ORDER,
        at,
        "鈴木",
    )
    before = datetime.now(TOKYO).replace(microsecond=0)
    inc = response.log_event(ref, TimelineKind.POLICE_CALL)
    assert inc.timeline[-1].at >= before and inc.timeline[-1].by == incidents.user


def test_json_has_assessment_verdict_and_possible_offences(
    services: tuple[IncidentService, ResponseService],
) -> None:
    incidents, response = services
    inc = sample_incident(behaviours=[Behaviour.REFUSAL_TO_LEAVE, Behaviour.THREATS_ABUSE])
    inc.timeline.append(
        sample_incident()
        .timeline[0]
        .__class__(at=datetime(2026, 11, 3, 14, 20, tzinfo=TOKYO), kind=TimelineKind.LEAVE_ORDER)
    )
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.manner = {MannerFlag.PROLONGED}
    inc.assessment.facts_confirmed_by = "店長"
    data = response.to_json(incidents.add(inc))
    assert data["assessment"]["verdict"] == "no_basis_unacceptable_manner"
    assert "manner:prolonged" in data["assessment"]["reasons"]
    articles = {o["article"]: o for o in data["possible_offences"]}
    assert "130" in articles
    assert {"matched_facts", "complaint_required", "complaint_deadline", "title"} <= set(
        articles["130"]
    )
    assert articles["130"]["complaint_required"] is False
    # Where each statement comes from: the day, the kind of source and the references.
    assert articles["130"]["checked"] == "2026-12-04" and articles["130"]["unverified"] is True
    assert articles["130"]["checked_against"] == "commentary"
    assert any("最判昭和58年4月8日" in r for r in articles["130"]["references"])
