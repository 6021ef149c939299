"""A part-timer is the first on the floor: they sign in as staff, press "Incident now" and walk
the guided response to the end. Staff record what happened, the statements, each request to
stop and to leave with its time, and how the staff member is looked after; the judge and
offences steps say that a manager judges them, there is no closing step, and "Save draft and
close" saves a draft without a refusal. The owner then signs in on the same window, opens the
same incident in the guide and judges it. The whole program over a real vault; only the key
derivation is fast."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import child, make_logbook, type_text, wait_window
from helpers import OWNER, PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
    QWizard,
)

from kasuhara_desktop.domain.assessment import Assessment
from kasuhara_desktop.domain.enums import IncidentStatus, TimelineKind
from kasuhara_desktop.domain.response_flow import Step
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services import users as users_service
from kasuhara_desktop.services.users import UserService
from kasuhara_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from kasuhara_desktop.ui.main_window import MainWindow
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

STAFF_PASS = "quiet orange bicycle meadow 4"
FLOW = ("conversation_end", "stop_request", "stop_request", "leave_order", "leave_order",
        "customer_left")  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(users_service, "calibrate", lambda *a, **k: FAST_PARAMS)
    path = make_logbook(tmp_path / "vault")
    vault = Vault.open(path, user=OWNER, passphrase=PASSPHRASE)
    try:
        UserService(vault).add("sato", "佐藤 花子", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
    finally:
        vault.close()
    return path


def click(qtbot, parent: QWidget, name: str) -> None:
    button = child(parent, QAbstractButton, name)
    assert button.isEnabled() and button.isVisibleTo(parent), f"{name} is not usable"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: ResponseWizard, step: Step) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.page_for(step), wizard.currentPage().objectName()


def unlock_as(qtbot, start_app, folder: Path, login: str, passphrase: str) -> MainWindow:
    start_app(folder, lang="en")
    unlock = wait_window(qtbot, UnlockDialog)
    combo = unlock.panel.user
    combo.setCurrentIndex(combo.findText(login, Qt.MatchFlag.MatchContains))
    unlock.panel.passphrase.setText(passphrase)
    qtbot.mouseClick(unlock.panel.unlock_button, Qt.MouseButton.LeftButton)
    window = wait_window(qtbot, MainWindow)
    assert window.session.services is not None
    assert window.session.services.access.login == login
    return window


def switch_to(qtbot, window: MainWindow, login: str, passphrase: str) -> None:
    window.user_actions.switch_user.trigger()
    combo = child(window.lock_panel, QComboBox, "userCombo")
    combo.setCurrentIndex(combo.findText(login, Qt.MatchFlag.MatchContains))
    window.lock_panel.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(window.lock_panel.unlock_button, Qt.MouseButton.LeftButton)


def staff_walk(qtbot, wizard: ResponseWizard) -> None:
    """What happened, the statement, the requests as they are said, the staff member's care."""
    type_text(child(wizard, QPlainTextEdit, "summary"), "大声で怒鳴り、土下座を要求した")
    child(wizard, QCheckBox, "behaviour_threats_abuse").click()  # would pre-tick the manner
    click(qtbot, wizard, "quote_add_now")
    type_text(child(wizard, QPlainTextEdit, "quotes_words"), "土下座しろ")

    next_page(qtbot, wizard, Step.FACTS)
    assert not child(wizard, QCheckBox, "facts_confirmed").isVisibleTo(wizard)
    assert child(wizard, QLabel, "facts_confirmed_by_manager").isVisibleTo(wizard)
    click(qtbot, wizard, "statement_add_involved")
    type_text(child(wizard, QLineEdit, "statements_witness"), "佐藤")
    type_text(child(wizard, QPlainTextEdit, "statements_text"), "客が大声で土下座を要求した")

    next_page(qtbot, wizard, Step.JUDGE)
    line = child(wizard, QLabel, "judge_manager_only")
    assert line.isVisibleTo(wizard) and "A manager judges" in line.text()
    assert not child(wizard, QAbstractButton, "fault_yes").isVisibleTo(wizard)

    next_page(qtbot, wizard, Step.ON_SITE)
    type_text(child(wizard, QLineEdit, "supervisor_name"), "店長 山田")
    for kind in FLOW:
        click(qtbot, wizard, f"log_{kind}")

    next_page(qtbot, wizard, Step.STAFF_CARE)
    child(wizard, QComboBox, "care_name").setEditText("佐藤 花子")
    click(qtbot, wizard, "care_add")
    assert child(wizard, QCheckBox, "care_safety").isChecked()  # safe, unless unticked
    type_text(child(wizard, QLineEdit, "care_supervisor"), "店長 山田")

    next_page(qtbot, wizard, Step.OFFENCES)
    assert child(wizard, QLabel, "offences_manager_only").isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no closing step
    close_item = wizard.steps.item(wizard.steps.count() - 1)
    assert "a manager decides and closes" in close_item.text()


