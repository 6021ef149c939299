from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_vault
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from kasuhara_desktop.domain.enums import TradeType
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.services.vaults import unlock
from kasuhara_desktop.ui.setup.draft import SetupDraft
from kasuhara_desktop.ui.setup.wizard import SetupWizard
from kasuhara_desktop.ui.widgets.pdf_preview import HAVE_QTPDF
from kasuhara_desktop.vault import kdf
from kasuhara_desktop.vault import vault as vault_module

GOOD = "sakura tsubame 2026 kaminari"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch) -> None:
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.FAST_PARAMS.with_new_salt())
    monkeypatch.setattr(vault_module, "calibrate", lambda *a, **k: kdf.FAST_PARAMS.with_new_salt())


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> SetupWizard:
    draft = SetupDraft(language="en", folder=tmp_path / "Kasuhara")
    w = SetupWizard(draft, switch_language=lambda _code: None)
    qtbot.addWidget(w)
    w.open()
    return w


def go_to_owner_page(wizard: SetupWizard) -> None:
    wizard.next()
    wizard.shop_page.edits["shop_name"].setText("さくらマート 中野店")
    wizard.next()
    wizard.region_page.trade.set_trade(TradeType.INN)
    assert wizard.region_page.trade.note.isVisibleTo(wizard.region_page)
    wizard.next()
    assert wizard.currentPage() is wizard.owner_page


def test_shop_name_is_required(wizard: SetupWizard) -> None:
    wizard.next()
    assert not wizard.shop_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.shop_page.edits["shop_name"].setText("店")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_duty_to_serve_note_only_for_those_trades(wizard: SetupWizard) -> None:
    chooser = wizard.region_page.trade
    for trade in TradeType:
        chooser.set_trade(trade)
        assert chooser.note.isVisibleTo(chooser) == trade.duty_to_serve


def test_weak_or_mismatched_passphrase_blocks_next(wizard: SetupWizard) -> None:
    go_to_owner_page(wizard)
    page = wizard.owner_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.owner.setText("店長 山田")
    page.passphrase.setText("abc")
    page.confirm.setText("abc")
    assert not page.isComplete() and not next_button.isEnabled()
    assert page.meter.score <= 1
    page.passphrase.setText(GOOD)
    page.confirm.setText(GOOD + "x")
    assert not page.isComplete() and not next_button.isEnabled()
    assert page.problem.text()
    page.confirm.setText(GOOD)
    assert page.isComplete() and next_button.isEnabled()
    assert page.meter.score >= 2


def test_accept_creates_vault_and_requires_confirmation(qtbot, wizard, tmp_path) -> None:
    go_to_owner_page(wizard)
    page = wizard.owner_page
    page.owner.setText("店長 山田")
    page.passphrase.setText(GOOD)
    page.confirm.setText(GOOD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    assert wizard.vault is not None
    assert wizard.draft.passphrase == ""
    recovery = wizard.recovery_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not recovery.isComplete() and not finish.isEnabled()

    wizard.reject()  # the logbook exists: cancelling is refused with an explanation
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not recovery.status.text(), timeout=10_000)
    if HAVE_QTPDF:
        qtbot.waitUntil(lambda: recovery.preview.page_count() == 1, timeout=10_000)

    dest = tmp_path / "sheet.pdf"
    recovery.save_to(dest)
    qtbot.waitUntil(lambda: dest.exists() and "sheet.pdf" in recovery.status.text(), timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(dest).pages)
    assert "さくらマート" in text

    recovery.confirm.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        wizard.accept()
    vault = wizard.vault
    assert vault.user == "店長 山田"
    vault.close()
    reopened = unlock(tmp_path / "Kasuhara", user="店長 山田", passphrase=GOOD)
    reopened.close()
    assert not any(p.suffix == ".pdf" for p in (tmp_path / "Kasuhara").rglob("*")), (
        "no copy of the sheet inside the vault"
    )


def test_creation_error_is_shown_and_page_stays(qtbot, wizard, tmp_path) -> None:
    (tmp_path / "Kasuhara").mkdir()
    (tmp_path / "Kasuhara" / "other.txt").write_text("x")
    go_to_owner_page(wizard)
    page = wizard.owner_page
    page.owner.setText("店長")
    page.passphrase.setText(GOOD)
    page.confirm.setText(GOOD)
    wizard.next()
    qtbot.waitUntil(lambda: "not empty" in page.problem.text(), timeout=20_000)
    assert wizard.currentPage() is page and wizard.vault is None


def test_folder_with_a_logbook_is_offered_for_opening(qtbot, tmp_path: Path) -> None:
    existing, _ = make_vault(tmp_path / "Kasuhara")
    existing.close()
    draft = SetupDraft(language="en", folder=tmp_path / "Kasuhara")
    wizard = SetupWizard(draft, switch_language=lambda _code: None)
    qtbot.addWidget(wizard)
    wizard.open()
    # The first page already says so (the suggested folder holds a logbook) ...
    first = wizard.language_page.findChild(QPushButton, "languageOpenExistingButton")
    assert first is not None and first.isVisibleTo(wizard)
    with qtbot.waitSignal(wizard.open_existing, timeout=1000) as first_signal:
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert first_signal.args == [tmp_path / "Kasuhara"]
    # ... and so does the owner page, where the folder is chosen.
    go_to_owner_page(wizard)
    page = wizard.owner_page
    page.owner.setText("店長")
    page.passphrase.setText(GOOD)
    page.confirm.setText(GOOD)
    button = page.findChild(QPushButton, "openExistingButton")
    assert button is not None and button.isVisibleTo(wizard)
    assert page.problem.text() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.open_existing, timeout=1000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [tmp_path / "Kasuhara"]
    # Another, empty folder: a new logbook can be made there; nothing to open.
    page.folder.setText(str(tmp_path / "Second"))
    assert not button.isVisibleTo(wizard) and not page.problem.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_non_empty_folder_without_a_logbook_is_refused_clearly(qtbot, wizard, tmp_path) -> None:
    (tmp_path / "Kasuhara").mkdir()
    (tmp_path / "Kasuhara" / "other.txt").write_text("x")
    go_to_owner_page(wizard)
    page = wizard.owner_page
    page.owner.setText("店長")
    page.passphrase.setText(GOOD)
    page.confirm.setText(GOOD)
    assert page.problem.text() == page.folder_problem() != ""
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.findChild(QPushButton, "openExistingButton").isVisibleTo(wizard)
    assert not wizard.language_page.open_button.isVisibleTo(wizard)


def test_common_password_is_rated_weak_and_blocks_next(wizard) -> None:
    go_to_owner_page(wizard)
    page = wizard.owner_page
    page.owner.setText("店長")
    page.passphrase.setText("password123")
    page.confirm.setText("password123")
    assert page.meter.score == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_next_is_disabled_while_the_logbook_is_created(qtbot, tmp_path: Path) -> None:
    import threading

    release = threading.Event()

    def slow_create(draft: SetupDraft):
        release.wait(10)
        raise ValidationError("stopped by the test")

    draft = SetupDraft(language="en", folder=tmp_path / "Kasuhara")
    wizard = SetupWizard(draft, create_fn=slow_create, switch_language=lambda _code: None)
    qtbot.addWidget(wizard)
    wizard.open()
    go_to_owner_page(wizard)
    page = wizard.owner_page
    page.owner.setText("店長")
    page.passphrase.setText(GOOD)
    page.confirm.setText(GOOD)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    wizard.next()
    try:
        assert page.busy.isVisible() and not next_button.isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=10_000)
    assert next_button.isEnabled() and wizard.currentPage() is page  # failed: try again
