"""Who is overdue: the rule at its edges (today injected)."""

from __future__ import annotations

from datetime import date

import pytest

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.training import (
    CHECKLIST,
    CaseStudy,
    EmploymentKind,
    RosterMember,
    TrainingSession,
    TrainingSettings,
    TrainingState,
    add_months,
    checklist_complete,
    member_status,
    summarise,
    validate_member,
    validate_session,
)

JOINED = date(2026, 1, 10)


def member(**kw: object) -> RosterMember:
    m = RosterMember(name="田中 花子", employment=EmploymentKind.PART_TIME, joined_on=JOINED)
    for k, v in kw.items():
        setattr(m, k, v)
    return m


def test_a_new_starter_is_in_time_through_the_last_grace_day_and_never_trained_the_next() -> None:
    settings = TrainingSettings(new_starter_days=30)
    last_day = date(2026, 2, 9)  # 10 Jan + 30 days
    assert member_status(member(), [], last_day, settings).state is TrainingState.DUE_NEW
    after = member_status(member(), [], date(2026, 2, 10), settings)
    assert after.state is TrainingState.NEVER
    assert after.needs_training and after.due_on == last_day


def test_trained_exactly_one_interval_ago_is_in_time_the_day_after_is_overdue() -> None:
    trained = [date(2025, 3, 1), date(2025, 12, 4)]
    s = TrainingSettings(interval_months=12)
    assert member_status(member(), trained, date(2026, 12, 4), s).state is TrainingState.CURRENT
    late = member_status(member(), trained, date(2026, 12, 5), s)
    assert late.state is TrainingState.OVERDUE and late.last_trained == date(2025, 12, 4)


def test_a_session_entered_ahead_does_not_count_yet() -> None:
    st = member_status(member(), [date(2026, 6, 1)], date(2026, 5, 1))
    assert st.state is TrainingState.NEVER and st.last_trained is None


def test_someone_who_left_does_not_count_but_counts_on_their_last_day() -> None:
    m = member(left_on=date(2026, 3, 31))
    assert member_status(m, [], date(2026, 3, 31)).state is TrainingState.NEVER
    assert member_status(m, [], date(2026, 4, 1)).state is TrainingState.LEFT
    counts = summarise([member_status(m, [], date(2026, 4, 1))])
    assert counts.on_roster == 0 and counts.needing_training == 0


def test_month_ends_clamp() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 14) == date(2028, 1, 15)


def test_summary_counts_each_state() -> None:
    today = date(2027, 6, 1)
    statuses = [
        member_status(member(), [date(2027, 1, 1)], today),
        member_status(member(), [date(2025, 1, 1)], today),
        member_status(member(), [], today),
        member_status(member(joined_on=date(2027, 5, 20)), [], today),
    ]
    counts = summarise(statuses)
    assert (counts.on_roster, counts.overdue, counts.never_trained, counts.due_new) == (4, 1, 1, 1)


def test_settings_and_inputs_are_checked() -> None:
    with pytest.raises(ValidationError, match="interval"):
        TrainingSettings(interval_months=0).validated()
    with pytest.raises(ValidationError, match="grace"):
        TrainingSettings(new_starter_days=400).validated()
    with pytest.raises(ValidationError, match="name"):
        validate_member(member(name="  "))
    with pytest.raises(ValidationError, match="before joining"):
        validate_member(member(left_on=date(2025, 1, 1)))
    with pytest.raises(ValidationError, match="trainer"):
        validate_session(TrainingSession(held_on=JOINED, topics="対応", trainer=" "))
    assert EmploymentKind.parse("Part-Time") is EmploymentKind.PART_TIME
    with pytest.raises(ValidationError, match="full_time"):
        EmploymentKind.parse("intern")


def test_a_case_study_is_checked_only_with_every_item_and_a_checker() -> None:
    yes = {i.value: True for i in CHECKLIST}
    assert checklist_complete(yes)
    assert not checklist_complete({**yes, "no_dates": False})
    case = CaseStudy(title="t", text="x", checklist=yes, checked_by="")
    assert not case.checked
