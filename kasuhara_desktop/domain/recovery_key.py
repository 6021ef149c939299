"""The recovery key as people read, type and check it.

The recovery key is the vault's 256-bit data key itself (see DESIGN.md section 4), printed once
as 64 hex digits in 16 groups of 4. These helpers format it for the sheet and parse what a
person types back, forgiving spacing, dashes, case and full-width input from a Japanese IME.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .errors import ValidationError

RECOVERY_KEY_BYTES = 32
RECOVERY_KEY_HEX_DIGITS = RECOVERY_KEY_BYTES * 2
GROUP_SIZE = 4
GROUP_COUNT = RECOVERY_KEY_HEX_DIGITS // GROUP_SIZE
CHECKSUM_HEX_DIGITS = 8

# After NFKC (which folds full-width letters, digits, spaces and U+FF0D) these still separate
# groups: ASCII and Unicode dashes, minus signs, the katakana prolonged sound mark an IME may
# produce for "-", underscores and dots.
_SEPARATORS = re.compile(r"[\s\-_.\u2010-\u2015\u2212\u30fc\uff70]+")
_HEX = frozenset("0123456789abcdefABCDEF")
_LOOKALIKES = {
    "O": "0",
    "o": "0",
    "I": "1",
    "l": "1",
    "i": "1",
    "S": "5",
    "s": "5",
}


def _to_bytes(key: bytes | str) -> bytes:
    if isinstance(key, bytes):
        if len(key) != RECOVERY_KEY_BYTES:
            raise ValidationError(
                f"A recovery key is {RECOVERY_KEY_BYTES} bytes long; got {len(key)} bytes."
            )
        return key
    return parse_recovery_key(key)


def recovery_key_groups(key: bytes | str) -> list[str]:
    """Return the key as 16 upper-case groups of 4 hex digits."""
    digits = _to_bytes(key).hex().upper()
    return [digits[i : i + GROUP_SIZE] for i in range(0, len(digits), GROUP_SIZE)]


def format_recovery_key(key: bytes | str) -> str:
    """Format a key (raw bytes, or hex in any spacing) as ``ABCD-EF01-...`` (16 groups).

    Raises:
        ValidationError: ``key`` is not a 256-bit key.
    """
    return "-".join(recovery_key_groups(key))


def recovery_key_checksum(key: bytes | str) -> str:
    """Return the first 8 upper-case hex digits of SHA-256 over the key's 32 bytes.

    The sheet prints it so that a typed key can be checked before it is used.
    """
    return hashlib.sha256(_to_bytes(key)).hexdigest()[:CHECKSUM_HEX_DIGITS].upper()


def parse_recovery_key(text: str) -> bytes:
    """Turn what a person typed into the 32 key bytes.

    Accepts any case, spaces, line breaks and dashes between digits, and full-width input.

    Raises:
        ValidationError: with a message that says what is wrong and what to do.
    """
    if not isinstance(text, str):
        raise ValidationError("The recovery key must be text.")
    digits = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if not digits:
        raise ValidationError(
            "The recovery key is empty: type the 64 characters printed on the recovery sheet."
        )
    for position, char in enumerate(digits, start=1):
        if char not in _HEX:
            hint = ""
            if char in _LOOKALIKES:
                hint = f" (did you mean the digit {_LOOKALIKES[char]}?)"
            shown = char if char.isprintable() else f"U+{ord(char):04X}"
            raise ValidationError(
                f"The recovery key contains '{shown}' at character {position}{hint}: it uses "
                "only the digits 0-9 and the letters A-F."
            )
    if len(digits) != RECOVERY_KEY_HEX_DIGITS:
        raise ValidationError(
            f"The recovery key has {len(digits)} characters but must have exactly "
            f"{RECOVERY_KEY_HEX_DIGITS} ({GROUP_COUNT} groups of {GROUP_SIZE}): check for a "
            "missing or repeated group."
        )
    return bytes.fromhex(digits)
