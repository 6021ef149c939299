"""Text and value rules shared by every way data comes in (JSON, CLI, forms)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from .errors import ValidationError

SHORT_TEXT_MAX = 2_000
LONG_TEXT_MAX = 200_000

# Control characters other than tab, newline and carriage return; plus lone surrogates.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(value: object, field: str, *, long: bool = False, required: bool = False) -> str:
    """Return ``value`` as a normalised string, or raise ``ValidationError`` naming ``field``.

    Text is kept exactly as typed (markup such as ``<b>`` or ``&`` is data, not formatting),
    except that it is NFC-normalised so that the same words always compare and hash equal.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: expected text, got {type(value).__name__}.")
    limit = LONG_TEXT_MAX if long else SHORT_TEXT_MAX
    if len(value) > limit:
        raise ValidationError(
            f"{field}: text is {len(value):,} characters long; the limit is {limit:,}."
        )
    bad = _FORBIDDEN.search(value)
    if bad:
        raise ValidationError(
            f"{field}: contains a control character (U+{ord(bad.group()):04X}); remove it."
        )
    # Kept exactly as typed (e + combining accent stays two code points); only search folds.
    if required and not value.strip():
        raise ValidationError(f"{field}: must not be empty.")
    return value


def clean_int(value: object, field: str, *, minimum: int = 0, maximum: int = 10**12) -> int:
    """Return ``value`` if it is a whole number in ``minimum..maximum``, else raise naming
    ``field`` (a huge number is shown by its length, not printed)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{field}: expected a whole number, got {type(value).__name__}.")
    if not minimum <= value <= maximum:
        shown = str(value) if abs(value) < 10**MAX_DIGITS else f"a {value.bit_length()}-bit number"
        raise ValidationError(f"{field}: {shown} is outside {minimum}..{maximum}.")
    return value


# Every date the logbook keeps lies in this range, both as a local calendar day and in UTC:
# far wider than any real incident, narrow enough that no date arithmetic (a day either side,
# a change of time zone, months added) can leave what Python's dates can hold.
EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(2200, 12, 31)
# A recording device's clock is never years off; more is a typing error.
CLOCK_OFFSET_MAX = 10 * 366 * 86_400
# Longest whole number accepted anywhere (10**12 needs 13 digits; a sign adds one).
MAX_DIGITS = 20


def check_date(value: date, field: str) -> date:
    """Return ``value`` if it lies in EARLIEST_DAY..LATEST_DAY, else raise naming ``field``."""
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValidationError(
            f"{field}: {value.isoformat()} is outside {EARLIEST_DAY}..{LATEST_DAY}."
        )
    return value


def check_datetime(value: datetime, field: str) -> datetime:
    """Return ``value`` (which must carry a UTC offset) if both its local day and its UTC day
    lie in EARLIEST_DAY..LATEST_DAY, else raise naming ``field``."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{field}: {value.isoformat()} has no UTC offset (add e.g. +09:00).")
    check_date(value.date(), field)
    # Safe now: the local day is far from year 1 and 9999, so the UTC one is too.
    check_date(value.astimezone(UTC).date(), field)
    return value


def check_clock_offset(seconds: int | None, field: str = "clock_offset_seconds") -> int | None:
    """A device clock offset in seconds, at most ten years either way (or None: unknown)."""
    if seconds is None:
        return None
    return clean_int(seconds, field, minimum=-CLOCK_OFFSET_MAX, maximum=CLOCK_OFFSET_MAX)
