"""Incident editor: every tab renders with demo data (screenshots for a person to look at).

Set ``KASUHARA_SHOTS=/tmp/shots`` to keep the PNGs (``editor-<tab>.png``); otherwise they go to
the test's temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from editor_fakes import open_editor
from helpers import HOSTILE, sample_incident

from kasuhara_desktop.services.demo import add_demo_data
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault.vault import Vault

TABS = ("quotes", "timeline", "participants", "statements", "actions", "costs", "history")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KASUHARA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_every_tab_renders_the_demo_incident(qtbot: QtBot, vault: Vault, shots: Path) -> None:
    service = IncidentService(vault)
    first = add_demo_data(service)[0]
    d = open_editor(qtbot, service, first.reference)
    for number, name in enumerate(TABS):
        d.tabs.setCurrentIndex(number)
        qtbot.wait(10)
        image = d.grab()
        assert not image.isNull() and image.width() >= 800
        assert image.save(str(shots / f"editor-{number}-{name}.png"))


def test_new_and_hostile_incidents_render(qtbot: QtBot, vault: Vault, shots: Path) -> None:
    service = IncidentService(vault)
    new = open_editor(qtbot, service)
    qtbot.wait(10)
    assert new.grab().save(str(shots / "editor-new.png"))
    hostile = service.add(sample_incident(summary=HOSTILE + "\n" + "長" * 5000, location=HOSTILE))
    d = open_editor(qtbot, service, hostile.reference)
    d.tabs.setCurrentIndex(2)
    qtbot.wait(10)
    assert d.grab().save(str(shots / "editor-hostile.png"))
