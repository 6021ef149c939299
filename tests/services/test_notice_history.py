"""The ban register behind the next steps: a notice in force for the customer stops a new one
being suggested; a logged breach is linked to its notice (the breach incident's element answer
rests on it) and leads to the police step."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import TOKYO, sample_incident

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import ActionKind, Channel
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.response_flow import NoticeHistory, next_steps, suggested_actions
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.vault.vault import Vault

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO)


@pytest.fixture
def svc(vault: Vault) -> NoticeService:
    return NoticeService(vault, clock=lambda: NOW)


def judged(name: str = "山田太郎", **kw: object) -> Incident:
    inc = sample_incident(**kw)
    person = inc.participants[0].person
    assert person is not None
    person.name = name
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return inc


def test_a_notice_in_force_stops_a_new_one_being_suggested(svc: NoticeService) -> None:
    first = svc.incidents.add(judged())
    assert svc.history(first) == NoticeHistory()
    number = svc.issue_json(first.reference, {}).notice.number
    phone_call = svc.incidents.add(judged("山田 太郎", channel=Channel.PHONE))
    history = svc.history(phone_call)
    assert history == NoticeHistory(in_force=number)
    steps = next_steps(phone_call, history)
    assert "consider_no_return_notice" not in steps and "ask_to_leave" not in steps
    assert f"notice_in_force:{number}" in steps
    assert ActionKind.NO_RETURN_NOTICE not in suggested_actions(phone_call, history)
    stranger = svc.incidents.add(judged("鈴木一郎"))
    assert svc.history(stranger) == NoticeHistory()


def test_a_logged_breach_is_linked_and_leads_to_the_police(svc: NoticeService) -> None:
    ref = svc.incidents.add(judged()).reference
    number = svc.issue_json(ref, {}).notice.number
    breach = svc.log_breach(number, note="来店した")
    assert [b.incident_reference for b in svc.get(number).breaches] == [breach.reference]
    answer = svc.incidents.get(breach.reference).offence_answers["entry_against_will"]
    assert answer.value and answer.source == f"notice:{number}"
    history = svc.history(svc.incidents.get(breach.reference))
    assert history == NoticeHistory(in_force=number, breach_of=number)
    steps = next_steps(breach, history)
    assert steps[0] == f"breach_of_notice:{number}"
    assert suggested_actions(breach, history)[0] is ActionKind.POLICE_REPORT
