"""The main window's status bar: the number of incidents, the user, the logbook and whether
it is open read-only.

A read-only vault (a write-protected or full drive) is said here, with the details in the
tooltip; a save is refused by the vault itself with the same reason, so this is only the
warning, not the guard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from ..domain.roles import Role
from ..domain.vocabulary import fill
from .users.role_names import role_label


class StatusLine(QObject):
    """Three labels on ``bar`` (count, user, logbook) and the read-only message.

    The texts keep the "MainWindow" translation context, where they have always lived.
    """

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.locked = False
        self.vault_label = QLabel(bar)
        self.vault_label.setObjectName("statusVault")
        self.user_label = QLabel(bar)
        self.user_label.setObjectName("statusUser")
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("statusCount")
        bar.setObjectName("mainStatusBar")
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.vault_label)

    def show_open(
        self, folder: Path, user: str, read_only_reason: str | None, role: Role | None = None
    ) -> None:
        """The vault is open: name the logbook, the user (display name) and their role; say
        if nothing can be saved."""
        self.locked = False
        self.vault_label.setText(
            fill(QCoreApplication.translate("MainWindow", "Logbook: %1"), str(folder))
        )
        if role is None:
            text = fill(QCoreApplication.translate("MainWindow", "User: %1"), user)
        else:
            template = QCoreApplication.translate("MainWindow", "User: %1 (%2)")
            text = fill(template, user, role_label(role))
        self.user_label.setText(text)
        self.vault_label.setToolTip(read_only_reason or "")
        if not read_only_reason:
            return
        self.vault_label.setText(
            fill(QCoreApplication.translate("MainWindow", "Logbook: %1 (read-only)"), str(folder))
        )
        self.bar.showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "This logbook is open read-only (a write-protected or full drive): nothing can "
                "be saved. Copy it to the PC with “kasuhara restore”, or free space on the drive.",
            )
        )

    def show_locked(self) -> None:
        self.locked = True
        self.count_label.clear()
        self.bar.clearMessage()
        self.user_label.setText(QCoreApplication.translate("MainWindow", "Locked"))

    def show_count(self, text: str) -> None:
        """Show how many incidents match (``text``, worded by the window: lupdate reads the
        plural only from a ``tr()`` call); nothing while locked."""
        if self.locked:
            self.count_label.clear()
            return
        self.count_label.setText(text)
