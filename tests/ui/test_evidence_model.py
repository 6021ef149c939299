"""The evidence list model over real items: Qt's model checks, states, lazy thumbnails."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from helpers import HOSTILE
from test_evidence_support import add, png_bytes, wav_bytes, write

from kasuhara_desktop.ui.evidence.evidence_model import (
    DETAIL_ROLE,
    ITEM_ROLE,
    STATE_ROLE,
    EvidenceListModel,
)
from kasuhara_desktop.ui.evidence.texts import IntegrityState

evidence_fixture = support.evidence_fixture


def items_with_a_deleted_one(evidence, tmp_path: Path):
    service, reference = evidence
    png = write(tmp_path / f"{HOSTILE.replace('/', '_')}.png", png_bytes(64, 48))
    wav = write(tmp_path / "call.wav", wav_bytes(0.2))
    mp4 = write(tmp_path / "clip.mp4", b"\x00\x00\x00\x18ftypmp42" + b"x" * 100)
    _first, _second, third = add(service, reference, png, wav, mp4)
    service.delete(third.id, "撮り直し <i>mistake</i>")
    return service.items(reference)


def test_model_passes_qt_checks(qtmodeltester, evidence, tmp_path: Path) -> None:
    model = EvidenceListModel()
    model.set_items(items_with_a_deleted_one(evidence, tmp_path))
    qtmodeltester.check(model)
    model.set_state(model.items()[0].id, IntegrityState.DAMAGED, "segment 0")
    model.set_thumbnail(model.items()[0].id, QImage(8, 8, QImage.Format.Format_RGB32))
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_rows_show_name_size_type_state_and_escape_user_text(evidence, tmp_path: Path) -> None:
    model = EvidenceListModel()
    items = items_with_a_deleted_one(evidence, tmp_path)
    model.set_items(items)
    index = model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == items[0].original_name
    assert index.data(ITEM_ROLE) == items[0]
    assert "Image" in index.data(DETAIL_ROLE)
    assert index.data(STATE_ROLE) == IntegrityState.UNKNOWN
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>bold" not in tip and "&lt;b&gt;bold" in tip
    deleted = model.index(2, 0)
    assert deleted.data(STATE_ROLE) == IntegrityState.DELETED
    assert "&lt;i&gt;mistake&lt;/i&gt;" in deleted.data(Qt.ItemDataRole.ToolTipRole)
    assert deleted.data(Qt.ItemDataRole.ForegroundRole) is not None
    model.set_state(items[2].id, IntegrityState.INTACT)  # a deleted file stays deleted
    assert deleted.data(STATE_ROLE) == IntegrityState.DELETED
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_thumbnails_are_asked_for_once_and_only_for_images(qtbot, evidence, tmp_path) -> None:
    model = EvidenceListModel()
    items = items_with_a_deleted_one(evidence, tmp_path)
    model.set_items(items)
    wanted: list[str] = []
    model.thumbnail_wanted.connect(wanted.append)
    for _ in range(3):
        for row in range(model.rowCount()):
            picture = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
            assert isinstance(picture, QPixmap) and not picture.isNull()
    assert wanted == [items[0].id]
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    with qtbot.waitSignal(model.dataChanged):
        model.set_thumbnail(items[0].id, image)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).size().width() == 20
    model.set_items(items)  # a reload keeps the picture and the states
    assert model.has_thumbnail(items[0].id)
    model.clear()
    assert model.rowCount() == 0 and not model.has_thumbnail(items[0].id)
