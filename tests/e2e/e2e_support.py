"""Helpers of the end-to-end tests (imported by name: ``import conftest`` could find the
conftest of another test folder first)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TypeVar

from helpers import OWNER, PASSPHRASE
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QTableView, QWidget, QWizard

from kasuhara_desktop.domain.models import Incident, ShopProfile
from kasuhara_desktop.domain.response_flow import Step
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf
from kasuhara_desktop.services.vaults import create_vault
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.shell import AppShell
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard
from kasuhara_desktop.vault.kdf import FAST_PARAMS

W = TypeVar("W", bound=QWidget)
LANGS = ("ja", "en", "nb")


def quit_program(shell: AppShell) -> None:
    """What happens when the program ends (``run_gui``'s ``finally``), windows closed first."""
    if shell.window is not None:
        shell.window.hide()
    if shell.dialog is not None:
        shell.dialog.hide()
    shell.shutdown()


def visible_top_level(cls: type[W]) -> W:
    """The one visible top-level window of ``cls`` (fails if none or several)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert len(found) == 1, f"expected one visible {cls.__name__}, found {len(found)}"
    return found[0]


def wait_window(qtbot, cls: type[W], timeout: int = 10_000) -> W:
    """Wait until exactly one visible top-level ``cls`` is on screen; return it."""

    def shown() -> bool:
        return (
            sum(1 for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())
            == 1
        )

    qtbot.waitUntil(shown, timeout=timeout)
    return visible_top_level(cls)


def child(parent: QWidget, cls: type[W], name: str) -> W:
    """A child widget by object name (never by its visible text: that changes with the language)."""
    found = parent.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r} in {parent.objectName()!r}"
    return found


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as an input method commits it (works for Japanese, which
    ``qtbot.keyClicks`` cannot type)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def make_logbook(folder: Path, *incidents: Incident, shop: ShopProfile | None = None) -> Path:
    """A closed logbook in ``folder`` holding ``incidents`` (the test's starting point)."""
    vault, _recovery = create_vault(
        folder, shop or ShopProfile(name="テスト商店"), OWNER, PASSPHRASE, kdf=FAST_PARAMS
    )
    service = IncidentService(vault)
    for incident in incidents:
        service.add(incident)
    vault.close()
    return folder


def unlock_to_main(qtbot, shell_starter, folder: Path, lang: str, rows: int = 1) -> MainWindow:
    """Start the program on ``folder``, unlock it as a user does, and wait for the main window
    listing ``rows`` incidents."""
    shell_starter(folder, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    dialog.panel.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.panel.unlock_button, Qt.MouseButton.LeftButton)
    window = wait_window(qtbot, MainWindow)
    window.home_tabs.show_incidents()  # the list, as Ctrl+2 does (Home is the first tab)
    qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=10_000)
    return window


def guide_at_step(qtbot, window: MainWindow, step: Step, row: int = 0) -> ResponseWizard:
    """Open the guided response on the list's ``row`` with Ctrl+G, as a user does, and click
    Next until ``step`` is showing."""
    table = child(window, QTableView, "incidentTable")
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    wizard = wait_window(qtbot, ResponseWizard)
    next_until(qtbot, wizard, step)
    return wizard


def report_text(window: MainWindow, reference: str, lang: str = "en") -> str:
    """The incident report of ``reference`` as the program makes it, its text without any
    whitespace (PDF line breaks fall anywhere)."""
    job = ReportService(window.service.vault).prepare_incident(reference)
    out = io.BytesIO()
    build_incident_pdf(job, out, lang)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in pages))


def shown(parent: QWidget, name: str) -> bool:
    """Whether a widget named ``name`` exists under ``parent`` (a card, a question)."""
    return parent.findChild(QWidget, name) is not None


def next_until(qtbot, wizard: ResponseWizard, step: Step) -> None:
    """Click Next in the open guide until ``step`` is showing (what was entered is kept)."""
    page = wizard.page_for(step)
    while wizard.currentPage() is not page:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def finish_guide(qtbot, wizard: ResponseWizard) -> None:
    """Click Next to the last step, then Finish, and wait for the guide to close."""
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    while not finish.isVisible():
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
