"""A closed incident in the editor: shown read-only, with "Reopen…" asking for the reason.

A closed (完了) incident is a finished record; changing it afterwards must leave a trace of
why. So the editor shows it with every field, "Now" button, Add/Remove and Save disabled (the
lists can still be browsed and the history read), and a bar that says so. "Reopen…" asks for
the reason and makes one service call (``IncidentService.reopen``), which writes the reason to
the audit chain; the incident comes back at "responded" and can be edited again. The service
refuses any other change to a closed incident, so this is not only a matter of the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import IncidentStatus
from ...domain.errors import UserError
from ...domain.roles import Permission
from ...domain.vocabulary import fill
from .common import plain_label

if TYPE_CHECKING:
    from ...services.access import Access
    from .incident_editor import IncidentEditor


class ClosedMode(QObject):
    """The editor's read-only mode for a closed incident, and the way out of it."""

    def __init__(self, editor: IncidentEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.bar = QWidget(editor)
        self.bar.setObjectName("closed_bar")
        self.bar.setStyleSheet(
            "QWidget#closed_bar { background: #eef3fb; border: 1px solid #b8c9e6;"
            " border-radius: 4px; }"
        )
        self.label: QLabel = plain_label(self.closed_text(True), self.bar)
        self.label.setObjectName("closed_label")
        self.label.setWordWrap(True)
        self.problem: QLabel = plain_label("", self.bar)
        self.problem.setObjectName("reopen_error")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.button = QPushButton(self.tr("&Reopen…"), self.bar)
        self.button.setObjectName("reopen_button")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.ask)
        texts = QVBoxLayout()
        texts.addWidget(self.label)
        texts.addWidget(self.problem)
        row = QHBoxLayout(self.bar)
        row.addLayout(texts, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.bar.hide()
        self.dialog: QInputDialog | None = None

    def closed_text(self, may_reopen: bool) -> str:
        """The bar's sentence: how to reopen, or (staff) who can."""
        if may_reopen:
            return self.tr(
                "This incident is closed, so it is read-only. To change it, reopen it: you are "
                "asked why, and the reason is kept in the audit trail."
            )
        return self.tr(
            "This incident is closed, so it is read-only. A manager can reopen it: they are "
            "asked why, and the reason is kept in the audit trail."
        )

    def add_only_text(self) -> str:
        """The bar's sentence for staff on an incident that is not their own draft."""
        return self.tr(
            "This is not your own draft: you can add exact words, timeline steps and calls to "
            "it; other changes need a manager."
        )

    def _own_draft(self, access: Access | None) -> bool:
        """True for a new incident or a draft the signed-in user recorded (staff edit these)."""
        incident = self.editor.draft()
        if not incident.reference or access is None:
            return True
        return self.editor.base_status is IncidentStatus.DRAFT and (
            incident.created_by == access.login
        )

    @property
    def active(self) -> bool:
        """True while the incident as loaded or last saved is closed."""
        return self.editor.base_status is IncidentStatus.CLOSED

    def apply(self) -> None:
        """Enable or disable editing to match the incident's status (and the lock)."""
        editable = not self.active
        e = self.editor
        e.header.setEnabled(editable)
        for tab in e.tab_pages.values():
            tab.form.setEnabled(editable)
            for button in (tab.add_button, tab.remove_button):
                button.setVisible(editable)
            for now in getattr(tab, "now_buttons", {}).values():
                now.setEnabled(editable)
        unlocked = not e.is_locked
        for button in (e.save_button, e.save_close_button):
            button.setEnabled(editable and unlocked)
        self.button.setEnabled(unlocked)
        access = getattr(e.service, "access", None)  # None: a test's fake service
        may_reopen = access is None or access.can(Permission.EDIT_ANY_INCIDENT)
        self.button.setVisible(may_reopen and self.active)
        add_only = not self.active and not may_reopen and not self._own_draft(access)
        self.label.setText(self.add_only_text() if add_only else self.closed_text(may_reopen))
        self.bar.setVisible(self.active or add_only)
        if not self.active:
            self.problem.hide()

    @Slot()
    def ask(self) -> QInputDialog:
        """Ask for the reason (non-blocking); OK reopens the incident."""
        dialog = QInputDialog(self.editor)
        dialog.setObjectName("reopen_dialog")
        dialog.setWindowTitle(fill(self.tr("Reopen %1"), self.editor.reference))
        dialog.setLabelText(
            self.tr("Why is this closed incident reopened? (Kept in the audit trail.)")
        )
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, True)
        dialog.setOkButtonText(self.tr("Reopen"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.reopen)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(str)
    def reopen(self, reason: str) -> bool:
        """Reopen with ``reason`` through the service; a refusal is shown in the bar."""
        service = self.editor.service
        if service is None:
            return False
        try:
            saved = service.reopen(self.editor.reference, reason)
        except UserError as err:
            self.problem.setText(str(err))
            self.problem.show()
            return False
        self.editor.take_saved(saved)
        return True
