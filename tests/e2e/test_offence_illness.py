"""Art. 204 without a blow, walked as a manager records it: weeks of calls, the clerk referred
to a counsellor and off work (step 5), then step 6 asks whether a doctor diagnosed an illness;
"yes" brings 傷害 (an illness such as PTSD is an injury), saved and shown in the report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from e2e_support import (
    child,
    finish_guide,
    guide_at_step,
    make_logbook,
    next_until,
    report_text,
    shown,
    unlock_to_main,
)
from helpers import OWNER, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QSpinBox

from kasuhara_desktop.domain.enums import Behaviour, Channel
from kasuhara_desktop.domain.response_flow import Step


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inc = sample_incident()
    inc.channel = Channel.PHONE
    inc.behaviours = [Behaviour.REPEATED_CALLS]
    inc.summary = "同じ客から3週間、毎日20回以上の電話。担当の店員が電話を怖がるようになった"
    inc.quotes = []
    return make_logbook(tmp_path / "vault", inc)


def test_an_illness_confirmed_in_step_6_brings_204_to_the_report(
    qtbot, start_app, folder: Path
) -> None:
    window = unlock_to_main(qtbot, start_app, folder, "en")
    wizard = guide_at_step(qtbot, window, Step.STAFF_CARE)
    care = wizard.page_for(Step.STAFF_CARE)
    qtbot.mouseClick(child(care, QPushButton, "care_add"), Qt.MouseButton.LeftButton)
    child(care, QCheckBox, "care_referral").click()
    child(care, QSpinBox, "care_days_off").setValue(14)

    next_until(qtbot, wizard, Step.OFFENCES)
    page = wizard.page_for(Step.OFFENCES)
    # No blow and no injury: 204 stands only on the illness question, which is asked.
    qtbot.waitUntil(lambda: shown(page, "question_illness_caused"))
    facts = child(page, QLabel, "offence_204_facts").text()
    assert "[open] Did the conduct (repeated calls" in facts
    assert "Referred to a specialist" in facts and "14 days off work" in facts
    assert not shown(page, "offence_208")

    qtbot.mouseClick(
        child(page, QAbstractButton, "answer_illness_caused_yes"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "[on record]" in child(page, QLabel, "offence_204_facts").text())
    assert "No medical visit recorded" in child(page, QLabel, "offence_204_open").text()

    finish_guide(qtbot, wizard)
    reference = wizard.draft.reference
    saved = window.service.get(reference)
    assert saved.offence_answers["illness_caused"].value is True
    assert saved.offence_answers["illness_caused"].by == OWNER
    flat = report_text(window, reference)
    assert "Art.204" in flat and "最決平成24年7月24日" in flat
    assert re.sub(r"\s+", "", f"answered yes by {OWNER}") in flat
