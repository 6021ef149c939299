"""Calendar arithmetic: month ends, leap years, and the CCP art. 235 complaint period."""

from __future__ import annotations

from datetime import date

import pytest

from kasuhara_desktop.domain.deadlines import (
    COMPLAINT_PERIOD_MONTHS,
    add_months,
    care_follow_up_dates,
    complaint_deadline,
    days_left,
    period_end,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 3, 31), 6, date(2026, 9, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # year boundary
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 10), -13, date(2024, 12, 10)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 5, 5), 0, date(2026, 5, 5)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_months_out_of_range() -> None:
    with pytest.raises(OverflowError):
        add_months(date(9999, 12, 1), 1)


@pytest.mark.parametrize(
    ("known_on", "last_day"),
    [
        # Ordinary case: first day not counted, so the same date six months later.
        (date(2026, 1, 10), date(2026, 7, 10)),
        (date(2026, 1, 3), date(2026, 7, 3)),
        (date(2026, 11, 28), date(2027, 5, 28)),  # over the year boundary
        # No corresponding day in the last month: that month's last day.
        (date(2026, 8, 30), date(2027, 2, 28)),
        (date(2027, 8, 30), date(2028, 2, 29)),  # leap year
        (date(2026, 8, 29), date(2027, 2, 28)),
        (date(2027, 8, 29), date(2028, 2, 29)),
        # Known on a month's last day: the period runs whole months from the 1st.
        (date(2026, 8, 31), date(2027, 2, 28)),
        (date(2027, 8, 31), date(2028, 2, 29)),
        (date(2026, 4, 30), date(2026, 10, 31)),  # add_months alone would say 30 October
        (date(2026, 2, 28), date(2026, 8, 31)),
        (date(2028, 2, 29), date(2028, 8, 31)),
        (date(2028, 2, 28), date(2028, 8, 28)),  # not the month end in a leap year
        (date(2026, 12, 31), date(2027, 6, 30)),
        (date(2026, 6, 30), date(2026, 12, 31)),
    ],
)
def test_complaint_deadline(known_on: date, last_day: date) -> None:
    assert complaint_deadline(known_on) == last_day


def test_complaint_deadline_is_six_months_by_default() -> None:
    assert COMPLAINT_PERIOD_MONTHS == 6
    assert complaint_deadline(date(2026, 1, 10)) == period_end(date(2026, 1, 10), 6)


def test_period_end_needs_a_positive_period() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        period_end(date(2026, 1, 1), 0)


def test_days_left() -> None:
    deadline = date(2026, 7, 10)
    assert days_left(deadline, date(2026, 7, 1)) == 9
    assert days_left(deadline, deadline) == 0
    assert days_left(deadline, date(2026, 7, 11)) == -1


def test_care_follow_up_dates() -> None:
    day = date(2026, 1, 31)
    assert care_follow_up_dates(day) == [date(2026, 2, 1), date(2026, 2, 7), date(2026, 3, 2)]
    assert care_follow_up_dates(day, (3, 0, 3)) == [day, date(2026, 2, 3)]
    with pytest.raises(ValueError, match="negative"):
        care_follow_up_dates(day, (-1,))
