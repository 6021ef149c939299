"""The start-up unlock window: the unlock panel in a dialog that accepts with the open vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...services.vaults import vault_users
from ..session import UnlockFn, UsersFn, unlock_vault
from ..widgets.unlock_panel import UnlockPanel


class UnlockDialog(QDialog):
    """Unlock ``folder``; after ``accepted``, ``vault`` holds the open vault.

    Signals:
        folder_changed(object): the user chose another vault folder (``Path``).
        new_requested(): the user wants to set up a new logbook instead.
    """

    folder_changed = Signal(object)
    new_requested = Signal()

    def __init__(
        self,
        folder: Path | None,
        parent: QWidget | None = None,
        *,
        unlock_fn: UnlockFn = unlock_vault,
        users_fn: UsersFn = vault_users,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Kasuhara Desktop — unlock"))
        self.vault: object | None = None
        self.panel = UnlockPanel(folder, self, unlock_fn=unlock_fn, users_fn=users_fn)
        self.panel.unlocked.connect(self._on_unlocked)
        self.panel.folder_changed.connect(self.folder_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("unlockDialogButtons")
        buttons.rejected.connect(self.reject)
        self.new_button = buttons.addButton(
            self.tr("New logbook…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_button.setObjectName("newLogbookButton")
        self.new_button.clicked.connect(self.new_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.panel.focus_input()

    @Slot(object)
    def _on_unlocked(self, vault: object) -> None:
        self.vault = vault
        self.accept()
