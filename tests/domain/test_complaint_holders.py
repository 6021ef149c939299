"""Who may complain for a complaint-only offence, and each holder's own six months.

The complaint belongs to whoever the offence harmed (CCP art. 230): the company for damage to
its property (261); for 名誉毀損 (230) and 侮辱 (231) the staff member or the company,
depending on who was defamed or insulted (a company can be insulted, Supreme Court 1983).
Each holder's period runs from the day *that* holder learned who the offender is (art. 235);
one holder's period ending does not end another's (art. 236).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.deadlines import complaint_deadline
from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.legal_data import legal_data_path, load_legal_data, parse_legal_data
from kasuhara_desktop.domain.models import Incident, Quote
from kasuhara_desktop.domain.offences import (
    PossibleOffence,
    holder_periods,
    known_on_by_holder,
    suggest_offences,
)

B = Behaviour
T0 = datetime(2026, 11, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
TODAY = date(2026, 11, 28)
LEGAL = load_legal_data(legal_data_path())


def insult_damage_and_post(**days: date | None) -> Incident:
    """An incident that brings up 230, 231 and 261, with the given holders' days."""
    return Incident(
        occurred_at=T0,
        summary="客が店員を罵倒し、棚を壊し、店の悪評をSNSに投稿した",
        behaviours=[B.THREATS_ABUSE, B.PROPERTY_DAMAGE, B.SNS_POST],
        quotes=[Quote("客", "バカ野郎、役立たず")],
        offence_answers={
            code: ElementAnswer(True, by="店長")
            for code in ("in_front_of_others", "insult", "reputation_fact", "property_damaged")
        },
        offender_known_on=days.get("shop"),
        offender_known_to_staff_on=days.get("staff"),
    )


def found(inc: Incident, today: date = TODAY) -> dict[str, PossibleOffence]:
    items = suggest_offences(inc, LEGAL.articles, today=today)
    return {o.article: o for o in items}


def test_the_shipped_file_names_each_complaint_only_offences_holders() -> None:
    holders = {a.number: a.complaint_holders for a in LEGAL.articles if a.complaint_required}
    assert holders == {"230": ("shop", "staff"), "231": ("shop", "staff"), "261": ("shop",)}
    assert all(not a.complaint_holders for a in LEGAL.articles if not a.complaint_required)


def test_the_incident_brings_up_the_three_complaint_only_offences() -> None:
    assert {"230", "231", "261"} <= set(found(insult_damage_and_post()))


def test_231_counts_each_insulted_persons_own_day() -> None:
    # The clerk insulted, or the shop itself: each one's six months from their own day.
    shop, staff = date(2026, 6, 10), date(2026, 11, 3)
    o = found(insult_damage_and_post(shop=shop, staff=staff))["231"]
    assert [(d.holder, d.known_on) for d in o.holder_deadlines] == [
        ("shop", shop),
        ("staff", staff),
    ]
    assert o.complaint_deadline == complaint_deadline(shop)  # the soonest still running
    assert "complaint_period_passed" not in o.open_points
    note = o.notes[0].text
    assert (
        "最決昭和58年11月1日" in note["ja"]
        and "the company for an insult to the shop" in note["en"]
    )


def test_261_counts_from_the_shops_day_not_the_staff_members() -> None:
    shop, staff = date(2026, 11, 3), date(2026, 6, 10)
    o = found(insult_damage_and_post(shop=shop, staff=staff))["261"]
    assert [(d.holder, d.known_on) for d in o.holder_deadlines] == [("shop", shop)]
    assert o.complaint_deadline == complaint_deadline(shop)


def test_the_staff_day_alone_is_not_counted_for_the_shops_property() -> None:
    o = found(insult_damage_and_post(staff=date(2026, 11, 3)))["261"]
    assert o.holder_deadlines == () and o.complaint_deadline is None
    assert "offender_not_identified" in o.open_points


