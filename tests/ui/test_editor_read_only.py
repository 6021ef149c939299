"""Incident editor: a closed incident is read-only until it is reopened with a reason."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from editor_fakes import find, open_editor
from helpers import sample_incident

from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def service(vault: Vault) -> IncidentService:
    return IncidentService(vault)


def closed(service: IncidentService) -> str:
    inc = sample_incident()
    inc.status = IncidentStatus.CLOSED
    return service.add(inc).reference


def editable_parts(editor: QWidget) -> list[QWidget]:
    names = ("summary", "editor_save", "editor_save_close", "now_stop_request", "now_leave_order")
    return [find(editor, QWidget, name) for name in names]


def test_a_closed_incident_opens_read_only(qtbot: QtBot, service: IncidentService) -> None:
    ref = closed(service)
    editor = open_editor(qtbot, service, ref)
    assert find(editor, QWidget, "closed_bar").isVisible()
    for widget in editable_parts(editor):
        assert not widget.isEnabled(), widget.objectName()
    assert find(editor, QAbstractButton, "timeline_add").isHidden()
    before = len(service.get(ref).timeline)
    editor.log_now(next(iter(editor.tab_pages["timeline"].now_buttons)))  # Ctrl+1
    assert not editor.save()
    assert len(service.get(ref).timeline) == before


def test_reopen_asks_for_the_reason_and_audits_it(
    qtbot: QtBot, vault: Vault, service: IncidentService
) -> None:
    ref = closed(service)
    editor = open_editor(qtbot, service, ref)
    find(editor, QAbstractButton, "reopen_button").click()
    dialog = find(editor, QInputDialog, "reopen_dialog")
    assert dialog.isVisible()
    dialog.setTextValue("   ")
    dialog.accept()  # a blank reason is refused, the incident stays closed
    assert find(editor, QLabel, "reopen_error").isVisibleTo(editor)
    assert service.get(ref).status is IncidentStatus.CLOSED
    assert not find(editor, QWidget, "summary").isEnabled()

    find(editor, QAbstractButton, "reopen_button").click()
    dialog = editor.closed_mode.dialog
    assert dialog is not None
    dialog.setTextValue("お客様から追加の申し出")
    dialog.accept()
    assert service.get(ref).status is IncidentStatus.RESPONDED
    last = audit.rows(vault.conn, "incident_status")[-1]
    assert last.content_hash == audit.canonical_hash(
        {"from": "closed", "to": "responded", "reason": "お客様から追加の申し出"}
    )
    assert not find(editor, QWidget, "closed_bar").isVisible()
    for widget in editable_parts(editor):
        assert widget.isEnabled(), widget.objectName()
    assert not find(editor, QAbstractButton, "timeline_add").isHidden()
