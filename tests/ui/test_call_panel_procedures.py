"""Phone mode counts against the phone limit the shop set in its handling procedures."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from wizard_helpers import find

from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.procedures import ProcedureService
from kasuhara_desktop.services.response import ResponseService
from kasuhara_desktop.ui.phone.call_panel import CallPanel
from kasuhara_desktop.vault.vault import Vault


def test_the_procedures_phone_limit_is_phone_modes(qtbot: QtBot, vault: Vault) -> None:
    ProcedureService(vault).save_document({"procedures": {"settings": {"phone_limit_minutes": 20}}})
    incidents = IncidentService(vault)
    panel = CallPanel(incidents, ResponseService(incidents))
    qtbot.addWidget(panel)
    assert panel.limit == 20
    assert "20" in find(panel, QLabel, "call_limit").text()