def test_230_has_one_period_per_holder() -> None:
    shop, staff = date(2026, 11, 3), date(2026, 11, 10)
    o = found(insult_damage_and_post(shop=shop, staff=staff))["230"]
    assert [(d.holder, d.deadline) for d in o.holder_deadlines] == [
        ("shop", complaint_deadline(shop)),
        ("staff", complaint_deadline(staff)),
    ]
    # The one to act on first: the soonest still running.
    assert o.complaint_deadline == complaint_deadline(shop)
    assert o.days_left == (complaint_deadline(shop) - TODAY).days


def test_one_holders_period_ending_does_not_end_the_others() -> None:
    shop, staff = date(2026, 1, 5), date(2026, 11, 3)
    o = found(insult_damage_and_post(shop=shop, staff=staff))["230"]
    by = {d.holder: d for d in o.holder_deadlines}
    assert by["shop"].days_left < 0 <= by["staff"].days_left
    assert "complaint_period_passed" not in o.open_points
    assert o.complaint_deadline == complaint_deadline(staff)


def test_the_period_has_passed_only_when_every_holders_has() -> None:
    o = found(insult_damage_and_post(shop=date(2026, 1, 5), staff=date(2026, 2, 1)))["230"]
    assert "complaint_period_passed" in o.open_points
    assert o.complaint_deadline == complaint_deadline(date(2026, 2, 1))  # the last to end
    assert o.days_left is not None and o.days_left < 0


def test_an_ended_period_with_another_holder_unrecorded_is_not_called_passed() -> None:
    o = found(insult_damage_and_post(shop=date(2026, 1, 5)))["230"]
    assert "complaint_period_passed" not in o.open_points  # the staff member's may still run
    assert "offender_not_identified" not in o.open_points


def test_no_holder_day_recorded_leaves_the_offender_unidentified() -> None:
    for article in ("230", "231", "261"):
        o = found(insult_damage_and_post())[article]
        assert "offender_not_identified" in o.open_points, article
        assert o.holder_deadlines == () and o.days_left is None


def test_known_on_by_holder_reads_both_days() -> None:
    inc = insult_damage_and_post(shop=date(2026, 11, 3))
    assert known_on_by_holder(inc) == {"shop": date(2026, 11, 3)}
    inc.offender_known_to_staff_on = date(2026, 11, 4)
    assert known_on_by_holder(inc) == {"shop": date(2026, 11, 3), "staff": date(2026, 11, 4)}


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(legal_data_path().read_text(encoding="utf-8"))
    return data


def _article(data: dict[str, Any], number: str) -> dict[str, Any]:
    return next(a for a in data["articles"] if a["number"] == number)


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (lambda d: _article(d, "231").pop("complaint_holders"), "must say who may complain"),
        (lambda d: _article(d, "231").update(complaint_holders=[]), "must say who may complain"),
        (lambda d: _article(d, "231").update(complaint_holders=["police"]), "expected a list"),
        (lambda d: _article(d, "231").update(complaint_holders="staff"), "expected a list"),
        (lambda d: _article(d, "130").update(complaint_holders=["shop"]), "only a complaint-only"),
    ],
)
def test_bad_holders_are_refused(patch: Any, message: str) -> None:
    data = raw()
    patch(data)
    with pytest.raises(ValidationError, match=message):
        parse_legal_data(data)


def test_holder_periods_name_the_term_for_each_holders_state() -> None:
    found_ = found(insult_damage_and_post(shop=date(2026, 1, 5), staff=date(2026, 11, 3)))
    assert [(k, h) for k, h, _ in holder_periods(found_["230"])] == [
        ("holder_passed", "shop"), ("holder_deadline", "staff"),
    ]  # fmt: skip
    assert [k for k, _, _ in holder_periods(found_["261"])] == ["holder_passed"]
    today = complaint_deadline(date(2026, 11, 3))
    last_day = found(insult_damage_and_post(staff=date(2026, 11, 3)), today=today)["231"]
    assert [k for k, _, _ in holder_periods(last_day)] == [
        "holder_unknown", "holder_deadline_today",
    ]  # fmt: skip
    unknown = found(insult_damage_and_post(staff=date(2026, 11, 3)))["261"]
    assert holder_periods(unknown) == [("holder_unknown", "shop", None)]
