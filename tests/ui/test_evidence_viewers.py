"""The image viewer (memory only, fit and zoom, damage), the delete and import dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from helpers import HOSTILE
from test_evidence_support import add, flip_byte, png_bytes, segment_offset, stored, write

from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.services.evidence import ImportRequest
from kasuhara_desktop.ui.evidence.delete_dialog import MAX_REASON, DeleteEvidenceDialog
from kasuhara_desktop.ui.evidence.image_viewer import ImageViewer
from kasuhara_desktop.ui.evidence.import_dialog import ImportEvidenceDialog
from kasuhara_desktop.vault.vault import Vault

evidence_fixture = support.evidence_fixture


def open_viewer(qtbot, service, evidence_id: str) -> ImageViewer:
    viewer = ImageViewer(service, evidence_id)  # deletes itself on close
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.is_loading, timeout=10_000)
    return viewer


def wheel(widget, delta: int, ctrl: bool) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_picture_is_shown_fitted_and_zooms(qtbot, evidence, tmp_path: Path) -> None:
    service, reference = evidence
    src = write(tmp_path / "photo.png", png_bytes(2400, 1800))
    [item] = service.add_files(
        reference,
        [ImportRequest(src, HOSTILE, EvidenceSource(SourceKind.CCTV, "<b>cam</b>", 95))],
    )
    viewer = open_viewer(qtbot, service, item.id)
    assert not viewer.damaged and not viewer.message.isVisible()
    assert viewer.canvas.image.size().width() == 2400
    assert viewer.fit and viewer.canvas.zoom < 0.5  # fitted into the window
    area = viewer.scroll_area.viewport().size()
    assert viewer.canvas.width() <= area.width() and viewer.canvas.height() <= area.height()
    fitted = viewer.canvas.zoom
    wheel(viewer.scroll_area.viewport(), 120, ctrl=True)
    assert viewer.canvas.zoom > fitted and not viewer.fit
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.canvas.zoom == 1.0 and viewer.canvas.width() == 2400
    wheel(viewer.scroll_area.viewport(), -120, ctrl=False)  # plain wheel scrolls when zoomed
    assert viewer.canvas.zoom == 1.0
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.canvas.zoom == fitted
    wheel(viewer.scroll_area.viewport(), 120, ctrl=False)  # ... and zooms when fitted
    assert viewer.canvas.zoom > fitted
    info = viewer.info.values
    assert info["sha256"].text() == item.sha256
    assert info["description"].text() == HOSTILE
    assert "<b>cam</b>" in info["source"].text()
    assert "95 seconds ahead" in info["clock"].text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in info.values())
    viewer.clear()
    assert viewer.canvas.image.isNull() and not viewer.info.values
    viewer.close()


def test_damaged_or_missing_picture_shows_the_integrity_message(
    qtbot, vault: Vault, evidence, tmp_path: Path
) -> None:
    service, reference = evidence
    one, two = add(
        service,
        reference,
        write(tmp_path / "a.png", png_bytes(300, 200)),
        write(tmp_path / "b.png", png_bytes(300, 200)),
    )
    flip_byte(stored(vault, one), segment_offset(0, 10))
    stored(vault, two).unlink()
    damaged: list[tuple[str, str]] = []
    for item in (one, two):
        viewer = ImageViewer(service, item.id)
        viewer.integrity_failed.connect(lambda i, m: damaged.append((i, m)))
        viewer.show()
        qtbot.waitUntil(lambda v=viewer: not v.is_loading, timeout=10_000)
        assert viewer.damaged, item.original_name
        assert "failed its integrity check" in viewer.message.text()
        assert viewer.canvas.image.isNull() and not viewer.fit_button.isEnabled()
        viewer.close()
    qtbot.waitUntil(lambda: len(damaged) == 2)
    assert [i for i, _m in damaged] == [one.id, two.id]


# Qt's JPEG plug-in reports the broken picture itself; that is the point of this test.
@pytest.mark.qt_log_ignore(
    r"does not support propagateSizeHints", r"^JPEG datastream contains no image"
)
def test_an_intact_file_qt_cannot_draw_is_not_called_damaged(qtbot, evidence, tmp_path) -> None:
    service, reference = evidence
    [item] = add(
        service, reference, write(tmp_path / "broken.jpg", b"\xff\xd8\xff\xe0" + b"x" * 500)
    )
    viewer = open_viewer(qtbot, service, item.id)
    assert not viewer.damaged
    assert "cannot be shown here" in viewer.message.text()
    viewer.close()


def test_delete_dialog_needs_a_reason_of_sensible_length(qtbot, evidence, tmp_path) -> None:
    service, reference = evidence
    [item] = add(service, reference, write(tmp_path / f"{'x' * 20}.png", png_bytes(20, 20)))
    dialog = DeleteEvidenceDialog(service.get(item.id))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.confirm.setChecked(True)
    dialog.reason_edit.setPlainText("あ" * (MAX_REASON + 1))
    assert not dialog.delete_button.isEnabled() and "too long" in dialog.hint.text()
    dialog.reason_edit.setPlainText("  誤って撮影  ")
    assert dialog.delete_button.isEnabled() and dialog.reason() == "誤って撮影"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_import_dialog_builds_the_requests(qtbot, tmp_path: Path) -> None:
    paths = [tmp_path / f"{i}.jpg" for i in range(10)]
    dialog = ImportEvidenceDialog(paths, [1000] * 10)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.offset.isEnabled()
    assert dialog.requests()[0].source == EvidenceSource()
    dialog.source.setCurrentIndex(dialog.source.findData(SourceKind.STAFF_PHONE))
    assert not dialog.offset_known.isChecked()  # only a camera suggests a clock offset
    dialog.offset_known.setChecked(True)
    dialog.offset.setValue(30)
    dialog.detail.setText("  iPhone 佐藤  ")
    dialog.description.setPlainText("返金要求の録画\n")
    requests = dialog.requests()
    assert len(requests) == 10 and requests[3].path == paths[3]
    assert requests[0].source == EvidenceSource(SourceKind.STAFF_PHONE, "iPhone 佐藤", 30)
    assert requests[0].description == "返金要求の録画"
    dialog.reject()
