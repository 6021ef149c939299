"""The pane's background work: import, export, integrity check and thumbnails.

Every step that needs the vault's connection (looking items up, opening readers, committing
rows, storing thumbnails) runs on the GUI thread; the long file work runs through
``ui.tasks.run_task`` on plain data. Results arrive in closures, which first check that this
object still exists (a task outlives a deleted pane). A *generation* number, bumped whenever
the incident, the services or the lock state change, lets late results of an earlier context
be dropped (an import finished for a logbook locked meanwhile is discarded, never committed).
"""

from __future__ import annotations

import contextlib
import queue
from collections import deque
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from ...domain.errors import Cancelled, IntegrityError, StorageError, UserError
from ...domain.evidence import EvidenceItem
from ...services.evidence import EvidenceService, ImportRequest, PreparedFile
from ...services.evidence_jobs import DestinationExistsError, EvidenceReader, NotEnoughSpaceError
from ..dialogs.messages import error_text, show_error
from ..save_locations import saving_failed
from ..tasks import Task, TaskContext, TaskProgressDialog, run_task
from .evidence_model import EvidenceListModel
from .jobs import CheckTarget, check_files, make_thumbnail, throttled
from .texts import IntegrityState, fill, format_size, integrity_message


class EvidenceOperations(QObject):
    """Runs the long evidence work for one pane.

    Signals:
        status(str, bool): what happened, in one sentence; True when it is a problem.
        changed(list): evidence was added or removed; the ids to select (may be empty).
    """

    status = Signal(str, bool)
    changed = Signal(list)

    def __init__(self, model: EvidenceListModel, window: QWidget) -> None:
        super().__init__(window)
        self.model = model
        self.window = window
        self.service: EvidenceService | None = None
        self.reference: str | None = None
        self.generation = 0
        self.import_task: Task | None = None
        self.export_task: Task | None = None
        self.check_task: Task | None = None
        self._thumb_task: Task | None = None
        self._thumb_queue: deque[str] = deque()
        self._checking: list[str] = []  # the files of the running check
        self._check_results: queue.SimpleQueue[tuple[str, IntegrityState, str]] = (
            queue.SimpleQueue()
        )
        model.thumbnail_wanted.connect(self._want_thumbnail)

    def reset(self, service: EvidenceService | None, reference: str | None) -> None:
        """A new context: cancel what runs for the old one; late results are dropped."""
        self.generation += 1
        self.service, self.reference = service, reference
        for task in (self.import_task, self.export_task, self.check_task, self._thumb_task):
            if task is not None and task.is_running:
                task.cancel()
        self.import_task = self.export_task = self.check_task = self._thumb_task = None
        self._thumb_queue.clear()

    def _problem(self, exc: BaseException) -> None:
        text = error_text(exc)
        if text:
            self.status.emit(text, True)
            show_error(self.window, exc)

    # ------------------------------------------------------------ import

    def start_import(self, requests: list[ImportRequest]) -> Task | None:
        """Encrypt the files on a worker, then commit them on the GUI thread."""
        service, reference, generation = self.service, self.reference, self.generation
        if service is None or reference is None or not requests:
            return None
        if self.import_task is not None and self.import_task.is_running:
            self.status.emit(self.tr("An import is already running; wait until it ends."), True)
            return None
        try:  # the service refuses an import that will not fit; say so before any work
            total = service.check_room(requests)
        except NotEnoughSpaceError as exc:
            text = self.tr("Not enough free disk space: the files need %1, the logbook's disk "
                           "has %2 free. Nothing was added.")  # fmt: skip
            self.status.emit(fill(text, format_size(exc.needed), format_size(exc.free)), True)
            return None

        def job(ctx: TaskContext) -> list[PreparedFile]:
            progress = throttled(ctx.progress)
            return service.prepare(requests, progress=progress, should_cancel=ctx.is_cancelled)

        def done(prepared: list[PreparedFile]) -> None:
            if not shiboken6.isValid(self):  # the pane is gone: leave no files behind
                service.discard(prepared)
                return
            self._imported(service, reference, generation, prepared)

        task = run_task(job, on_result=done, on_error=self._import_failed)
        self.import_task = task
        what = fill(self.tr("Adding %n file(s) (%1)…", "", len(requests)), format_size(total))
        self.status.emit(what, False)
        TaskProgressDialog(task, what, parent=self.window).open()
        return task

    def _imported(
        self, service: EvidenceService, reference: str, generation: int, prepared: list[Any]
    ) -> None:
        self.import_task = None
        if generation != self.generation or service is not self.service:
            service.discard(prepared)
            text = self.tr(
                "The import was abandoned: the logbook was locked or another incident was "
                "chosen. Nothing was added."
            )
            self.status.emit(text, True)
            return
        try:
            items = service.commit(reference, prepared)
        except Exception as exc:
            self._problem(exc)
            return
        size = format_size(sum(i.size for i in items))
        self.status.emit(fill(self.tr("Added %n file(s) (%1).", "", len(items)), size), False)
        self.changed.emit([i.id for i in items])

    @Slot(object)
    def _import_failed(self, exc: BaseException) -> None:
        self.import_task = None
        if isinstance(exc, Cancelled):
            self.status.emit(self.tr("The import was cancelled; nothing was added."), False)
        else:
            self._problem(exc)

    # ------------------------------------------------------------ export

    def export(self, item: EvidenceItem, dest: Path, *, overwrite: bool) -> Task | None:
        """Decrypt ``item`` to ``dest`` on a worker (``overwrite`` only if the user agreed)."""
        if self.service is None:
            return None
        try:
            export = self.service.export_job(item.id, dest, overwrite=overwrite)
        except Exception as exc:
            self._mark_if_damaged(item.id, exc)
            self._problem(exc)
            return None

        def job(ctx: TaskContext) -> Path:
            return export.run(throttled(ctx.progress), ctx.is_cancelled)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.export_task = None
            self._mark_if_damaged(item.id, exc)
            if isinstance(exc, Cancelled):
                self.status.emit(self.tr("The export was cancelled; no file was written."), False)
            elif isinstance(exc, IntegrityError):
                self.status.emit(integrity_message(), True)
            elif isinstance(exc, DestinationExistsError):  # it appeared after the user chose
                text = QCoreApplication.translate(
                    "evidence", "The file already exists; choose another name."
                )
                self._problem(UserError(f"{text} ({dest.name})"))
            else:
                self._problem(saving_failed(exc, dest) if isinstance(exc, StorageError) else exc)

        def done(path: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self.export_task = None
            text = self.tr("Exported %1 to %2 (content checked against its SHA-256).")
            self.status.emit(fill(text, item.original_name, str(path)), False)
            if self.service is not None:
                try:  # the audit chain names who exported it (not where to)
                    self.service.record_export(item.id)
                except Exception as exc:  # the file is out and checked: say why, keep it
                    self._problem(exc)

        task = run_task(job, on_result=done, on_error=failed)
        self.export_task = task
        label = fill(self.tr("Exporting %1…"), item.original_name)
        TaskProgressDialog(task, label, parent=self.window).open()
        return task

    def _mark_if_damaged(self, evidence_id: str, exc: BaseException) -> None:
        if isinstance(exc, IntegrityError):
            missing = self.service is not None and self.service.file_missing(evidence_id)
            state = IntegrityState.MISSING if missing else IntegrityState.DAMAGED
            self.model.set_state(evidence_id, state, str(exc))

    # ------------------------------------------------------------ integrity check

    def check(self, items: list[EvidenceItem]) -> Task | None:
        """Verify every live file of ``items`` completely (readers opened here, read there)."""
        if self.service is None or (self.check_task is not None and self.check_task.is_running):
            return None
        targets: list[CheckTarget] = []
        self._checking = [i.id for i in items if not i.deleted]
        for item in items:
            if item.deleted:
                continue
            try:
                reader = self.service.open_reader(item.id)
            except UserError as exc:
                self._mark_if_damaged(item.id, exc)
                continue
            targets.append(CheckTarget(item.id, reader, item.sha256, item.size))
            self.model.set_state(item.id, IntegrityState.CHECKING)
        results = self._check_results = queue.SimpleQueue()
        generation = self.generation
        task = run_task(lambda ctx: check_files(targets, ctx, results),
                        on_result=lambda _n: self._checked(generation),
                        on_error=lambda exc: self._checked(generation, exc),
                        on_progress=lambda _d, _t: self._drain(generation))  # fmt: skip
        self.check_task = task
        TaskProgressDialog(task, self.tr("Checking the evidence files…"), self.window).open()
        return task

    def _drain(self, generation: int) -> None:
        if not shiboken6.isValid(self):
            return
        while True:
            try:
                evidence_id, state, message = self._check_results.get_nowait()
            except queue.Empty:
                return
            if generation == self.generation:
                self.model.set_state(evidence_id, state, message)

    def _checked(self, generation: int, exc: BaseException | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        self._drain(generation)
        if generation != self.generation:
            return
        self.check_task = None
        states = [self.model.state(i.id) for i in self.model.items()]
        for item in self.model.items():
            if self.model.state(item.id) == IntegrityState.CHECKING:
                self.model.set_state(item.id, IntegrityState.UNKNOWN)
        self._record_checks()
        if exc is not None and not isinstance(exc, Cancelled):
            self._problem(exc)
            return
        bad = sum(s in (IntegrityState.DAMAGED, IntegrityState.MISSING) for s in states)
        good = states.count(IntegrityState.INTACT)
        if isinstance(exc, Cancelled):
            self.status.emit(self.tr("The check was stopped."), False)
        elif bad:
            text = self.tr("%n file(s) failed the integrity check: see the red marks.", "", bad)
            self.status.emit(text, True)
        else:
            self.status.emit(self.tr("All %n file(s) are intact.", "", good), False)

    def _record_checks(self) -> None:
        """Keep each finished file's result in the vault, so it survives lock and unlock."""
        found = (IntegrityState.INTACT, IntegrityState.DAMAGED, IntegrityState.MISSING)
        states = {i: self.model.state(i) for i in self._checking}
        self._checking = []
        results = {i: s.value for i, s in states.items() if s in found}
        if self.service is None or not results:
            return
        try:
            at = self.service.record_checks(results)
        except Exception as exc:
            self._problem(exc)
            return
        for evidence_id, state in states.items():
            if state in found:
                self.model.set_checked(evidence_id, state, at)

    # ------------------------------------------------------------ thumbnails

    @Slot(str)
    def _want_thumbnail(self, evidence_id: str) -> None:
        if evidence_id not in self._thumb_queue:
            self._thumb_queue.append(evidence_id)
        if self._thumb_task is None:
            self._next_thumbnail()

    def _next_thumbnail(self) -> None:
        while self._thumb_queue and self.service is not None and self._thumb_task is None:
            evidence_id = self._thumb_queue.popleft()
            try:
                stored = self.service.thumbnail(evidence_id)
                if stored:
                    self.model.set_thumbnail(evidence_id, QImage.fromData(stored))
                    continue
                item = self.service.get(evidence_id)
                reader = self.service.open_reader(evidence_id)
            except Exception as exc:
                self._mark_if_damaged(evidence_id, exc)
                self.model.set_thumbnail(evidence_id, None)
                continue
            self._thumb_task = self._start_thumbnail(reader, item)

    def _start_thumbnail(self, reader: EvidenceReader, item: EvidenceItem) -> Task:
        generation = self.generation

        def job(ctx: TaskContext) -> bytes:
            return make_thumbnail(reader, item, ctx.is_cancelled)

        def done(result: object) -> None:
            if shiboken6.isValid(self):
                self._thumbnail_done(generation, item.id, result)

        return run_task(job, on_result=done, on_error=done)

    def _thumbnail_done(self, generation: int, evidence_id: str, result: object) -> None:
        if generation != self.generation or self.service is None:
            return
        self._thumb_task = None
        if isinstance(result, bytes) and result:
            with contextlib.suppress(UserError):  # it still shows; it is made again next time
                self.service.set_thumbnail(evidence_id, result)
            self.model.set_thumbnail(evidence_id, QImage.fromData(result))
        else:
            if isinstance(result, BaseException):
                self._mark_if_damaged(evidence_id, result)
                if not isinstance(result, UserError):
                    error_text(result)  # logs the type of a bug; the type icon stays
            self.model.set_thumbnail(evidence_id, None)
        self._next_thumbnail()
