"""UI test setup: application names for QSettings, and settings cleared between tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from kasuhara_desktop.ui import tasks


@pytest.fixture(autouse=True)
def app_names(qapp: QApplication) -> Iterator[QApplication]:
    """Every UI test runs with the program's names and an empty settings store."""
    QCoreApplication.setOrganizationName("KasuharaTest")
    QCoreApplication.setApplicationName("Kasuhara Desktop Test")
    QSettings().clear()
    yield qapp
    tasks.shutdown(5000)
    QSettings().clear()
