"""Japanese era dates (和暦) for notices: 令和8年11月28日, 令和元年, era boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from kasuhara_desktop.domain.era import era_of, era_year_text, japanese_date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 28), "令和8年11月28日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 12, 31), "令和元年12月31日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1873, 1, 1), "明治6年1月1日"),
    ],
)
def test_japanese_date(day: date, expected: str) -> None:
    assert japanese_date(day) == expected


def test_era_of_gives_the_era_and_year() -> None:
    era, year = era_of(date(2026, 11, 28))
    assert (era.name, era.romaji, era.letter, year) == ("令和", "Reiwa", "R", 8)
    assert era_year_text(date(2019, 5, 1)) == "令和元年"


def test_dates_before_the_gregorian_calendar_are_refused() -> None:
    with pytest.raises(ValueError, match="Gregorian"):
        japanese_date(date(1872, 12, 31))
