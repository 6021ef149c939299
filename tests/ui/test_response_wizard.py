"""The guided response as a whole: the route, Finish with the workflow guards, locking."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from helpers import sample_incident
from wizard_helpers import START, Clock, click, find, label_text, services_over, set_text

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import ActionKind, IncidentStatus, TimelineKind
from kasuhara_desktop.domain.models import Action, Incident
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.domain.response_flow import Step
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.services.evidence import EvidenceService, ImportRequest
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.ui.wizard import clock, texts
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard, open_response_wizard
from kasuhara_desktop.vault.vault import Vault

S = IncidentStatus


@pytest.fixture
def incidents(vault: Vault) -> IncidentService:
    return IncidentService(vault)


@pytest.fixture(autouse=True)
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(clock, "now", fake)
    return fake


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox.StandardButton]:
    """Answers for QMessageBox.question, in order; every question asked is recorded."""
    queue: list[QMessageBox.StandardButton] = []

    def question(*_args: object, **_kw: object) -> QMessageBox.StandardButton:
        assert queue, "an unexpected question was asked"
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return queue


def open_wizard(qtbot: QtBot, incidents: IncidentService, reference: str | None) -> ResponseWizard:
    wizard = ResponseWizard(services_over(incidents), reference)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def go_to(wizard: ResponseWizard, step: Step) -> None:
    for _ in range(10):
        if wizard.currentPage() is wizard.page_for(step):
            return
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"cannot reach {step}"
    raise AssertionError(step)


def route(wizard: ResponseWizard) -> list[Step]:
    steps = [wizard.step_of(wizard.currentId())]
    while wizard.nextId() >= 0:
        wizard.next()
        steps.append(wizard.step_of(wizard.currentId()))
    return steps


def count(incidents: IncidentService) -> int:
    return incidents.count(IncidentFilter())


# ---------------------------------------------------------------- "Incident now"


def test_incident_now_starts_a_new_draft_and_only_finish_saves(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    wizard = open_wizard(qtbot, incidents, None)
    assert wizard.draft.is_new
    assert wizard.draft.incident.occurred_at == START
    assert wizard.draft.incident.timezone == "Asia/Tokyo"
    click(qtbot, wizard, "quote_add_now")
    set_text(wizard, "quotes_words", "店長を出せ")
    assert count(incidents) == 0  # typing saves nothing
    wizard.accept()  # "Save and close" from step 1: the summary is still empty
    assert "What happened" in wizard.error_text()
    assert "Nothing you typed was lost" in wizard.error_text()
    assert count(incidents) == 0
    assert wizard.isVisible()
    set_text(wizard, "summary", "店長を出せと怒鳴った")
    with qtbot.waitSignal(wizard.saved) as blocker:
        wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    saved = incidents.get(blocker.args[0])
    assert saved.status is S.DRAFT
    assert saved.quotes[0].words == "店長を出せ" and saved.quotes[0].said_at == START


# ---------------------------------------------------------------- the route


def test_legitimate_complaint_skips_the_on_site_page(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    inc = incidents.add(Incident(occurred_at=START, summary="レジの打ち間違い"))
    wizard = open_wizard(qtbot, incidents, inc.reference)
    go_to(wizard, Step.JUDGE)
    click(qtbot, wizard, "fault_yes")
    click(qtbot, wizard, "related_yes")
    assert route(wizard) == [Step.JUDGE, Step.STAFF_CARE, Step.CLOSE]
    assert find(wizard, QCheckBox, "training_case")
    apology = wizard.page_for(Step.CLOSE).buttons[ActionKind.APOLOGY]
    assert apology.text().startswith("★")


def test_harassment_walks_every_page_and_back_keeps_the_answers(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    inc = incidents.add(sample_incident())
    wizard = open_wizard(qtbot, incidents, inc.reference)
    go_to(wizard, Step.JUDGE)
    click(qtbot, wizard, "fault_no")
    click(qtbot, wizard, "related_yes")
    assert find(wizard, QCheckBox, "manner_violent_or_threatening").isChecked()  # pre-ticked
    assert route(wizard) == [Step.JUDGE, Step.ON_SITE, Step.STAFF_CARE, Step.OFFENCES, Step.CLOSE]
    for _ in range(4):
        wizard.back()
    assert wizard.currentPage() is wizard.page_for(Step.JUDGE)
    assert find(wizard, QCheckBox, "manner_violent_or_threatening").isChecked()
    assert wizard.draft.incident.assessment.shop_fault is Answer.NO


def test_evidence_on_file_is_listed_and_counts_as_a_source(
    qtbot: QtBot, incidents: IncidentService, vault: Vault, tmp_path: Path
) -> None:
    inc = incidents.add(sample_incident())
    photo = tmp_path / "防犯カメラ.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 2048)
    EvidenceService(vault).add_files(inc.reference, [ImportRequest(photo, "レジ上のカメラ")])
    wizard = open_wizard(qtbot, incidents, inc.reference)
    go_to(wizard, Step.FACTS)
    evidence = find(wizard, QListWidget, "evidence_list")
    assert evidence.count() == 1
    assert "防犯カメラ.png" in evidence.item(0).text()
    assert "レジ上のカメラ" in evidence.item(0).text()
    assert label_text(wizard, "single_source_warning") == ""


# ---------------------------------------------------------------- Finish and the guards


def test_finish_with_a_refused_status_shows_why_and_keeps_everything(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    inc = incidents.add(sample_incident())
    wizard = open_wizard(qtbot, incidents, inc.reference)
    set_text(wizard, "location", "入口付近")
    go_to(wizard, Step.FACTS)
    find(wizard, QCheckBox, "facts_confirmed").click()
    go_to(wizard, Step.JUDGE)
    click(qtbot, wizard, "fault_no")
    click(qtbot, wizard, "related_yes")
    assert find(wizard, QCheckBox, "manner_violent_or_threatening").isChecked()  # pre-ticked
    go_to(wizard, Step.CLOSE)
    combo = find(wizard, QComboBox, "target_status")
    assert combo.currentData() == S.FACTS_CONFIRMED.value  # nobody has judged yet
    combo.setCurrentIndex(combo.findData(S.JUDGED.value))
    wizard.accept()
    error = wizard.error_text()
    assert texts.text("workflow", "judge_missing") in error
    assert "Nothing you typed was lost" in error
    assert wizard.isVisible()
    stored = incidents.get(inc.reference)
    assert stored.version == inc.version and stored.location == "レジ前"
    assert wizard.draft.incident.location == "入口付近"

    while wizard.currentPage() is not wizard.page_for(Step.JUDGE):
        wizard.back()
    find(wizard, QCheckBox, "judged").click()
    go_to(wizard, Step.CLOSE)
    assert find(wizard, QComboBox, "target_status").currentData() == S.JUDGED.value
    wizard.accept()
    assert wizard.error_text() == ""
    saved = incidents.get(inc.reference)
    assert saved.status is S.JUDGED
    assert saved.location == "入口付近"
    assert saved.assessment.facts_confirmed and saved.assessment.judged_by


def test_closing_over_open_follow_ups_needs_the_reason(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    inc = sample_incident(status=S.RESPONDED)
    inc.assessment.facts_confirmed_by = "店長"
    inc.assessment.judged_by = "店長"
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    inc.actions = [Action(kind=ActionKind.APOLOGY)]
    inc.staff_care = [StaffCare(staff_name="佐藤", follow_ups=[FollowUp(due=date(2026, 12, 3))])]
    saved = incidents.add(inc)
    wizard = open_wizard(qtbot, incidents, saved.reference)
    go_to(wizard, Step.CLOSE)
    combo = find(wizard, QComboBox, "target_status")
    combo.setCurrentIndex(combo.findData(S.CLOSED.value))
    wizard.accept()
    assert texts.text("workflow", "open_follow_ups") in wizard.error_text()
    assert incidents.get(saved.reference).status is S.RESPONDED
    set_text(wizard, "status_reason", "本人退職のため")
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert incidents.get(saved.reference).status is S.CLOSED


def test_new_incident_with_a_refused_status_saves_nothing(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    wizard = open_wizard(qtbot, incidents, None)
    set_text(wizard, "summary", "怒鳴った")
    wizard.draft.target_status = S.FACTS_CONFIRMED  # as if picked, facts not confirmed
    wizard.accept()
    assert texts.text("workflow", "facts_confirmer_missing") in wizard.error_text()
    assert count(incidents) == 0
    go_to(wizard, Step.FACTS)
    find(wizard, QCheckBox, "facts_confirmed").click()
    wizard.accept()
    assert count(incidents) == 1
    [row] = incidents.find(IncidentFilter())
    assert incidents.get(row.reference).status is S.FACTS_CONFIRMED


def test_a_stale_version_is_refused_and_the_draft_kept(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    inc = incidents.add(sample_incident())
    wizard = open_wizard(qtbot, incidents, inc.reference)
    set_text(wizard, "demand", "謝罪と商品券")
    other = incidents.get(inc.reference)
    other.location = "別の人の変更"
    incidents.update(inc.reference, other, other.version)
    wizard.accept()
    assert wizard.error_text().startswith("Not saved")
    assert wizard.draft.incident.demand == "謝罪と商品券"
    assert incidents.get(inc.reference).location == "別の人の変更"


def test_on_site_clicks_reach_the_vault(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    inc = incidents.add(sample_incident())
    wizard = open_wizard(qtbot, incidents, inc.reference)
    go_to(wizard, Step.ON_SITE)
    click(qtbot, wizard, "log_stop_request")
    now.advance(minutes=3)
    click(qtbot, wizard, "log_leave_order")
    wizard.accept()
    saved = incidents.get(inc.reference)
    assert [e.kind for e in saved.timeline][-2:] == [
        TimelineKind.STOP_REQUEST,
        TimelineKind.LEAVE_ORDER,
    ]
    assert saved.timeline[-1].at == now.at


# ---------------------------------------------------------------- closing and locking


def test_close_asks_before_dropping_typed_text(
    qtbot: QtBot, incidents: IncidentService, answers: list[QMessageBox.StandardButton]
) -> None:
    inc = incidents.add(sample_incident())
    wizard = open_wizard(qtbot, incidents, inc.reference)
    wizard.reject()  # nothing typed: closes without asking
    assert not wizard.isVisible()
    wizard = open_wizard(qtbot, incidents, inc.reference)
    set_text(wizard, "location", "駐車場")
    answers.append(QMessageBox.StandardButton.Cancel)
    wizard.reject()
    assert wizard.isVisible()
    answers.append(QMessageBox.StandardButton.Save)
    wizard.reject()
    assert not wizard.isVisible()
    assert incidents.get(inc.reference).location == "駐車場"


def test_lock_mid_wizard_keeps_the_draft(
    qtbot: QtBot, incidents: IncidentService, vault: Vault
) -> None:
    inc = incidents.add(sample_incident())
    wizard = open_wizard(qtbot, incidents, inc.reference)
    go_to(wizard, Step.ON_SITE)
    click(qtbot, wizard, "log_final_warning")
    set_text(wizard, "police_station", "中野警察署")
    wizard.stash_for_lock()
    assert wizard.is_locked and not wizard.isEnabled()
    stashed = wizard.stashed_draft
    assert stashed is not None and stashed.timeline[-1].kind is TimelineKind.FINAL_WARNING
    assert not wizard.save()
    fresh = IncidentService(vault)  # what the session hands over after unlocking
    wizard.restore_after_unlock(services_over(fresh))
    assert not wizard.is_locked and wizard.isEnabled()
    assert wizard.stashed_draft is None
    assert wizard.draft.services is not None and wizard.draft.services.incidents is fresh
    click(qtbot, wizard, "log_police_call")
    wizard.accept()
    kinds = [e.kind for e in incidents.get(inc.reference).timeline]
    assert kinds[-2:] == [TimelineKind.FINAL_WARNING, TimelineKind.POLICE_CALL]
    assert "中野警察署" in incidents.get(inc.reference).timeline[-1].description


def test_entry_point_opens_a_non_modal_wizard(qtbot: QtBot, incidents: IncidentService) -> None:
    inc = incidents.add(sample_incident())
    wizard = open_response_wizard(None, services_over(incidents), inc.reference)
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    assert wizard.objectName() == "response_wizard"
    assert inc.reference in wizard.windowTitle()
    assert wizard.findChild(QComboBox, "target_status") is not None
    wizard.reject()
    QCoreApplication.processEvents()


# ---------------------------------------------------------------- the no-return notice


def _harassment(incidents: IncidentService) -> str:
    inc = sample_incident()
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    return incidents.add(inc).reference


def test_the_notice_button_opens_the_notice_and_issuing_records_the_action(
    qtbot: QtBot, incidents: IncidentService, answers: list[QMessageBox.StandardButton]
) -> None:
    from datetime import UTC, datetime

    from kasuhara_desktop.services.notices import NoticeService
    from kasuhara_desktop.ui.notices import NoticeDialog

    ref = _harassment(incidents)
    wizard = open_wizard(qtbot, incidents, ref)
    go_to(wizard, Step.CLOSE)
    set_text(wizard, "prevention", "二人で対応する")  # typed before the notice: saved with it
    click(qtbot, wizard, "action_no_return_notice")
    dialog = wizard.findChild(NoticeDialog, "noticeDialog")
    assert dialog is not None and dialog.isVisible()
    stored = incidents.get(ref)
    assert stored.prevention == "二人で対応する"  # the response so far was saved first
    assert not [a for a in stored.actions if a.kind is ActionKind.NO_RETURN_NOTICE]
    assert not wizard.draft.incident.actions  # nothing recorded before a notice exists
    before = datetime.now(UTC).replace(microsecond=0)
    answers.append(QMessageBox.StandardButton.Yes)  # "Issue the notice?"
    assert dialog.issue()
    notice = NoticeService(incidents.vault).for_incident(ref)[0]
    recorded = [a for a in wizard.draft.incident.actions if a.kind is ActionKind.NO_RETURN_NOTICE]
    assert len(recorded) == 1 and notice.number in recorded[0].description
    assert recorded[0].at is not None and recorded[0].at >= before
    close_page = wizard.page_for(Step.CLOSE)
    assert close_page.actions_model.rowCount() == 1  # the page shows it at once
    dialog.close()
    wizard.accept()  # the draft took over the new version: no stale-version refusal
    assert wizard.result() == QDialog.DialogCode.Accepted, wizard.error_text()
    kinds = [a.kind for a in incidents.get(ref).actions]
    assert kinds == [ActionKind.NO_RETURN_NOTICE]


def test_closing_the_notice_without_issuing_records_nothing(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    from kasuhara_desktop.ui.notices import NoticeDialog

    ref = _harassment(incidents)
    wizard = open_wizard(qtbot, incidents, ref)
    go_to(wizard, Step.CLOSE)
    click(qtbot, wizard, "action_no_return_notice")
    dialog = wizard.findChild(NoticeDialog, "noticeDialog")
    assert dialog is not None
    dialog.reject()
    assert not incidents.get(ref).actions and not wizard.draft.incident.actions


# ---------------------------------------------------------------- the step list


def test_the_step_list_goes_back_to_steps_reached_and_no_further(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    from PySide6.QtCore import Qt

    inc = incidents.add(sample_incident())
    wizard = open_wizard(qtbot, incidents, inc.reference)
    set_text(wizard, "location", "入口付近")
    go_to(wizard, Step.JUDGE)
    steps = find(wizard, QListWidget, "step_list")
    first, judge, close = steps.item(0), steps.item(2), steps.item(6)
    assert first.flags() & Qt.ItemFlag.ItemIsEnabled  # reached: a link back
    assert not close.flags() & Qt.ItemFlag.ItemIsEnabled  # not reached: does not look clickable
    assert not judge.flags() & Qt.ItemFlag.ItemIsSelectable  # the step in view
    rect = steps.visualItemRect(close)
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentPage() is wizard.page_for(Step.JUDGE)
    rect = steps.visualItemRect(steps.item(0))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentPage() is wizard.page_for(Step.WHAT_HAPPENED)
    assert wizard.draft.incident.location == "入口付近"  # going back keeps what was typed


def test_a_new_incident_is_saved_before_its_notice_is_drafted(
    qtbot: QtBot, incidents: IncidentService
) -> None:
    from kasuhara_desktop.ui.notices import NoticeDialog

    wizard = open_wizard(qtbot, incidents, None)
    set_text(wizard, "summary", "毎日来店して怒鳴る")
    go_to(wizard, Step.CLOSE)
    click(qtbot, wizard, "action_no_return_notice")
    dialog = wizard.findChild(NoticeDialog, "noticeDialog")
    assert dialog is not None and dialog.reference == wizard.draft.reference
    assert count(incidents) == 1 and incidents.get(dialog.reference).status is S.DRAFT
    assert not dialog.decision.allowed  # nothing judged yet: the dialog asks for the reason
    dialog.reject()
