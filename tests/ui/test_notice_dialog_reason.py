"""The notice dialog's reason: composed for the person from the record, composed again (naming
staff only when ticked) and per language; an overlapping ban is replaced only when the user
says so."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from helpers import sample_incident
from notice_dialog_support import (  # notices_fixture: the "notices" fixture
    NO,
    NOW,
    YES,
    judge_as_harassment,
    make_dialog,
    notices_fixture,  # noqa: F401
)

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.notice import BanStatus
from kasuhara_desktop.services.notices import NoticeService


def add_incident(service: NoticeService, name: str = "") -> str:
    inc = sample_incident(summary="内部メモ：佐藤が値引きを約束")
    if name:
        person = inc.participants[0].person
        assert person is not None
        person.name = name
    judge_as_harassment(inc)
    return service.incidents.add(inc).reference


def replies(monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> list[str]:
    titles: list[str] = []
    queue = list(answers)

    def fake(parent: Any, title: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        titles.append(title)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", fake)
    return titles


def test_reason_is_composed_and_composed_again(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    reason = dialog.form.reason.toPlainText()
    assert "「馬鹿野郎」" in reason and "内部メモ" not in reason and "佐藤" not in reason
    dialog.form.reason.setPlainText("手で書いた理由")
    dialog.form.name_staff.setChecked(True)
    dialog.form.compose.click()
    assert "対応した従業員：佐藤" in dialog.form.reason.toPlainText()


def test_an_unedited_reason_follows_the_language(qtbot: QtBot, notices: NoticeService) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    combo = dialog.form.language
    combo.setCurrentIndex(combo.findData("nb"))
    assert dialog.form.reason.toPlainText().startswith("- Du ")
    dialog.form.reason.setPlainText("Egen tekst")
    combo.setCurrentIndex(combo.findData("en"))
    assert dialog.form.reason.toPlainText() == "Egen tekst"  # an edit is never overwritten


def test_an_overlapping_ban_is_replaced_only_on_yes(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = notices.issue_json(add_incident(notices, "山田太郎"), {}).notice
    dialog = make_dialog(qtbot, notices, add_incident(notices, "山田 太郎"))
    titles = replies(monkeypatch, NO)
    assert not dialog.issue()
    assert titles == ["Replace the earlier notice?"] and len(notices.list_notices()) == 1
    titles = replies(monkeypatch, YES, YES)
    assert dialog.issue()
    assert notices.get(first.number).status(NOW.date()) is BanStatus.REVOKED
    assert dialog.result_notice is not None
    assert dialog.result_notice.number in notices.get(first.number).revoked_reason


def test_the_panel_says_where_the_pdf_can_go_and_saves_the_certified_text(
    qtbot: QtBot, notices: NoticeService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, notices, add_incident(notices))
    usage = dialog.usage_label.text()
    assert "cannot be sent as paper 内容証明" in usage and "20 characters × 26 lines" in usage
    assert not dialog.certified_button.isEnabled()  # only the issued, numbered notice
    replies(monkeypatch, YES)
    assert dialog.issue() and dialog.certified_button.isEnabled()
    dest = tmp_path / "out" / "naiyo"
    dest.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    dialog.certified_button.click()
    saved = dest.with_name("naiyo.txt").read_bytes()
    assert saved == notices.certified_text("N-2026-0001").encode("utf-8")
    assert "saved to" in dialog.error_label.text()


def test_an_open_accommodation_question_is_explained(qtbot: QtBot, notices: NoticeService) -> None:
    inc = sample_incident()
    a = inc.assessment
    a.facts_confirmed_by = a.judged_by = "店長"
    a.shop_fault, a.demand_related = Answer.NO, Answer.YES
    a.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    inc.offence_answers.clear()
    dialog = make_dialog(qtbot, notices, notices.incidents.add(inc).reference)
    text = dialog.decision_label.text()
    assert text.startswith("Before any ban: whether it could relate to a disability")
    assert "no confirmed harassment verdict" not in text
    assert dialog.form.override.isVisibleTo(dialog.form)
