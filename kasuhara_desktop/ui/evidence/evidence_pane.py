"""The evidence of the selected incident: add (dialog or drop), view, export, delete, check.

Hook-up (main window)::

    pane = EvidencePane(parent)                  # once
    pane.set_services(EvidenceService(vault))    # after each unlock
    pane.set_incident(reference)                 # when the selection changes (None: nothing)
    pane.clear()                                 # on lock: drops pictures, stops players

Long work (encrypting a 2 GB clip, exporting, checking) runs in ``ui.tasks`` with the shared
progress dialog; the pane's status line says what happened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.evidence import EvidenceItem
from ...domain.roles import Permission
from ...services.access import Access
from ...services.evidence import EvidenceService, ImportRequest
from ..dialogs.messages import show_error
from ..save_locations import SaveKind, folder_problem, remember, start_folder, suggested_path
from . import overlay_time_dialog
from .delete_dialog import DeleteEvidenceDialog
from .evidence_model import EvidenceListModel
from .evidence_ops import EvidenceOperations
from .evidence_view import EvidenceListView
from .import_dialog import ImportEvidenceDialog
from .open_viewers import VIEWABLE_KINDS, OpenViewers, Viewer
from .texts import IntegrityState, evidence_file_filter, fill, format_size


class EvidencePane(QWidget):
    """Files of one incident as tiles; see the module docstring for the hook-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePane")
        self.setAccessibleName(self.tr("Evidence"))
        self.setAcceptDrops(True)
        self.service: EvidenceService | None = None
        self.reference: str | None = None
        self.open_viewers = OpenViewers(self._viewer_found_damage)
        self.import_dialog: ImportEvidenceDialog | None = None
        self.delete_dialog: DeleteEvidenceDialog | None = None
        self.may_export = self.may_delete = True  # by the signed-in role (allow())

        self.model = EvidenceListModel(self)
        self.ops = EvidenceOperations(self.model, self)
        self.ops.status.connect(self.show_status)
        self.ops.changed.connect(self._reload)
        self.view = EvidenceListView(self.model, self)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("evidenceToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self.add_action = self._action(
            "evidenceAdd", self.tr("Add files…"), sp.SP_FileDialogNewFolder, self.choose_files,
            keys.Open)  # fmt: skip
        self.open_action = self._action(
            "evidenceOpen", self.tr("Open"), sp.SP_FileDialogContentsView, self.open_selected
        )
        self.export_action = self._action(
            "evidenceExport", self.tr("Export…"), sp.SP_DialogSaveButton, self.export_selected
        )
        self.delete_action = self._action(
            "evidenceDelete", self.tr("Delete…"), sp.SP_TrashIcon, self.delete_selected,
            keys.Delete)  # fmt: skip
        self.time_action = self._action(
            "evidenceOverlayTime", self.tr("Time on picture…"), sp.SP_FileDialogInfoView,
            lambda: overlay_time_dialog.edit_selected(self))  # fmt: skip
        self.check_action = self._action(
            "evidenceCheck", self.tr("Check integrity"), sp.SP_DialogApplyButton,
            self.check_integrity)  # fmt: skip
        for action in (self.add_action, self.open_action, self.export_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.check_action)
        self._full_toolbar_width = self.toolbar.sizeHint().width()
        self.view.menu_actions = [self.open_action, self.export_action, self.time_action,
                                  self.delete_action, None, self.add_action,
                                  self.check_action]  # fmt: skip

        self.hint = QLabel(self)
        self.hint.setObjectName("evidenceHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setObjectName("evidenceStatus")
        self.status.setAccessibleName(self.tr("Evidence status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.hint, self.status):
            label.setContentsMargins(6, 2, 6, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        self._update_actions()

    def _action(self, name: str, text: str, icon: QStyle.StandardPixmap, slot: object,
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:  # fmt: skip
        action = QAction(self.style().standardIcon(icon), text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------ context

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Icons only when the pane is too narrow for the labels (never hide an action)."""
        super().resizeEvent(event)
        narrow = event.size().width() < self._full_toolbar_width + 12
        style = Qt.ToolButtonStyle
        self.toolbar.setToolButtonStyle(
            style.ToolButtonIconOnly if narrow else style.ToolButtonTextBesideIcon
        )

    def set_services(self, evidence: EvidenceService | None) -> None:
        """The open vault's evidence service (None: locked); shows nothing until set_incident."""
        if evidence is None:
            self.clear()
            return
        self.service = evidence
        self.model.tz = evidence.timezone  # every time the pane shows is in the shop's zone
        self.ops.reset(evidence, self.reference)
        self._reload()

    def allow(self, access: Access) -> None:
        """Show Export and Delete only to roles that may (the service refuses others too)."""
        self.may_export = access.can(Permission.EXPORT_EVIDENCE)
        self.may_delete = access.can(Permission.DELETE)
        self.export_action.setVisible(self.may_export)
        self.delete_action.setVisible(self.may_delete)
        self._update_actions()

    def set_incident(self, reference: str | None) -> None:
        """Show the evidence of ``reference`` (None: no incident selected)."""
        if reference == self.reference and reference is not None:
            return
        self._reject_dialogs()  # they were about the other incident; open viewers may stay
        self.reference = reference
        self.ops.reset(self.service, reference)
        self.status.clear()
        self._reload()

    def clear(self) -> None:
        """Forget everything (for locking): pictures, players, dialogs, rows, running work."""
        self.open_viewers.close_all()
        self._reject_dialogs()
        self.service = None
        self.reference = None
        self.ops.reset(None, None)
        self.model.clear()
        self.status.clear()
        self._update_actions()

    def _reject_dialogs(self) -> None:
        for dialog in (self.import_dialog, self.delete_dialog):
            if dialog is not None:
                dialog.reject()
        self.import_dialog = self.delete_dialog = None

    @Slot()
    def refresh(self) -> None:
        """Read the incident's evidence again (after a change made elsewhere, e.g. the CLI)."""
        self._reload()

    @Slot()
    @Slot(list)
    def _reload(self, select: list[str] | None = None) -> None:
        if self.service is None or self.reference is None:
            self.model.clear()
        else:
            try:
                self.model.set_items(self.service.items(self.reference))
                self.model.apply_stored_checks(self.service.last_checks(self.reference))
            except Exception as exc:
                self.model.clear()
                self.show_status(str(exc), True)
        for evidence_id in select or []:
            row = self.model.row_of(evidence_id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_actions()

    def selected_item(self) -> EvidenceItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select(self, evidence_id: str) -> None:
        row = self.model.row_of(evidence_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    @Slot()
    def _update_actions(self, *_args: object) -> None:
        ready = self.service is not None and self.reference is not None
        item = self.selected_item()
        live = ready and item is not None and not item.deleted
        self.add_action.setEnabled(ready)
        for action in (self.open_action, self.export_action, self.delete_action, self.time_action):
            action.setEnabled(live)
        self.export_action.setEnabled(live and self.may_export)
        self.delete_action.setEnabled(live and self.may_delete)
        self.check_action.setEnabled(ready and any(not i.deleted for i in self.model.items()))
        items = self.model.items()
        if not ready:
            self.hint.setText(self.tr("Select an incident to see its evidence."))
        elif not items:
            self.hint.setText(self.tr("No evidence yet. Drop photos, videos or recordings here, "
                                      "or use “Add files…”."))  # fmt: skip
        else:
            live_items = [i for i in items if not i.deleted]
            size = fill(self.tr("%n file(s), %1", "", len(live_items)),
                        format_size(sum(i.size for i in live_items)))  # fmt: skip
            self.hint.setText(" · ".join(t for t in (size, self.model.check_summary()) if t))

    @Slot(str, bool)
    def show_status(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;" if problem else "")

    # ------------------------------------------------------------ adding

    @Slot()
    def choose_files(self) -> None:
        start = str(start_folder(SaveKind.IMPORT))  # not the program's own folder
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), start, evidence_file_filter()
        )
        if names:
            remember(SaveKind.IMPORT, Path(names[0]))
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path], *, ask: bool = True) -> ImportEvidenceDialog | None:
        """What the file dialog and a drop call: check the paths, ask for details, import."""
        if self.service is None or self.reference is None:
            self.show_status(self.tr("Select an incident first, then add its evidence."), True)
            return None
        folders = [p for p in paths if p.is_dir()]
        missing = [p for p in paths if not p.exists()]
        files = [p for p in paths if p.is_file()]
        problems = []
        if folders:
            problems.append(fill(self.tr("%1 is a folder: open it and choose the files inside."),
                                 folders[0].name))  # fmt: skip
        if missing:
            problems.append(fill(self.tr("%1 is not there (moved or deleted?)."), missing[0].name))
        if problems:
            if files:
                problems.append(self.tr("The files you chose are listed for adding."))
            self.show_status(" ".join(problems), True)
        if not files:
            return None
        if not ask:
            self.ops.start_import([ImportRequest(p) for p in files])
            return None
        dialog = ImportEvidenceDialog(files, [p.stat().st_size for p in files], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self.ops.start_import(d.requests()))
        dialog.finished.connect(self._import_dialog_closed)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _import_dialog_closed(self) -> None:
        self.import_dialog = None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and self.service is not None and self.reference is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        event.acceptProposedAction()
        if len(paths) < len(urls):
            self.show_status(self.tr("Only files on this computer can be added: save the file "
                                     "first, then drop it here."), True)  # fmt: skip
        if paths:
            self.add_files(paths)

    # ------------------------------------------------------------ the other actions

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            self.open_viewer(item)

    @Slot()
    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_viewer(item)

    def open_viewer(self, item: EvidenceItem) -> Viewer | None:
        """The image viewer or the player for ``item`` (non-modal)."""
        if self.service is None:
            return None
        if item.deleted:
            self.show_status(fill(self.tr("%1 was deleted: %2"), item.original_name,
                                  item.deleted_reason), True)  # fmt: skip
            return None
        if item.kind not in VIEWABLE_KINDS:
            self.show_status(self.tr("This kind of file cannot be shown here; export it and "
                                     "open it with another program."))  # fmt: skip
            return None
        return self.open_viewers.open(self.service, item, self)

    @property
    def viewers(self) -> list[Viewer]:
        """The viewers open now (they may show another incident's files)."""
        return self.open_viewers.items

    @Slot(str, str)
    def _viewer_found_damage(self, evidence_id: str, message: str) -> None:
        self.model.set_state(evidence_id, IntegrityState.DAMAGED, message)

    @Slot()
    def export_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.deleted or self.service is None:
            return
        suggested = str(suggested_path(SaveKind.EVIDENCE, item.original_name))
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export evidence"), suggested)
        if not name:
            return
        dest = Path(name)
        problem = folder_problem(dest)
        if problem is not None:
            self.show_status(problem, True)
            return
        remember(SaveKind.EVIDENCE, dest)
        # The save dialog asks before it returns an existing file: only then replace it.
        self.ops.export(item, dest, overwrite=dest.exists())

    @Slot()
    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.deleted or self.service is None:
            return
        dialog = DeleteEvidenceDialog(item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._delete(item, d.reason()))
        dialog.finished.connect(self._delete_dialog_closed)
        self.delete_dialog = dialog
        dialog.open()

    @Slot()
    def _delete_dialog_closed(self) -> None:
        self.delete_dialog = None

    def _delete(self, item: EvidenceItem, reason: str) -> None:
        if self.service is None:
            return
        self.open_viewers.close_for(item.id)
        try:
            self.service.delete(item.id, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.show_status(fill(self.tr("Deleted %1. The reason is kept in the logbook."),
                              item.original_name))  # fmt: skip
        self._reload([item.id])

    @Slot()
    def check_integrity(self) -> None:
        self.ops.check(self.model.items())

    def closeEvent(self, event: object) -> None:
        self.open_viewers.close_all()
        super().closeEvent(event)  # type: ignore[arg-type]
