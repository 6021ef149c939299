"""Duty > Basic policy: seeded from the template, drafts and adoption, staff told, read-only
for staff, PDFs made off the GUI thread, screenshots in ja/en/nb."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from kasuhara_desktop.domain.policy import TellMethod
from kasuhara_desktop.domain.roles import Role
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.policy import PolicyService
from kasuhara_desktop.services.registry import Services, open_services
from kasuhara_desktop.ui.duty import duty_menu, policy_page
from kasuhara_desktop.ui.duty.policy_dialogs import AckDialog, AdoptDialog, ToldDialog
from kasuhara_desktop.ui.duty.policy_page import PolicyPage, open_policy_page
from kasuhara_desktop.ui.i18n import install_translators
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def services(vault: Vault) -> Services:
    return open_services(vault)


_parents: list[QWidget] = []


def make_page(qtbot: QtBot, service: PolicyService) -> PolicyPage:
    parent = QWidget()
    qtbot.addWidget(parent)
    _parents[:] = [parent]  # the page is its child: keep the parent alive for the test
    return PolicyPage(parent, service)


def pdf_text(path: Path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_the_menu_has_the_entry() -> None:
    entry = next(e for e in duty_menu.ENTRIES if e.module == "policy_page")
    assert (entry.name, entry.opener) == ("policyAction", "open_policy_page")


def test_a_new_logbook_starts_from_the_template(qtbot: QtBot, services: Services) -> None:
    assert services.policy is not None
    page = make_page(qtbot, services.policy)
    assert "No policy adopted" in page.status.text()
    assert "テスト商店" in page.body_edit.toPlainText() and "毅然" in page.body_edit.toPlainText()
    page.language.set_language("nb")  # untouched: the template follows the language
    assert "bestemt" in page.body_edit.toPlainText()
    page.body_edit.setPlainText("Egen tekst")
    page.language.set_language("en")  # typed text is never replaced
    assert page.body_edit.toPlainText() == "Egen tekst"
    assert not page.told_button.isEnabled() and not page.print_button.isEnabled()


def test_save_a_draft_then_adopt_it(qtbot: QtBot, services: Services) -> None:
    service = services.policy
    assert service is not None
    page = make_page(qtbot, service)
    page.body_edit.setPlainText(page.body_edit.toPlainText() + "\n\n5. 追記")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert service.get(1).body.endswith("5. 追記") and not service.get(1).adopted
    assert page.versions.count() == 1 and "draft" in page.versions.item(0).text()
    page.open_adopt()
    dialog = page.findChild(AdoptDialog)
    assert dialog is not None
    dialog.on.setDate(QDate(2026, 1, 15))
    dialog.accept()
    assert service.current() is not None and service.current().version == 1  # type: ignore[union-attr]
    assert service.get(1).adopted_on == date(2026, 1, 15)
    assert "Version 1 adopted on 2026-01-15" in page.status.text()
    # an adopted text is not rewritten: a change is adopted as a new version
    page.body_edit.setPlainText("改訂版")
    page.adopt(date(2026, 2, 1))
    assert [v.version for v in service.versions()] == [1, 2] and service.get(1).body != "改訂版"
    assert page.versions.count() == 2


def test_record_staff_told(qtbot: QtBot, services: Services) -> None:
    service = services.policy
    assert service is not None
    service.adopt_text("方針", "本文", "ja", date(2026, 1, 15))
    page = make_page(qtbot, service)
    assert page.told_button.isEnabled()
    page.open_told()
    dialog = page.findChild(ToldDialog)
    assert dialog is not None
    dialog.on.setDate(QDate(2026, 1, 20))
    dialog.how.setCurrentIndex(dialog.how.findData("handout"))
    dialog.who.setText("佐藤, 鈴木")
    dialog.accept()
    told = service.told()
    assert len(told) == 1 and told[0].method is TellMethod.HANDOUT
    assert told[0].who == ("佐藤", "鈴木") and told[0].told_on == date(2026, 1, 20)
    assert "2026-01-20" in page.status.text()


def test_acknowledgements_from_the_roster(qtbot: QtBot, services: Services, vault: Vault) -> None:
    from kasuhara_desktop.services.training import TrainingService

    service = services.policy
    assert service is not None
    for name in ("佐藤", "鈴木"):
        TrainingService(vault).add_member(name, joined_on=date(2025, 4, 1))
    service.adopt_text("方針", "本文", "ja", date(2026, 1, 15))
    page = make_page(qtbot, service)
    assert "Not yet acknowledged by 2 on the roster" in page.status.text()
    page.open_ack()
    dialog = page.findChild(AckDialog)
    assert dialog is not None and dialog.pending.count() == 2
    dialog.pending.item(0).setCheckState(Qt.CheckState.Checked)  # 佐藤
    dialog.others.setText("Kari, 佐藤")
    dialog.on.setDate(QDate(2026, 1, 16))
    dialog.accept()
    acks = {(a.name, a.acknowledged_on) for a in service.acknowledgements()}
    assert acks == {("佐藤", date(2026, 1, 16)), ("Kari", date(2026, 1, 16))}
    assert "Not yet acknowledged by 1 on the roster" in page.status.text()
    assert "Acknowledgements recorded: 2" in page.message.text()


def test_staff_read_only(qtbot: QtBot, vault: Vault) -> None:
    PolicyService(vault).adopt_text("方針", "本文", "ja", date(2026, 1, 15))
    staff = PolicyService(vault, access=Access("aiko", "Aiko", Role.STAFF))
    page = make_page(qtbot, staff)
    page.show()
    assert page.body_edit.isReadOnly() and page.title_edit.isReadOnly()
    for button in (page.save_button, page.adopt_button, page.told_button, page.ack_button):
        assert not button.isVisible()
    assert page.print_button.isVisible() and page.a3_button.isVisible()
    assert page.body_edit.toPlainText() == "本文"


def test_print_document_and_posters_off_the_gui_thread(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = services.policy
    assert service is not None
    service.adopt_text("方針", "従業員を守ります。", "ja", date(2026, 1, 15))
    page = make_page(qtbot, service)
    for button, name, expected in (
        (page.print_button, "doc.pdf", "従業員を守ります。"),
        (page.a4_button, "a4.pdf", "毅然"),
        (page.a3_button, "a3", "毅然"),  # ".pdf" is added
    ):
        dest = tmp_path / name
        monkeypatch.setattr(policy_page, "choose_save_path", lambda *a, d=dest, **k: d)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert page.tasks.running  # built in the thread pool, not on the GUI thread
        saved = dest if dest.suffix == ".pdf" else dest.with_name(dest.name + ".pdf")
        qtbot.waitUntil(lambda s=saved: str(s) in page.message.text(), timeout=30_000)
        assert expected in pdf_text(saved)
    assert "could not be printed" not in page.message.text()
    assert "不利益" in pdf_text(tmp_path / "doc.pdf")
    assert "不利益" not in pdf_text(tmp_path / "a3.pdf")


def test_unprintable_characters_are_told(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = services.policy
    assert service is not None
    service.adopt_text("方針", "Private use: \ue000", "ja", date(2026, 1, 15))
    page = make_page(qtbot, service)
    dest = tmp_path / "doc.pdf"
    monkeypatch.setattr(policy_page, "choose_save_path", lambda *a, **k: dest)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(dest) in page.message.text(), timeout=30_000)
    assert "could not be printed: U+E000" in page.message.text()


def test_open_returns_a_non_modal_window(qtbot: QtBot, services: Services) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = open_policy_page(window, services)
    assert page.isVisible() and not page.isModal() and page.parent() is window
    assert page.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.close()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_screenshots(qtbot: QtBot, services: Services, lang: str, tmp_path: Path) -> None:
    install_translators(lang)
    try:
        service = services.policy
        assert service is not None
        title, body = service.seed(lang)
        service.adopt_text(title, body, lang, date(2026, 1, 15))
        service.record_told(date(2026, 1, 20), "meeting")
        page = make_page(qtbot, service)
        page.show()
        shots = Path(os.environ.get("KASUHARA_SCREENSHOTS", tmp_path))
        shots.mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(shots / f"policy-{lang}.png"))
    finally:
        install_translators("en")
