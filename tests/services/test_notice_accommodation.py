"""Issuing refuses a notice until the accommodation question is considered, and on a yes;
an override reason (recorded) still lifts it."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import TOKYO, sample_incident

from kasuhara_desktop.domain import accommodation
from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.errors import WorkflowError
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.vault.vault import Vault

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO)


@pytest.mark.parametrize(
    ("answer", "code"), [(None, "accommodation_not_considered"), (True, "accommodation_related")]
)
def test_a_notice_waits_for_the_accommodation_question(
    vault: Vault, answer: bool | None, code: str
) -> None:
    svc = NoticeService(vault, clock=lambda: NOW)
    inc = sample_incident()
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    inc.offence_answers.pop(accommodation.QUESTION)
    if answer is not None:
        inc.offence_answers[accommodation.QUESTION] = ElementAnswer(answer, by="店長", at=NOW)
    ref = svc.incidents.add(inc).reference
    assert svc.decision(ref).problems == [code]
    with pytest.raises(WorkflowError, match=code):
        svc.issue_json(ref, {})
    assert svc.list_notices() == []
    n = svc.issue_json(ref, {"override_reason": "弁護士と相談のうえ"}).notice
    assert n.override_reason == "弁護士と相談のうえ"
