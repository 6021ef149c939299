"""The guided response for a role that may not judge (staff), over a real vault with a staff
user: the judge and offences steps say a manager judges them (nothing asked, nothing
pre-ticked), the facts are confirmed by a manager, there is no closing step, Finish saves a
draft; a refusal keeps everything; another user unlocking the open guide gets their own steps.

Set ``KASUHARA_SHOTS=/tmp/shots`` to keep the screenshots (``staff-<lang>-<step>.png``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from helpers import OWNER, PASSPHRASE, make_vault
from wizard_helpers import find, label_text

from kasuhara_desktop.domain.assessment import Assessment
from kasuhara_desktop.domain.enums import Behaviour, IncidentStatus, TimelineKind
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.domain.response_flow import Step
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.registry import Services, open_services
from kasuhara_desktop.services.users import UserService
from kasuhara_desktop.ui import i18n
from kasuhara_desktop.ui.wizard.response_wizard import ResponseWizard
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

STAFF_PASS = "quiet orange bicycle meadow 4"
MANAGER_LINE = "A manager judges the complaint and the legal points"


class Logbook:
    """One logbook with an owner and a staff member; one of them signed in at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.open: Vault | None = None

    def sign_in(self, login: str) -> Services:
        """Lock (close) the logbook if open, then unlock it as ``login``."""
        self.close()
        secret = STAFF_PASS if login == "sato" else PASSPHRASE
        self.open = Vault.open(self.folder, user=login, passphrase=secret)
        return open_services(self.open)

    def close(self) -> None:
        if self.open is not None:
            self.open.close()
            self.open = None


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a guide with unsaved text asks; the tests' closing discards it."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def logbook(vault_dir: Path) -> Iterator[Logbook]:
    vault, _key = make_vault(vault_dir)
    try:
        UserService(vault).add("sato", "佐藤 花子", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
    finally:
        vault.close()
    book = Logbook(vault_dir)
    yield book
    book.close()


@pytest.fixture
def staff(logbook: Logbook) -> Services:
    """The services of the staff member, signed in."""
    return logbook.sign_in("sato")


def open_guide(qtbot: QtBot, services: Services) -> ResponseWizard:
    wizard = ResponseWizard(services, None)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def record_what_happened(wizard: ResponseWizard) -> None:
    """Threats recorded in step 1: the judge step would pre-tick a manner for a manager."""
    inc = wizard.draft.incident
    inc.summary = "大声で怒鳴り、土下座を要求した"
    inc.behaviours = [Behaviour.THREATS_ABUSE, Behaviour.FORCED_KNEELING]
    wizard.page_for(Step.WHAT_HAPPENED).reload()


def shown(wizard: ResponseWizard, step: Step, name: str) -> str:
    """The text of the label ``name`` on ``step``'s page if it shows there ('' if hidden)."""
    label = find(wizard, QLabel, name)
    return label.text() if label.isVisibleTo(wizard.page_for(step)) else ""


def visible_on(wizard: ResponseWizard, step: Step, cls: type[QWidget], name: str) -> bool:
    return find(wizard, cls, name).isVisibleTo(wizard.page_for(step))


def walk(wizard: ResponseWizard) -> list[Step]:
    """Next until there is no next step; the steps shown, in order."""
    seen = [wizard.step_of(wizard.currentId())]
    while wizard.nextId() >= 0:
        wizard.next()
        seen.append(wizard.step_of(wizard.currentId()))
    return seen


def test_staff_are_told_a_manager_judges_and_save_a_draft(qtbot: QtBot, staff: Services) -> None:
    wizard = open_guide(qtbot, staff)
    record_what_happened(wizard)
    assert "Save draft and close" in label_text(wizard, "what_happened_intro")
    assert walk(wizard) == [
        Step.WHAT_HAPPENED, Step.FACTS, Step.JUDGE, Step.ON_SITE, Step.STAFF_CARE, Step.OFFENCES
    ]  # fmt: skip
    assert wizard.draft.incident.assessment == Assessment()  # nothing pre-ticked for staff
    assert MANAGER_LINE in shown(wizard, Step.JUDGE, "judge_manager_only")
    assert MANAGER_LINE in shown(wizard, Step.OFFENCES, "offences_manager_only")
    assert not visible_on(wizard, Step.JUDGE, QAbstractButton, "fault_yes")
    assert not visible_on(wizard, Step.FACTS, QCheckBox, "facts_confirmed")
    assert "A manager confirms the facts" in shown(wizard, Step.FACTS, "facts_confirmed_by_manager")
    captions = [wizard.steps.item(i).text() for i in range(wizard.steps.count())]
    assert "a manager judges this" in captions[2] and "a manager decides and closes" in captions[6]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Save draft and close"
    care_name = find(wizard, QComboBox, "care_name")
    assert care_name.currentText() == "佐藤 花子"  # the person recording it, by name

    wizard.page_for(Step.ON_SITE).log(TimelineKind.STOP_REQUEST)
    assert wizard.save(), wizard.error_text()
    saved = staff.incidents.get(wizard.draft.reference)
    assert saved.status is IncidentStatus.DRAFT and saved.created_by == "sato"
    assert [e.kind for e in saved.timeline] == [TimelineKind.STOP_REQUEST]


def test_a_manager_sees_the_questions_and_the_closing_step(qtbot: QtBot, logbook: Logbook) -> None:
    wizard = open_guide(qtbot, logbook.sign_in(OWNER))
    record_what_happened(wizard)
    assert walk(wizard)[-1] is Step.CLOSE
    assert shown(wizard, Step.JUDGE, "judge_manager_only") == ""
    assert visible_on(wizard, Step.JUDGE, QAbstractButton, "fault_yes")
    assert wizard.draft.incident.assessment.manner  # pre-ticked from the threats
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Save and close"


def test_a_refusal_keeps_what_staff_typed_and_says_what_to_do(
    qtbot: QtBot, staff: Services
) -> None:
    wizard = open_guide(qtbot, staff)
    record_what_happened(wizard)
    wizard.draft.incident.assessment.judged_by = "佐藤"  # e.g. left by a manager's unlock
    assert not wizard.save()
    error = wizard.error_text()
    assert "Only a manager or the owner can judge" in error
    assert "Nothing you typed was lost" in error and "Ask a manager to sign in" in error
    assert wizard.isVisible() and wizard.draft.is_dirty()
    assert wizard.draft.incident.summary == "大声で怒鳴り、土下座を要求した"
    assert staff.incidents.count(IncidentFilter()) == 0  # nothing stored


def test_another_user_unlocking_the_open_guide_gets_their_own_steps(
    qtbot: QtBot, logbook: Logbook
) -> None:
    staff = logbook.sign_in("sato")
    wizard = open_guide(qtbot, staff)
    record_what_happened(wizard)
    walk(wizard)
    wizard.stash_for_lock()
    wizard.restore_after_unlock(logbook.sign_in(OWNER))  # the owner signs in on the same PC
    assert shown(wizard, Step.OFFENCES, "offences_manager_only") == ""
    assert shown(wizard, Step.JUDGE, "judge_manager_only") == ""  # a step seen before, reloaded
    assert visible_on(wizard, Step.FACTS, QCheckBox, "facts_confirmed")
    assert wizard.nextId() >= 0 and wizard.step_of(wizard.nextId()) is Step.CLOSE
    wizard.stash_for_lock()
    wizard.restore_after_unlock(logbook.sign_in("sato"))  # and back: the status stays a draft
    assert wizard.draft.target_status is IncidentStatus.DRAFT
    assert MANAGER_LINE in shown(wizard, Step.JUDGE, "judge_manager_only")


@pytest.mark.parametrize("lang", ["ja", "nb"])
def test_screenshots_of_the_staff_steps(
    qtbot: QtBot, staff: Services, tmp_path: Path, lang: str
) -> None:
    folder = Path(os.environ.get("KASUHARA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    i18n.install_translators(lang)
    try:
        wizard = open_guide(qtbot, staff)
        record_what_happened(wizard)
        steps = walk_shots(wizard, folder, lang)
        assert Step.CLOSE not in steps
        assert all((folder / f"staff-{lang}-{s.value}.png").is_file() for s in steps)
    finally:
        i18n.install_translators("en")


def walk_shots(wizard: ResponseWizard, folder: Path, lang: str) -> list[Step]:
    steps: list[Step] = []
    while True:
        step = wizard.step_of(wizard.currentId())
        assert wizard.grab().save(str(folder / f"staff-{lang}-{step.value}.png"))
        steps.append(step)
        if wizard.nextId() < 0:
            return steps
        wizard.next()
