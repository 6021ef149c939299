"""The staff-care step shows "Who to talk to": the shop's contacts and the public ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import sample_incident
from pytestqt.qtbot import QtBot
from wizard_helpers import make_draft, open_page

from kasuhara_desktop.domain.consultation import Contact, ContactKind
from kasuhara_desktop.services.consultation import ConsultationService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.ui.wizard.contacts_box import ContactsBox
from kasuhara_desktop.ui.wizard.page_staff_care import StaffCarePage
from kasuhara_desktop.vault.vault import Vault


def test_the_care_step_lists_whom_to_talk_to(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    ConsultationService(vault).save_contact(
        Contact(ContactKind.INTERNAL, "店長 <山田>", phone="内線 12", hours="営業時間中")
    )
    incidents = IncidentService(vault)
    draft = make_draft(incidents, incidents.add(sample_incident()))
    page = open_page(qtbot, StaffCarePage, draft)
    box = page.findChild(ContactsBox, "contactsBox")
    assert box is not None and box.isVisible()
    text = box.lines.text()
    assert "店長 &lt;山田&gt;" in text  # escaped: typed text is never markup
    assert "#9110" in text and "number to be checked" in text
    assert not box.lines.text().count("<input")  # read-only: nothing to edit
    shots = Path(os.environ.get("KASUHARA_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    page.resize(900, 700)
    assert page.grab().save(str(shots / "wizard-care-contacts.png"))


def test_without_services_the_box_is_hidden(qtbot: QtBot) -> None:
    box = ContactsBox()
    qtbot.addWidget(box)
    box.show()
    box.load(None)
    assert not box.isVisible()


@pytest.mark.parametrize("phone", ["check", "CHECK "])
def test_unchecked_numbers_are_never_shown_as_numbers(qtbot: QtBot, phone: str) -> None:
    box = ContactsBox()
    qtbot.addWidget(box)
    box.set_contacts([Contact(ContactKind.LABOUR_BUREAU, "Corner", phone=phone)])
    assert "check" not in box.lines.text().replace("checked", "")
