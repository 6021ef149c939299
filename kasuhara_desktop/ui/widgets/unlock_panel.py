"""The unlock form: user, passphrase, or the recovery key; used by the unlock dialog and the
main window's lock screen.

The unlock itself (Argon2, then opening the database) runs in a background task so the window
stays responsive; a wrong passphrase is said inline and the user can try again at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WrongSecretError
from ...domain.vocabulary import fill
from ...services.vaults import vault_users
from ..dialogs.messages import error_text
from ..session import UnlockFn, UnlockRequest, UsersFn, unlock_vault
from ..tasks import Task, run_task
from .strength_meter import is_acceptable
from .unlock_pages import PASSPHRASE_PAGE, RECOVERY_PAGE, UnlockPages
from .weak_kdf_notice import WeakKdfNotice


class UnlockPanel(QWidget):
    """Choose the user and unlock.

    Signals:
        unlocked(object): the open ``Vault`` (on the GUI thread).
        folder_changed(object): the user picked another vault folder (``Path``).
    """

    unlocked = Signal(object)
    folder_changed = Signal(object)

    def __init__(
        self,
        folder: Path | None,
        parent: QWidget | None = None,
        *,
        unlock_fn: UnlockFn = unlock_vault,
        users_fn: UsersFn = vault_users,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self._unlock_fn = unlock_fn
        self._users_fn = users_fn
        self._folder: Path | None = None
        self._task: Task | None = None
        self._demo_passphrase = ""
        self._held = self._pending = False  # hold(): the window's last vault is still closing

        self.heading = QLabel(self.tr("Unlock the logbook"), self)
        self.heading.setObjectName("unlockHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("vaultFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Open another logbook…"), self)
        self.choose_button.setObjectName("chooseVaultButton")
        self.choose_button.clicked.connect(self._choose_folder)

        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demoHint")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setStyleSheet("background:#fff8e1;border:1px solid #ffcc80;padding:6px;")
        self.demo_fill = QPushButton(self.tr("Fill in the demo passphrase"), self)
        self.demo_fill.setObjectName("demoFillButton")
        self.demo_fill.clicked.connect(self._fill_demo)
        self.demo_label.hide()
        self.demo_fill.hide()
        self.kdf_notice = WeakKdfNotice(self)

        self.user = QComboBox(self)
        self.user.setObjectName("userCombo")
        self.user.setAccessibleName(self.tr("User"))
        self.user.setPlaceholderText(self.tr("Choose your name"))  # shown when switching user
        self.pages = UnlockPages(self)
        self.passphrase = self.pages.passphrase
        self.passphrase.returnPressed.connect(self.submit)
        self.recovery_key = self.pages.recovery_key
        self.new_passphrase = self.pages.new_passphrase
        self.confirm_passphrase = self.pages.confirm_passphrase
        self.meter = self.pages.meter

        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setAccessibleName(self.tr("Message"))
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()

        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.mode_button = QPushButton(self)
        self.mode_button.setObjectName("recoveryModeButton")
        self.mode_button.setFlat(True)
        self.mode_button.clicked.connect(self.toggle_recovery)

        top = QFormLayout()
        top.addRow(self.tr("User:"), self.user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(folder_row)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.demo_fill, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.kdf_notice)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._update_mode_button()
        self.set_folder(folder)

    # ------------------------------------------------------------ state

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def in_recovery_mode(self) -> bool:
        return self.pages.currentIndex() == RECOVERY_PAGE

    def set_folder(self, folder: Path | None) -> None:
        """Show ``folder`` and its users; a bad folder is explained inline."""
        self._folder = folder
        self.user.clear()
        self.hide_error()
        self.kdf_notice.show_for(None if self.demo_label.text() else folder)  # not for a demo
        if folder is None:
            self.folder_label.setText(self.tr("No logbook chosen."))
            self._set_ready(False)
            return
        self.folder_label.setText(fill(self.tr("Logbook: %1"), str(folder)))
        try:
            users = self._users_fn(folder)
        except Exception as exc:
            self.show_error(exc)
            self._set_ready(False)
            return
        self.user.addItems(users)
        if users:  # a combo with a placeholder starts with nobody chosen: choose the first
            self.user.setCurrentIndex(0)
        self._set_ready(bool(users))

    def select_user(self, name: str) -> None:
        index = self.user.findText(name)
        if index >= 0:
            self.user.setCurrentIndex(index)

    def select_nobody(self) -> None:
        """Switching user: nobody is chosen, so the next person picks their own name."""
        self.user.setCurrentIndex(-1)
        self.user.setFocus()

    def set_demo_hint(self, user: str, passphrase: str) -> None:
        """Demo mode: show the throwaway vault's passphrase on screen."""
        self._demo_passphrase = passphrase
        self.demo_label.setText(
            self.tr("Demo logbook (deleted when the program closes).")
            + "\n"
            + fill(self.tr("User: %1 — passphrase: %2"), user, passphrase)
            + "\n"
            + self.tr("The other demo users (a manager, a staff member) have the same passphrase.")
        )
        self.demo_label.show()
        self.demo_fill.show()
        self.kdf_notice.hide()  # a demo's passphrase is on screen anyway
        self.select_user(user)

    def reset(self) -> None:
        """Forget what was typed (after an unlock, or when the lock screen is shown again)."""
        self.pages.clear()
        self.hide_error()
        self.pages.setCurrentIndex(PASSPHRASE_PAGE)
        self._update_mode_button()

    def focus_input(self) -> None:
        (self.recovery_key if self.in_recovery_mode else self.passphrase).setFocus()

    def show_error(self, exc_or_text: BaseException | str) -> None:
        text = exc_or_text if isinstance(exc_or_text, str) else error_text(exc_or_text)
        if not text:
            return
        self.error.setText(text)
        self.error.show()
        self._grow_dialog_to_fit()

    def _grow_dialog_to_fit(self) -> None:
        """A long message (a damaged logbook, what to restore) must not be cut off: a dialog
        of its own grows to show it. In the main window's lock page there is room already."""
        window = self.window()
        if window is self or not isinstance(window, QDialog):
            return
        layout = window.layout()
        if layout is not None:
            layout.activate()
        hint = window.sizeHint()
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))

    def hide_error(self) -> None:
        self.error.clear()
        self.error.hide()

    # ------------------------------------------------------------ actions

    @Slot()
    def toggle_recovery(self) -> None:
        self.pages.setCurrentIndex(PASSPHRASE_PAGE if self.in_recovery_mode else RECOVERY_PAGE)
        self.hide_error()
        self._update_mode_button()
        self.focus_input()

    def _update_mode_button(self) -> None:
        if self.in_recovery_mode:
            self.mode_button.setText(self.tr("Back to the passphrase"))
        else:
            self.mode_button.setText(self.tr("Forgot the passphrase? Use the recovery key"))

    @Slot()
    def _fill_demo(self) -> None:
        if self.in_recovery_mode:
            self.toggle_recovery()
        self.passphrase.setText(self._demo_passphrase)
        self.unlock_button.setFocus()

    @Slot()
    def _choose_folder(self) -> None:
        start = str(self._folder.parent) if self._folder else ""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the logbook folder"), start)
        if chosen:
            self.set_folder(Path(chosen))
            self.folder_changed.emit(Path(chosen))

    def build_request(self) -> UnlockRequest | None:
        """The request from the form, or None (with the reason shown) if it is incomplete."""
        if self._folder is None:
            return None
        if self.user.count() and self.user.currentIndex() < 0:
            self.show_error(self.tr("Choose your name in the User list."))
            self.user.setFocus()
            return None
        user = self.user.currentText() or None
        if not self.in_recovery_mode:
            if not self.passphrase.text():
                self.show_error(self.tr("Type the passphrase."))
                return None
            return UnlockRequest(self._folder, user=user, passphrase=self.passphrase.text())
        if not self.recovery_key.toPlainText().strip():
            self.show_error(self.tr("Type the recovery key from the recovery sheet."))
            return None
        new = self.new_passphrase.text()
        if not is_acceptable(new):
            self.show_error(self.tr("Choose a stronger new passphrase (at least 8 characters)."))
            return None
        if new != self.confirm_passphrase.text():
            self.show_error(self.tr("The two new passphrases are not the same."))
            return None
        return UnlockRequest(
            self._folder,
            user=user,
            recovery_key=self.recovery_key.toPlainText(),
            new_passphrase=new,
        )

    @Slot()
    def submit(self) -> None:
        if self._task is not None:
            return
        request = self.build_request()
        if request is None:
            return
        self.hide_error()
        self._set_busy(True)
        if self._held:  # unlocked again before the old vault let go of its lock: wait for it
            self._pending = True
            return
        unlock = self._unlock_fn  # the worker gets the function and plain data, not the widget
        self._task = run_task(
            lambda _ctx: unlock(request),
            on_result=self._on_unlocked,
            on_error=self._on_failed,
        )

    def hold(self) -> None:
        """Keep an unlock waiting until :meth:`release` (after a lock, the window's vault
        closes only once the tasks the lock cancelled have ended; opening it meanwhile would
        find it "open in another window")."""
        self._held, self._pending = True, False

    def release(self) -> None:
        """The old vault is closed: run the unlock that waited, if any."""
        pending, self._held, self._pending = self._pending, False, False
        if pending:
            self._set_busy(False)
            self.submit()

    @Slot(object)
    def _on_unlocked(self, vault: object) -> None:
        self._task = None
        self._set_busy(False)
        self.reset()
        self.unlocked.emit(vault)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, WrongSecretError):
            if self.in_recovery_mode:
                text = self.tr(
                    "That recovery key does not open this logbook. Check it and try again."
                )
            else:
                text = self.tr(
                    "That passphrase does not open this logbook. Check it and try again."
                )
            self.show_error(text)
            self.passphrase.selectAll()
        else:
            self.show_error(exc)  # a UserError says what happened; a bug gets a generic text
        self.focus_input()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.user, self.pages, self.unlock_button, self.mode_button, self.choose_button):
            w.setEnabled(not busy)
        self.demo_fill.setEnabled(not busy)

    def _set_ready(self, ready: bool) -> None:
        for w in (self.user, self.pages, self.unlock_button, self.mode_button):
            w.setEnabled(ready)
