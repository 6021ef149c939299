"""Step 7's no-entry notice: save the response so far, open the notice dialog, and take over
what issuing recorded.

A notice is issued from the incident as stored in the vault (its facts, its verdict, its
customer), and issuing adds the ``no_return_notice`` action to that stored incident. So the
guide saves its draft first (keeping the status the incident has: the status is chosen at the
end of the step, not here), opens ``NoticeDialog`` over the saved incident, and once a notice is
issued reloads the incident, with the action timed when the notice was actually issued. Closing
the dialog without issuing records nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from .draft import ResponseDraft

if TYPE_CHECKING:
    from ..notices import NoticeDialog


class Saver(Protocol):
    """What this needs of the wizard (``ResponseWizard``)."""

    def save(self) -> bool: ...


class NoticeStep(QObject):
    """Opens the notice dialog for the draft's incident and follows what it issues.

    Signals:
        issued(str): the notice number, after the draft took over the reloaded incident.
    """

    issued = Signal(str)

    def __init__(self, draft: ResponseDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.dialog: NoticeDialog | None = None

    def start(self, wizard: Saver, parent: QWidget) -> NoticeDialog | None:
        """Save the draft (status unchanged), then open the dialog; ``None`` if either failed
        (the reason is shown on the page, or in a message box)."""
        services = self.draft.services
        if services is None:
            return None
        target, reason = self.draft.target_status, self.draft.status_reason
        self.draft.target_status = self.draft.before_status
        try:
            saved = wizard.save()
        finally:
            self.draft.target_status, self.draft.status_reason = target, reason
        if not saved:
            return None
        from ..notices import open_notice_dialog  # QtPdf and reportlab: only when used

        self.dialog = open_notice_dialog(parent, services.notices, self.draft.reference)
        if self.dialog is not None:
            self.dialog.issued.connect(self._on_issued)
        return self.dialog

    @Slot(str)
    def _on_issued(self, number: str) -> None:
        services = self.draft.services
        if services is None:  # locked while the dialog was open: the unlock reloads nothing
            return
        target, reason = self.draft.target_status, self.draft.status_reason
        self.draft.saved(services.incidents.get(self.draft.reference))
        self.draft.target_status, self.draft.status_reason = target, reason
        self.issued.emit(number)
