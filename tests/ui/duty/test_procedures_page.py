"""Duty > Handling procedures: edit, save as a version, read-only for staff, print off-thread."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.procedures import Situation
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.procedures import ProcedureService
from kasuhara_desktop.services.registry import Services, open_services
from kasuhara_desktop.ui.duty import duty_menu
from kasuhara_desktop.ui.duty.procedures_page import ProceduresPage, open_procedures_page
from kasuhara_desktop.ui.i18n import install_translators
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def services(vault: Vault) -> Services:
    return open_services(vault)


def make_page(qtbot: QtBot, services: Services) -> ProceduresPage:
    page = ProceduresPage(services)
    qtbot.addWidget(page)
    return page


def behaviour_item(page: ProceduresPage, b: Behaviour):  # type: ignore[no-untyped-def]
    for row in range(page.behaviours.count()):
        item = page.behaviours.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == b.value:
            return item
    raise AssertionError(b)


def test_the_menu_has_the_entry() -> None:
    entry = next(e for e in duty_menu.ENTRIES if e.module == "procedures_page")
    assert entry.opener == "open_procedures_page" and entry.name == "proceduresAction"


def test_edits_are_saved_as_a_new_version(qtbot: QtBot, services: Services) -> None:
    page = make_page(qtbot, services)
    assert "not yet adopted" in page.version.text()
    phone = page.situations[Situation.PHONE]
    phone.scripts.add_row("Closing", "Thank you, goodbye.")
    page.min_staff.setValue(3)
    page.phone_limit.setValue(20)
    behaviour_item(page, Behaviour.FILMING_STAFF).setCheckState(Qt.CheckState.Checked)
    page.examples.setPlainText("Shouting at part-timers\n\n")
    page.note.setText("first adoption")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "new version" in page.status.text()
    service = services.procedures
    assert service is not None
    p, c = service.procedures(), service.criteria()
    assert p.version == 1 and p.min_staff == 3 and p.phone_limit_minutes == 20 and p.note
    en = p.texts["en"].playbooks[Situation.PHONE].scripts
    assert en[-1].text == "Thank you, goodbye."
    assert Behaviour.FILMING_STAFF in c.unacceptable_behaviours
    assert c.examples["en"] == ("Shouting at part-timers",)
    assert "Version 1" in page.version.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing changed" in page.status.text()


def test_switching_the_text_language_keeps_both_edits(qtbot: QtBot, services: Services) -> None:
    page = make_page(qtbot, services)
    page.situations[Situation.ONLINE].title.setText("Online (edited)")
    page.language.setCurrentIndex(0)  # ja
    assert page.situations[Situation.ONLINE].title.text() == "インターネット・SNSでの対応"
    page.situations[Situation.ONLINE].title.setText("ネット（編集）")
    page.save()
    assert services.procedures is not None
    texts = services.procedures.procedures().texts
    assert texts["en"].playbooks[Situation.ONLINE].title == "Online (edited)"
    assert texts["ja"].playbooks[Situation.ONLINE].title == "ネット（編集）"


def test_staff_read_only(qtbot: QtBot, vault: Vault, services: Services) -> None:
    staff = Access("aiko", "Aiko", Role.STAFF)
    limited = Services(
        **{
            **services.__dict__,
            "access": staff,
            "procedures": ProcedureService(vault, access=staff),
        }
    )
    page = make_page(qtbot, limited)
    page.show()
    assert not page.save_button.isVisible() and page.print_button.isVisible()
    assert page.situations[Situation.PHONE].steps.isReadOnly()
    assert not page.min_staff.isEnabled()


def test_print_manual_off_the_gui_thread(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, services)
    dest = tmp_path / "manual.pdf"
    monkeypatch.setattr(page, "choose_manual_path", lambda: dest)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert not page.print_button.isEnabled()  # the task is running
    qtbot.waitUntil(page.print_button.isEnabled, timeout=30_000)
    assert str(dest) in page.status.text()
    text = "".join((p.extract_text() or "") for p in PdfReader(dest).pages)
    assert "manual" in text


def test_open_returns_a_non_modal_window(qtbot: QtBot, services: Services) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = open_procedures_page(window, services)
    assert page.isVisible() and not page.isModal()
    assert page.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.close()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_screenshots(qtbot: QtBot, services: Services, lang: str, tmp_path: Path) -> None:
    install_translators(lang)
    try:
        page = make_page(qtbot, services)
        page.language.setCurrentIndex(["ja", "en", "nb"].index(lang))
        page.show()
        shots = Path(os.environ.get("KASUHARA_SCREENSHOTS", tmp_path))
        shots.mkdir(parents=True, exist_ok=True)
        for index, name in ((0, "in-person"), (4, "settings"), (5, "criteria")):
            page.tabs.setCurrentIndex(index)
            assert page.grab().save(str(shots / f"procedures-{name}-{lang}.png"))
    finally:
        install_translators("en")
