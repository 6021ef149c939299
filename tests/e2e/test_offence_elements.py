"""The guided response's step 6 walked as a manager answers it: the open element questions,
a text suggestion confirmed or rejected, the articles following each answer, the answers saved
with the incident and shown in the report's element view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from e2e_support import (
    child,
    finish_guide,
    guide_at_step,
    make_logbook,
    report_text,
    shown,
    unlock_to_main,
)
from helpers import OWNER, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.models import Quote
from kasuhara_desktop.domain.response_flow import Step


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inc = sample_incident()
    inc.behaviours = [Behaviour.PHYSICAL_ATTACK]
    inc.summary = "客が店員の胸を突き飛ばした。店員の腕にあざができた"
    inc.quotes = [Quote("客", "ネットに晒してやる", inc.occurred_at)]
    return make_logbook(tmp_path / "vault", inc)


def test_step_6_asks_the_open_elements_and_keeps_the_answers(
    qtbot, start_app, folder: Path
) -> None:
    window = unlock_to_main(qtbot, start_app, folder, "en")
    wizard = guide_at_step(qtbot, window, Step.OFFENCES)
    page = wizard.page_for(Step.OFFENCES)

    # The attack is a recorded behaviour: force is not asked. The injury and the threat are
    # only in the text: asked, with the words that suggest them.
    assert not shown(page, "question_force_against_person")
    hint = child(page, QLabel, "question_injury_suggestion").text()
    assert "suggested from:" in hint and "あざ" in hint
    threat = child(page, QLabel, "question_harm_announced_suggestion").text()
    assert "「ネットに晒してやる」" in threat
    assert shown(page, "offence_204") and shown(page, "offence_208")

    # "No injury" removes 204 (208 stays); the question stays to be changed back.
    qtbot.mouseClick(child(page, QAbstractButton, "answer_injury_no"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown(page, "offence_204"))
    assert shown(page, "offence_208") and shown(page, "question_injury")
    # Confirming the suggested threat: 222's element is now on record, answered by the user.
    qtbot.mouseClick(
        child(page, QAbstractButton, "answer_harm_announced_yes"), Qt.MouseButton.LeftButton
    )
    facts = child(page, QLabel, "offence_222_facts").text()
    assert "[on record]" in facts and f"answered yes by {OWNER}" in facts

    # Saved with the incident, and shown in the report's element view.
    finish_guide(qtbot, wizard)
    reference = wizard.draft.reference
    saved = window.service.get(reference)
    assert saved.offence_answers["injury"].value is False
    assert saved.offence_answers["harm_announced"].by == OWNER
    flat = report_text(window, reference)
    assert re.sub(r"\s+", "", f"answered yes by {OWNER}") in flat and "Art.204" not in flat
