"""Crash safety for the editor and the guided response: autosave, and the offer to restore.

:class:`Autosaver` writes a window's unsaved draft into the vault (``services.autosave``, one
short transaction, encrypted like everything else, never a plaintext file) a few seconds after
the first change since the last write. It does not wait for typing to stop: someone who types
without a pause for a minute and then loses power loses at most :data:`INTERVAL_MS` of it.
A saved or deliberately discarded draft is cleared; locking writes what is pending first.

:func:`offer_restore` runs once the main window is open: drafts left behind by a crash are
offered back (restore opens each in its editor or guide; discard deletes them; "Later" keeps
them for the next start).
"""

from __future__ import annotations

import logging
import uuid
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..domain.incident_json import incident_to_dict
from ..domain.models import Incident

if TYPE_CHECKING:
    from ..services.autosave import AutosaveService, RecoveredDraft
    from ..services.incidents import IncidentService

log = logging.getLogger(__name__)
INTERVAL_MS = 3000
# What a window hands over to be kept: the draft, the version it started from, its extras;
# or None when nothing is unsaved (then a kept autosave is cleared).
Snapshot = tuple[Incident, int | None, dict[str, Any]] | None


def autosave_service(incidents: object) -> AutosaveService | None:
    """The autosave part of an ``IncidentService`` (None for services without one)."""
    return getattr(incidents, "autosave", None)


class Autosaver(QObject):
    """Keeps the draft of one window (``kind`` "editor" or "guide") in the vault.

    ``snapshot`` is asked for the draft when a write is due. Call :meth:`changed` on every
    edit, :meth:`clear` after a save or a discard, :meth:`flush` before the vault locks.
    """

    def __init__(
        self, kind: str, snapshot: Callable[[], Snapshot], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.slot = uuid.uuid4().hex
        # A weak reference: the window owns its autosaver, and a strong bound method back to
        # the window would be a cycle that keeps a closed window alive until the next GC.
        self._snapshot: Callable[[], Callable[[], Snapshot] | None] = (
            weakref.WeakMethod(snapshot) if hasattr(snapshot, "__self__") else lambda: snapshot
        )
        self._service: AutosaveService | None = None
        self._dirty = False
        self._written = False
        self._last: object = None  # what was written last: an unchanged draft is not rewritten
        self._timer = QTimer(self)
        self._timer.setObjectName("autosaveTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.flush)

    def set_service(self, service: AutosaveService | None) -> None:
        self._service = service
        if service is not None and self._dirty and not self._timer.isActive():
            self._timer.start()

    def adopt_slot(self, slot: str) -> None:
        """Continue the autosave ``slot`` (a restored draft): later writes replace it."""
        self.slot = slot
        self._written = True

    @property
    def pending(self) -> bool:
        return self._dirty

    @Slot()
    def changed(self) -> None:
        self._dirty = True
        if self._service is not None and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Write the draft now if it changed since the last write."""
        self._timer.stop()
        service = self._service
        if service is None or not self._dirty:
            return
        source = self._snapshot()
        if source is None:  # the window is gone: leave what was kept for the next start
            return
        self._dirty = False
        try:
            snapshot = source()
            if snapshot is None:
                if self._written:
                    service.clear(self.slot)
                    self._written = False
                    self._last = None
                return
            incident, base_version, state = snapshot
            content = (incident_to_dict(incident), base_version, state)
            if self._written and content == self._last:
                return
            service.save(self.slot, self.kind, incident, base_version=base_version, state=state)
            self._written, self._last = True, content
        except Exception as exc:  # a full disk must not break typing; the next change retries
            self._dirty = True
            log.warning("Autosave failed: %s", type(exc).__name__)

    def clear(self) -> None:
        """The draft was saved or discarded: nothing to keep any more."""
        self._timer.stop()
        self._dirty = False
        service = self._service
        if service is None or not self._written:
            return
        try:
            service.clear(self.slot)
            self._written, self._last = False, None
        except Exception as exc:  # offered again at the next start: harmless
            log.warning("Clearing an autosave failed: %s", type(exc).__name__)


@runtime_checkable
class DraftWindow(Protocol):
    """An editor or guide that takes back a draft a crash left behind."""

    def restore_draft(self, draft: RecoveredDraft) -> None: ...


class DraftHost(Protocol):
    """What the restore offer needs of the main window (it does not import the window)."""

    @property
    def service(self) -> IncidentService | None: ...

    @property
    def open_editors(self) -> list[QDialog]: ...

    def open_incident(self, reference: str | None) -> QDialog | None: ...

    def open_guide(self, reference: str | None) -> QDialog | None: ...


def offer_restore(window: DraftHost) -> QMessageBox | None:
    """Offer the drafts a crash left behind, if any; returns the question box (or None)."""
    service = autosave_service(window.service)
    if service is None:
        return None
    open_slots = {slot for e in window.open_editors if (slot := _slot_of(e)) is not None}
    try:
        drafts = service.pending(exclude=open_slots)
    except Exception as exc:  # the offer is not worth an error box; the rows stay
        log.warning("Reading autosaves failed: %s", type(exc).__name__)
        return None
    if not drafts:
        return None
    box = QMessageBox(window if isinstance(window, QWidget) else None)
    box.setObjectName("autosaveRestoreBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("AutosaveOffer", "Unsaved work found"))
    box.setText(
        QCoreApplication.translate(
            "AutosaveOffer",
            "The program was not closed properly last time. Text typed in an incident or a "
            "guided response had not been saved yet; it was kept in the logbook. Restore it?",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "AutosaveOffer", "Restore opens each draft again; nothing is saved until you save it."
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("AutosaveOffer", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("autosaveRestoreButton")
    discard = box.addButton(
        QCoreApplication.translate("AutosaveOffer", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName("autosaveDiscardButton")
    later = box.addButton(
        QCoreApplication.translate("AutosaveOffer", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    later.setObjectName("autosaveLaterButton")
    box.setDefaultButton(restore)
    box.setEscapeButton(later)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is restore:
            restore_drafts(window, drafts)
        elif clicked is discard:
            _discard(service, drafts)

    box.finished.connect(answered)
    box.open()
    return box


def _slot_of(editor: Any) -> str | None:
    autosaver = getattr(editor, "autosaver", None)
    return autosaver.slot if isinstance(autosaver, Autosaver) else None


def _discard(service: AutosaveService, drafts: list[RecoveredDraft]) -> None:
    for draft in drafts:
        try:
            service.clear(draft.slot)
        except Exception as exc:
            log.warning("Discarding an autosave failed: %s", type(exc).__name__)


def restore_drafts(window: DraftHost, drafts: list[RecoveredDraft]) -> None:
    """Open each draft in its editor or guide (a draft that cannot be read stays stored)."""
    for draft in drafts:
        if draft.incident is None:
            continue
        reference = draft.reference or None
        if draft.kind == "guide":
            # The guide is opened the way its menu opens it (tracked through locks, saved
            # incidents refresh the list).
            target = window.open_guide(reference)
        else:
            target = window.open_incident(reference)
        if isinstance(target, DraftWindow):
            target.restore_draft(draft)
