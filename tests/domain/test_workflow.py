"""The response workflow: transitions and guards, the notice gate, timeline warnings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.assessment import Answer, Assessment, MannerFlag, judge
from kasuhara_desktop.domain.enums import (
    ActionKind,
    IncidentStatus,
    ParticipantRole,
    TimelineKind,
    TradeType,
)
from kasuhara_desktop.domain.errors import WorkflowError
from kasuhara_desktop.domain.models import (
    Action,
    Incident,
    Participant,
    Person,
    StaffMember,
    TimelineEntry,
    WitnessStatement,
)
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.domain.workflow import (
    TransitionContext,
    allowed_transitions,
    can_issue_notice,
    check_timeline,
    check_transition,
    is_reopen,
    open_follow_ups,
    single_source_warning,
    transition_problems,
)

S = IncidentStatus
TOKYO = ZoneInfo("Asia/Tokyo")
T0 = datetime(2026, 11, 3, 14, 0, tzinfo=TOKYO)


def harassment() -> Assessment:
    return Assessment(
        shop_fault=Answer.NO,
        demand_related=Answer.YES,
        manner={MannerFlag.VIOLENT_OR_THREATENING},
        facts_confirmed_by="店長 山田",
        judged_by="店長 山田",
    )


def test_allowed_transitions() -> None:
    assert allowed_transitions(S.DRAFT) == {S.FACTS_CONFIRMED}
    assert allowed_transitions(S.JUDGED) == {S.RESPONDED, S.DRAFT, S.FACTS_CONFIRMED}
    assert allowed_transitions(S.CLOSED) == {S.DRAFT, S.FACTS_CONFIRMED, S.JUDGED, S.RESPONDED}
    assert is_reopen(S.CLOSED, S.RESPONDED)
    assert not is_reopen(S.DRAFT, S.FACTS_CONFIRMED)


def test_the_whole_way_forward() -> None:
    ctx = TransitionContext(
        assessment=harassment(), actions=[Action(ActionKind.NO_RETURN_NOTICE, done=True)]
    )
    for current, target in zip(
        (S.DRAFT, S.FACTS_CONFIRMED, S.JUDGED, S.RESPONDED),
        (S.FACTS_CONFIRMED, S.JUDGED, S.RESPONDED, S.CLOSED),
        strict=True,
    ):
        check_transition(current, target, ctx)


def test_same_status_and_skipping_are_refused() -> None:
    ctx = TransitionContext(assessment=harassment(), reason="because")
    with pytest.raises(WorkflowError, match="already has that status"):
        check_transition(S.JUDGED, S.JUDGED, ctx)
    with pytest.raises(WorkflowError, match="one step at a time"):
        check_transition(S.DRAFT, S.JUDGED, ctx)


def test_facts_confirmed_needs_who_confirmed() -> None:
    for ctx in (TransitionContext(), TransitionContext(assessment=Assessment())):
        with pytest.raises(WorkflowError, match="who confirmed the facts"):
            check_transition(S.DRAFT, S.FACTS_CONFIRMED, ctx)
    blank = TransitionContext(assessment=Assessment(facts_confirmed_by="  "))
    assert transition_problems(S.DRAFT, S.FACTS_CONFIRMED, blank) == ["facts_confirmer_missing"]


def test_judged_needs_confirmed_facts_a_verdict_and_a_judge() -> None:
    ctx = TransitionContext(assessment=Assessment())
    assert transition_problems(S.FACTS_CONFIRMED, S.JUDGED, ctx) == [
        "facts_not_confirmed",
        "verdict_not_determined",
        "judge_missing",
    ]
    unclear = Assessment(facts_confirmed_by="店長", judged_by="店長")
    with pytest.raises(WorkflowError, match="do not allow a verdict"):
        check_transition(S.FACTS_CONFIRMED, S.JUDGED, TransitionContext(assessment=unclear))
    # A reason does not lift these guards.
    with pytest.raises(WorkflowError):
        check_transition(S.FACTS_CONFIRMED, S.JUDGED, TransitionContext(unclear, reason="hurry"))
    polite = Assessment(
        shop_fault=Answer.NO, demand_related=Answer.YES, facts_confirmed_by="a", judged_by="b"
    )
    check_transition(S.FACTS_CONFIRMED, S.JUDGED, TransitionContext(assessment=polite))


def test_responded_needs_an_action() -> None:
    with pytest.raises(WorkflowError, match="at least one action"):
        check_transition(S.JUDGED, S.RESPONDED, TransitionContext(assessment=harassment()))


def test_closing_with_open_follow_ups_needs_a_reason() -> None:
    open_action = Action(ActionKind.FOLLOW_UP, "電話で確認", due=date(2026, 12, 1))
    no_due = Action(ActionKind.NOTE, "メモ")  # no due date: not a follow-up
    ctx = TransitionContext(actions=[open_action, no_due])
    assert open_follow_ups(ctx.actions) == ["follow_up:2026-12-01"]
    with pytest.raises(WorkflowError, match="Follow-ups are still open"):
        check_transition(S.RESPONDED, S.CLOSED, ctx)
    check_transition(
        S.RESPONDED, S.CLOSED, TransitionContext(actions=[open_action], reason="顧客と和解")
    )
    done = Action(ActionKind.FOLLOW_UP, due=date(2026, 12, 1), done=True)
    check_transition(S.RESPONDED, S.CLOSED, TransitionContext(actions=[done, no_due]))


def test_open_staff_care_follow_ups_block_closing() -> None:
    care = StaffCare("佐藤", follow_ups=[FollowUp(date(2027, 1, 5), "1か月後の面談")])
    ctx = TransitionContext(staff_care=[care])
    assert transition_problems(S.RESPONDED, S.CLOSED, ctx) == ["open_follow_ups"]
    assert open_follow_ups([], [care]) == ["staff_care:佐藤:2027-01-05"]
    care.follow_ups[0].done = True
    check_transition(S.RESPONDED, S.CLOSED, ctx)


def test_going_back_needs_a_reason() -> None:
    with pytest.raises(WorkflowError, match="needs a reason"):
        check_transition(S.CLOSED, S.FACTS_CONFIRMED, TransitionContext())
    with pytest.raises(WorkflowError):
        check_transition(S.CLOSED, S.DRAFT, TransitionContext(reason="   "))
    check_transition(S.CLOSED, S.FACTS_CONFIRMED, TransitionContext(reason="新しい映像"))


def test_notice_on_the_merits() -> None:
    d = can_issue_notice(harassment())
    assert d.allowed and d.problems == [] and not d.overridden and d.override_reason == ""


def test_notice_refused_without_confirmed_facts_or_harassment() -> None:
    a = harassment()
    a.facts_confirmed_by = ""
    assert can_issue_notice(a).problems == ["facts_not_confirmed"]
    assert not can_issue_notice(a).allowed
    polite = Assessment(shop_fault=Answer.NO, demand_related=Answer.YES, facts_confirmed_by="x")
    assert can_issue_notice(polite).problems == ["not_harassment"]
    assert can_issue_notice(None).problems == ["no_assessment"]


def test_notice_override_reason_is_returned_for_the_audit() -> None:
    polite = Assessment(shop_fault=Answer.NO, demand_related=Answer.YES, facts_confirmed_by="x")
    d = can_issue_notice(polite, override_reason="  本部の指示  ")
    assert d.allowed and d.overridden
    assert d.override_reason == "本部の指示"
    assert d.problems == ["not_harassment"]


def test_notice_uses_a_given_judgement_and_warns_for_duty_to_serve() -> None:
    a = harassment()
    d = can_issue_notice(a, judgement=judge(a), trade_type=TradeType.INN)
    assert d.allowed and d.warnings == ("duty_to_serve",)
    assert can_issue_notice(a, trade_type=TradeType.RETAIL).warnings == ()


def entry(minutes: int, kind: TimelineKind) -> TimelineEntry:
    return TimelineEntry(T0 + timedelta(minutes=minutes), kind=kind)


def incident(*entries: TimelineEntry, ended: int | None = 60) -> Incident:
    return Incident(
        occurred_at=T0,
        ended_at=T0 + timedelta(minutes=ended) if ended is not None else None,
        summary="居座り",
        timeline=list(entries),
    )


def test_a_clean_timeline_has_no_problems() -> None:
    inc = incident(
        entry(5, TimelineKind.CONVERSATION_END),
        entry(10, TimelineKind.STOP_REQUEST),
        entry(15, TimelineKind.LEAVE_ORDER),
        entry(20, TimelineKind.POLICE_CALL),
        entry(30, TimelineKind.POLICE_ARRIVED),
        entry(40, TimelineKind.CUSTOMER_LEFT),
    )
    assert check_timeline(inc) == []


def test_timeline_problems() -> None:
    inc = incident(
        entry(-5, TimelineKind.NOTE),
        entry(20, TimelineKind.LEAVE_ORDER),
        entry(10, TimelineKind.STOP_REQUEST),
        entry(30, TimelineKind.POLICE_ARRIVED),
        entry(90, TimelineKind.CUSTOMER_LEFT),
    )
    assert check_timeline(inc) == [
        "timeline_out_of_order",
        "police_arrived_before_call",
        "entry_before_occurred_at",
        "entry_after_ended_at",
    ]


def test_leave_order_before_any_stop_request() -> None:
    assert check_timeline(incident(entry(5, TimelineKind.LEAVE_ORDER))) == [
        "leave_order_before_stop_request"
    ]
    late_stop = incident(entry(5, TimelineKind.LEAVE_ORDER), entry(6, TimelineKind.STOP_REQUEST))
    assert check_timeline(late_stop) == ["leave_order_before_stop_request"]


def test_naive_times_are_read_in_the_incident_zone() -> None:
    inc = incident(TimelineEntry(datetime(2026, 11, 3, 14, 30), kind=TimelineKind.NOTE), ended=20)
    assert check_timeline(inc) == ["entry_after_ended_at"]
    inc.timezone = "Not/AZone"
    assert check_timeline(inc) == ["timeline_times_not_comparable"]


def test_single_source_warning() -> None:
    inc = incident()
    assert single_source_warning(inc)
    assert not single_source_warning(inc, evidence_count=1)
    inc.statements = [
        WitnessStatement("佐藤", "怒鳴っていた"),
        WitnessStatement(" 佐藤 ", "二回目の聴取"),
    ]
    assert single_source_warning(inc)  # one witness, twice
    inc.participants = [
        Participant(ParticipantRole.WITNESS, person=Person("客B")),
        Participant(ParticipantRole.CUSTOMER, person=Person("客A")),
    ]
    assert not single_source_warning(inc)
    inc.participants = [Participant(ParticipantRole.TARGET, staff=StaffMember("田中"))]
    assert single_source_warning(inc)
