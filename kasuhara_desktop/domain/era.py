"""Japanese era (和暦) dates for documents: 令和8年11月28日.

Official Japanese documents date themselves by era. An era's first year is written 元年
("first year"), not 1年: 2019-05-01 is 令和元年5月1日. Dates are Gregorian from 明治6年
(1873-01-01), when Japan adopted the Gregorian calendar; earlier dates are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Era:
    name: str  # 令和
    romaji: str  # Reiwa
    letter: str  # R
    start: date  # first day of the era


# Newest first. 明治 began 1868-10-23, but only dates from 1873 are Gregorian.
ERAS: tuple[Era, ...] = (
    Era("令和", "Reiwa", "R", date(2019, 5, 1)),
    Era("平成", "Heisei", "H", date(1989, 1, 8)),
    Era("昭和", "Showa", "S", date(1926, 12, 25)),
    Era("大正", "Taisho", "T", date(1912, 7, 30)),
    Era("明治", "Meiji", "M", date(1868, 10, 23)),
)
GREGORIAN_FROM = date(1873, 1, 1)


def era_of(day: date) -> tuple[Era, int]:
    """The era of ``day`` and the year within it (1 for the first year).

    Raises:
        ValueError: ``day`` is before 1873-01-01 (not a Gregorian date in Japan).
    """
    if day < GREGORIAN_FROM:
        raise ValueError(f"{day.isoformat()} is before Japan adopted the Gregorian calendar.")
    for era in ERAS:
        if day >= era.start:
            return era, day.year - era.start.year + 1
    raise AssertionError("unreachable: 明治 covers every date from 1873")  # pragma: no cover


def era_year_text(day: date) -> str:
    """``令和8年`` or, in an era's first year, ``令和元年``."""
    era, year = era_of(day)
    return f"{era.name}{'元' if year == 1 else year}年"


def japanese_date(day: date) -> str:
    """``day`` as an era date: ``令和8年11月28日``, ``令和元年5月1日``, ``平成31年4月30日``."""
    return f"{era_year_text(day)}{day.month}月{day.day}日"