def test_staff_record_an_incident_as_a_draft_and_the_owner_judges_it(
    qtbot, start_app, folder: Path
) -> None:
    window = unlock_as(qtbot, start_app, folder, "sato", STAFF_PASS)
    assert window.case_menus.incident_now.isVisible()
    assert not window.case_menus.guided.isVisible()  # the guide on a stored incident judges
    window.case_menus.incident_now.trigger()
    wizard = wait_window(qtbot, ResponseWizard)
    staff_walk(qtbot, wizard)

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Save draft and close"
    with qtbot.waitSignal(wizard.saved, timeout=10_000) as done:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)

    assert window.session.services is not None
    saved = window.session.services.incidents.get(done.args[0])
    message = window.statusBar().currentMessage()
    assert saved.reference in message and "as a draft. A manager judges it" in message
    assert saved.status is IncidentStatus.DRAFT and saved.created_by == "sato"
    assert saved.assessment == Assessment() and saved.offence_answers == {}
    logged = [(e.kind, e.at, e.by) for e in saved.timeline]
    kinds = [k for k, _at, _by in logged]
    assert kinds.count(TimelineKind.STOP_REQUEST) == 2
    assert kinds.count(TimelineKind.LEAVE_ORDER) == 2
    times = [at for _k, at, _by in logged]
    assert all(at is not None for at in times) and times == sorted(times)
    assert {by for _k, _at, by in logged} == {"佐藤 花子"}  # the display name, not the login
    assert [c.staff_name for c in saved.staff_care] == ["佐藤 花子"]
    assert saved.staff_care[0].safety_secured
    assert saved.statements and saved.quotes

    # The owner signs in on the same window and judges the staff member's record.
    switch_to(qtbot, window, OWNER, PASSPHRASE)
    window.home_tabs.show_incidents()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    table = child(window, QTableView, "incidentTable")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    guide = wait_window(qtbot, ResponseWizard)
    assert guide is not wizard and guide.draft.reference == saved.reference
    next_page(qtbot, guide, Step.FACTS)
    child(guide, QCheckBox, "facts_confirmed").click()
    next_page(qtbot, guide, Step.JUDGE)
    assert not child(guide, QLabel, "judge_manager_only").isVisibleTo(guide)
    assert child(guide, QCheckBox, "manner_violent_or_threatening").isChecked()  # pre-ticked
    click(qtbot, guide, "fault_no")
    click(qtbot, guide, "related_yes")
    child(guide, QCheckBox, "judged").click()
    finish = guide.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Save and close"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert guide.error_text() == ""
    qtbot.waitUntil(lambda: not guide.isVisible(), timeout=10_000)
    assert window.session.services is not None
    judged = window.session.services.incidents.get(saved.reference)
    assert judged.assessment.judged_by and judged.assessment.facts_confirmed
    assert [e.kind for e in judged.timeline] == kinds  # the staff member's record is kept
