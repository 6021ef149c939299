"""The GUI's start-up sequence: QApplication, translators, then setup or unlock, then the
main window. ``app.py`` (the composition root) calls :func:`run_gui` with the services factory.
"""

from __future__ import annotations

import logging
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from ..services.vaults import FolderState, folder_state
from . import tasks
from .app_settings import AppSettings
from .dialogs.messages import error_text
from .dialogs.unlock_dialog import UnlockDialog
from .gui_thread_gc import GuiThreadGarbageCollector
from .i18n import apply_fonts, choose_language, install_translators
from .session import ServicesFactory, Session

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .setup.wizard import SetupWizard

log = logging.getLogger(__name__)
ORGANIZATION = "Kasuhara"
APPLICATION = "Kasuhara Desktop"


@dataclass(frozen=True)
class DemoHint:
    """A throwaway demo vault: its user and passphrase are shown on the unlock screen."""

    user: str
    passphrase: str


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An error that escaped a slot: log its type only (the message may quote an incident)."""
    log.error("Unhandled error: %s", kind.__name__)
    text = error_text(exc)
    app = QApplication.instance()
    if text and isinstance(app, QApplication):
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("unhandledErrorBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APPLICATION)
        box.setText(text)
        box.open()


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setQuitOnLastWindowClosed(False)
    return app


class AppShell(QObject):
    """Drives setup → unlock → main window and owns the session until the program ends."""

    def __init__(
        self,
        settings: AppSettings,
        services_factory: ServicesFactory,
        language: str,
        demo: DemoHint | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.services_factory = services_factory
        self.language = language
        self.demo = demo
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | SetupWizard | None = None
        self.garbage_collector: GuiThreadGarbageCollector | None = None

    def start(self, folder: Path | None) -> None:
        """``folder`` from ``--vault``; else the last vault; else the first-run setup."""
        if folder is not None:
            if not looks_like_vault(folder) and _is_new_or_empty(folder):
                self.show_setup(folder)
            else:
                self.show_unlock(folder)
            return
        last = self.settings.last_vault
        if last is None:
            self.show_setup()
        else:
            self.show_unlock(last)  # a removed USB drive is explained on the unlock screen

    def show_setup(self, folder: Path | None = None) -> None:
        from .setup.draft import SetupDraft
        from .setup.wizard import SetupWizard

        draft = SetupDraft(language=self.language)
        if folder is not None:
            draft.folder = folder
        wizard = SetupWizard(draft)
        wizard.accepted.connect(self._setup_done)
        wizard.rejected.connect(self._quit)
        wizard.open_existing.connect(self._open_existing)
        self.dialog = wizard
        wizard.open()

    def show_unlock(self, folder: Path) -> None:
        dialog = UnlockDialog(folder)
        if self.demo is not None:
            dialog.panel.set_demo_hint(self.demo.user, self.demo.passphrase)
            dialog.panel.choose_button.hide()
            dialog.new_button.hide()
        dialog.accepted.connect(self._unlock_done)
        dialog.rejected.connect(self._quit)
        dialog.new_requested.connect(self._new_instead)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _new_instead(self) -> None:
        dialog = self.dialog
        if dialog is not None:
            dialog.rejected.disconnect(self._quit)
            dialog.reject()
        self.show_setup()

    @Slot(object)
    def _open_existing(self, folder: object) -> None:
        """The folder chosen in the setup wizard already holds a logbook: unlock that one."""
        from .setup.wizard import SetupWizard  # loaded with the wizard, not at start-up

        wizard = self.dialog
        assert isinstance(wizard, SetupWizard) and isinstance(folder, Path)
        self._remember_language(wizard.draft.language)
        wizard.rejected.disconnect(self._quit)
        wizard.reject()
        self.show_unlock(folder)

    @Slot()
    def _setup_done(self) -> None:
        from .setup.wizard import SetupWizard  # loaded with the wizard, not at start-up

        wizard = self.dialog
        assert isinstance(wizard, SetupWizard)
        self._remember_language(wizard.draft.language)
        self._open_main(wizard.vault)

    def _remember_language(self, code: str) -> None:
        """The language chosen on the wizard's first page is the program's from now on."""
        self.language = code
        if self.demo is None:
            self.settings.language = code
            self.settings.sync()

    @Slot()
    def _unlock_done(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, UnlockDialog)
        self._open_main(dialog.vault)

    def _open_main(self, vault: Any) -> None:
        if self.demo is None:
            self.settings.last_vault = Path(vault.folder)
            self.settings.sync()
        self.dialog = None
        self.session = Session(vault, self.services_factory)
        from .main_window import MainWindow  # loaded once unlocked: the unlock window comes first

        self.window = MainWindow(self.session, self.settings)
        self.window.closed.connect(self._quit)
        if self.demo is not None:
            self.window.lock_panel.set_demo_hint(self.demo.user, self.demo.passphrase)
        self.window.show()

    @Slot()
    def _quit(self) -> None:
        QCoreApplication.quit()

    def shutdown(self) -> None:
        """Stop background work and close the vault (the program is ending)."""
        tasks.shutdown()
        if self.session is not None:
            self.session.lock()
        if self.garbage_collector is not None:
            self.garbage_collector.stop()


def startup_language(requested: str | None) -> str:
    """The language the program will start in: ``--lang``, else the saved one, else the
    system's (before the application exists: the demo vault is made in it first)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return choose_language(requested, AppSettings().language)


def start_gui(
    vault: Path | None,
    *,
    services_factory: ServicesFactory,
    lang: str | None = None,
    demo: DemoHint | None = None,
) -> AppShell:
    """Everything the program does before its event loop: the first window is open on return.

    The end-to-end tests start the program through here, exactly as :func:`run_gui` does.
    """
    create_application()
    sys.excepthook = _excepthook
    settings = AppSettings()
    language = choose_language(lang, settings.language)
    install_translators(language)
    apply_fonts(language)
    shell = AppShell(settings, services_factory, language, demo)
    shell.garbage_collector = GuiThreadGarbageCollector(shell)
    shell.start(vault)
    return shell


def run_gui(
    vault: Path | None,
    *,
    services_factory: ServicesFactory,
    lang: str | None = None,
    demo: DemoHint | None = None,
) -> int:
    """Start the GUI; return the exit code once the user quits."""
    app = create_application()
    shell = start_gui(
        vault,
        services_factory=services_factory,
        lang=lang,
        demo=demo,
    )
    # Ctrl+C / SIGTERM end the program normally (vault closed, demo folder removed); the timer
    # lets Python run its signal handlers while Qt's event loop waits.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_args: QCoreApplication.quit())
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(300)
    try:
        return int(app.exec())
    finally:
        shell.shutdown()


def looks_like_vault(folder: Path) -> bool:
    return folder_state(folder) is FolderState.VAULT


def _is_new_or_empty(folder: Path) -> bool:
    return folder_state(folder) in (FolderState.NEW, FolderState.EMPTY)
