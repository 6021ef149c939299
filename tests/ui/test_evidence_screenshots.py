"""Screenshots of the evidence pane, viewer, player, damage and dialogs (to look at).

Written to ``$KASUHARA_SHOTS`` (for example ``/tmp/shots``) when set, else to the test's
temporary folder; each is checked for being a real, non-blank picture.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from test_evidence_media import VIDEO_NOISE
from test_evidence_support import (
    flip_byte,
    png_bytes,
    record_video,
    segment_offset,
    stored,
    video_like_bytes,
    wait_idle,
    wav_bytes,
    write,
)

from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.services.evidence import ImportRequest
from kasuhara_desktop.ui.evidence.delete_dialog import DeleteEvidenceDialog
from kasuhara_desktop.ui.evidence.image_viewer import ImageViewer
from kasuhara_desktop.ui.evidence.import_dialog import ImportEvidenceDialog
from kasuhara_desktop.ui.evidence.media_player import MediaPlayerDialog
from kasuhara_desktop.vault.vault import Vault

evidence_fixture = support.evidence_fixture
pane_fixture = support.pane_fixture


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KASUHARA_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(widget: QWidget, path: Path) -> None:
    image = widget.grab().toImage()
    assert image.save(str(path))
    # Averaged, not sampled: a nearest-pixel 16 x 16 sample can miss thin red text on grey.
    small = image.scaled(
        16, 16, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    colours = {small.pixel(x, y) for x in range(16) for y in range(16)}
    assert len(colours) > 3, f"{path.name} looks blank"


@VIDEO_NOISE
def test_screenshots(qtbot, vault: Vault, evidence, pane, tmp_path: Path, shots: Path) -> None:
    service, reference = evidence
    cctv = EvidenceSource(SourceKind.CCTV, "レジ上カメラ CAM-1", -95)
    photo = write(tmp_path / "レジ前 2026-11-03 14-05.png", png_bytes(1600, 1200))
    jpeg = write(tmp_path / "IMG_0412.jpg", png_bytes(800, 600, "JPG"))
    call = write(tmp_path / "通話録音 14-20.wav", wav_bytes(3.0))
    clip = tmp_path / "CAM1_140500.mp4"
    playable = record_video(clip)
    if not playable:
        write(clip, video_like_bytes(3 << 20))
    wrong = write(tmp_path / "別のお客様.png", png_bytes(320, 240))
    items = service.add_files(
        reference,
        [
            ImportRequest(photo, "大声で怒鳴っている場面", cctv),
            ImportRequest(jpeg, "", EvidenceSource(SourceKind.STAFF_PHONE, "佐藤のスマホ")),
            ImportRequest(call, "電話での返金要求", EvidenceSource(SourceKind.CALL_RECORDER)),
            ImportRequest(clip, "", cctv),
            ImportRequest(wrong),
        ],
    )
    service.delete(items[4].id, "別のお客様が写っていたため")
    flip_byte(stored(vault, items[1]), segment_offset(0, 100))
    pane.set_incident(None)
    pane.set_incident(reference)
    pane.resize(820, 440)
    pane.check_integrity()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: pane.model.has_thumbnail(items[0].id), timeout=10_000)
    pane.select(items[0].id)
    save(pane, shots / "evidence-pane.png")

    viewer = pane.open_viewer(items[0])
    assert isinstance(viewer, ImageViewer)
    viewer.resize(820, 760)
    qtbot.waitUntil(lambda: not viewer.canvas.image.isNull(), timeout=10_000)
    qtbot.wait(50)
    save(viewer, shots / "evidence-image-viewer.png")
    viewer.close()

    damaged = pane.open_viewer(pane.model.items()[1])
    assert isinstance(damaged, ImageViewer)
    damaged.resize(700, 520)
    qtbot.waitUntil(lambda: damaged.damaged, timeout=10_000)
    qtbot.waitUntil(damaged.message_panel.isVisible, timeout=10_000)
    qtbot.wait(50)  # as for the viewer above: let the new layout settle before the grab
    save(damaged, shots / "evidence-damaged.png")
    damaged.close()

    player = pane.open_viewer(items[2])
    assert isinstance(player, MediaPlayerDialog) and player.player is not None
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    player.toggle()
    qtbot.waitUntil(lambda: player.player.position() > 300, timeout=10_000)
    save(player, shots / "evidence-player.png")
    player.close()

    if playable:
        video = pane.open_viewer(items[3])
        assert isinstance(video, MediaPlayerDialog) and video.player is not None
        qtbot.waitUntil(lambda: video.player.duration() > 0, timeout=10_000)
        video.toggle()
        qtbot.waitUntil(lambda: video.player.position() > 900, timeout=10_000)
        video.toggle()
        qtbot.wait(100)
        # QVideoWidget draws through its own native surface, which grab() cannot see: paint
        # the frame the widget's sink holds where the widget is.
        frame = video.video.videoSink().videoFrame().toImage()
        assert not frame.isNull()
        shot = video.grab().toImage()
        painter = QPainter(shot)
        area = video.video.geometry()
        painter.fillRect(area, QColor("black"))
        target = QRect(
            QPoint(), frame.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        )
        target.moveCenter(area.center())
        painter.drawImage(target, frame)
        painter.end()
        assert shot.save(str(shots / "evidence-video-player.png"))
        video.close()

    delete = DeleteEvidenceDialog(items[0], pane)
    delete.reason_edit.setPlainText("誤って別の事案の写真を追加したため")
    delete.confirm.setChecked(True)
    delete.show()
    save(delete, shots / "evidence-delete-dialog.png")
    delete.reject()

    dialog = ImportEvidenceDialog([clip, photo], [clip.stat().st_size, photo.stat().st_size], pane)
    dialog.source.setCurrentIndex(dialog.source.findData(SourceKind.CCTV))
    dialog.offset.setValue(-95)
    dialog.detail.setText("レジ上カメラ CAM-1")
    dialog.show()
    save(dialog, shots / "evidence-import-dialog.png")
    dialog.reject()
    assert QImage(str(shots / "evidence-pane.png")).width() == 820
