"""The wording of reports, summaries and bundles in Japanese, English and Norwegian.

Texts live in ``resources/templates/report_{ja,en,nb}.json``: ``text`` (headings and labels),
``fact``/``open_point`` (the offence rules' codes) and ``format`` (dates, money, durations).
A key missing in one language falls back to English. The display names of stored codes
(statuses, behaviours, roles ...) and the assessment's sentences (verdict, reason, step,
inconsistency) are the one vocabulary of ``domain/vocabulary.py``, which the GUI shows too.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from enum import Enum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kasuhara_desktop.domain import vocabulary
from kasuhara_desktop.domain.vocabulary import LANGUAGES as LANGUAGES
from kasuhara_desktop.domain.vocabulary import language
from kasuhara_desktop.infra.resources import read_text

ENUM_TABLES: dict[type[Enum], str] = vocabulary.TABLES

# For "prefix:value" codes: which enum table names the value.
_VALUE_TABLES = {
    "behaviour": "behaviour",
    "behaviour_without_manner": "behaviour",
    "timeline": "timeline",
    "quote": "keyword_list",
    "record": "keyword_list",
    "manner": "manner",
}


@cache
def _raw(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(f"templates/report_{lang}.json"))
    return data


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class Wording:
    """The texts of one language, with English behind every missing key."""

    def __init__(self, lang: str, zone: str = "Asia/Tokyo") -> None:
        self.lang = language(lang)
        self.data = _raw(self.lang)
        self.english = _raw("en")
        self.zone_name = zone
        self.zone = _zone(zone)

    # ------------------------------------------------------------ lookup

    def _section(self, name: str, key: str) -> str | None:
        for data in (self.data, self.english):
            value = data.get(name, {}).get(key)
            if isinstance(value, str):
                return value
        return None

    def t(self, key: str, **values: object) -> str:
        """The text ``key`` of the ``text`` section, filled with ``values``."""
        text = self._section("text", key)
        if text is None:
            return key
        return text.format(**values) if values else text

    def fmt(self, key: str) -> str:
        return self._section("format", key) or ""

    def enum_text(self, table: str, code: str) -> str:
        """Display name of ``code`` in the vocabulary's ``table``, in this language."""
        return vocabulary.term(table, code, self.lang)

    def label(self, member: Enum) -> str:
        """Display name of a stored code (any enum of ``vocabulary.TABLES``)."""
        return vocabulary.label(member, self.lang)

    def code(self, table: str, code: str, **values: object) -> str:
        """Text for a code of ``table`` ("verdict", "reason", "step", "inconsistency", "fact",
        "open_point"). ``prefix:value`` codes fill the prefix's template with the value's
        display name; unknown codes are shown as they are."""
        if table in vocabulary.SENTENCE_TABLES:
            return vocabulary.sentence(table, code, self.lang)
        text = self._code_text(table, code)
        if text is not None:
            return _fill(text, values)
        prefix, sep, value = code.partition(":")
        template = self._code_text(table, prefix) if sep else None
        if template is None:
            return code
        shown = self.enum_text(_VALUE_TABLES[prefix], value) if prefix in _VALUE_TABLES else value
        if "{value}" in template:
            return _fill(template, {**values, "value": shown})
        return template.replace("{}", shown, 1) if "{}" in template else f"{template} {shown}"

    def _code_text(self, table: str, key: str) -> str | None:
        return self._section(table, key)

    # ------------------------------------------------------------ formats

    def local(self, value: datetime) -> datetime:
        """``value`` in the shop's zone; as stored if that zone cannot hold it (an old vault
        may keep a time at the very ends of the calendar, e.g. year 1 at +14:00)."""
        if value.tzinfo is None:
            return value
        try:
            return value.astimezone(self.zone)
        except (OverflowError, ValueError):
            return value

    def dt(self, value: datetime | None) -> str:
        if value is None:
            return self.t("not_recorded")
        value = self.local(value)
        key = "datetime_seconds" if value.second else "datetime"
        return _strftime(value, self.fmt(key))

    def day(self, value: date | None) -> str:
        if value is None:
            return self.t("not_recorded")
        return _strftime(value, self.fmt("date"))

    def month(self, value: date) -> str:
        return _strftime(value, self.fmt("month"))

    def number(self, value: int) -> str:
        return f"{value:,}".replace(",", self.fmt("thousands"))

    def yen(self, amount: int) -> str:
        return self.fmt("yen").format(amount=self.number(amount))

    def minutes(self, total: int) -> str:
        hours, minutes = divmod(max(0, total), 60)
        if hours == 0:
            return self.fmt("minutes").format(minutes=minutes)
        return self.fmt("hours_minutes").format(hours=self.number(hours), minutes=minutes)

    def size(self, n: int) -> str:
        """Bytes in a short human form, with the exact count for files under 1 KiB."""
        if n < 1024:
            return f"{n} B"
        for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
            if n >= scale:
                return f"{n / scale:.1f} {unit}"
        return f"{n} B"  # pragma: no cover

    def clip(self, text: str, limit: int, more: int = 0) -> str:
        """``text`` cut to about ``limit`` characters for a place that cannot span pages (a
        table cell, a footer), saying in this language how many characters were left out.

        ``more`` counts characters already left out before (a summary's further lines), so
        the note tells the whole amount, not just this cut.
        """
        if len(text) <= limit and more <= 0:
            return text
        cut = min(len(text), limit)
        while 0 < cut < len(text) and unicodedata.combining(text[cut]):
            cut -= 1  # never part a letter from its accent
        left_out = len(text) - cut + max(0, more)
        return text[:cut] + self.t("clipped", count=self.number(left_out))

    def join(self, items: list[str]) -> str:
        return self.fmt("list_separator").join(items)

    def range(self, start: str, end: str) -> str:
        return self.fmt("range").format(start=start, end=end)

    def yes_no(self, value: bool) -> str:
        return self.t("yes") if value else self.t("no")

    def zone_offset(self, when: datetime) -> str:
        offset = self.local(when).strftime("%z") if when.tzinfo else ""
        return f"{offset[:3]}:{offset[3:]}" if offset else ""

    def text_in(self, texts: Mapping[str, str]) -> str:
        """The language's entry of a multilingual text (legal data), English if absent."""
        return texts.get(self.lang) or texts.get("en") or next(iter(texts.values()), "")


def _fill(text: str, values: Mapping[str, object]) -> str:
    return text.format(**values) if values else text


def wording(lang: str, zone: str = "Asia/Tokyo") -> Wording:
    return Wording(lang, zone)


def all_keys(lang: str) -> dict[str, set[str]]:
    """Every key of ``lang``'s file by section, for tests."""
    data = _raw(language(lang))
    return {
        section: set(value)
        for section, value in data.items()
        if not section.startswith("_") and isinstance(value, dict)
    }


def _strftime(value: date, fmt: str) -> str:
    """``value.strftime(fmt)``, or the stored ISO text if the platform cannot format it
    (years before 1000 or after 9999 differ by C library)."""
    try:
        return value.strftime(fmt)
    except (OverflowError, ValueError):
        return value.isoformat()
