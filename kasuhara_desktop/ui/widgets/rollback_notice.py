"""The warning shown at unlock when the database is older than its anchor (rolled back).

The vault finds it (``anchor.json`` records the newest acknowledged change); the window must
say it at once, because every record added on top of an older history widens the gap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_rollback_notice(parent: QWidget, problems: list[str]) -> QMessageBox | None:
    """Open (window-modal, not blocking) a warning naming what is missing; None if nothing is."""
    if not problems:
        return None
    box = QMessageBox(parent)
    box.setObjectName("rollbackNotice")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("rollback", "Saved work is missing"))
    box.setText(
        QCoreApplication.translate(
            "rollback",
            "This logbook's database is older than the last change it acknowledged: some saved "
            "work is missing (an older copy of the database was put back, or its last changes "
            "were lost after a crash). Add nothing new; restore the newest backup, and run "
            "“kasuhara verify” for the details.",
        )
    )
    box.setDetailedText("\n".join(problems))  # the vault's own technical lines, as verify prints
    box.open()
    return box
