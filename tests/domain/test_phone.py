"""Phone calls: the per-call time limit and counting repeated calls."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.enums import TimelineKind
from kasuhara_desktop.domain.models import Incident, ShopProfile, TimelineEntry
from kasuhara_desktop.domain.phone import (
    CallLog,
    CallStage,
    call_counts,
    call_limit_minutes,
    call_limit_reached,
    call_stage,
    calls_from_number,
    calls_from_timeline,
    count_calls_from,
    normalise_number,
    repeated_callers,
)

TOKYO = ZoneInfo("Asia/Tokyo")
T0 = datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_limit_from_profile() -> None:
    assert call_limit_minutes(None) == 30
    assert call_limit_minutes(ShopProfile("店", call_limit_minutes=20)) == 20
    assert call_limit_minutes(ShopProfile("店", call_limit_minutes=0)) == 30


def test_limit_reached_for_a_finished_call() -> None:
    assert not call_limit_reached(CallLog(T0, at(29.9)))
    assert call_limit_reached(CallLog(T0, at(30)))
    assert call_limit_reached(CallLog(T0, at(21)), limit_minutes=20)


def test_limit_for_a_call_in_progress_uses_now() -> None:
    call = CallLog(T0)
    assert not call_limit_reached(call, now=at(10))
    assert call_limit_reached(call, now=at(31))
    with pytest.raises(ValueError, match="pass now"):
        call_limit_reached(call)


def test_call_ending_before_it_began() -> None:
    with pytest.raises(ValueError, match="before it began"):
        CallLog(T0, at(-1)).duration()


def test_stages() -> None:
    call = CallLog(T0)
    assert call_stage(call, now=at(10)) is CallStage.WITHIN_LIMIT
    assert call_stage(call, now=at(25)) is CallStage.WARN
    assert call_stage(call, now=at(30)) is CallStage.LIMIT_REACHED
    assert call_stage(call, now=at(15), limit_minutes=20, warn_before_minutes=5) is CallStage.WARN
    assert call_stage(call, now=at(29), warn_before_minutes=0) is CallStage.WITHIN_LIMIT


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03-1234-5678", "0312345678"),
        ("(03) 1234 5678", "0312345678"),
        ("+81 3-1234-5678", "0312345678"),
        ("+81 (0)3 1234 5678", "0312345678"),
        ("０９０－１２３４－５６７８", "09012345678"),
        ("＋81 90 1234 5678", "09012345678"),
        ("非通知", ""),
        ("", ""),
    ],
)
def test_normalise_number(raw: str, expected: str) -> None:
    assert normalise_number(raw) == expected


def calls() -> list[CallLog]:
    return [
        CallLog(at(-60 * 24 * 8), at(-60 * 24 * 8 + 5), "03-1234-5678"),  # outside a week
        CallLog(at(-60 * 24 * 6), at(-60 * 24 * 6 + 40), "03-1234-5678"),
        CallLog(at(-60 * 2), at(-60 * 2 + 10), "0312345678"),
        CallLog(at(-30), at(-20), "+81 3 1234 5678"),
        CallLog(at(-10), None, "090-0000-0000"),
        CallLog(at(-5), at(-4), ""),  # withheld
        CallLog(at(5), at(6), "03-1234-5678"),  # after `until`
    ]


def test_count_per_number_in_window() -> None:
    week = timedelta(days=7)
    assert count_calls_from(calls(), "03 1234 5678", window=week, until=T0) == 3
    assert count_calls_from(calls(), "03-1234-5678", window=timedelta(hours=1), until=T0) == 1
    assert count_calls_from(calls(), "", window=week, until=T0) == 0
    assert len(calls_from_number(calls(), "0312345678", window=timedelta(days=30), until=T0)) == 4


def test_counts_and_repeated_callers() -> None:
    week = timedelta(days=7)
    assert call_counts(calls(), window=week, until=T0) == {"0312345678": 3, "09000000000": 1}
    assert repeated_callers(calls(), window=week, until=T0) == {"0312345678": 3}
    assert repeated_callers(calls(), window=week, until=T0, threshold=4) == {}


def test_calls_from_timeline_pairs_starts_and_ends() -> None:
    inc = Incident(
        occurred_at=T0,
        summary="電話",
        timeline=[
            TimelineEntry(at(40), "二回目", TimelineKind.CALL_START),
            TimelineEntry(at(0), "一回目", TimelineKind.CALL_START),
            TimelineEntry(at(35), "", TimelineKind.CALL_END),
            TimelineEntry(at(36), "note", TimelineKind.NOTE),
        ],
    )
    got = calls_from_timeline(inc)
    assert [(c.start, c.end, c.words) for c in got] == [
        (at(0), at(35), "一回目"),
        (at(40), None, "二回目"),
    ]
    assert call_limit_reached(got[0])
