"""The evidence pane shows where each time comes from and takes the time on the picture."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from capture_samples import mp4
from helpers import TOKYO

from kasuhara_desktop.domain.evidence import EvidenceSource, SourceKind
from kasuhara_desktop.services.evidence import ImportRequest
from kasuhara_desktop.ui.evidence.evidence_info import EvidenceInfo
from kasuhara_desktop.ui.evidence.overlay_time_dialog import OverlayTimeDialog

evidence_fixture = support.evidence_fixture
pane_fixture = support.pane_fixture
CLIP = datetime(2026, 4, 30, 13, 15, 7, tzinfo=UTC)


def test_time_on_the_picture_is_entered_shown_and_cleared(qtbot, pane, evidence, tmp_path) -> None:
    service, reference = evidence
    cctv = EvidenceSource(SourceKind.CCTV, "入口", clock_offset_seconds=60)
    [item] = service.add_files(
        reference, [ImportRequest(mp4(tmp_path / "c.mp4", CLIP), source=cctv)]
    )
    pane.refresh()
    pane.select(item.id)
    assert pane.time_action.isEnabled()
    tip = pane.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        "Time in the file" in tip and "header" in tip and "Time on the picture: not entered" in tip
    )

    pane.time_action.trigger()
    dialog = pane.findChild(OverlayTimeDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.clear_box.isVisible()  # nothing to clear yet
    dialog.edit.setDateTime(QDateTime(2026, 4, 30, 22, 14, 30))
    dialog.accept()
    saved = service.get(item.id)
    assert saved.overlay_time == datetime(2026, 4, 30, 22, 14, 30, tzinfo=TOKYO)
    assert saved.corrected(saved.overlay_time) == saved.overlay_time - timedelta(seconds=60)
    assert saved.overlay_time_by == service.vault.user
    tip = pane.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "2026-04-30 22:14:30" in tip and "corrected" in tip

    info = EvidenceInfo()
    qtbot.addWidget(info)
    info.show_item(saved, service.timezone)
    assert "entered by" in info.values["overlay_time"].text()
    assert "not corrected" in info._form.labelForField(info.values["modified"]).text()

    pane.select(item.id)
    pane.time_action.trigger()
    dialog = pane.findChild(OverlayTimeDialog)
    assert dialog.edit.dateTime() == QDateTime(2026, 4, 30, 22, 14, 30)  # starts at what was saved
    dialog.clear_box.setChecked(True)
    dialog.accept()
    assert service.get(item.id).overlay_time is None


def test_deleted_evidence_takes_no_time(pane, evidence, tmp_path) -> None:
    service, reference = evidence
    [item] = support.add(
        service, reference, support.write(tmp_path / "a.wav", support.wav_bytes(0.2))
    )
    service.delete(item.id, "誤り")
    pane.refresh()
    pane.select(item.id)
    assert not pane.time_action.isEnabled()
