"""What every page of the guided response shares: the draft, an error note, a scrolling body.

A page shows the draft when it is entered (:meth:`ResponsePage.load`) and writes every change
back into the draft at once (:meth:`ResponsePage.store`, then ``draft.notify()``), so that
going back and forth, a refused save or a locked vault never loses a character. Going back
does not reset a page (``cleanupPage`` keeps everything).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget, QWizardPage

from ...domain.response_flow import Step
from .draft import ResponseDraft
from .widgets import note, show_note


def manager_judges_line() -> str:
    """What the judge and offences steps say to staff instead of asking their questions."""
    return QCoreApplication.translate(
        "ResponsePage",
        "A manager judges the complaint and the legal points; your record is saved for them.",
    )


def manager_closes_line() -> str:
    """What the closing step says to staff instead of offering the status and the notice."""
    return QCoreApplication.translate(
        "ResponsePage",
        "A manager records the response, chooses the status and decides on a notice; your "
        "record is saved as a draft for them.",
    )


class ResponsePage(QWizardPage):
    """Base of the seven pages; subclasses fill ``self.body`` and implement load/store."""

    step: Step = Step.WHAT_HAPPENED

    def __init__(self, draft: ResponseDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{self.step.value}")
        self.draft = draft
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.error = note(f"{self.step.value}_error", "error", self)
        outer.addWidget(self.error)
        # Shown instead of the page's questions to a role that may not answer them (staff).
        self.manager_only = note(f"{self.step.value}_manager_only", "info", self)
        outer.addWidget(self.manager_only)
        self.content = QWidget(self)
        self.content.setObjectName(f"{self.step.value}_content")
        self.body = QVBoxLayout(self.content)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        outer.addWidget(self.scroll_area, 1)
        outer.addStretch(0)  # keeps the manager's line at the top when the body is hidden

    # ------------------------------------------------------------ QWizardPage

    def initializePage(self) -> None:
        self.reload()

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (the draft already holds it)."""

    # ------------------------------------------------------------ for subclasses

    def reload(self) -> None:
        """Show the draft as it stands now (no change signals while filling the fields)."""
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False

    def load(self) -> None:
        raise NotImplementedError

    def store(self) -> None:
        """Write the page's fields into the draft."""

    @Slot()
    def on_edited(self) -> None:
        """Connected to every field: store at once, then tell the others."""
        if self._loading:
            return
        self.store()
        self.draft.notify()

    def show_manager_only(self, text: str) -> bool:
        """Show ``text`` instead of the page's body ('' shows the body again).

        Returns:
            True if the body is hidden (the page has nothing to load for this role).
        """
        show_note(self.manager_only, text)
        self.scroll_area.setVisible(not text)
        return bool(text)

    def set_locked(self, locked: bool) -> None:
        self.content.setEnabled(not locked)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.scroll_area.ensureVisible(0, 0)
