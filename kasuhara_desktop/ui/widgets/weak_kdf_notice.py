"""The unlock screen's warning for a logbook whose passphrase uses test key-derivation costs.

Such a slot is made by the CLI's test-only ``KASUHARA_INSECURE_FAST_KDF`` setting (or a demo
vault): its passphrase is cheap to guess, so every unlock says so until it is changed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from ...domain.vocabulary import fill
from ...services.vaults import test_grade_users


class WeakKdfNotice(QLabel):
    """A warning line, shown only for a folder with test-grade passphrase slots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weakKdfNotice")
        self.setWordWrap(True)
        self.setStyleSheet("background:#fdecea;border:1px solid #e57373;padding:6px;")
        self.hide()

    def show_for(self, folder: Path | None) -> None:
        """Show the warning if ``folder``'s header has a test-grade slot; hide it otherwise."""
        users: list[str] = []
        if folder is not None:
            with contextlib.suppress(Exception):  # an unreadable header is said elsewhere
                users = test_grade_users(folder)
        if not users:
            self.hide()
            return
        text = self.tr(
            "This logbook was created with test key-derivation settings (passphrase of %1): "
            "its passphrase is easy to guess by brute force. After unlocking, change the "
            "passphrase (or run `kasuhara passphrase change`) to fix this."
        )
        self.setText(fill(text, ", ".join(users)))
        self.show()
