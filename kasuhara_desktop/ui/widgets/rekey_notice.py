"""The note shown at unlock when this unlock completed a data-key change a crash interrupted.

The vault finishes or undoes such a change before it opens (``vault/rekey.py``). Which of the two
happened matters to the owner: after an undo, the recovery sheet printed by the interrupted change
is void and the old sheet is still the one to keep; after a finish, the new sheet is the one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def rekey_notice_text(outcome: str) -> str:
    """The sentence for ``outcome`` ("undone" or "finished"), in the UI language."""
    if outcome == "undone":
        return QCoreApplication.translate(
            "rekeyNotice",
            "A change of the data key was interrupted (the program stopped while it ran) and has "
            "been undone: the logbook keeps its previous key, and your previous recovery sheet "
            "is still the valid one. A recovery sheet printed by the interrupted change is void: "
            "destroy it. Change the data key again in Settings if you still want to.",
        )
    return QCoreApplication.translate(
        "rekeyNotice",
        "A change of the data key was interrupted (the program stopped while it ran) and has now "
        "been finished: the logbook uses the new key. Only the recovery sheet printed by that "
        "change opens it; the earlier sheet is void.",
    )


def show_rekey_notice(parent: QWidget, outcome: str | None) -> QMessageBox | None:
    """Open (window-modal, not blocking) the note for ``outcome``; None when there is none."""
    if outcome not in ("undone", "finished"):
        return None
    box = QMessageBox(parent)
    box.setObjectName("rekeyNotice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("rekeyNotice", "Change of the data key"))
    box.setText(rekey_notice_text(outcome))
    box.open()
    return box
