"""The retention rules at their edges: the day a period ends, holds, notices, deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.retention import (
    RULES,
    Decision,
    IncidentFacts,
    NoticeFacts,
    RecordFacts,
    RecordKind,
    RetentionSettings,
    parse_kind,
    parse_setting,
    review,
)

DEFAULTS = RetentionSettings()
CLOSED = date(2021, 3, 31)


def texts(d: Decision) -> list[str]:
    return [str(k) for k in d.held]


def one(today: date, *incidents: IncidentFacts, notices=(), records=(), holds=None, s=DEFAULTS):
    return review(today, s, incidents, notices, records, holds)


def test_a_closed_incident_is_due_on_the_day_its_period_ends_not_the_day_before() -> None:
    inc = IncidentFacts("K-2021-0001", CLOSED)
    assert one(date(2026, 3, 30), inc).due == ()
    due = one(date(2026, 3, 31), inc).due
    assert [(d.reference, d.due_since) for d in due] == [("K-2021-0001", date(2026, 3, 31))]
    assert due[0].why == "closed 2021-03-31 + 60 months"


def test_the_shops_period_replaces_the_default_and_zero_keeps_for_ever() -> None:
    inc = IncidentFacts("K-2021-0001", CLOSED)
    shorter = RetentionSettings({RecordKind.CLOSED_INCIDENT: 12})
    assert one(date(2022, 3, 31), inc, s=shorter).due[0].due_since == date(2022, 3, 31)
    never = RetentionSettings({RecordKind.CLOSED_INCIDENT: 0})
    assert one(date(2090, 1, 1), inc, s=never).due == ()


def test_phone_calls_follow_their_own_period() -> None:
    call = IncidentFacts("K-2021-0002", CLOSED, phone=True)
    s = RetentionSettings({RecordKind.PHONE_CALL: 24, RecordKind.CLOSED_INCIDENT: 120})
    (d,) = one(date(2023, 3, 31), call, s=s).due
    assert (d.kind, d.due_since) == (RecordKind.PHONE_CALL, date(2023, 3, 31))


def test_a_hold_keeps_a_record_past_its_period_with_the_reason() -> None:
    inc = IncidentFacts("K-2021-0001", CLOSED)
    r = one(date(2030, 1, 1), inc, holds={"K-2021-0001": "訴訟中"})
    assert r.due == () and texts(r.held[0]) == ["on hold: 訴訟中"]


def test_a_held_record_not_yet_past_its_period_is_listed_as_held() -> None:
    r = one(date(2022, 1, 1), IncidentFacts("K-2021-0001", CLOSED), holds={"K-2021-0001": "x"})
    assert [d.reference for d in r.held] == ["K-2021-0001"] and r.held[0].due_since is None


def test_an_incident_an_active_notice_rests_on_is_never_due() -> None:
    inc = IncidentFacts("K-2021-0001", CLOSED)
    indefinite = NoticeFacts("N-2021-0001", date(2021, 4, 1), None, None, ("K-2021-0001",))
    r = one(date(2090, 1, 1), inc, notices=[indefinite])
    assert r.due == ()
    assert texts(r.held[0]) == ["notice N-2021-0001 is in force and rests on it"]


def test_a_notice_kept_after_its_ban_keeps_its_incident_too() -> None:
    inc = IncidentFacts("K-2021-0001", CLOSED)
    long_ago = NoticeFacts(
        "N-2021-0001", date(2021, 4, 1), date(2022, 3, 31), None, (inc.reference,)
    )
    s = RetentionSettings({RecordKind.NOTICE: 120})
    r = one(date(2026, 6, 1), inc, notices=[long_ago], s=s)
    assert r.due == () and "N-2021-0001 rests on it and is kept" in texts(r.held[0])[0]


def test_an_incident_whose_notices_are_due_is_due_with_them() -> None:
    inc = IncidentFacts("K-2021-0001", CLOSED)
    revoked = NoticeFacts(
        "N-2021-0001", date(2021, 4, 1), None, date(2022, 1, 10), ("K-2021-0001",)
    )
    r = one(date(2026, 6, 1), inc, notices=[revoked])
    assert [d.reference for d in r.due] == ["N-2021-0001", "K-2021-0001"]
    assert r.due[0].due_since == date(2023, 1, 10) and r.due[0].why.startswith("ended 2022-01-10")
    assert r.due[1].requires == ("N-2021-0001",)


def test_a_notice_ending_today_is_not_over_yet() -> None:
    n = NoticeFacts("N-2021-0001", date(2021, 4, 1), date(2026, 6, 1), None)
    assert n.ended_on(date(2026, 6, 1)) is None and n.ended_on(date(2026, 6, 2)) == date(2026, 6, 1)
    assert (
        NoticeFacts("N", date(2021, 4, 1), None, date(2026, 7, 1)).ended_on(date(2026, 6, 1))
        is None
    )


def test_an_open_complaint_deadline_keeps_the_incident_until_its_last_day() -> None:
    inc = IncidentFacts("K-2021-0001", date(2020, 1, 1), offender_known_on=date(2026, 1, 10))
    s = RetentionSettings({RecordKind.CLOSED_INCIDENT: 1})
    assert "open until 2026-07-10" in texts(one(date(2026, 7, 10), inc, s=s).held[0])[0]
    assert one(date(2026, 7, 11), inc, s=s).due[0].reference == "K-2021-0001"


def test_open_follow_ups_keep_the_incident() -> None:
    inc = IncidentFacts("K-2021-0001", CLOSED, open_follow_ups=2)
    (d,) = one(date(2030, 1, 1), inc).held
    assert texts(d) == ["2 follow-up(s) not done"] and d.held[0].code == "follow_ups"


def test_consultations_training_and_case_studies_by_their_own_periods() -> None:
    records = [
        RecordFacts(RecordKind.CONSULTATION, "C-1", date(2022, 5, 1)),
        RecordFacts(RecordKind.TRAINING_SESSION, "T-1", date(2021, 5, 1)),
        RecordFacts(RecordKind.CASE_STUDY, "S-1", date(2000, 1, 1)),
    ]
    r = one(date(2026, 5, 1), records=records)
    assert [d.reference for d in r.due] == ["C-1", "T-1"]  # earliest due first; S-1 kept (0)


def test_a_former_member_of_staff_waits_for_the_sessions_that_name_them() -> None:
    """Five years after leaving; a kept session that names them keeps them, a due one goes
    first (with them); a member who attended nothing is due on their own."""
    left = date(2020, 3, 31)
    today = date(2025, 3, 31)  # five years after leaving
    member = RecordFacts(RecordKind.FORMER_STAFF, "R-1", left, named_in=("T-1", "T-2"))
    alone = RecordFacts(RecordKind.FORMER_STAFF, "R-2", left)
    old = RecordFacts(RecordKind.TRAINING_SESSION, "T-1", date(2019, 4, 1))
    recent = RecordFacts(RecordKind.TRAINING_SESSION, "T-2", date(2020, 4, 1))  # due 2025-04-01
    r = one(today, records=[member, alone, old, recent])
    assert [d.reference for d in r.due] == ["T-1", "R-2"]
    kept = r.find("R-1")
    assert kept is not None and texts(kept) == ["training session T-2 names them and is kept"]
    r = one(date(2025, 4, 1), records=[member, old, recent])
    d = r.find("R-1")
    assert d is not None and d.due and d.requires == ("T-1", "T-2")
    assert one(date(2025, 3, 30), records=[alone]).due == ()  # the day before: not yet


def test_a_member_still_working_is_never_listed() -> None:
    """Only members with a leaving day become records with a period (the repository gives
    none for staff still on the roster); a session naming one is erased on its own."""
    session = RecordFacts(RecordKind.TRAINING_SESSION, "T-1", date(2010, 1, 1))
    assert [d.reference for d in one(date(2026, 1, 1), records=[session]).due] == ["T-1"]


def test_every_kind_has_a_default_and_a_reason() -> None:
    assert set(RULES) == set(RecordKind)
    assert all(r.why and r.counts_from for r in RULES.values())


def test_parsing_settings() -> None:
    assert parse_setting("closed-incident=36") == (RecordKind.CLOSED_INCIDENT, 36)
    assert parse_kind(" Notice ") is RecordKind.NOTICE
    for bad in ("closed_incident", "closed_incident=-1", "closed_incident=1201", "nothing=3"):
        with pytest.raises(ValidationError):
            parse_setting(bad)
