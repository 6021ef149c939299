"""The judge step shows what the shop's own criteria suggest, and only a tick applies it."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from wizard_helpers import START, find, make_draft, open_page

from kasuhara_desktop.domain.assessment import Answer
from kasuhara_desktop.domain.enums import Behaviour, Channel, TimelineKind
from kasuhara_desktop.domain.models import Incident, TimelineEntry
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.procedures import ProcedureService
from kasuhara_desktop.ui.wizard.criteria_box import CriteriaSuggestions
from kasuhara_desktop.ui.wizard.page_judge import JudgePage
from kasuhara_desktop.vault.vault import Vault


def phone_incident(minutes: int, behaviours: list[Behaviour]) -> Incident:
    inc = Incident(
        occurred_at=START, summary="返品の電話", channel=Channel.PHONE, behaviours=behaviours
    )
    inc.timeline = [
        TimelineEntry(at=START, kind=TimelineKind.CALL_START),
        TimelineEntry(at=START + timedelta(minutes=minutes), kind=TimelineKind.CALL_END),
    ]
    inc.assessment.shop_fault = Answer.YES  # a justified claim: only the manner can change it
    inc.assessment.demand_related = Answer.YES
    return inc


def page_for(qtbot: QtBot, vault: Vault, inc: Incident) -> JudgePage:
    return open_page(qtbot, JudgePage, make_draft(IncidentService(vault), inc))


def test_suggestions_are_shown_with_their_source_and_not_applied(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    ProcedureService(vault).save_document(
        {"criteria": {"unacceptable_behaviours": ["filming_staff"]}}
    )
    page = page_for(qtbot, vault, phone_incident(45, [Behaviour.FILMING_STAFF]))
    box = find(page, CriteriaSuggestions, "criteriaSuggestions")
    assert box.isVisible()
    checks = [find(box, QCheckBox, f"criteriaSuggestion_{i}") for i in range(2)]
    assert checks[0].text().startswith("The shop's criteria, version 1:")
    assert "45" in checks[1].text() and "30" in checks[1].text()
    assert not any(c.isChecked() for c in checks)
    assert page.draft.incident.assessment.shop_criteria_met == []
    assert not page.draft.judgement().is_harassment  # shown, never applied by itself
    shots = Path(os.environ.get("KASUHARA_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    page.resize(1100, 820)
    assert page.grab().save(str(shots / "judge-criteria-suggestions.png"))


def test_the_persons_tick_and_untick_decide(qtbot: QtBot, vault: Vault) -> None:
    page = page_for(qtbot, vault, phone_incident(45, []))  # the shipped criteria: limit counts
    check = find(page, QCheckBox, "criteriaSuggestion_0")
    check.setChecked(True)
    met = page.draft.incident.assessment.shop_criteria_met
    assert met == [check.text()] and page.draft.judgement().is_harassment
    check.setChecked(False)
    assert page.draft.incident.assessment.shop_criteria_met == []
    assert not page.draft.judgement().is_harassment


def test_a_confirmed_suggestion_is_shown_ticked_again(qtbot: QtBot, vault: Vault) -> None:
    inc = phone_incident(45, [])
    (suggestion,) = ProcedureService(vault).suggestions(inc)
    inc.assessment.shop_criteria_met = [suggestion.criterion("ja")]  # confirmed in Japanese
    page = page_for(qtbot, vault, inc)
    assert find(page, QCheckBox, "criteriaSuggestion_0").isChecked()


def test_without_criteria_nothing_is_shown(qtbot: QtBot, vault: Vault) -> None:
    ProcedureService(vault).save_document(
        {"criteria": {"unacceptable_behaviours": [], "phone_limit_applies": False}}
    )
    page = page_for(qtbot, vault, phone_incident(90, [Behaviour.THREATS_ABUSE]))
    assert not find(page, CriteriaSuggestions, "criteriaSuggestions").isVisible()
