"""The evidence pane with a real vault: import (dialog, drop, cancel), export, delete, check."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from helpers import sample_incident
from test_evidence_support import (
    add,
    flip_byte,
    png_bytes,
    segment_offset,
    stored,
    video_like_bytes,
    wait_idle,
    wav_bytes,
    write,
)

from kasuhara_desktop.domain.evidence import SourceKind
from kasuhara_desktop.services import evidence_jobs
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.ui import tasks
from kasuhara_desktop.ui.evidence import evidence_ops, evidence_pane
from kasuhara_desktop.ui.evidence.evidence_model import STATE_ROLE
from kasuhara_desktop.ui.evidence.image_viewer import ImageViewer
from kasuhara_desktop.ui.evidence.texts import IntegrityState
from kasuhara_desktop.ui.tasks import TaskProgressDialog
from kasuhara_desktop.vault.vault import Vault

evidence_fixture = support.evidence_fixture
pane_fixture = support.pane_fixture


@pytest.fixture
def errors(monkeypatch) -> list[BaseException]:
    """Message boxes are recorded instead of shown."""
    shown: list[BaseException] = []

    def record(_parent, exc, title=""):
        shown.append(exc)

    monkeypatch.setattr(evidence_ops, "show_error", record)
    monkeypatch.setattr(evidence_pane, "show_error", record)
    return shown


@pytest.fixture
def sample_files(tmp_path: Path) -> dict[str, Path]:
    return {
        "png": write(tmp_path / "レジ前 <b>写真 &amp;.png", png_bytes()),
        "wav": write(tmp_path / "call.wav", wav_bytes(0.5)),
    }


def drop(pane, urls: list[QUrl]) -> bool:
    """Drag ``urls`` over the pane and drop them; True if the drag was accepted."""
    mime = QMimeData()
    mime.setUrls(urls)
    pos = QPointF(pane.width() / 2, pane.height() / 2)
    action = Qt.DropAction.CopyAction
    # QDragEnterEvent takes an integer QPoint (QDropEvent a QPointF); PySide6 6.11 holds to that.
    enter = QDragEnterEvent(
        pos.toPoint(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(pane, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(pane, event)
    return True


def test_add_files_through_the_dialog_shows_them(qtbot, pane, sample_files, errors) -> None:
    dialog = pane.add_files([sample_files["png"], sample_files["wav"]])
    assert dialog is not None and pane.import_dialog is dialog
    assert "2 files" in dialog.findChild(QLabel, "importSummary").text()
    assert dialog.findChild(QLabel, "importFiles").textFormat() == Qt.TextFormat.PlainText
    dialog.description.setPlainText("殴る瞬間")
    dialog.source.setCurrentIndex(dialog.source.findData(SourceKind.CCTV))
    assert dialog.offset_known.isChecked()  # a camera: the clock offset is asked for
    dialog.offset.setValue(-95)
    dialog.detail.setText("レジ上カメラ")
    dialog.accept()
    wait_idle(qtbot)
    items = pane.model.items()
    assert [i.original_name for i in items] == ["レジ前 <b>写真 &amp;.png", "call.wav"]
    assert items[0].description == "殴る瞬間" and items[0].source.kind == SourceKind.CCTV
    assert items[0].source.clock_offset_seconds == -95 and items[0].source.detail == "レジ上カメラ"
    assert "Added 2 files" in pane.status.text()
    assert pane.status.textFormat() == Qt.TextFormat.PlainText
    assert pane.view.currentIndex().row() in (0, 1)
    assert not errors


def test_drop_imports_local_files(qtbot, pane, sample_files, errors) -> None:
    assert drop(pane, [QUrl.fromLocalFile(str(sample_files["png"]))])
    assert pane.import_dialog is not None
    pane.import_dialog.accept()
    wait_idle(qtbot)
    assert [i.original_name for i in pane.model.items()] == [sample_files["png"].name]


def test_dropping_a_folder_or_a_web_link_says_why(qtbot, pane, tmp_path: Path, errors) -> None:
    folder = tmp_path / "カメラ"
    folder.mkdir()
    assert drop(pane, [QUrl.fromLocalFile(str(folder))])
    assert "is a folder" in pane.status.text() and pane.import_dialog is None
    assert drop(pane, [QUrl("https://example.com/photo.jpg")])
    assert "Only files on this computer" in pane.status.text()
    assert pane.model.rowCount() == 0 and not errors


def test_no_drop_without_an_incident(pane, sample_files) -> None:
    pane.set_incident(None)
    assert not drop(pane, [QUrl.fromLocalFile(str(sample_files["png"]))])
    assert not pane.add_action.isEnabled()


def test_cancel_leaves_nothing(qtbot, vault: Vault, pane, tmp_path: Path, errors) -> None:
    big = write(tmp_path / "cctv.mp4", video_like_bytes(96 << 20))
    pane.add_files([big], ask=False)
    task = pane.ops.import_task
    assert task is not None
    progress = pane.findChild(TaskProgressDialog)
    assert progress is not None
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    wait_idle(qtbot)
    assert pane.model.rowCount() == 0
    assert [p.name for p in vault.evidence_dir.iterdir()] == []
    assert "cancelled" in pane.status.text() and not errors


def test_large_import_keeps_the_window_responsive(qtbot, pane, tmp_path: Path, errors) -> None:
    src = write(tmp_path / "防犯カメラ.mp4", video_like_bytes(160 << 20))
    gaps: list[float] = []
    ticks_while_running = [0]
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now
        if tasks.registry.running():
            ticks_while_running[0] += 1

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    pane.add_files([src], ask=False)
    assert "Adding 1 file " in pane.status.text()  # says what it is doing at once
    wait_idle(qtbot, 60_000)
    timer.stop()
    assert "Added 1 file " in pane.status.text()
    # The event loop turned while the import ran (a GUI-thread import gives 0 ticks), however
    # fast the machine hashes, and never stalled for long.
    assert ticks_while_running[0] >= 1, gaps
    assert max(gaps) < 0.5, max(gaps)


def test_not_enough_disk_space_is_refused_up_front(pane, sample_files, monkeypatch) -> None:
    class Usage:
        free = 10_000

    monkeypatch.setattr(evidence_jobs.shutil, "disk_usage", lambda _p: Usage())
    assert pane.ops.start_import([evidence_ops.ImportRequest(sample_files["png"])]) is None
    assert "Not enough free disk space" in pane.status.text()
    assert pane.model.rowCount() == 0


def test_an_import_error_is_shown_clearly(qtbot, pane, sample_files, errors) -> None:
    dialog = pane.add_files([sample_files["png"]])
    sample_files["png"].unlink()  # the drive was removed meanwhile
    dialog.accept()
    wait_idle(qtbot)
    assert errors and "not there" in str(errors[0])
    assert "not there" in pane.status.text() and pane.model.rowCount() == 0


def test_export_writes_the_same_bytes(
    qtbot, pane, evidence, sample_files, tmp_path, monkeypatch, errors
) -> None:
    service, reference = evidence
    [item] = add(service, reference, sample_files["png"])
    pane.set_incident(None)
    pane.set_incident(reference)
    pane.select(item.id)
    dest = tmp_path / "out" / item.original_name
    dest.parent.mkdir()
    asked: list[str] = []

    def save_dialog(_parent, _title, suggested, *_a, **_k):
        asked.append(suggested)
        return str(dest), ""

    monkeypatch.setattr(evidence_pane.QFileDialog, "getSaveFileName", save_dialog)
    pane.export_selected()
    wait_idle(qtbot)
    assert asked[0].endswith(item.original_name)  # the original name is offered
    assert dest.read_bytes() == sample_files["png"].read_bytes()
    assert "Exported" in pane.status.text() and not errors
    assert sorted(p.name for p in dest.parent.iterdir()) == [dest.name]  # no .part left

    # Replacing an existing file only when the save dialog confirmed it...
    dest.write_bytes(b"old")
    pane.export_selected()
    wait_idle(qtbot)
    assert dest.read_bytes() == sample_files["png"].read_bytes()
    # ... never behind the user's back.
    dest.write_bytes(b"old")
    pane.ops.export(item, dest, overwrite=False)
    wait_idle(qtbot)
    assert dest.read_bytes() == b"old" and "already exists" in str(errors[-1])


def test_delete_requires_a_reason(
    qtbot, vault: Vault, pane, evidence, sample_files, errors
) -> None:
    service, reference = evidence
    [item] = add(service, reference, sample_files["wav"])
    pane.set_incident(None)
    pane.set_incident(reference)
    pane.select(item.id)
    pane.delete_selected()
    dialog = pane.delete_dialog
    assert dialog is not None and not dialog.delete_button.isEnabled()
    dialog.reason_edit.setPlainText("   \n ")
    dialog.confirm.setChecked(True)
    assert not dialog.delete_button.isEnabled()
    dialog.accept()  # refused without a reason
    assert dialog.result() == 0 and service.get(item.id).deleted_at is None
    dialog.reason_edit.setPlainText("別のお客様が写っていたため")
    dialog.confirm.setChecked(False)
    assert not dialog.delete_button.isEnabled()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    deleted = service.get(item.id)
    assert deleted.deleted and deleted.deleted_reason == "別のお客様が写っていたため"
    assert not stored(vault, item).exists()
    row = pane.model.row_of(item.id)
    index = pane.model.index(row, 0)
    assert index.data(STATE_ROLE) == IntegrityState.DELETED
    assert "別のお客様" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    pane.select(item.id)
    assert not pane.delete_action.isEnabled() and not pane.export_action.isEnabled()
    assert not errors


def test_check_integrity_marks_damaged_and_missing(
    qtbot, vault: Vault, pane, evidence, sample_files, tmp_path, errors
) -> None:
    service, reference = evidence
    clip = write(tmp_path / "clip.mp4", video_like_bytes(2 << 20))
    png, wav, mp4 = add(service, reference, sample_files["png"], sample_files["wav"], clip)
    flip_byte(stored(vault, png), segment_offset(0, 200))
    stored(vault, mp4).unlink()
    pane.set_incident(None)
    pane.set_incident(reference)
    pane.check_integrity()
    wait_idle(qtbot)
    states = {i.id: pane.model.state(i.id) for i in pane.model.items()}
    assert states == {
        png.id: IntegrityState.DAMAGED,
        wav.id: IntegrityState.INTACT,
        mp4.id: IntegrityState.MISSING,
    }
    assert "2 files failed the integrity check" in pane.status.text()
    # The image viewer refuses the damaged picture with the message, and does not crash.
    viewer = pane.open_viewer(pane.model.items()[0])
    assert isinstance(viewer, ImageViewer)
    qtbot.waitUntil(lambda: not viewer.is_loading, timeout=10_000)
    assert viewer.damaged and "failed its integrity check" in viewer.message.text()
    assert viewer.canvas.image.isNull() and viewer.scroll_area.isHidden()
    viewer.close()


def test_thumbnails_are_made_lazily_and_kept(qtbot, pane, evidence, sample_files) -> None:
    service, reference = evidence
    png, wav = add(service, reference, sample_files["png"], sample_files["wav"])
    assert service.thumbnail(png.id) is None
    pane.set_incident(None)
    pane.set_incident(reference)
    pane.view.viewport().repaint()  # the view asks for the pictures it shows
    qtbot.waitUntil(lambda: pane.model.has_thumbnail(png.id), timeout=10_000)
    assert service.thumbnail(png.id) is not None  # stored (in the encrypted database)
    assert not pane.model.has_thumbnail(wav.id) and service.thumbnail(wav.id) is None


def test_clear_drops_everything(qtbot, pane, evidence, sample_files) -> None:
    service, reference = evidence
    [png] = add(service, reference, sample_files["png"])
    pane.set_incident(None)
    pane.set_incident(reference)
    viewer = pane.open_viewer(png)
    assert isinstance(viewer, ImageViewer)
    qtbot.waitUntil(lambda: not viewer.canvas.image.isNull(), timeout=10_000)
    pane.clear()
    assert viewer.canvas.image.isNull() and not pane.viewers
    assert pane.model.rowCount() == 0 and pane.service is None and pane.reference is None
    assert not pane.add_action.isEnabled() and pane.status.text() == ""


@pytest.mark.slow
def test_a_2_gb_drop_stays_responsive_and_says_what_happened(
    qtbot, vault: Vault, pane, tmp_path: Path, errors
) -> None:
    size = 2 << 30
    if shutil.disk_usage(tmp_path).free < 3 * size:
        pytest.skip("needs about 6 GB of free disk space")
    src = tmp_path / "防犯カメラ 2GB.mp4"
    with open(src, "wb") as fh:  # sparse: fast to make, read as zeros
        fh.write(video_like_bytes(4096))
        fh.truncate(size)
    gaps: list[float] = []
    ticks_while_running = [0]
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now
        if tasks.registry.running():
            ticks_while_running[0] += 1

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    started = time.monotonic()
    assert drop(pane, [QUrl.fromLocalFile(str(src))])
    pane.import_dialog.accept()
    assert "Adding 1 file (2.1 GB)" in pane.status.text()
    progress = pane.findChild(TaskProgressDialog)
    seen: list[int] = []
    pane.ops.import_task.progress.connect(lambda done, _total: seen.append(done))
    assert progress is not None
    wait_idle(qtbot, 300_000)
    timer.stop()
    took = time.monotonic() - started
    assert "Added 1 file (2.1 GB)" in pane.status.text(), pane.status.text()
    [item] = pane.model.items()
    assert item.size == size and not errors
    assert len(seen) > 3 and seen[-1] == size  # the progress dialog was fed all along
    assert max(gaps) < 0.5, (max(gaps), took)
    print(f"2 GiB import took {took:.1f} s; longest GUI pause {max(gaps) * 1000:.0f} ms")


def test_context_menu_offers_the_actions_for_the_tile(qtbot, pane, evidence, sample_files) -> None:
    service, reference = evidence
    add(service, reference, sample_files["png"], sample_files["wav"])
    pane.refresh()
    rect = pane.view.visualRect(pane.model.index(1, 0))
    menu = pane.view.context_menu(rect.center())  # what a right click pops up
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "evidenceOpen",
        "evidenceExport",
        "evidenceOverlayTime",
        "evidenceDelete",
        "evidenceAdd",
        "evidenceCheck",
    ]
    assert pane.selected_item() == pane.model.items()[1]
    assert all(a.isEnabled() for a in menu.actions())
    menu.close()


def test_another_incident_closes_the_dialogs_but_not_the_viewers(
    qtbot, vault: Vault, pane, evidence, sample_files
) -> None:
    service, reference = evidence
    [png] = add(service, reference, sample_files["png"])
    other = IncidentService(vault).add(sample_incident("別の事案")).reference
    pane.refresh()
    viewer = pane.open_viewer(png)
    dialog = pane.add_files([sample_files["wav"]])
    assert dialog is not None
    pane.set_incident(other)
    assert pane.import_dialog is None and not dialog.isVisible()
    assert pane.viewers == [viewer] and viewer.isVisible()  # comparing across incidents
    assert pane.model.rowCount() == 0
    viewer.close()


def test_a_narrow_pane_shows_every_toolbar_action_as_an_icon(qtbot, pane) -> None:
    from PySide6.QtCore import Qt

    pane.resize(1000, 400)
    qtbot.waitUntil(
        lambda: pane.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    )
    pane.resize(300, 400)
    qtbot.waitUntil(lambda: pane.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
    assert pane.toolbar.sizeHint().width() <= 300
