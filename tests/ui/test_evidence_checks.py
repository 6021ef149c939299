"""The evidence pane remembers its checks, shows times in the logbook's zone, one size format."""

from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt

sys.path.insert(0, str(Path(__file__).parent))

import test_evidence_support as support
from test_evidence_support import (
    add,
    flip_byte,
    png_bytes,
    segment_offset,
    stored,
    wait_idle,
    write,
)

from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.ui.evidence.evidence_info import EvidenceInfo
from kasuhara_desktop.ui.evidence.evidence_pane import EvidencePane
from kasuhara_desktop.ui.evidence.import_dialog import ImportEvidenceDialog
from kasuhara_desktop.ui.evidence.texts import IntegrityState, exact_size, format_size
from kasuhara_desktop.vault.vault import Vault

evidence_fixture = support.evidence_fixture
pane_fixture = support.pane_fixture
TOKYO = ZoneInfo("Asia/Tokyo")


def new_pane(qtbot, service: EvidenceService, reference: str) -> EvidencePane:
    pane = EvidencePane()
    qtbot.addWidget(pane)
    pane.set_services(service)
    pane.set_incident(reference)
    return pane


def test_a_check_survives_locking_and_unlocking(
    qtbot, vault: Vault, pane: EvidencePane, evidence, tmp_path: Path, pc_in_utc: None
) -> None:
    service, reference = evidence
    good, bad = add(service, reference, write(tmp_path / "a.png", png_bytes()),
                    write(tmp_path / "b.png", png_bytes(64, 48)))  # fmt: skip
    flip_byte(stored(vault, bad), segment_offset(0, 10))
    pane.set_incident(None)
    pane.set_incident(reference)
    assert "not checked yet" in pane.hint.text()
    pane.check_integrity()
    wait_idle(qtbot)
    assert pane.model.state(good.id) == IntegrityState.INTACT
    checked_at = pane.model.checked_at(good.id)
    assert checked_at is not None

    pane.clear()  # locking: the pane forgets everything it showed
    assert pane.model.rowCount() == 0
    again = new_pane(qtbot, EvidenceService(vault), reference)  # unlocking: a new service
    assert again.model.state(good.id) == IntegrityState.INTACT
    assert again.model.state(bad.id) == IntegrityState.DAMAGED
    expected = checked_at.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M") + " JST"
    assert expected in again.hint.text()
    assert "failed the last check" in again.hint.text()
    index = again.model.index(again.model.row_of(good.id), 0)
    assert expected in index.data(Qt.ItemDataRole.ToolTipRole)


def test_evidence_times_are_in_the_logbook_zone_named_when_the_pc_differs(
    qtbot, evidence, tmp_path: Path, pc_in_utc: None
) -> None:
    service, reference = evidence
    (item,) = add(service, reference, write(tmp_path / "a.png", png_bytes()))
    info = EvidenceInfo()
    qtbot.addWidget(info)
    info.show_item(item, service.timezone)
    local = item.imported_at.astimezone(TOKYO)
    assert info.values["imported"].text().startswith(local.strftime("%Y-%m-%d %H:%M") + " JST")


def test_the_pane_does_not_name_the_zone_when_the_pc_agrees(
    qtbot, evidence, tmp_path: Path, pc_zone
) -> None:
    pc_zone("Asia/Tokyo")
    service, reference = evidence
    (item,) = add(service, reference, write(tmp_path / "a.png", png_bytes()))
    info = EvidenceInfo()
    qtbot.addWidget(info)
    info.show_item(item, service.timezone)
    assert "JST" not in info.values["imported"].text()


def test_one_size_format_without_the_same_bytes_twice() -> None:
    assert format_size(916) == "916 B"
    assert exact_size(916) == "916 B"  # not "916 bytes (916 bytes)"
    assert format_size(12_345) == "12.3 KB"
    assert exact_size(12_345) == f"12.3 KB ({QLocale().toString(12_345)} bytes)"
    assert format_size(3_456_789) == "3.5 MB"


def test_an_unknown_clock_offset_shows_no_seconds(qtbot, tmp_path: Path) -> None:
    dialog = ImportEvidenceDialog([tmp_path / "a.jpg"], [1000])
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.offset.isVisible()  # no greyed "0 s" that reads like a measurement
    dialog.offset_known.setChecked(True)
    assert dialog.offset.isVisible() and dialog.offset.isEnabled()
    dialog.reject()


def test_the_viewer_shows_the_last_check_with_its_time(
    qtbot, pane: EvidencePane, evidence, tmp_path: Path, pc_in_utc: None
) -> None:
    service, reference = evidence
    (item,) = add(service, reference, write(tmp_path / "a.png", png_bytes()))
    at = service.record_checks({item.id: "intact"})
    pane.refresh()
    viewer = pane.open_viewer(pane.model.items()[0])
    assert viewer is not None
    shown = viewer.info.values["checked"].text()
    assert "Intact" in shown and at.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M JST") in shown
    viewer.close()
