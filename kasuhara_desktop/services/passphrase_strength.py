"""How hard a passphrase is to guess: one estimate for the setup wizard, the passphrase dialog
and the CLI, so that all three accept and refuse the same passphrases.

The estimate is zxcvbn's (Dropbox's estimator: common-password and word lists, names, keyboard
patterns, repeats, sequences, dates, l33t substitutions), which rates "password123" as what it
is. Its score runs from 0 (guessed at once) to 4; a new passphrase needs :data:`ACCEPTABLE_SCORE`
and :data:`MIN_LENGTH` characters. zxcvbn's own feedback is English only, so the estimate
reduces it to a :class:`Weakness` that each surface words in its own language.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.errors import ValidationError

MIN_LENGTH = 8
# zxcvbn's 3: "safely unguessable", about 10^10 guesses; with the slow key derivation of a vault
# (about a second per guess) that is far beyond an offline attack on a stolen PC.
ACCEPTABLE_SCORE = 3
MAX_SCORE = 4
# zxcvbn refuses longer input (its matching is quadratic in the length): a longer passphrase
# is judged by its first 72 characters, which is what it starts with anyway.
_MAX_CHECKED = 72


class Weakness(enum.Enum):
    """The main reason a passphrase is weak (``NONE`` when it is acceptable)."""

    NONE = "none"
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    COMMON = "common"  # a common password or word, perhaps with digits or l33t letters
    PERSONAL = "personal"  # contains the shop's or the user's name
    PATTERN = "pattern"  # repeats, sequences, keyboard rows, dates
    GUESSABLE = "guessable"  # simply not long or varied enough


@dataclass(frozen=True)
class Strength:
    """``score`` 0 … 4 and the main weakness; ``acceptable`` for a new passphrase."""

    score: int
    weakness: Weakness

    @property
    def acceptable(self) -> bool:
        return self.weakness is Weakness.NONE


def estimate(passphrase: str, personal: Iterable[str] = ()) -> Strength:
    """Estimate ``passphrase``; ``personal`` are words an attacker knows (the shop's names,
    the login and display name of the user whose passphrase it is)."""
    text = unicodedata.normalize("NFKC", passphrase)
    if not text:
        return Strength(0, Weakness.EMPTY)
    from zxcvbn import zxcvbn  # loads its word lists (~40 ms) on first use, not at start-up

    inputs = [w for w in (unicodedata.normalize("NFKC", p).strip() for p in personal) if w]
    result = zxcvbn(text[:_MAX_CHECKED], user_inputs=inputs, max_length=_MAX_CHECKED)
    score = int(result["score"])
    if len(text) < MIN_LENGTH:
        return Strength(min(score, 1), Weakness.TOO_SHORT)
    if score >= ACCEPTABLE_SCORE:
        return Strength(score, Weakness.NONE)
    return Strength(score, _weakness(result.get("sequence", ())))


def _weakness(matches: Iterable[dict[str, object]]) -> Weakness:
    """The kind of the longest pattern zxcvbn found (not brute force)."""
    found = [m for m in matches if m.get("pattern") not in (None, "bruteforce")]
    if not found:
        return Weakness.GUESSABLE
    longest = max(found, key=lambda m: len(str(m.get("token", ""))))
    if longest.get("pattern") == "dictionary":
        if longest.get("dictionary_name") == "user_inputs":
            return Weakness.PERSONAL
        return Weakness.COMMON
    return Weakness.PATTERN


def weakness_text(weakness: Weakness) -> str:
    """The reason in English (for the CLI; the GUI words it in its own language)."""
    return {
        Weakness.NONE: "",
        Weakness.EMPTY: "The passphrase must not be empty.",
        Weakness.TOO_SHORT: f"The passphrase is too short: use at least {MIN_LENGTH} characters.",
        Weakness.COMMON: "The passphrase is a common password or word, easy to guess.",
        Weakness.PERSONAL: "The passphrase contains the shop's or the user's name.",
        Weakness.PATTERN: "The passphrase is a pattern (repeats, sequences, keyboard rows, "
        "dates), easy to guess.",
        Weakness.GUESSABLE: "The passphrase is too easy to guess.",
    }[weakness]


def check_new_passphrase(passphrase: str, personal: Iterable[str] = ()) -> None:
    """Raise ``ValidationError`` if ``passphrase`` is too weak for a new passphrase."""
    strength = estimate(passphrase, personal)
    if not strength.acceptable:
        raise ValidationError(
            weakness_text(strength.weakness)
            + " Choose a longer one: a few unrelated words work well."
        )
