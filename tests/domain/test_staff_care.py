"""Staff care: follow-ups and the strict JSON form."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare

TODAY = date(2026, 11, 28)


def care() -> StaffCare:
    return StaffCare(
        staff_name="佐藤",
        safety_secured=True,
        supervisor_took_over="店長 山田",
        injury=True,
        injury_text="右腕の打撲",
        medical_visit=True,
        days_off=2,
        follow_ups=[
            FollowUp(date(2026, 12, 5), "1週間後の面談"),
            FollowUp(date(2026, 11, 27), "翌日の声かけ", done=True),
            FollowUp(date(2026, 11, 28), "ストレスチェック"),
            FollowUp(date(2026, 11, 20), "産業医への相談"),
        ],
        referral_to_specialist=True,
        note="<b>&amp;</b>",
    )


def test_open_follow_ups_are_due_or_overdue_and_not_done() -> None:
    c = care()
    assert [f.note for f in c.open_follow_ups(TODAY)] == ["産業医への相談", "ストレスチェック"]
    assert [f.note for f in c.pending_follow_ups()] == [
        "産業医への相談",
        "ストレスチェック",
        "1週間後の面談",
    ]
    assert c.follow_ups[3].is_overdue(TODAY)
    assert not c.follow_ups[2].is_overdue(TODAY)  # due today is not overdue yet
    assert not c.follow_ups[1].is_overdue(TODAY)  # done


def test_no_follow_ups() -> None:
    assert StaffCare("田中").open_follow_ups(TODAY) == []


def test_plan_check_ins_skips_planned_days() -> None:
    c = StaffCare("田中", follow_ups=[FollowUp(date(2026, 11, 29), "already")])
    added = c.plan_check_ins(TODAY)
    assert [f.due for f in added] == [date(2026, 12, 5), date(2026, 12, 28)]
    assert len(c.follow_ups) == 3


def test_round_trip_through_json() -> None:
    c = care()
    data = json.loads(json.dumps(c.to_dict(), ensure_ascii=False))
    assert StaffCare.from_dict(data) == c


def test_defaults_fill_in() -> None:
    c = StaffCare.from_dict({"staff_name": "田中"})
    assert c == StaffCare("田中")


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"staff_name": ""}, "staff_care.staff_name: must not be empty"),
        ({"injury": "yes"}, "staff_care.injury: expected true or false"),
        ({"days_off": -1}, "staff_care.days_off"),
        ({"days_off": 99999}, "more than"),
        ({"days_off": 1.5}, "staff_care.days_off: expected a whole number"),
        ({"follow_ups": {}}, "staff_care.follow_ups: expected a list"),
        ({"follow_ups": [{"note": "x"}]}, "follow_ups[0].due: a date is required"),
        ({"follow_ups": [{"due": "soon"}]}, "follow_ups[0].due"),
        ({"follow_ups": [{"due": "2026-12-01", "x": 1}]}, "unknown field 'x'"),
        ({"injury": False, "injury_text": "bruise"}, "injury is false"),
        ({"note": "bell\x07"}, "control character"),
        ({"extra": 1}, "unknown field 'extra'"),
    ],
)
def test_bad_input_is_refused(patch: dict[str, Any], message: str) -> None:
    data = care().to_dict()
    data.update(patch)
    with pytest.raises(ValidationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        StaffCare.from_dict(data)


def test_not_an_object() -> None:
    with pytest.raises(ValidationError, match="expected an object"):
        StaffCare.from_dict([])
