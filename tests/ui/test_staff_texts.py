"""Texts a staff member (or anyone who is not the owner) meets that used to assume a manager or
the owner: the closed-incident bar, and the strength meter when another user's name is in the
passphrase being set for them. Over a real vault with a staff user."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from editor_fakes import open_editor
from helpers import OWNER, PASSPHRASE, make_vault, sample_incident
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from kasuhara_desktop.domain.assessment import Assessment
from kasuhara_desktop.domain.enums import IncidentStatus
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.passphrase_strength import Weakness
from kasuhara_desktop.services.users import UserService
from kasuhara_desktop.ui.widgets.strength_meter import StrengthMeter
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

STAFF_PASS = "quiet orange bicycle meadow 4"


@pytest.fixture
def closed_logbook(vault_dir: Path) -> tuple[Path, str]:
    """A logbook with a staff user and one closed incident (its reference)."""
    vault, _key = make_vault(vault_dir)
    try:
        UserService(vault).add("sato", "佐藤 花子", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
        closed = sample_incident(summary="完了した事案")
        closed.status = IncidentStatus.CLOSED
        reference = IncidentService(vault).add(closed).reference
    finally:
        vault.close()
    return vault_dir, reference


@pytest.mark.parametrize(
    ("login", "secret", "says"),
    [
        ("sato", STAFF_PASS, "A manager can reopen it"),
        (OWNER, PASSPHRASE, "To change it, reopen it"),
    ],
)
def test_the_closed_bar_tells_staff_who_can_reopen(
    qtbot: QtBot, closed_logbook: tuple[Path, str], login: str, secret: str, says: str
) -> None:
    folder, reference = closed_logbook
    vault = Vault.open(folder, user=login, passphrase=secret)
    try:
        editor = open_editor(qtbot, IncidentService(vault), reference)
        label = editor.findChild(QLabel, "closed_label")
        assert label is not None and says in label.text()
        button = editor.findChild(QAbstractButton, "reopen_button")
        assert button is not None and button.isHidden() is (login == "sato")
        editor.done(0)
    finally:
        vault.close()


def test_the_meter_does_not_call_another_users_name_the_owners(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.personal = ("satohanako", "佐藤 花子")  # a staff member being added by the owner
    meter.update_for("satohanako22")
    assert meter.strength.weakness is Weakness.PERSONAL
    text = meter.text.text()
    assert "a name others know" in text and "owner" not in text


def staff_draft() -> Incident:
    """A draft as staff record it: no judgement, no offence answers."""
    incident = sample_incident(summary="佐藤の下書き")
    incident.assessment, incident.offence_answers = Assessment(), {}
    return incident


@pytest.mark.parametrize(("login", "secret", "whose"), [
    ("sato", STAFF_PASS, "owner"), ("sato", STAFF_PASS, "own"), (OWNER, PASSPHRASE, "owner")
])  # fmt: skip
def test_staff_on_another_persons_incident_are_told_what_they_may_add(
    qtbot: QtBot, vault_dir: Path, login: str, secret: str, whose: str
) -> None:
    vault, _key = make_vault(vault_dir)
    try:
        UserService(vault).add("sato", "佐藤 花子", Role.STAFF, STAFF_PASS, kdf=FAST_PARAMS)
        owners = IncidentService(vault).add(sample_incident(summary="店長の下書き")).reference
    finally:
        vault.close()
    vault = Vault.open(vault_dir, user=login, passphrase=secret)
    try:
        service = IncidentService(vault)
        reference = owners if whose == "owner" else service.add(staff_draft()).reference
        editor = open_editor(qtbot, service, reference)
        label = editor.findChild(QLabel, "closed_label")
        assert label is not None
        told = label.isVisibleTo(editor) and "not your own draft" in label.text()
        assert told is (login == "sato" and whose == "owner")
        button = editor.findChild(QAbstractButton, "reopen_button")
        assert button is not None and not button.isVisibleTo(editor)
        editor.done(0)
    finally:
        vault.close()
