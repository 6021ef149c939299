"""What the notice dialog tests share: a fixed clock, the notice service, a judged incident."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import TOKYO
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.ui.notices.notice_dialog import NoticeDialog
from kasuhara_desktop.vault.vault import Vault

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=TOKYO)
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture(name="notices")
def notices_fixture(vault: Vault) -> NoticeService:
    return NoticeService(vault, clock=lambda: NOW)


def judge_as_harassment(inc: Incident) -> None:
    """Facts confirmed and judged: no fault of the shop, a violent manner (a notice may go)."""
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}


def make_dialog(qtbot: QtBot, service: NoticeService, reference: str) -> NoticeDialog:
    dialog = NoticeDialog(service, reference)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog
