"""A passphrase strength estimate and a meter that shows it.

The estimate is deliberately simple and conservative (no dictionary beyond a few dozen very
common choices): characters from larger sets count more, repeats and sequences count less, and
kana/kanji count as a large set. It guides; it is not a guarantee.
"""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

MIN_LENGTH = 8
ACCEPTABLE_SCORE = 2
COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "123456789",
        "12345678",
        "qwertyuiop",
        "iloveyou",
        "letmein",
        "kasuhara",
        "パスワード",
        "password1",
        "abcdefgh",
        "11111111",
        "00000000",
    }
)


def estimate_bits(passphrase: str) -> float:
    """A rough entropy estimate in bits."""
    text = unicodedata.normalize("NFKC", passphrase)
    if not text or text.casefold() in COMMON:
        return 0.0
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 200
    # Count a character only if it is not a repeat or a step of the previous one.
    effective = 0.0
    prev: str | None = None
    seen: set[str] = set()
    for c in text:
        if prev is not None and (c == prev or abs(ord(c) - ord(prev)) == 1):
            effective += 0.25
        elif c in seen:
            effective += 0.5
        else:
            effective += 1
        seen.add(c)
        prev = c
    return effective * math.log2(max(pool, 2))


def strength_score(passphrase: str) -> int:
    """0 (very weak) … 4 (strong)."""
    bits = estimate_bits(passphrase)
    if len(passphrase) < MIN_LENGTH or bits < 30:
        return 0 if bits < 20 else 1
    if bits < 45:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4


def is_acceptable(passphrase: str) -> bool:
    return len(passphrase) >= MIN_LENGTH and strength_score(passphrase) >= ACCEPTABLE_SCORE


class StrengthMeter(QWidget):
    """A bar and a word for a passphrase's strength; call ``update_for(text)``."""

    COLOURS = ("#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.text = QLabel(self)
        self.text.setObjectName("strengthText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.text)
        self.score = 0
        self.update_for("")

    def words(self) -> tuple[str, ...]:
        return (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )

    def update_for(self, passphrase: str) -> int:
        self.score = strength_score(passphrase)
        self.bar.setValue(self.score)
        colour = self.COLOURS[self.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not passphrase:
            self.text.setText(self.tr("At least 8 characters; a few words work well."))
        elif len(passphrase) < MIN_LENGTH:
            self.text.setText(self.tr("Too short: at least 8 characters."))
        else:
            self.text.setText(self.words()[self.score])
        self.bar.setAccessibleDescription(self.text.text())
        return self.score
