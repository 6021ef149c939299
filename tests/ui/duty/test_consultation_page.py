"""Duty > Consultation desk: contacts for all, records only for the owner and the contact
person, cooperation requests for managers; the letter printed off the GUI thread."""

from __future__ import annotations

import dataclasses
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import OWNER
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.consultation import Channel, Consultation, Contact, ContactKind
from kasuhara_desktop.domain.cooperation import CooperationRequest, Direction
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.consultation import ConsultationService
from kasuhara_desktop.services.registry import Services, open_services
from kasuhara_desktop.ui.duty import duty_menu
from kasuhara_desktop.ui.duty.consultation_page import (
    ConsultationPage,
    open_consultation_page,
    open_cooperation_page,
)
from kasuhara_desktop.ui.i18n import install_translators
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.vault import Vault

JST = timezone(timedelta(hours=9))


@pytest.fixture
def services(vault: Vault) -> Services:
    for login in ("mika", "taro"):
        vault.set_passphrase(login, f"{login} passphrase", kdf=FAST_PARAMS)
    owner = ConsultationService(vault)
    owner.save_contact(Contact(ContactKind.INTERNAL, "Mika", login="mika", phone="内線 3"))
    owner.add_record(
        Consultation("T.K.", datetime(2026, 11, 20, 18, 30, tzinfo=JST), Channel.PHONE,
                     "暴言がつらい", "mika")
    )  # fmt: skip
    owner.add_record(
        Consultation("", datetime(2026, 11, 21, 9, 0, tzinfo=JST), Channel.IN_PERSON,
                     "店主だけの記録", OWNER)
    )  # fmt: skip
    return open_services(vault)


def as_user(vault: Vault, services: Services, login: str, role: Role) -> Services:
    access = Access(login, login, role)
    return dataclasses.replace(
        services, access=access, consultation=ConsultationService(vault, access=access)
    )


def make_page(qtbot: QtBot, services: Services) -> ConsultationPage:
    page = ConsultationPage(services)
    qtbot.addWidget(page)
    return page


def test_the_menu_entries_open_the_page_for_whom_they_should(
    qtbot: QtBot, vault: Vault, services: Services
) -> None:
    by_name = {e.name: e for e in duty_menu.ENTRIES}
    desk, coop = by_name["consultationAction"], by_name["cooperationAction"]
    staff = Access("taro", "taro", Role.STAFF)
    assert staff.can(desk.permission) and not staff.can(coop.permission)
    window = QMainWindow()
    qtbot.addWidget(window)
    for entry, tab in ((desk, "contactsTab"), (coop, "cooperationTab")):
        page = entry.open(window, services)  # imported on first use, as the menu does
        assert isinstance(page, ConsultationPage)
        assert page.tabs.currentWidget().objectName() == tab
        page.close()


def test_owner_sees_every_record_and_the_standard_contacts(
    qtbot: QtBot, services: Services
) -> None:
    page = make_page(qtbot, services)
    assert page.records is not None and page.cooperation is not None
    assert page.records.table.rowCount() == 2
    table = page.contacts.table
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert names[0].startswith("Mika") and any("#9110" in n for n in names)
    phones = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "number to be checked" in phones


def test_a_contact_person_sees_only_their_records_and_adds_one(
    qtbot: QtBot, vault: Vault, services: Services
) -> None:
    mika = as_user(vault, services, "mika", Role.STAFF)
    page = make_page(qtbot, mika)
    assert page.records is not None and page.cooperation is None
    assert page.records.table.rowCount() == 1
    assert page.records.table.item(0, 5).text() == "暴言がつらい"
    tab = page.records
    tab.form.by.setText("A.")
    tab.form.summary.setPlainText("SNSに書かれた")
    tab.form.follow_up.setText("1週間後に面談")
    tab.form.follow_up_known.setChecked(True)
    tab.form.follow_up_on.setDate(QDate(2026, 12, 11))
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert "recorded" in tab.status.text() and tab.table.rowCount() == 2
    assert mika.consultation is not None
    added = next(r for r in mika.consultation.records() if r.consulted_by == "A.")
    assert added.follow_up_on == date(2026, 12, 11) and added.contact_login == "mika"
    assert not page.contacts.form.isVisibleTo(page)  # staff do not edit the contacts


