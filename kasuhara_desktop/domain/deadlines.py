"""Calendar arithmetic for the deadlines the logbook tracks.

The one legal deadline is the complaint period for complaint-only offences (親告罪, Penal Code
arts. 230, 231, 261): Code of Criminal Procedure art. 235 says the complaint can no longer be
made once **six months have passed since the day the complainant learned who the offender is**.

How the period is counted (to confirm with a lawyer; see ``complaint_deadline``):

* CCP art. 55(1): periods counted in days, months or years **exclude the first day**
  (初日不算入; the Civil Code's art. 140 says the same for private law). The day the offender
  became known is therefore not counted; the period starts the next day.
* CCP art. 55(2): months are counted by the calendar (暦に従う), not as 30 days.
* The period ends at the end of the day *before* the day in the last month that corresponds to
  the starting day; if the last month has no such day, it ends on that month's last day (the
  rule of Civil Code art. 143(2), applied to CCP periods by analogy).

Worked out, that makes the last day the "same date six months later" in the ordinary case
(known on 10 January → last day 10 July), clamped to the month end (known on 30 or 31 August →
last day 28/29 February), **except** when the offender became known on the last day of a month:
the period then starts on the 1st and runs whole months, so it ends on the last day of the sixth
month (known on 30 April → last day 31 October, not 30 October). ``add_months`` alone would get
that case one day too early.

Not applied, deliberately: CCP art. 55(3) moves the last day of a period past a Saturday,
Sunday, national holiday, 2-3 January or 29-31 December. Applying it needs a holiday table the
program does not carry, and an earlier date is always safe to act on: the date returned is the
*earliest* day the period can end. The UI should say "file by" this date, not "you may wait
until" it.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta

COMPLAINT_PERIOD_MONTHS = 6
"""CCP art. 235: a complaint for a complaint-only offence is barred six months after the
complainant learned who the offender is."""

DEFAULT_CARE_CHECK_INS: tuple[int, ...] = (1, 7, 30)
"""Days after the incident for staff-care check-ins (next day, one week, one month).

A shop's own practice; not a legal rule. DOMAIN step 6 asks for mental-health follow-up
(check-ins, stress checks, referral) without fixing dates."""


def last_day_of_month(year: int, month: int) -> int:
    """Return the number of days in ``month`` of ``year`` (28-31)."""
    return calendar.monthrange(year, month)[1]


def add_months(d: date, n: int) -> date:
    """Return ``d`` moved by ``n`` calendar months, clamped to the end of the target month.

    >>> add_months(date(2026, 8, 31), 6)
    datetime.date(2027, 2, 28)
    >>> add_months(date(2027, 8, 31), 6)
    datetime.date(2028, 2, 29)

    ``n`` may be negative.
    """
    index = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(index, 12)
    month = month0 + 1
    if not 1 <= year <= 9999:
        raise OverflowError(f"add_months: year {year} is out of range.")
    return date(year, month, min(d.day, last_day_of_month(year, month)))


def period_end(start_event: date, months: int) -> date:
    """Return the last day of a period of ``months`` counted from the day of ``start_event``.

    The day of the event is not counted (初日不算入, CCP art. 55(1)); the period starts the next
    day and ends the day before the corresponding day ``months`` later, or on the last day of
    the final month when that month has no corresponding day.
    """
    if months < 1:
        raise ValueError("period_end: months must be at least 1.")
    start = start_event + timedelta(days=1)
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    days_in_month = last_day_of_month(year, month)
    if start.day > days_in_month:
        # No corresponding day in the final month: the period ends on its last day.
        return date(year, month, days_in_month)
    return date(year, month, start.day) - timedelta(days=1)


def complaint_deadline(known_on: date, months: int = COMPLAINT_PERIOD_MONTHS) -> date:
    """Return the last day on which a complaint (告訴) can be filed, per CCP art. 235.

    Args:
        known_on: The day the complainant learned who the offender is (犯人を知った日).
        months: The period; six by statute, a parameter only so the data file can carry it.

    Returns:
        The last day of the period, counted with the first day excluded (see the module
        docstring). Not moved past weekends or holidays (CCP art. 55(3)): the earliest
        possible end, which is the safe date to show. **To confirm with a lawyer.**
    """
    return period_end(known_on, months)


def days_left(deadline: date, today: date) -> int:
    """Days from ``today`` to ``deadline``: 0 on the last day itself, negative once passed."""
    return (deadline - today).days


def care_follow_up_dates(
    incident_day: date, offsets: Sequence[int] = DEFAULT_CARE_CHECK_INS
) -> list[date]:
    """Return the check-in dates for a staff member after an incident, in order.

    Args:
        incident_day: The day of the incident.
        offsets: Days after the incident; duplicates are dropped, negatives refused.
    """
    if any(o < 0 for o in offsets):
        raise ValueError("care_follow_up_dates: offsets must not be negative.")
    return [incident_day + timedelta(days=o) for o in sorted(set(offsets))]
