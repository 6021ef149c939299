"""Text and value rules shared by every way data comes in (JSON, CLI, forms)."""

from __future__ import annotations

import re
import unicodedata

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
    value = unicodedata.normalize("NFC", value)
    if required and not value.strip():
        raise ValidationError(f"{field}: must not be empty.")
    return value


def clean_int(value: object, field: str, *, minimum: int = 0, maximum: int = 10**12) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{field}: expected a whole number, got {type(value).__name__}.")
    if not minimum <= value <= maximum:
        raise ValidationError(f"{field}: {value} is outside {minimum}..{maximum}.")
    return value
