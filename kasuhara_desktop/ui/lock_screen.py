"""The page the main window shows while locked: the unlock form for the same logbook.

The form reopens the logbook it was locked on (no "choose another"), offers the user who was
working, and emits ``unlocked(vault)`` from ``UnlockPanel``; the main window hands the vault to
the session, which builds the new services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..services.vaults import vault_users
from .session import UnlockFn, UsersFn
from .widgets.unlock_panel import UnlockPanel


class LockScreen(QWidget):
    """The unlock form, centred; ``panel`` is the ``UnlockPanel``."""

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        *,
        unlock_fn: UnlockFn,
        users_fn: UsersFn | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = UnlockPanel(
            folder, self, unlock_fn=unlock_fn, users_fn=users_fn or vault_users
        )
        self.panel.choose_button.hide()  # the lock screen reopens the same logbook
        self.panel.heading.setText(
            QCoreApplication.translate("MainWindow", "The logbook is locked")
        )
        self.panel.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def offer(self, folder: Path, user: str) -> None:
        """Show the form empty, for ``folder`` and ``user``, with the focus in it."""
        self.panel.reset()
        self.panel.set_folder(folder)
        self.panel.select_user(user)

    def offer_anyone(self) -> None:
        """Switch user: the same form with nobody chosen; the next person picks their name."""
        self.panel.select_nobody()

    def focus_input(self) -> None:
        self.panel.focus_input()
