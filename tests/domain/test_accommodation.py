"""The reasonable-accommodation question: not considered or a yes keeps the notice gate shut
(a yes leads to guidance, not a ban); the law is sourced and dated."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain import accommodation
from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import ActionKind, Behaviour
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.response_flow import next_steps, suggested_actions
from kasuhara_desktop.domain.workflow import can_issue_notice
from kasuhara_desktop.infra.resources import read_text

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def harassment(answer: bool | None) -> Incident:
    inc = Incident(occurred_at=T0, summary="x", behaviours=[Behaviour.PROLONGED_COMPLAINT])
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.PROLONGED}
    if answer is not None:
        inc.offence_answers[accommodation.QUESTION] = ElementAnswer(answer, by="店長", at=T0)
    return inc


@pytest.mark.parametrize(
    ("answer", "problems"),
    [(None, ["accommodation_not_considered"]), (True, ["accommodation_related"]), (False, [])],
)
def test_the_notice_gate_needs_the_question_considered_and_answered_no(
    answer: bool | None, problems: list[str]
) -> None:
    inc = harassment(answer)
    decision = can_issue_notice(inc.assessment, accommodation=accommodation.answer(inc))
    assert decision.problems == problems and decision.allowed is (not problems)
    if problems:  # an override (recorded) still lifts it, like the other problems
        assert can_issue_notice(
            inc.assessment, accommodation=answer, override_reason="弁護士と相談"
        ).overridden


def test_a_yes_leads_to_accommodation_not_a_ban() -> None:
    inc = harassment(True)
    steps = next_steps(inc)
    assert steps[0] == "provide_reasonable_accommodation"
    assert "consider_no_return_notice" not in steps
    assert ActionKind.NO_RETURN_NOTICE not in suggested_actions(inc)
    open_question = next_steps(harassment(None))
    assert open_question.index("consider_accommodation") < open_question.index(
        "consider_no_return_notice"
    )
    assert "consider_accommodation" not in next_steps(harassment(False))


def test_the_law_is_sourced_and_dated() -> None:
    law = accommodation.accommodation_law()
    assert "障害者差別解消法" in law.name("ja") and law.in_force.isoformat() == "2024-04-01"
    assert any("e-gov.go.jp" in url for url, _ in law.sources) and law.checked.year >= 2026
    assert law.unverified and "not harassment" in law.text("en")
    data = json.loads(read_text(accommodation.RESOURCE))
    data["guidance"].pop("nb")
    with pytest.raises(ValidationError, match="guidance"):
        accommodation.parse(data)
