"""Incident editor: one-click times, closing with unsaved text, refused saves, locking, history."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from editor_fakes import FIXED_NOW, click, find, open_editor, set_text, text_of
from helpers import OWNER, PASSPHRASE, sample_incident

from kasuhara_desktop.domain.enums import TimelineKind
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.ui.editor import clock
from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.ui.editor.special_tabs import NOW_KINDS
from kasuhara_desktop.vault.vault import Vault

Button = QMessageBox.StandardButton


@pytest.fixture
def service(vault: Vault) -> IncidentService:
    return IncidentService(vault)


class Clock:
    def __init__(self) -> None:
        self.current = FIXED_NOW

    def __call__(self, tz: str) -> object:
        return self.current.astimezone(ZoneInfo(tz))


@pytest.fixture
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(clock, "now", c)
    return c


class Answers:
    """Replies for the unsaved-changes question, in order; the questions asked are counted."""

    def __init__(self) -> None:
        self.replies: list[Button] = []
        self.asked: list[Button] = []

    def append(self, reply: Button) -> None:
        self.replies.append(reply)

    def __call__(self, *args: object, **kwargs: object) -> Button:
        assert self.replies, "the editor asked a question the test did not expect"
        self.asked.append(self.replies[0])
        return self.replies.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    replies = Answers()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(replies))
    return replies


def test_now_buttons_log_each_step_with_time_and_user(
    qtbot: QtBot, service: IncidentService, fake_clock: Clock
) -> None:
    d = open_editor(qtbot, service)
    d.tabs.setCurrentWidget(d.tab_pages["timeline"])
    for minute, kind in enumerate(NOW_KINDS):
        fake_clock.current = FIXED_NOW + timedelta(minutes=minute)
        click(qtbot, d, f"now_{kind.value}")
    rows = d.draft().timeline
    assert [r.kind for r in rows] == list(NOW_KINDS)
    assert [r.at for r in rows] == [FIXED_NOW + timedelta(minutes=m) for m in range(6)]
    assert {r.by for r in rows} == {OWNER}
    # The newest entry is selected and can be corrected at once.
    assert d.tab_pages["timeline"].current_row() == len(NOW_KINDS) - 1
    set_text(d, "timeline_description", "3回目の退去要求")
    set_text(d, "summary", "退去しない")
    assert d.save()
    stored = service.get(d.reference).timeline
    assert stored[-1].description == "3回目の退去要求"
    assert stored[2].kind is TimelineKind.LEAVE_ORDER
    assert stored[2].at == FIXED_NOW + timedelta(minutes=2)


def test_now_button_on_quote_and_end_time(
    qtbot: QtBot, service: IncidentService, fake_clock: Clock
) -> None:
    d = open_editor(qtbot, service)
    assert d.draft().ended_at is None
    fake_clock.current = FIXED_NOW + timedelta(minutes=35)
    click(qtbot, d, "ended_at_now")
    assert d.draft().ended_at == FIXED_NOW + timedelta(minutes=35)
    d.tabs.setCurrentWidget(d.tab_pages["quotes"])
    click(qtbot, d, "quotes_add")
    click(qtbot, d, "quotes_said_at_now")
    assert d.draft().quotes[0].said_at == FIXED_NOW + timedelta(minutes=35)


def test_close_without_changes_does_not_ask(
    qtbot: QtBot, service: IncidentService, answers: Answers
) -> None:
    d = open_editor(qtbot, service, service.add(sample_incident()).reference)
    click(qtbot, d, "editor_close")
    assert not d.isVisible()


@pytest.mark.parametrize("how", ["button", "escape", "window"])
def test_cancel_keeps_the_dialog_and_the_text(
    qtbot: QtBot, service: IncidentService, answers: Answers, how: str
) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "summary", "書きかけの記録")
    answers.append(Button.Cancel)
    if how == "button":
        click(qtbot, d, "editor_close")
    elif how == "escape":
        qtbot.keyClick(d, Qt.Key.Key_Escape)
    else:
        d.close()
    assert answers.asked == [Button.Cancel]
    assert d.isVisible()
    assert text_of(d, "summary") == "書きかけの記録"


def test_discard_closes_without_saving(
    qtbot: QtBot, service: IncidentService, answers: Answers
) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "summary", "捨てる")
    answers.append(Button.Discard)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible()
    assert service.vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


def test_save_on_close_saves_then_closes(
    qtbot: QtBot, service: IncidentService, answers: Answers
) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "summary", "閉じる前に保存")
    answers.append(Button.Save)
    with qtbot.waitSignal(d.saved):
        d.close()
    assert not d.isVisible()
    assert service.get(d.reference).summary == "閉じる前に保存"


def test_save_on_close_that_fails_keeps_the_dialog_open(
    qtbot: QtBot, service: IncidentService, answers: Answers
) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "demand", "要求だけ書いた")  # the summary is required
    answers.append(Button.Save)
    d.close()
    assert d.isVisible()
    assert find(d, QLabel, "editor_error").isVisible()
    assert text_of(d, "demand") == "要求だけ書いた"


def test_validation_error_names_the_field_and_keeps_all_text(
    qtbot: QtBot, service: IncidentService
) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "summary", "返金要求")
    set_text(d, "location", "レジ前")
    d.tabs.setCurrentWidget(d.tab_pages["quotes"])
    click(qtbot, d, "quotes_add")
    set_text(d, "quotes_speaker", "客A")  # but no words
    d.tabs.setCurrentIndex(0)
    assert not d.save()
    error = find(d, QLabel, "editor_error")
    assert error.isVisible()
    assert "Exact words, row 1" in error.text() and "must not be empty" in error.text()
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert d.tabs.currentWidget() is d.tab_pages["quotes"]  # taken to the field
    assert (text_of(d, "summary"), text_of(d, "location")) == ("返金要求", "レジ前")
    assert text_of(d, "quotes_speaker") == "客A"
    assert d.is_dirty()
    # Fixing it and saving again works and clears the message.
    set_text(d, "quotes_words", "馬鹿野郎")
    assert d.save()
    assert not error.isVisible()


def test_text_over_the_limit_is_refused_not_cut(qtbot: QtBot, service: IncidentService) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "summary", "長い場所")
    set_text(d, "location", "場" * 2_500)
    assert not d.save()
    assert "Location" in find(d, QLabel, "editor_error").text()
    assert text_of(d, "location") == "場" * 2_500


def test_stale_version_says_so_and_keeps_the_text(qtbot: QtBot, service: IncidentService) -> None:
    saved = service.add(sample_incident())
    d = open_editor(qtbot, service, saved.reference)
    other = service.get(saved.reference)
    other.demand = "別の人が変更"
    service.update(saved.reference, other, other.version)  # now version 2
    set_text(d, "summary", "私の変更")
    assert not d.save()
    error = find(d, QLabel, "editor_error").text()
    assert "someone else saved this incident" in error
    assert text_of(d, "summary") == "私の変更"
    assert d.is_dirty()
    stored = service.get(saved.reference)
    assert (stored.version, stored.summary, stored.demand) == (2, saved.summary, "別の人が変更")


def test_lock_keeps_typed_text_including_an_unsaved_new_row(
    qtbot: QtBot, vault: Vault, vault_dir: Path, answers: Answers
) -> None:
    service = IncidentService(vault)
    d = open_editor(qtbot, service)
    set_text(d, "summary", "ロック前に入力")
    d.tabs.setCurrentWidget(d.tab_pages["statements"])
    click(qtbot, d, "statements_add")
    set_text(d, "statements_witness", "田中")
    set_text(d, "statements_text", "大声を聞いた")

    d.stash_for_lock()
    vault.close()
    assert d.is_locked
    assert find(d, QLabel, "editor_locked").isVisible()
    assert not find(d, QWidget, "editor_content").isVisible()  # nothing readable on screen
    assert not find(d, QWidget, "editor_save").isEnabled()
    assert not d.save()
    stash = d.stashed_draft
    assert stash is not None and stash.summary == "ロック前に入力"
    assert stash.statements[0].text == "大声を聞いた"
    # Closing while locked offers no "Save"; Cancel keeps everything.
    answers.append(Button.Cancel)
    d.close()
    assert d.isVisible()

    reopened = Vault.open(vault_dir, user=OWNER, passphrase=PASSPHRASE)
    try:
        d.restore_after_unlock(open_services(reopened))
        assert not d.is_locked
        assert find(d, QWidget, "editor_content").isVisible()
        assert text_of(d, "summary") == "ロック前に入力"
        assert text_of(d, "statements_witness") == "田中"
        assert text_of(d, "statements_text") == "大声を聞いた"
        assert d.save()
        stored = IncidentService(reopened).get(d.reference)
        assert stored.statements[0].witness == "田中"
    finally:
        reopened.close()


def test_history_lists_versions_with_who_and_what_changed(
    qtbot: QtBot, service: IncidentService
) -> None:
    d = open_editor(qtbot, service)
    history = d.tabs.indexOf(d.history)
    assert not d.tabs.isTabEnabled(history)  # nothing saved yet
    set_text(d, "summary", "最初の記録")
    assert d.save()
    set_text(d, "summary", "<b>訂正</b> & 追記")
    assert d.save()
    assert d.tabs.isTabEnabled(history)
    d.tabs.setCurrentIndex(history)
    table = find(d, QTableView, "history_table")
    model = table.model()
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert cells[0][0] == "2" and cells[1][0] == "1"  # newest first
    assert cells[0][2] == OWNER
    assert cells[0][3] == "What happened"
    assert cells[1][3] == "Created"
    table.selectRow(0)
    snapshot = find(d, QPlainTextEdit, "history_snapshot").toPlainText()
    assert "● What happened: <b>訂正</b> & 追記" in snapshot
    table.selectRow(1)
    snapshot = find(d, QPlainTextEdit, "history_snapshot").toPlainText()
    assert "What happened: 最初の記録" in snapshot


def test_editor_for_existing_incident_shows_its_reference(
    qtbot: QtBot, service: IncidentService
) -> None:
    saved = service.add(sample_incident())
    d: IncidentEditor = open_editor(qtbot, service, saved.reference)
    assert saved.reference in d.windowTitle()
    assert d.draft().quotes == saved.quotes


def test_ctrl_digit_logs_a_timeline_step_from_anywhere(
    qtbot: QtBot, service: IncidentService, fake_clock: Clock
) -> None:
    d = open_editor(qtbot, service)
    with qtbot.waitActive(d):
        d.activateWindow()
    summary = find(d, QWidget, "summary")
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert d.tabs.currentWidget() is d.tab_pages["timeline"]
    [entry] = d.draft().timeline
    assert (entry.kind, entry.at, entry.by) == (TimelineKind.LEAVE_ORDER, FIXED_NOW, OWNER)


def test_japanese_typed_through_the_input_method_is_kept(
    qtbot: QtBot, service: IncidentService
) -> None:
    d = open_editor(qtbot, service)
    for name in ("summary", "location"):
        widget = find(d, QWidget, name)
        widget.setFocus()
        composing = QInputMethodEvent("ばかやろう", [])
        QApplication.sendEvent(widget, composing)
        done = QInputMethodEvent()
        done.setCommitString("馬鹿野郎")
        QApplication.sendEvent(widget, done)
    assert (d.draft().summary, d.draft().location) == ("馬鹿野郎", "馬鹿野郎")
    assert d.is_dirty()


def test_enter_in_a_field_neither_saves_nor_closes(qtbot: QtBot, service: IncidentService) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "location", "レジ前")
    set_text(d, "summary", "Enter")
    qtbot.keyClick(find(d, QWidget, "location"), Qt.Key.Key_Return)
    assert d.isVisible() and not d.reference


def test_ticking_an_unknown_time_starts_at_now(
    qtbot: QtBot, service: IncidentService, fake_clock: Clock
) -> None:
    d = open_editor(qtbot, service)
    fake_clock.current = FIXED_NOW + timedelta(hours=1)
    find(d, QCheckBox, "ended_at_set").setChecked(True)
    assert d.draft().ended_at == FIXED_NOW + timedelta(hours=1)
    find(d, QCheckBox, "ended_at_set").setChecked(False)
    assert d.draft().ended_at is None


def test_end_before_start_is_refused_and_points_at_the_end_time(
    qtbot: QtBot, service: IncidentService, fake_clock: Clock
) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "summary", "時刻の誤り")
    fake_clock.current = FIXED_NOW - timedelta(hours=2)
    click(qtbot, d, "ended_at_now")
    assert not d.save()
    assert find(d, QLabel, "editor_error").text().startswith("Not saved. Ended:")
    assert text_of(d, "summary") == "時刻の誤り"
