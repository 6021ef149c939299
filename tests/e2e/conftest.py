"""End-to-end tests: the whole program, started through its own composition root, on real
windows and a real vault in a temporary folder, driven as a user drives it.

Each test starts the program with :func:`start_app` (``ui.shell.start_gui`` with the services
``app.py`` builds) and finds its windows among the top-level widgets, as a user finds them on
screen. The only thing replaced is the key-derivation calibration (fast parameters, so a test
does not spend a second and 256 MiB per derivation); everything else is the shipped program.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from kasuhara_desktop import app as composition_root
from kasuhara_desktop.ui import i18n, tasks
from kasuhara_desktop.ui.shell import APPLICATION, ORGANIZATION, AppShell, start_gui
from kasuhara_desktop.vault import vault as vault_module
from kasuhara_desktop.vault.kdf import FAST_PARAMS

sys.path.insert(0, str(Path(__file__).parent))

from e2e_support import quit_program


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot resize windows to hints: not our warning."""
    for item in items:
        if "tests/e2e/" in str(item.path).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")
            )


@pytest.fixture(autouse=True)
def program_settings(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The program's own names (its QSettings file, isolated by the XDG dirs the top conftest
    sets), emptied before and after; fast key derivation."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings().clear()
    monkeypatch.setattr(vault_module, "calibrate", lambda *a, **k: FAST_PARAMS)
    yield
    QSettings().clear()


Starter = Callable[..., AppShell]


@pytest.fixture
def start_app(qtbot) -> Iterator[Starter]:
    """``start_app(vault_folder_or_None, lang=...)`` starts the program as ``kasuhara-desktop``
    does; every program started is shut down (tasks stopped, vault closed) after the test."""
    shells: list[AppShell] = []

    def start(folder: Path | None = None, *, lang: str | None = None) -> AppShell:
        shell = start_gui(
            folder,
            services_factory=composition_root.build_services,
            lang=lang,
        )
        shells.append(shell)
        return shell

    yield start
    for shell in shells:
        quit_program(shell)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    i18n.install_translators("en")
    tasks.shutdown(5000)
    gc.collect()
