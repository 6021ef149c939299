"""File → Back up the logbook…: an encrypted copy of the vault in a folder the user picks.

The database (which grows with the years) and the evidence files (which can be gigabytes) are
copied and the copy checked in the background with progress and Cancel; only a complete,
checked copy gets its final name, and its audit row is written on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from ..domain.errors import Cancelled, StorageError
from ..domain.roles import Permission
from ..domain.vocabulary import fill
from ..services import backup as backup_service
from ..services.registry import Services
from .dialogs.messages import show_error
from .save_locations import SaveKind, folder_problem, remember, saving_failed, start_folder
from .session import Session
from .tasks import TaskContext, TaskProgressDialog, run_task
from .time_display import now


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for the folder that will hold the backup (tests patch this); it starts in the
    folder used last time, or the user's Documents (``ui.save_locations``)."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder(SaveKind.BACKUP)))
    return Path(name) if name else None


class BackupAction(QObject):
    """Owns the action and one backup at a time (the lock cancels a running copy)."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.job: backup_service.BackupPlan | None = None  # the backup running, if any
        self.action = QAction(self.tr("&Back up the logbook…"), window)
        self.action.setObjectName("backupAction")
        self.action.triggered.connect(self.start)
        window.addAction(self.action)
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        if session.services is not None:  # the window is built after the first unlock
            self._unlocked(session.services)

    @Slot()
    def _locked(self) -> None:
        self.action.setEnabled(False)  # a running copy is cancelled by the lock itself

    @Slot(object)
    def _unlocked(self, services: Services) -> None:
        allowed = services.access.can(Permission.BACKUP)  # hidden from staff (and disabled)
        self.action.setVisible(allowed)
        self.action.setEnabled(allowed)

    @Slot()
    def start(self) -> None:
        services = self.session.services
        if services is None or self.job is not None:
            return
        folder = choose_folder(self.window, self.tr("Where should the backup go?"))
        if folder is None:
            return
        problem = folder_problem(folder / "x")
        if problem is not None:
            show_error(self.window, StorageError(problem))
            return
        remember(SaveKind.BACKUP, folder)
        stamp = now(services.incidents.timezone)  # the shop's clock, like every time shown
        dest = folder / f"kasuhara-backup-{stamp:%Y%m%d-%H%M%S}"
        plan = services.backup.plan(dest)
        self.job = plan

        def copy(ctx: TaskContext) -> backup_service.BackupJob:
            return plan.run(progress=ctx.progress, should_cancel=ctx.is_cancelled)

        task = run_task(copy, on_result=self._copied, on_error=self._failed)
        dialog = TaskProgressDialog(task, self.tr("Backing up the logbook…"), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def _copied(self, job: object) -> None:
        self.job = None
        assert isinstance(job, backup_service.BackupJob)
        try:
            count = backup_service.finish_backup(job)
        except Exception as exc:
            show_error(self.window, _translated(exc, job.dest))
            return
        text = self.tr("Backed up to %1 (%2 files, still encrypted).")
        self.window.statusBar().showMessage(fill(text, str(job.dest), str(count)), 30_000)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        plan, self.job = self.job, None  # the task removed its unfinished copy itself
        if isinstance(exc, Cancelled):
            self.window.statusBar().showMessage(
                self.tr("Backup cancelled; nothing was kept."), 15_000
            )
        elif isinstance(exc, BaseException):
            show_error(self.window, _translated(exc, plan.dest if plan is not None else Path()))


def _translated(exc: BaseException, dest: Path) -> BaseException:
    """A disk error said in the user's language; anything else unchanged."""
    return saving_failed(exc, dest) if isinstance(exc, StorageError) else exc
