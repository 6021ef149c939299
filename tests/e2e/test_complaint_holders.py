"""Step 6 walked for a complaint-only offence: the manager enters the day the shop and the day
the insulted clerk learned who the offender is; each holder's period is shown, saved with the
incident, and printed in the report."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from e2e_support import (
    child,
    finish_guide,
    guide_at_step,
    make_logbook,
    report_text,
    unlock_to_main,
)
from helpers import sample_incident
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDateEdit, QLabel

from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.models import Quote
from kasuhara_desktop.domain.response_flow import Step


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inc = sample_incident()
    inc.behaviours = [Behaviour.THREATS_ABUSE, Behaviour.PROPERTY_DAMAGE]
    inc.summary = "客が他の客の前で店員を罵倒し、陳列棚を蹴って壊した"
    inc.quotes = [Quote("客", "役立たずのバカ店員", inc.occurred_at)]
    return make_logbook(tmp_path / "vault", inc)


def set_day(page, name: str, day: date) -> None:
    child(page, QCheckBox, f"{name}_set").click()
    child(page, QDateEdit, f"{name}_edit").setDate(QDate(day.year, day.month, day.day))


def test_each_holders_day_is_entered_shown_saved_and_printed(
    qtbot, start_app, folder: Path
) -> None:
    window = unlock_to_main(qtbot, start_app, folder, "en")
    wizard = guide_at_step(qtbot, window, Step.OFFENCES)
    page = wizard.page_for(Step.OFFENCES)
    # The insult was in front of other customers: the manager confirms both elements.
    for code in ("in_front_of_others", "insult"):
        qtbot.mouseClick(
            child(page, QAbstractButton, f"answer_{code}_yes"), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: page.findChild(QLabel, "offence_231_deadline") is not None)
    assert "Enter that day" in child(page, QLabel, "offence_231_deadline").text()

    today = date.today()
    shop_day, staff_day = today - timedelta(days=3), today - timedelta(days=1)
    set_day(page, "offender_known_on", shop_day)
    set_day(page, "offender_known_to_staff_on", staff_day)
    insult = child(page, QLabel, "offence_231_deadline").text()
    damage = child(page, QLabel, "offence_261_deadline").text()
    # 侮辱: the clerk insulted, or the company if the shop itself was; 器物損壊: the company's.
    assert "the staff member harmed" in insult and staff_day.isoformat() in insult
    assert "the shop (the company)" in insult and shop_day.isoformat() in insult
    assert "the shop (the company)" in damage and shop_day.isoformat() in damage
    assert "the staff member harmed" not in damage

    finish_guide(qtbot, wizard)
    saved = window.service.get(wizard.draft.reference)
    assert (saved.offender_known_on, saved.offender_known_to_staff_on) == (shop_day, staff_day)
    flat = report_text(window, saved.reference)
    assert re.sub(r"\s+", "", f"counted from {staff_day.isoformat()}") in flat
    assert re.sub(r"\s+", "", f"counted from {shop_day.isoformat()}") in flat
