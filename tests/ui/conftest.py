"""UI test setup: application names for QSettings, and settings cleared between tests."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from kasuhara_desktop.ui import tasks
from kasuhara_desktop.ui.gui_thread_gc import GuiThreadGarbageCollector
from kasuhara_desktop.ui.i18n import install_translators

sys.path.insert(0, str(Path(__file__).parent))  # tests/ui/fakes.py


@pytest.fixture(scope="session", autouse=True)
def english_as_the_program_shows_it(qapp: QApplication) -> None:
    """The program always installs its translators (English included: its plural forms, "1
    file" / "2 files"); so do the UI tests, whatever ran before them."""
    install_translators("en")


@pytest.fixture(autouse=True)
def app_names(qapp: QApplication) -> Iterator[QApplication]:
    """Every UI test runs with the program's names, an empty settings store, and (as in the
    program) Python's cyclic garbage collected on the GUI thread only."""
    QCoreApplication.setOrganizationName("KasuharaTest")
    QCoreApplication.setApplicationName("Kasuhara Desktop Test")
    QSettings().clear()
    collector = GuiThreadGarbageCollector()
    yield qapp
    tasks.shutdown(5000)
    QSettings().clear()
    gc.collect()  # this test's Qt garbage goes here, on the GUI thread
    collector.stop()
    collector.deleteLater()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot resize windows to hints: not our warning."""
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")
            )
