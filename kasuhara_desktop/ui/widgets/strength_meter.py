"""A meter that shows how hard a new passphrase is to guess.

The estimate is :mod:`services.passphrase_strength` (zxcvbn, with common-password lists), the
same one the CLI applies, so a passphrase the meter accepts is accepted everywhere. The meter
words the estimate's weakness in the program's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ...domain.vocabulary import fill
from ...services.passphrase_strength import MAX_SCORE, MIN_LENGTH, Strength, Weakness, estimate

__all__ = ["MIN_LENGTH", "StrengthMeter", "is_acceptable", "strength_score"]


def strength_score(passphrase: str, personal: Iterable[str] = ()) -> int:
    """0 (guessed at once) … 4 (strong)."""
    return estimate(passphrase, personal).score


def is_acceptable(passphrase: str, personal: Iterable[str] = ()) -> bool:
    """Strong enough for a new passphrase (the CLI refuses exactly the others)."""
    return estimate(passphrase, personal).acceptable


class StrengthMeter(QWidget):
    """A bar and a word for a passphrase's strength; call ``update_for(text)``.

    ``personal`` (the shop's names, and the person's whose passphrase it is, set by the page)
    count as known to an attacker.
    """

    COLOURS = ("#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self.personal: tuple[str, ...] = ()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, MAX_SCORE + 1)  # score + 1: "very weak" shows as a red sliver
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.text = QLabel(self)
        self.text.setObjectName("strengthText")
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.text, 2)
        self.score = 0
        self.strength = Strength(0, Weakness.EMPTY)
        self._estimated: tuple[str, tuple[str, ...]] = ("", ())
        self.update_for("")

    def words(self) -> tuple[str, ...]:
        return (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )

    def weakness_text(self, weakness: Weakness) -> str:
        """Why a passphrase is weak, in the program's language ("" when it is not)."""
        return {
            Weakness.NONE: "",
            Weakness.EMPTY: self.tr("At least 8 characters; a few words work well."),
            Weakness.TOO_SHORT: self.tr("Too short: at least 8 characters."),
            Weakness.COMMON: self.tr("A common password or word: easy to guess."),
            # The words come from the shop, the owner being set up or a user being added:
            # not always the owner's, so the meter does not say whose.
            Weakness.PERSONAL: self.tr("Contains a name others know (the shop's or a person's)."),
            Weakness.PATTERN: self.tr("A pattern (repeats, sequences, keyboard rows, dates)."),
            Weakness.GUESSABLE: self.tr("Easy to guess: add a word or two."),
        }[weakness]

    def strength_for(self, passphrase: str, personal: Iterable[str] = ()) -> Strength:
        """The estimate, recomputed only when the input changed (a long passphrase takes
        zxcvbn tens of milliseconds, and a page asks several times per keystroke)."""
        key = (passphrase, tuple(personal))
        if key != self._estimated:
            self._estimated = key
            self.strength = estimate(passphrase, key[1])
        return self.strength

    def update_for(self, passphrase: str) -> int:
        self.strength_for(passphrase, self.personal)
        self.score = self.strength.score
        self.bar.setValue(self.score + 1 if passphrase else 0)
        colour = self.COLOURS[self.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        weakness = self.strength.weakness
        if weakness in (Weakness.NONE, Weakness.EMPTY, Weakness.TOO_SHORT):
            text = self.weakness_text(weakness) or self.words()[self.score]
        else:
            text = fill(self.tr("%1: %2"), self.words()[self.score], self.weakness_text(weakness))
        self.text.setText(text)
        self.bar.setAccessibleDescription(text)
        return self.score
