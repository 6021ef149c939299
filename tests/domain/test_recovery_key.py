"""The recovery key as printed and as typed back."""

from __future__ import annotations

import hashlib

import pytest

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.recovery_key import (
    format_recovery_key,
    parse_recovery_key,
    recovery_key_checksum,
    recovery_key_groups,
)

KEY = bytes(range(32))
HEX = KEY.hex()  # 000102...1f
FORMATTED = "0001-0203-0405-0607-0809-0A0B-0C0D-0E0F-1011-1213-1415-1617-1819-1A1B-1C1D-1E1F"


def test_format_groups_sixteen_upper_case_groups_of_four() -> None:
    assert format_recovery_key(KEY) == FORMATTED
    assert format_recovery_key(HEX) == FORMATTED
    groups = recovery_key_groups(KEY)
    assert len(groups) == 16
    assert all(len(g) == 4 and g == g.upper() for g in groups)


@pytest.mark.parametrize(
    "typed",
    [
        HEX,
        HEX.upper(),
        FORMATTED,
        FORMATTED.lower(),
        " ".join(recovery_key_groups(KEY)),
        "\n".join(recovery_key_groups(KEY)) + "\n",
        "  " + FORMATTED.replace("-", " - ") + "\t",
        FORMATTED.replace("-", "\u2013"),  # en dash from a word processor
        FORMATTED.replace("-", "ー"),  # katakana long mark typed by an IME
        # Full-width digits, letters, hyphens and ideographic spaces from a Japanese IME.
        FORMATTED.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}).replace("－", "\u3000"),
    ],
)
def test_parse_accepts_any_spacing_dashes_case_and_full_width(typed: str) -> None:
    assert parse_recovery_key(typed) == KEY


def test_round_trip_of_random_keys() -> None:
    for seed in range(20):
        key = hashlib.sha256(bytes([seed])).digest()
        assert parse_recovery_key(format_recovery_key(key)) == key


@pytest.mark.parametrize("typed", ["", "   ", "- - -"])
def test_parse_empty_says_what_to_type(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"empty.*64 characters"):
        parse_recovery_key(typed)


@pytest.mark.parametrize(("typed", "count"), [(HEX[:-4], 60), (HEX + "ABCD", 68), ("AB", 2)])
def test_parse_wrong_length_names_the_count(typed: str, count: int) -> None:
    with pytest.raises(ValidationError, match=rf"has {count} characters.*exactly 64"):
        parse_recovery_key(typed)


def test_parse_bad_character_names_it_and_its_position() -> None:
    with pytest.raises(ValidationError, match=r"'G' at character 3.*0-9.*A-F"):
        parse_recovery_key("00G" + HEX[3:])


def test_parse_lookalike_letter_gets_a_hint() -> None:
    with pytest.raises(ValidationError, match="did you mean the digit 0"):
        parse_recovery_key("O" + HEX[1:])


def test_parse_control_character_is_shown_as_code_point() -> None:
    with pytest.raises(ValidationError, match=r"U\+0000"):
        parse_recovery_key("\x00" + HEX)


def test_parse_rejects_non_text() -> None:
    with pytest.raises(ValidationError):
        parse_recovery_key(KEY)  # type: ignore[arg-type]


def test_checksum_is_first_eight_hex_of_sha256_of_key_bytes() -> None:
    expected = hashlib.sha256(KEY).hexdigest()[:8].upper()
    assert recovery_key_checksum(KEY) == expected
    assert recovery_key_checksum(FORMATTED.lower()) == expected
    assert recovery_key_checksum(b"\x01" * 32) != expected


def test_wrong_length_bytes_are_refused() -> None:
    with pytest.raises(ValidationError, match="32 bytes"):
        format_recovery_key(b"\x00" * 16)
