"""Save dialogs start in a folder that exists (a home without Documents), saving works, and a
failed save is said through the program's translations, not in fixed English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import LANGS, child, wait_window
from helpers import OWNER, PASSPHRASE, sample_incident
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QTableView

from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.vaults import create_vault
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.reports.bundle_dialog import BundleDialog
from kasuhara_desktop.ui.reports.report_dialog import ReportDialog
from kasuhara_desktop.vault.kdf import FAST_PARAMS

MARK = "⟦translated⟧ "


class MarkingTranslator(QTranslator):
    """Marks every text of the save-location messages, so a test sees that it was translated."""

    def translate(self, context: str, source: str, disambiguation=None, n=-1):  # type: ignore[override]
        return MARK + source if context == "SaveLocations" else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder without Documents or Desktop (a fresh profile, a redirected one)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    for var in ("XDG_DOCUMENTS_DIR", "XDG_DESKTOP_DIR"):
        monkeypatch.delenv(var, raising=False)
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _key = create_vault(path, ShopProfile(name="テスト商店"), OWNER, PASSPHRASE,
                               kdf=FAST_PARAMS)  # fmt: skip
    reference = IncidentService(vault).add(sample_incident()).reference
    photo = tmp_path / "photo.png"
    Image.new("RGB", (32, 24), (10, 120, 200)).save(photo)
    EvidenceService(vault).add_files(reference, [ImportRequest(photo)])
    vault.close()
    return path


@pytest.fixture
def proposed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Path]]:
    """Every save dialog's proposed path is recorded; the "user" picks a file in ``out``."""
    seen: list[Path] = []
    out = tmp_path / "out"
    out.mkdir()

    def save_dialog(_parent, _title="", directory="", _filter="", *_a, **_k):
        seen.append(Path(directory))
        return str(out / Path(directory).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    yield seen


def main_window(qtbot, start_app, folder: Path, lang: str) -> MainWindow:
    start_app(folder, lang=lang)
    dialog = wait_window(qtbot, UnlockDialog)
    dialog.panel.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.panel.unlock_button, Qt.MouseButton.LeftButton)
    window = wait_window(qtbot, MainWindow)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    child(window, QTableView, "incidentTable").selectRow(0)
    return window


@pytest.mark.parametrize("lang", LANGS)
def test_bundle_and_report_propose_an_existing_folder_and_save(
    qtbot, start_app, folder: Path, home: Path, proposed: list[Path], lang: str
) -> None:
    assert not (home / "Documents").exists()
    window = main_window(qtbot, start_app, folder, lang)

    window.case_menus.bundle.trigger()
    bundle = wait_window(qtbot, BundleDialog)
    target = child(bundle, QLineEdit, "targetEdit")
    assert Path(target.text()).parent.is_dir()  # not a ~/Documents that is not there
    qtbot.mouseClick(child(bundle, QPushButton, "browseButton"), Qt.MouseButton.LeftButton)
    assert proposed[-1].parent.is_dir()
    qtbot.mouseClick(child(bundle, QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bundle.bundle is not None, timeout=30_000)
    assert bundle.bundle is not None and bundle.bundle.path.is_file()
    bundle.reject()

    window.case_menus.report.trigger()
    report = wait_window(qtbot, ReportDialog)
    qtbot.waitUntil(lambda: report.preview.data is not None, timeout=30_000)
    report.save()
    assert proposed[-1].parent.is_dir()
    saved = proposed[-1].parent.parent / "out" / proposed[-1].name
    assert saved.is_file() and saved.read_bytes().startswith(b"%PDF")
    report.reject()


def test_a_missing_folder_is_said_through_the_translations(
    qtbot, start_app, folder: Path, home: Path, tmp_path: Path
) -> None:
    window = main_window(qtbot, start_app, folder, "ja")
    marker = MarkingTranslator()
    QCoreApplication.installTranslator(marker)
    try:
        window.case_menus.bundle.trigger()
        bundle = wait_window(qtbot, BundleDialog)
        gone = tmp_path / "usb-stick-removed" / "bundle.zip"
        child(bundle, QLineEdit, "targetEdit").setText(str(gone))
        qtbot.mouseClick(child(bundle, QPushButton, "createButton"), Qt.MouseButton.LeftButton)
        status = child(bundle, QLabel, "statusLabel").text()
        assert status.startswith(MARK) and str(gone.parent) in status
        assert not gone.parent.exists()
        bundle.reject()
    finally:
        QCoreApplication.removeTranslator(marker)
