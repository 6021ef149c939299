"""The notice wording editor: load per language, save only changes, refuse bad placeholders
inline, ask before discarding, reset to the shipped wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from kasuhara_desktop.reports.notice import default_wording, wording_keys
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.ui.notices import open_wording_editor
from kasuhara_desktop.ui.notices.wording_editor import WordingEditor
from kasuhara_desktop.vault.vault import Vault

HOSTILE = '<b>&</b> "q" 🙂 עברית'


@pytest.fixture
def notices(vault: Vault) -> NoticeService:
    return NoticeService(vault)


def make(qtbot: QtBot, notices: NoticeService) -> WordingEditor:
    editor = WordingEditor(notices)
    qtbot.addWidget(editor)
    editor.open()
    return editor


def reply(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def test_every_key_has_a_box_with_the_text_in_use(qtbot: QtBot, notices: NoticeService) -> None:
    editor = make(qtbot, notices)
    assert set(editor.edits) == set(wording_keys())
    assert editor.edits["title"].toPlainText() == "出入禁止通知書"
    assert editor.findChild(type(editor.edits["body"]), "wording_body") is editor.edits["body"]
    assert "{date}" in editor.edits["reason_intro"].toolTip()
    assert not editor.dirty


def test_save_stores_only_changes(qtbot: QtBot, notices: NoticeService) -> None:
    editor = make(qtbot, notices)
    editor.edits["title"].setPlainText(HOSTILE)
    assert editor.dirty
    assert editor.save()
    assert notices.edited_wording("ja") == {"title": HOSTILE}
    assert not editor.dirty and "Saved" in editor.error.text()


def test_bad_placeholder_is_refused_inline(qtbot: QtBot, notices: NoticeService) -> None:
    editor = make(qtbot, notices)
    editor.edits["reason_intro"].setPlainText("{name}の行為")
    editor.save_button.click()
    assert editor.error.text().startswith("wording.ja.reason_intro:")
    assert notices.edited_wording("ja") == {}
    assert editor.edits["reason_intro"].toPlainText() == "{name}の行為"  # nothing typed is lost


def test_switching_language_asks_before_discarding(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = make(qtbot, notices)
    editor.edits["body"].setPlainText("変更")
    reply(monkeypatch, QMessageBox.StandardButton.Cancel)
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.language.currentData() == "ja" and editor.edits["body"].toPlainText() == "変更"
    reply(monkeypatch, QMessageBox.StandardButton.Discard)
    editor.language.setCurrentIndex(editor.language.findData("nb"))
    assert editor.edits["title"].toPlainText() == default_wording("nb")["title"]
    assert not editor.dirty


def test_reset_to_the_default(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices.set_wording("en", {"title": "Ban", "seal": "Stamp"})
    editor = make(qtbot, notices)
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.edits["title"].toPlainText() == "Ban"
    reply(monkeypatch, QMessageBox.StandardButton.No)
    assert not editor.reset()
    assert notices.edited_wording("en") == {"title": "Ban", "seal": "Stamp"}
    reply(monkeypatch, QMessageBox.StandardButton.Yes)
    editor.reset_button.click()
    assert notices.edited_wording("en") == {}
    assert editor.edits["title"].toPlainText() == "No-Entry Notice"


def test_entry_point(qtbot: QtBot, notices: NoticeService) -> None:
    editor = open_wording_editor(None, notices)
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.isVisible()
    editor.close()
