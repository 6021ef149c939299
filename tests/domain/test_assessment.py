"""The MHLW two-question test: verdicts, steps, inconsistencies, and the JSON form."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.assessment import (
    Answer,
    Assessment,
    ClaimStatus,
    MannerFlag,
    Verdict,
    judge,
)
from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.vocabulary import catalog, sentence

TOKYO = ZoneInfo("Asia/Tokyo")
Y, N, U = Answer.YES, Answer.NO, Answer.UNCLEAR


def confirmed(**kw: Any) -> Assessment:
    kw.setdefault("facts_confirmed_by", "店長 山田")
    kw.setdefault("facts_confirmed_at", datetime(2026, 11, 3, 15, 0, tzinfo=TOKYO))
    return Assessment(**kw)


@pytest.mark.parametrize(
    ("fault", "related", "claim"),
    [
        (Y, Y, ClaimStatus.JUSTIFIED),
        (N, Y, ClaimStatus.NOT_JUSTIFIED),
        (N, N, ClaimStatus.NOT_JUSTIFIED),
        (N, U, ClaimStatus.NOT_JUSTIFIED),
        (U, N, ClaimStatus.NOT_JUSTIFIED),
        (Y, U, ClaimStatus.UNCLEAR),
        (U, Y, ClaimStatus.UNCLEAR),
        (U, U, ClaimStatus.UNCLEAR),
        (Y, N, ClaimStatus.UNCLEAR),  # contradictory
    ],
)
def test_claim_table(fault: Answer, related: Answer, claim: ClaimStatus) -> None:
    assert judge(confirmed(shop_fault=fault, demand_related=related)).claim is claim


def test_legitimate_complaint_is_answered_with_apology_and_remedy() -> None:
    j = judge(confirmed(shop_fault=Y, demand_related=Y))
    assert j.verdict is Verdict.LEGITIMATE_COMPLAINT
    assert not j.is_harassment
    assert j.reasons == ["shop_fault", "demand_related", "manner_acceptable"]
    assert j.next_steps == ["apologise_and_remedy", "improve_service"]
    assert j.inconsistencies == []


def test_justified_claim_in_an_unacceptable_manner_is_harassment() -> None:
    # A real defect, but the customer demands a kneeling apology.
    j = judge(confirmed(shop_fault=Y, demand_related=Y, manner={MannerFlag.VIOLENT_OR_THREATENING}))
    assert j.verdict is Verdict.JUSTIFIED_UNACCEPTABLE_MANNER
    assert j.is_harassment
    assert "manner:violent_or_threatening" in j.reasons
    for step in (
        "ask_to_stop",
        "care_for_staff",
        "consult_police_or_lawyer",
        "apologise_and_remedy",
        "refuse_excessive_demand",
    ):
        assert step in j.next_steps


def test_no_basis_and_unacceptable_manner() -> None:
    j = judge(confirmed(shop_fault=N, demand_related=Y, manner={MannerFlag.PERSISTENT}))
    assert j.verdict is Verdict.NO_BASIS_UNACCEPTABLE_MANNER
    assert j.is_harassment
    assert j.next_steps == [
        "ask_to_stop",
        "ask_to_leave",
        "care_for_staff",
        "limit_contact_time",
        "refuse_demand",
        "consider_no_return_notice",
        "prevent_recurrence",
    ]


def test_groundless_claim_made_politely_is_declined_not_harassment() -> None:
    j = judge(confirmed(shop_fault=N, demand_related=Y))
    assert j.verdict is Verdict.NO_BASIS_ACCEPTABLE_MANNER
    assert not j.is_harassment
    assert j.next_steps == ["explain_and_decline"]
    assert "consider_no_return_notice" not in j.next_steps


def test_unclear_facts_are_not_determined() -> None:
    j = judge(confirmed())
    assert j.verdict is Verdict.NOT_DETERMINED
    assert not j.verdict.is_determined
    assert not j.is_harassment
    assert j.next_steps == ["confirm_facts_first"]


def test_unacceptable_manner_is_harassment_even_while_the_claim_is_unclear() -> None:
    j = judge(confirmed(shop_fault=U, manner={MannerFlag.SEXUAL}))
    assert j.verdict is Verdict.UNACCEPTABLE_MANNER_CLAIM_UNCLEAR
    assert j.is_harassment
    assert j.next_steps[0] == "confirm_facts_first"
    assert "consult_police_or_lawyer" in j.next_steps
    assert "apologise_and_remedy" not in j.next_steps
    assert "consider_no_return_notice" in j.next_steps


def test_shop_criteria_count_as_unacceptable_manner() -> None:
    j = judge(confirmed(shop_fault=N, demand_related=Y, shop_criteria_met=["通話30分超"]))
    assert j.verdict is Verdict.NO_BASIS_UNACCEPTABLE_MANNER
    assert "shop_criterion:通話30分超" in j.reasons


def test_unconfirmed_facts_come_first() -> None:
    j = judge(Assessment(shop_fault=Y, demand_related=Y))
    assert j.verdict is Verdict.LEGITIMATE_COMPLAINT  # a preview; the workflow guards act
    assert j.next_steps[0] == "confirm_facts_first"
    assert "facts_not_confirmed" in j.reasons


def test_contradictory_answers_are_flagged() -> None:
    j = judge(confirmed(shop_fault=Y, demand_related=N))
    assert j.inconsistencies == ["fault_but_demand_unrelated"]
    assert j.verdict is Verdict.NOT_DETERMINED
    assert j.next_steps[:2] == ["review_answers", "confirm_facts_first"]


def test_answers_contradicting_the_record_are_flagged() -> None:
    a = confirmed(shop_fault=Y, demand_related=Y, manner={MannerFlag.PERSISTENT})
    j = judge(
        a,
        behaviours=[
            Behaviour.GROUNDLESS_REFUND,
            Behaviour.UNRELATED_DEMAND,
            Behaviour.PHYSICAL_ATTACK,
            Behaviour.REPEATED_CALLS,
            Behaviour.OTHER,
        ],
    )
    assert j.inconsistencies == [
        "groundless_refund_but_shop_fault",
        "unrelated_demand_but_demand_related",
        "behaviour_without_manner:physical_attack",
    ]
    assert j.verdict is Verdict.JUSTIFIED_UNACCEPTABLE_MANNER  # the record never changes it
    assert j.next_steps[0] == "review_answers"


def test_judged_before_facts_confirmed_is_flagged() -> None:
    a = confirmed(
        shop_fault=N,
        demand_related=Y,
        judged_by="店長",
        judged_at=datetime(2026, 11, 3, 14, 0, tzinfo=TOKYO),
    )
    assert judge(a).inconsistencies == ["judged_before_facts_confirmed"]
    b = Assessment(shop_fault=N, demand_related=Y, judged_by="店長")
    assert judge(b).inconsistencies == ["judged_before_facts_confirmed"]


def test_every_code_has_an_english_default() -> None:
    for verdict in Verdict:
        assert verdict.value in catalog()["verdict"]
    for fault in Answer:
        for related in Answer:
            for manner in (set(), set(MannerFlag)):
                j = judge(
                    Assessment(
                        shop_fault=fault,
                        demand_related=related,
                        manner=manner,
                        shop_criteria_met=["x"],
                        judged_by="a",
                    ),
                    behaviours=list(Behaviour),
                )
                for code in j.reasons:
                    assert sentence("reason", code) != code
                for code in j.next_steps:
                    assert code in catalog()["step"]
                for code in j.inconsistencies:
                    assert sentence("inconsistency", code) != code
    assert sentence("reason", "shop_criterion:通話30分超").endswith("通話30分超")
    assert sentence("reason", "unknown_code") == "unknown_code"


def test_round_trip_through_json() -> None:
    a = confirmed(
        shop_fault=Y,
        demand_related=U,
        manner={MannerFlag.SEXUAL, MannerFlag.PROLONGED},
        shop_criteria_met=["土下座の要求", "<b>&amp;</b>"],
        notes="馬鹿野郎 🙂",
        judged_by="店長",
        judged_at=datetime(2026, 11, 3, 16, 0, tzinfo=TOKYO),
    )
    data = json.loads(json.dumps(a.to_dict(), ensure_ascii=False))
    assert data["manner"] == ["prolonged", "sexual"]
    assert Assessment.from_dict(data) == a
    assert Assessment.from_dict({}) == Assessment()


def test_judgement_to_dict() -> None:
    d = judge(confirmed(shop_fault=Y, demand_related=Y)).to_dict()
    assert d["verdict"] == "legitimate_complaint"
    assert d["claim"] == "justified"
    assert d["is_harassment"] is False


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"shop_fault": "maybe"}, "assessment.shop_fault: unknown code 'maybe'"),
        ({"demand_related": True}, "assessment.demand_related: unknown code"),
        ({"manner": "sexual"}, "assessment.manner: expected a list"),
        ({"manner": ["rude"]}, r"assessment.manner\[0\]: unknown code 'rude'"),
        ({"shop_criteria_met": [""]}, "must not be empty"),
        ({"shop_criteria_met": ["x"] * 101}, "more than 100"),
        ({"judged_at": "2026-11-03 16:00"}, "no UTC offset"),
        ({"facts_confirmed_at": 5}, "assessment.facts_confirmed_at"),
        ({"notes": "\x00"}, "control character"),
        ({"verdict": "legitimate_complaint"}, "unknown field 'verdict'"),
    ],
)
def test_bad_input_is_refused(patch: dict[str, Any], message: str) -> None:
    data = confirmed().to_dict()
    data.update(patch)
    with pytest.raises(ValidationError, match=message):
        Assessment.from_dict(data)


def test_duplicate_criteria_are_dropped() -> None:
    a = Assessment.from_dict({"shop_criteria_met": ["A", "B", "A"]})
    assert a.shop_criteria_met == ["A", "B"]
