"""Strict reading of JSON objects with field paths in every message.

Shared by every JSON format the program reads (incidents, assessments, staff care, legal data):
unknown keys, wrong types, unknown codes, oversized or control-character text are refused with
a message that names the field, e.g. ``quotes[2].said_at: ...``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ValidationError
from .validation import MAX_DIGITS, check_date, check_datetime, clean_int, clean_text

MAX_ITEMS = 10_000
# Deepest nesting of lists and objects accepted; every format the program reads needs < 10.
MAX_DEPTH = 64
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class JsonReader:
    """Reads one JSON object with a field path for messages, refusing unknown keys."""

    def __init__(self, data: object, path: str, allowed: set[str]) -> None:
        if not isinstance(data, Mapping):
            raise ValidationError(f"{path}: expected an object, got {type(data).__name__}.")
        unknown = sorted(set(map(str, data)) - allowed)
        if unknown:
            raise ValidationError(f"{path}: unknown field {unknown[0]!r}.")
        self.data = data
        self.path = path

    def _key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def text(self, key: str, *, long: bool = False, required: bool = False) -> str:
        return clean_text(self.data.get(key), self._key(key), long=long, required=required)

    def integer(self, key: str, default: int, *, minimum: int = 0, maximum: int = 10**12) -> int:
        value = self.data.get(key, default)
        return clean_int(value, self._key(key), minimum=minimum, maximum=maximum)

    def boolean(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise ValidationError(f"{self._key(key)}: expected true or false.")
        return value

    def enum(self, key: str, cls: type[E], default: E | None = None) -> E:
        value = self.data.get(key)
        if value is None and default is not None:
            return default
        return parse_enum(value, cls, self._key(key))

    def datetime(self, key: str, *, required: bool = False) -> datetime | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise ValidationError(f"{self._key(key)}: a date and time is required.")
            return None
        return parse_datetime(value, self._key(key))

    def date(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValidationError(f"{self._key(key)}: expected a date like 2026-11-28.")
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                f"{self._key(key)}: {value[:40]!r} is not a date like 2026-11-28."
            ) from None
        return check_date(parsed, self._key(key))

    def optional_id(self, key: str) -> int | None:
        value = self.data.get(key)
        return None if value is None else clean_int(value, self._key(key), minimum=1)

    def items(self, key: str, parse: Callable[[object, str], T]) -> list[T]:
        value = self.data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValidationError(f"{self._key(key)}: expected a list.")
        if len(value) > MAX_ITEMS:
            raise ValidationError(f"{self._key(key)}: more than {MAX_ITEMS:,} entries.")
        return [parse(item, f"{self._key(key)}[{i}]") for i, item in enumerate(value)]


def parse_enum(value: object, cls: type[E], field: str) -> E:
    """Return the member of ``cls`` whose code is ``value``, or say which codes exist."""
    if isinstance(value, str):
        try:
            return cls(value)
        except ValueError:
            pass
    allowed = ", ".join(m.value for m in cls)
    raise ValidationError(f"{field}: unknown code {str(value)[:40]!r}; expected one of {allowed}.")


def parse_datetime(value: object, field: str) -> datetime:
    """Parse an ISO 8601 date-time that carries its UTC offset."""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected a date-time like 2026-11-28T14:05:00+09:00.")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            f"{field}: {value[:40]!r} is not a date-time like 2026-11-28T14:05:00+09:00."
        ) from None
    if parsed.tzinfo is None:
        raise ValidationError(f"{field}: {value[:40]!r} has no UTC offset (add e.g. +09:00).")
    return check_datetime(parsed, field)


def _refuse_constant(name: str) -> object:
    raise ValidationError(f"{name} is not a number this program accepts.")


def _number(text: str) -> int | float:
    if len(text.lstrip("-").split(".")[0].split("e")[0].split("E")[0]) > MAX_DIGITS:
        raise ValidationError(f"a number has {len(text):,} digits; the limit is {MAX_DIGITS}.")
    if any(c in text for c in ".eE"):
        number = float(text)
        if number in (float("inf"), float("-inf")):
            raise ValidationError(f"the number {text[:40]} is too large.")
        return number
    return int(text)


def parse_json_text(text: str, source: str) -> object:
    """Parse JSON ``text`` read from ``source``, refusing nesting deeper than MAX_DEPTH,
    numbers longer than MAX_DIGITS and NaN/Infinity with a one-line ``ValidationError``."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise ValidationError(
            f"{source}: lists and objects are nested {deepest:,} deep; the limit is {MAX_DEPTH}."
        )
    try:
        return json.loads(
            text, parse_int=_number, parse_float=_number, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except ValidationError as exc:
        raise ValidationError(f"{source}: {exc}") from None
    except (RecursionError, ValueError) as exc:  # a backstop: the checks above should catch all
        raise ValidationError(f"{source}: not JSON this program can read ({exc}).") from None


def check_timezone(name: str, field: str = "timezone") -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"{field}: {name[:60]!r} is not a known time zone.") from None
    return name
