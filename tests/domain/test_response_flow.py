"""The guided response's route: which steps apply, what the close step suggests, statuses."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.assessment import Answer, Assessment, MannerFlag, Verdict
from kasuhara_desktop.domain.enums import (
    ActionKind,
    Behaviour,
    Channel,
    IncidentStatus,
    TimelineKind,
)
from kasuhara_desktop.domain.models import Action, Incident, TimelineEntry
from kasuhara_desktop.domain.response_flow import (
    POLICE_FLOW,
    STEPS,
    Step,
    applicable_steps,
    flow_counts,
    judgement_of,
    next_step,
    skip_reason,
    status_option,
    status_options,
    suggested_actions,
    suggested_flow_step,
    suggested_status,
)
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare

S = IncidentStatus
TOKYO = ZoneInfo("Asia/Tokyo")
T0 = datetime(2026, 11, 3, 14, 0, tzinfo=TOKYO)
WHO = "店長 山田"


def incident(
    fault: Answer = Answer.UNCLEAR,
    related: Answer = Answer.UNCLEAR,
    manner: set[MannerFlag] | None = None,
    **kw: object,
) -> Incident:
    inc = Incident(occurred_at=T0, summary="返金要求")
    inc.assessment = Assessment(shop_fault=fault, demand_related=related, manner=manner or set())
    for key, value in kw.items():
        setattr(inc, key, value)
    return inc


def legitimate() -> Incident:
    return incident(Answer.YES, Answer.YES)


def harassment() -> Incident:
    return incident(Answer.NO, Answer.YES, {MannerFlag.VIOLENT_OR_THREATENING})


# ---------------------------------------------------------------- which steps apply


@pytest.mark.parametrize(
    ("fault", "related", "manner", "verdict", "on_site"),
    [
        (Answer.YES, Answer.YES, set(), Verdict.LEGITIMATE_COMPLAINT, False),
        (Answer.NO, Answer.YES, set(), Verdict.NO_BASIS_ACCEPTABLE_MANNER, False),
        (Answer.UNCLEAR, Answer.UNCLEAR, set(), Verdict.NOT_DETERMINED, True),
        (
            Answer.YES,
            Answer.YES,
            {MannerFlag.PROLONGED},
            Verdict.JUSTIFIED_UNACCEPTABLE_MANNER,
            True,
        ),
        (Answer.NO, Answer.NO, {MannerFlag.SEXUAL}, Verdict.NO_BASIS_UNACCEPTABLE_MANNER, True),
        (
            Answer.UNCLEAR,
            Answer.YES,
            {MannerFlag.PERSISTENT},
            Verdict.UNACCEPTABLE_MANNER_CLAIM_UNCLEAR,
            True,
        ),
    ],
)
def test_on_site_step_follows_the_verdict(
    fault: Answer, related: Answer, manner: set[MannerFlag], verdict: Verdict, on_site: bool
) -> None:
    inc = incident(fault, related, manner)
    assert judgement_of(inc).verdict is verdict
    assert (Step.ON_SITE in applicable_steps(inc)) is on_site
    assert (Step.OFFENCES in applicable_steps(inc)) is on_site
    for always in (Step.WHAT_HAPPENED, Step.FACTS, Step.JUDGE, Step.STAFF_CARE, Step.CLOSE):
        assert always in applicable_steps(inc)


def test_legitimate_complaint_skips_on_site_and_offences() -> None:
    inc = legitimate()
    assert skip_reason(Step.ON_SITE, inc) == "not_harassment"
    assert next_step(Step.JUDGE, inc) is Step.STAFF_CARE
    assert next_step(Step.STAFF_CARE, inc) is Step.CLOSE
    assert next_step(Step.CLOSE, inc) is None


def test_harassment_walks_every_step() -> None:
    inc = harassment()
    route = [Step.WHAT_HAPPENED]
    while (following := next_step(route[-1], inc)) is not None:
        route.append(following)
    assert route == list(STEPS)


def test_recorded_flow_is_never_hidden() -> None:
    inc = legitimate()
    inc.timeline.append(TimelineEntry(at=T0, kind=TimelineKind.STOP_REQUEST))
    assert skip_reason(Step.ON_SITE, inc) is None
    inc.channel = Channel.EMAIL
    assert skip_reason(Step.ON_SITE, inc) is None


def test_written_contact_has_no_on_site_step() -> None:
    inc = harassment()
    inc.channel = Channel.EMAIL
    assert skip_reason(Step.ON_SITE, inc) == "written_contact"
    assert next_step(Step.JUDGE, inc) is Step.STAFF_CARE
    inc.channel = Channel.PHONE  # a caller can still be told the conversation is ending
    assert skip_reason(Step.ON_SITE, inc) is None


def test_offences_shown_when_the_record_points_to_them() -> None:
    inc = legitimate()
    inc.behaviours = [Behaviour.THREATS_ABUSE]  # contradicts the answers: not hidden
    assert skip_reason(Step.OFFENCES, inc) is None
    inc2 = legitimate()
    inc2.offender_known_on = date(2026, 11, 3)
    assert skip_reason(Step.OFFENCES, inc2) is None
    inc3 = legitimate()
    inc3.behaviours = [Behaviour.GROUNDLESS_REFUND]  # implies no manner
    assert skip_reason(Step.OFFENCES, inc3) == "not_harassment"


def test_flow_counts_only_count_the_flow() -> None:
    kinds = [TimelineKind.STOP_REQUEST, TimelineKind.NOTE, TimelineKind.STOP_REQUEST]
    kinds += [TimelineKind.LEAVE_ORDER, TimelineKind.CALL_START]
    counts = flow_counts(TimelineEntry(at=T0, kind=k) for k in kinds)
    assert counts[TimelineKind.STOP_REQUEST] == 2
    assert counts[TimelineKind.LEAVE_ORDER] == 1
    assert TimelineKind.NOTE not in counts
    assert TimelineKind.CALL_START not in counts
    assert POLICE_FLOW[0] is TimelineKind.CONVERSATION_END


def test_suggested_flow_step_follows_the_tokyo_manual() -> None:
    timeline: list[TimelineEntry] = []

    def log(kind: TimelineKind) -> TimelineKind | None:
        timeline.append(TimelineEntry(at=T0, kind=kind))
        return suggested_flow_step(timeline)

    assert suggested_flow_step(timeline) is TimelineKind.CONVERSATION_END
    assert log(TimelineKind.CONVERSATION_END) is TimelineKind.STOP_REQUEST
    assert log(TimelineKind.STOP_REQUEST) is TimelineKind.STOP_REQUEST
    assert log(TimelineKind.STOP_REQUEST) is TimelineKind.LEAVE_ORDER
    assert log(TimelineKind.LEAVE_ORDER) is TimelineKind.LEAVE_ORDER
    assert log(TimelineKind.LEAVE_ORDER) is TimelineKind.FINAL_WARNING
    assert log(TimelineKind.FINAL_WARNING) is TimelineKind.POLICE_CALL
    assert log(TimelineKind.POLICE_CALL) is TimelineKind.RECORDING_HANDOVER
    assert log(TimelineKind.RECORDING_HANDOVER) is None
    assert suggested_flow_step([TimelineEntry(at=T0, kind=TimelineKind.CUSTOMER_LEFT)]) is None


# ---------------------------------------------------------------- suggestions


def test_suggested_actions() -> None:
    assert suggested_actions(legitimate())[:2] == [ActionKind.APOLOGY, ActionKind.REFUND]
    assert ActionKind.NO_RETURN_NOTICE not in suggested_actions(legitimate())
    violent = harassment()
    assert suggested_actions(violent) == [
        ActionKind.NO_RETURN_NOTICE,
        ActionKind.POLICE_REPORT,
        ActionKind.LAWYER_CONSULTED,
    ]
    justified_rude = incident(Answer.YES, Answer.YES, {MannerFlag.PROLONGED})
    assert suggested_actions(justified_rude) == [
        ActionKind.APOLOGY,
        ActionKind.REFUND,
        ActionKind.EXCHANGE,
        ActionKind.NO_RETURN_NOTICE,
    ]
    assert suggested_actions(incident()) == []


# ---------------------------------------------------------------- statuses


def confirmed_and_judged() -> Incident:
    inc = harassment()
    inc.assessment.facts_confirmed_by = WHO
    inc.assessment.judged_by = WHO
    return inc


def test_status_options_follow_the_guards_step_by_step() -> None:
    inc = harassment()
    options = {o.status: o for o in status_options(inc, S.DRAFT)}
    assert options[S.DRAFT].problems == () and not options[S.DRAFT].blocked
    assert options[S.FACTS_CONFIRMED].problems == ("facts_confirmer_missing",)
    assert options[S.JUDGED].blocked
    assert "facts_confirmer_missing" in options[S.JUDGED].problems
    assert "judge_missing" in options[S.JUDGED].problems

    inc = confirmed_and_judged()
    options = {o.status: o for o in status_options(inc, S.DRAFT)}
    assert not options[S.JUDGED].blocked
    assert options[S.RESPONDED].problems == ("no_response_recorded",)
    inc.actions.append(Action(kind=ActionKind.NO_RETURN_NOTICE))
    assert not status_option(inc, S.DRAFT, S.CLOSED).blocked


def test_closing_over_open_follow_ups_needs_a_reason() -> None:
    inc = confirmed_and_judged()
    inc.actions.append(Action(kind=ActionKind.APOLOGY))
    inc.staff_care = [StaffCare(staff_name="佐藤", follow_ups=[FollowUp(due=date(2026, 11, 4))])]
    option = status_option(inc, S.RESPONDED, S.CLOSED)
    assert option.blocked and option.reason_needed
    assert option.problems == ("open_follow_ups",)
    with_reason = status_option(inc, S.RESPONDED, S.CLOSED, "退職のため")
    assert not with_reason.blocked
    assert with_reason.problems == ("open_follow_ups",)  # still listed, for the audit note


def test_going_back_needs_a_reason() -> None:
    inc = confirmed_and_judged()
    option = status_option(inc, S.JUDGED, S.DRAFT)
    assert option.blocked and option.reason_needed
    assert option.problems == ("reopen_needs_reason",)
    assert not status_option(inc, S.JUDGED, S.DRAFT, "事実の再確認").blocked


def test_suggested_status_never_closes() -> None:
    inc = harassment()
    assert suggested_status(inc, S.DRAFT) is S.DRAFT
    inc.assessment.facts_confirmed_by = WHO
    assert suggested_status(inc, S.DRAFT) is S.FACTS_CONFIRMED
    inc.assessment.judged_by = WHO
    assert suggested_status(inc, S.DRAFT) is S.JUDGED
    inc.actions.append(Action(kind=ActionKind.APOLOGY))
    assert suggested_status(inc, S.DRAFT) is S.RESPONDED
    assert suggested_status(inc, S.CLOSED) is S.CLOSED
