"""File → Back up the logbook: a checked encrypted copy, made in the background; cancel keeps
nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import PASSPHRASE, sample_incident

from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.ui import backup_action
from kasuhara_desktop.ui.app_settings import AppSettings
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.session import Session
from kasuhara_desktop.ui.tasks import registry
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def window(qtbot, vault: Vault, tmp_path: Path) -> MainWindow:
    ref = IncidentService(vault).add(sample_incident()).reference
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(3 << 20))
    EvidenceService(vault).add_files(ref, [ImportRequest(photo)])
    win = MainWindow(Session(vault, open_services), AppSettings())
    qtbot.addWidget(win)
    win.show()
    return win


def test_backup_makes_a_copy_that_opens_with_the_same_passphrase(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(backup_action, "choose_folder", lambda *_a: target)
    window.backup.action.trigger()
    qtbot.waitUntil(lambda: window.backup.job is None and not registry.running(), timeout=20_000)
    [copy] = list(target.iterdir())
    assert copy.name.startswith("kasuhara-backup-")
    assert "Backed up to" in window.statusBar().currentMessage()
    with Vault.open(copy, passphrase=PASSPHRASE) as v:
        assert IncidentService(v).count(IncidentFilter()) == 1
        assert len(list(v.evidence_dir.iterdir())) == 1


def test_cancelled_backup_keeps_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(backup_action, "choose_folder", lambda *_a: target)
    from kasuhara_desktop.services import backup as service

    real = service.copy_evidence

    def slow_then_cancelled(job, *, progress=None, should_cancel=None):  # type: ignore[no-untyped-def]
        registry.cancel_all()
        return real(job, progress=progress, should_cancel=should_cancel)

    monkeypatch.setattr(service, "copy_evidence", slow_then_cancelled)
    window.backup.action.trigger()
    qtbot.waitUntil(lambda: window.backup.job is None and not registry.running(), timeout=20_000)
    assert list(target.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()
