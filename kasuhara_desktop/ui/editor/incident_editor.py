"""The incident editor dialog: every field of one incident, saved only when the user says so.

The dialog edits a draft ``Incident`` held in its widgets. "Save" (Ctrl+S) builds the draft,
checks it with the same rules as the JSON import, and writes it in one transaction. Nothing
typed is ever thrown away without the user choosing "Discard": a refused save, a stale version
or a locked vault all leave the text where it is.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import IncidentStatus, TimelineKind
from ...domain.errors import UserError, ValidationError
from ...domain.incident_json import incident_to_dict
from ...domain.models import Incident
from ...services.autosave import RecoveredDraft
from ...services.incidents import IncidentService
from ...services.registry import Services
from ..autosave import Autosaver, Snapshot, autosave_service
from ..widgets.screen_fit import resize_within_screen
from . import clock
from .common import fill, plain_label
from .editor_feedback import Feedback
from .field_names import SECTIONS, locate
from .header_form import HeaderForm
from .models import ParticipantRow
from .people_tab import ParticipantForm
from .read_only import ClosedMode
from .record_tabs import build_record_tabs
from .special_tabs import NOW_KINDS, TimelineTab


class IncidentEditor(QDialog):
    """Edit one incident (``reference``) or record a new one (``reference=None``).

    Open it with ``open()`` (non-modal to the rest of the program's windows). The constructor
    reads the incident, so it raises ``NotFoundError`` (a ``UserError``) for an unknown reference.

    Signals:
        saved(str): the incident's reference, after each successful save.
    """

    saved = Signal(str)

    def __init__(
        self, service: IncidentService, reference: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incident_editor")
        self._service: IncidentService | None = service
        self._user = service.user
        self._stash: Incident | None = None
        self.autosaver = Autosaver("editor", self._autosave_snapshot, self)  # crash safety
        if reference:
            incident = service.get(reference)
        else:
            tz = service.shop_profile().timezone
            incident = Incident(occurred_at=clock.now(tz), summary="", timezone=tz)
        self._base = incident
        self._tz = incident.timezone
        self._build_ui()
        self._load(incident)
        self._refresh_directory()
        self._baseline = self._snapshot()
        self.setWindowModified(False)
        self.header.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        self.autosaver.set_service(autosave_service(service))

    def open(self) -> None:
        """Show the editor without blocking other windows (``QDialog.open`` would make it
        window-modal): staff may look up another incident while writing this one."""
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.show()
        self.activateWindow()

    # ------------------------------------------------------------ building

    def _build_ui(self) -> None:
        tz, user = self._tz, self.current_user
        self.header = HeaderForm(tz, self)
        record_tabs = build_record_tabs(tz, user, self)
        self.models = record_tabs.models
        self.tab_pages = record_tabs.pages
        self.tabs = record_tabs.tabs
        self.history = record_tabs.history

        top = QScrollArea(self)
        top.setWidgetResizable(True)
        top.setFrameShape(QScrollArea.Shape.NoFrame)
        top.setWidget(self.header)
        self.content = QSplitter(Qt.Orientation.Vertical, self)
        self.content.setObjectName("editor_content")
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(top)
        self.content.addWidget(self.tabs)
        self.content.setStretchFactor(0, 0)
        self.content.setStretchFactor(1, 1)

        self.feedback = Feedback(self, self._tz)
        self.locked_label = plain_label(
            self.tr(
                "The logbook is locked. What you typed is kept and comes back when the logbook is "
                "unlocked; nothing has been saved or lost."
            ),
            self,
        )
        self.locked_label.setObjectName("editor_locked")
        self.locked_label.setWordWrap(True)
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_label.hide()

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("editor_save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_close_button = QPushButton(self.tr("Save and close"), self)
        self.save_close_button.setObjectName("editor_save_close")
        self.save_close_button.clicked.connect(self._on_save_close)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("editor_close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback.status, 1)
        for button in (self.save_button, self.save_close_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must never save or close
            buttons.addWidget(button)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.activated.connect(self.save)
        for number, kind in enumerate(NOW_KINDS, 1):  # Ctrl+1..6: the timeline's "Now" buttons
            now_key = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            now_key.activated.connect(lambda k=kind: self.log_now(k))

        self.closed_mode = ClosedMode(self)  # a closed incident is read-only until reopened
        layout = QVBoxLayout(self)
        layout.addWidget(self.feedback.error)
        layout.addWidget(self.closed_mode.bar)
        layout.addWidget(self.locked_label, 1)
        layout.addWidget(self.content, 1)
        layout.addLayout(buttons)

        self.header.edited.connect(self._on_edited)
        for model in self.models.values():
            model.edited.connect(self._on_edited)
        resize_within_screen(self, 1120, 860)

    # ------------------------------------------------------------ draft

    def current_user(self) -> str:
        return self._user

    @property
    def reference(self) -> str:
        return self._base.reference

    @property
    def is_locked(self) -> bool:
        return self._service is None

    def _load(self, incident: Incident) -> None:
        self._base = incident
        self.header.load(incident)
        for key, model in self.models.items():
            rows = getattr(incident, key)
            if key == "participants":
                rows = [ParticipantRow.of(p) for p in rows]
            model.set_items(rows)
        self._update_title()
        self.history.refresh(self._service, incident.reference, self._tz)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.history), bool(incident.reference))
        self.closed_mode.apply()

    @property
    def base_status(self) -> IncidentStatus:
        return self._base.status

    @property
    def service(self) -> IncidentService | None:
        return self._service

    def take_saved(self, saved: Incident) -> None:
        """Show ``saved`` (e.g. just reopened) as the new starting point."""
        self._load(copy.deepcopy(saved))
        self._after_save(saved)

    def draft(self) -> Incident:
        """The incident as it stands in the form (not checked, not saved)."""
        # Fields this form does not show (the guided response's assessment, staff care...)
        # are carried over unchanged from the incident as it was loaded or last saved.
        draft = copy.deepcopy(self._base)
        self.header.fill(draft)
        m = self.models
        draft.quotes = m["quotes"].rows()
        draft.timeline = m["timeline"].rows()
        draft.participants = [row.to_participant() for row in m["participants"].rows()]
        draft.statements = m["statements"].rows()
        draft.actions = m["actions"].rows()
        draft.costs = m["costs"].rows()
        return draft

    def _snapshot(self) -> dict[str, object]:
        return incident_to_dict(self.draft())

    def is_dirty(self) -> bool:
        """True if the form holds anything not yet saved."""
        return self._snapshot() != self._baseline

    # ------------------------------------------------------------ saving

    @Slot()
    def save(self) -> bool:
        """Check and save the draft; on failure show why and keep every character typed."""
        service = self._service
        if service is None or self.closed_mode.active:
            return False
        self.feedback.clear()
        draft = self.draft()
        try:
            # The service checks the incident (validate_incident) before it writes anything.
            if self._base.reference:
                saved = service.update(self._base.reference, draft, self._base.version)
            else:
                saved = service.add(draft)
        except ValidationError as err:
            self._show_validation(err)
            return False
        except UserError as err:
            self.feedback.show_save_error(err, self._is_stale(service))
            return False
        self._after_save(saved)
        return True

    def _is_stale(self, service: IncidentService) -> bool:
        if not self._base.reference:
            return False
        try:
            return service.get(self._base.reference).version != self._base.version
        except UserError:
            return False

    def _after_save(self, saved: Incident) -> None:
        # The vault linked new staff and persons: remember their ids, so the next save
        # updates the same person instead of creating another one.
        people = self.models["participants"]
        for number, participant in enumerate(saved.participants):
            if number < people.rowCount():
                row: ParticipantRow = people.row(number)
                if participant.staff is not None:
                    row.staff.id = participant.staff.id
                if participant.person is not None:
                    row.person.id = participant.person.id
        self._base = copy.deepcopy(saved)
        self._refresh_directory()
        self.history.refresh(self._service, saved.reference, self._tz)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.history), True)
        self._baseline = self._snapshot()
        self.setWindowModified(False)
        self.autosaver.clear()
        self._update_title()
        self.closed_mode.apply()
        self.feedback.show_saved(saved.reference, saved.version)
        self.saved.emit(saved.reference)

    def _show_validation(self, err: ValidationError) -> None:
        path, _sep, _rest = str(err).partition(": ")
        section, row, last = locate(path)
        self.feedback.show_validation(err)
        if section in SECTIONS:
            page = self.tab_pages[section]
            self.tabs.setCurrentWidget(page)
            page.focus_field(row, last)
        else:
            widget = self.header.findChild(QWidget, section)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def log_now(self, kind: TimelineKind) -> None:
        """Log a timeline step at the current time (the "Now" buttons and Ctrl+1..6)."""
        if self.is_locked or self.closed_mode.active:
            return
        page = self.tab_pages["timeline"]
        self.tabs.setCurrentWidget(page)
        assert isinstance(page, TimelineTab)
        page.log_now(kind)

    # ------------------------------------------------------------ locking

    @Slot()
    def stash_for_lock(self) -> None:
        """The vault is being locked: keep the typed draft, let go of the service, hide it all."""
        if self._service is None:
            return
        self._stash = self.draft()
        self.autosaver.flush()  # the last seconds typed, while the vault is still open
        self.autosaver.set_service(None)
        self._service = None
        self.content.hide()
        self.locked_label.show()
        for button in (self.save_button, self.save_close_button):
            button.setEnabled(False)
        self.history.refresh(None, "", self._tz)
        self.tab_pages["participants"].form.set_directory([], [])  # type: ignore[attr-defined]

    @Slot(object)
    def restore_after_unlock(self, services: Services) -> None:
        """The vault is open again: show the same typed content and allow saving."""
        service = self._service = services.incidents
        self._user = service.user
        self.autosaver.set_service(autosave_service(service))
        self._refresh_directory()
        self.history.refresh(service, self._base.reference, self._tz)
        self.locked_label.hide()
        self.content.show()
        for button in (self.save_button, self.save_close_button):
            button.setEnabled(True)
        self.closed_mode.apply()
        self._stash = None

    @property
    def stashed_draft(self) -> Incident | None:
        """The draft kept while the vault is locked (``None`` when unlocked)."""
        return self._stash

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        """Esc, the window's close button and "Close" all come here: ask before losing text."""
        if self._confirm_close():
            self.autosaver.clear()  # saved or discarded on purpose: nothing left to recover
            super().reject()

    def _confirm_close(self) -> bool:
        if not self.is_dirty():
            return True
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if not self.is_locked:
            buttons |= QMessageBox.StandardButton.Save
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This incident has changes that are not saved yet. Save them?"),
            buttons,
            QMessageBox.StandardButton.Cancel
            if self.is_locked
            else QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ misc

    def _refresh_directory(self) -> None:
        form = self.tab_pages["participants"].form
        if self._service is not None and isinstance(form, ParticipantForm):
            form.set_directory(self._service.staff(), self._service.persons())

    def _update_title(self) -> None:
        name = self._base.reference or self.tr("New incident")
        self.setWindowTitle(fill(self.tr("%1 — Incident[*]"), name))

    @Slot()
    def _on_edited(self) -> None:
        self.setWindowModified(True)
        self.feedback.clear_status()
        self.autosaver.changed()

    def _autosave_snapshot(self) -> Snapshot:
        return (self.draft(), self._base.version, {}) if self.is_dirty() else None

    def restore_draft(self, recovered: RecoveredDraft) -> None:
        """Show a draft a crash left behind (``ui/autosave.py``); saved only by Save."""
        self._load(recovered.over(self._base))
        self.autosaver.adopt_slot(recovered.slot)
        self.setWindowModified(self.is_dirty())

    @Slot()
    def _on_save_close(self) -> None:
        if self.save():
            self.accept()