def test_staff_who_is_no_contact_person_has_no_records_tab(
    qtbot: QtBot, vault: Vault, services: Services
) -> None:
    taro = as_user(vault, services, "taro", Role.STAFF)
    page = make_page(qtbot, taro)
    assert page.records is None and page.cooperation is None
    assert page.tabs.count() == 1
    assert page.contacts.table.rowCount() >= 4  # the contacts are for everyone


def test_a_manager_adds_a_contact_person(
    qtbot: QtBot, vault: Vault, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    boss = as_user(vault, services, "taro", Role.MANAGER)
    page = make_page(qtbot, boss)
    page.show()
    tab = page.contacts
    form = tab.form
    form.kind.setCurrentIndex(form.kind.findData("internal"))
    form.login.setCurrentIndex(form.login.findData("taro"))
    form.phone.setText("内線 9")
    errors: list[BaseException] = []
    monkeypatch.setattr(
        "kasuhara_desktop.ui.duty.consultation_page.show_error", lambda _w, e: errors.append(e)
    )
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert errors == []
    assert "taro" in (boss.consultation.contact_persons() if boss.consultation else set())
    tab.table.selectRow(0)
    assert tab.remove.isEnabled()


def test_cooperation_request_saved_and_printed_off_thread(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = open_cooperation_page(window, services)
    assert isinstance(page, ConsultationPage) and page.cooperation is not None
    assert page.tabs.currentWidget() is page.cooperation
    tab = page.cooperation
    assert not tab.print_button.isEnabled()  # nothing saved yet
    tab.form.employer.setText("株式会社サンプル物流")
    tab.form.what.setPlainText("配送担当の方が大声で暴言を述べました。")
    tab.form.staff.setText("佐藤")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1 and tab.print_button.isEnabled()
    dest = tmp_path / "letter.pdf"
    monkeypatch.setattr(tab, "choose_letter_path", lambda: dest)
    tab.letter_lang.setCurrentIndex(tab.letter_lang.findData("en"))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(dest) in tab.status.text(), timeout=30_000)
    text = "".join(p.extract_text() or "" for p in PdfReader(dest).pages)
    assert "Request for cooperation" in text and "佐藤" not in text
    page.close()


def test_an_incoming_request_cannot_be_printed(qtbot: QtBot, services: Services) -> None:
    assert services.consultation is not None
    services.consultation.save_request(
        CooperationRequest(Direction.INCOMING, date(2026, 12, 2), "株式会社ほか商事")
    )
    page = make_page(qtbot, services)
    tab = page.cooperation
    assert tab is not None
    tab.table.selectRow(0)
    assert not tab.print_button.isEnabled() and not tab.form.draft.isEnabled()


def test_open_returns_a_non_modal_window(qtbot: QtBot, services: Services) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = open_consultation_page(window, services)
    assert page.isVisible() and not page.isModal()
    assert page.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.close()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_screenshots(qtbot: QtBot, services: Services, lang: str, tmp_path: Path) -> None:
    install_translators(lang)
    try:
        page = make_page(qtbot, services)
        page.show()
        shots = Path(os.environ.get("KASUHARA_SCREENSHOTS", tmp_path))
        shots.mkdir(parents=True, exist_ok=True)
        for index, name in ((0, "contacts"), (1, "records"), (2, "cooperation")):
            page.tabs.setCurrentIndex(index)
            assert page.grab().save(str(shots / f"consultation-{name}-{lang}.png"))
    finally:
        install_translators("en")
