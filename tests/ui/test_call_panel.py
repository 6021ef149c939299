"""Phone mode: the call timer against the limit (with a moved clock), repeated calls, filing."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from helpers import sample_incident
from wizard_helpers import START, Clock, click, find, label_text, set_text

from kasuhara_desktop.domain.enums import Behaviour, Channel, CostKind, TimelineKind
from kasuhara_desktop.domain.models import Incident, TimelineEntry
from kasuhara_desktop.domain.phone import CallStage
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services import phone as history
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.procedures import ProcedureService
from kasuhara_desktop.services.registry import open_services
from kasuhara_desktop.services.response import ResponseService
from kasuhara_desktop.ui.phone import scripts
from kasuhara_desktop.ui.phone.call_panel import CallPanel, open_call_panel
from kasuhara_desktop.ui.wizard import clock
from kasuhara_desktop.vault.vault import Vault

NUMBER = "090-1234-5678"
# The shop's own words for the limit: the shipped handling procedures' (the manual prints them).
LIMIT_JA = (
    "同じ内容でのお話が30分になりました。"
    "当店でできることはお伝えしましたので、これで通話を終了させていただきます。"
)


@pytest.fixture
def incidents(vault: Vault) -> IncidentService:
    return IncidentService(vault)


@pytest.fixture(autouse=True)
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(clock, "now", fake)
    return fake


def open_panel(qtbot: QtBot, incidents: IncidentService) -> CallPanel:
    panel = CallPanel(incidents, ResponseService(incidents))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def one_call(qtbot: QtBot, panel: CallPanel, now: Clock, minutes: int, words: str = "") -> str:
    click(qtbot, panel, "call_start")
    set_text(panel, "call_number", NUMBER)
    panel.recount()
    if words:
        set_text(panel, "call_words", words)
    now.advance(minutes=minutes)
    click(qtbot, panel, "call_end")
    reference = panel.file()
    assert reference is not None, label_text(panel, "call_error")
    return reference


# ---------------------------------------------------------------- the timer


def test_timer_stages_follow_the_clock(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    panel = open_panel(qtbot, incidents)
    assert "30 min" in label_text(panel, "call_limit")
    assert label_text(panel, "call_elapsed") == "00:00"
    click(qtbot, panel, "call_start")
    assert panel.timer.isActive() and panel.timer.interval() == 1000
    now.advance(minutes=24, seconds=59)
    panel.tick()
    assert label_text(panel, "call_elapsed") == "24:59"
    assert panel.current_stage is CallStage.WITHIN_LIMIT
    assert label_text(panel, "call_script") == ""
    now.advance(seconds=1)
    panel.tick()
    assert panel.current_stage is CallStage.WARN
    assert label_text(panel, "call_script") == scripts.script(CallStage.WARN, "ja")
    assert find(panel, QWidget, "call_stage").property("tone") == "warning"
    now.advance(minutes=5)
    panel.tick()
    assert label_text(panel, "call_elapsed") == "30:00"
    assert panel.current_stage is CallStage.LIMIT_REACHED
    assert label_text(panel, "call_script") == LIMIT_JA
    assert find(panel, QWidget, "call_stage").property("tone") == "error"
    assert "hang up" in label_text(panel, "call_script_meaning")
    language = find(panel, QComboBox, "script_language")
    language.setCurrentIndex(language.findData("en"))
    assert "we will end this call now" in label_text(panel, "call_script")
    language.setCurrentIndex(language.findData("nb"))
    assert "avslutter samtalen" in label_text(panel, "call_script")
    now.advance(hours=1)
    panel.tick()
    assert label_text(panel, "call_elapsed") == "1:30:00"
    click(qtbot, panel, "call_end")
    assert not panel.timer.isActive()
    now.advance(minutes=10)
    panel.tick()
    assert label_text(panel, "call_elapsed") == "1:30:00"  # stopped at the end


def test_the_shops_own_limit(qtbot: QtBot, incidents: IncidentService, now: Clock) -> None:
    profile = incidents.shop_profile()
    profile.call_limit_minutes = 10
    incidents.save_shop_profile(profile)
    panel = open_panel(qtbot, incidents)
    assert "10 min" in label_text(panel, "call_limit")
    click(qtbot, panel, "call_start")
    now.advance(minutes=10)
    panel.tick()
    assert panel.current_stage is CallStage.LIMIT_REACHED
    assert "10分" in label_text(panel, "call_script")  # the procedures' words, with this limit


def test_the_limit_words_are_the_shops_own_procedures(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    """What staff read out is what the shop wrote (Duty → Handling procedures), as typed."""
    service = ProcedureService(incidents.vault)
    doc = service.document()
    doc["procedures"]["texts"]["ja"]["phone_limit_script"] = "%1分を過ぎました。<b>失礼</b>します。"
    service.save_document(doc)
    panel = open_panel(qtbot, incidents)
    click(qtbot, panel, "call_start")
    now.advance(minutes=30)
    panel.tick()
    assert label_text(panel, "call_script") == "30分を過ぎました。<b>失礼</b>します。"
    assert find(panel, QLabel, "call_script").textFormat() == Qt.TextFormat.PlainText
    language = find(panel, QComboBox, "script_language")
    language.setCurrentIndex(language.findData("en"))
    assert "for 30 minutes" in label_text(panel, "call_script")  # the shipped English text


# ---------------------------------------------------------------- filing


def test_file_into_a_new_incident(qtbot: QtBot, incidents: IncidentService, now: Clock) -> None:
    panel = open_panel(qtbot, incidents)
    set_text(panel, "call_caller", "男性（常連）")
    reference = one_call(qtbot, panel, now, 12, "責任者を出せ、毎日電話するぞ")
    inc = incidents.get(reference)
    assert inc.channel is Channel.PHONE
    assert inc.occurred_at == START and inc.ended_at == START + timedelta(minutes=12)
    assert [(e.kind, e.at) for e in inc.timeline] == [
        (TimelineKind.CALL_START, START),
        (TimelineKind.CALL_END, START + timedelta(minutes=12)),
    ]
    assert inc.quotes[0].words == "責任者を出せ、毎日電話するぞ"
    assert inc.quotes[0].speaker == "男性（常連）"
    [caller] = inc.participants
    assert caller.person is not None and caller.person.contact == NUMBER
    assert inc.costs[0].kind is CostKind.PHONE and inc.costs[0].minutes == 12
    assert Behaviour.REPEATED_CALLS not in inc.behaviours
    assert NUMBER in inc.summary
    assert f"Filed into {reference}" in label_text(panel, "call_status")
    assert panel.call is None and label_text(panel, "call_elapsed") == "00:00"


def test_repeated_calls_are_counted_and_recorded(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    panel = open_panel(qtbot, incidents)
    first = one_call(qtbot, panel, now, 3)
    now.advance(days=1)
    second = one_call(qtbot, panel, now, 4)
    assert first != second
    now.advance(days=1)
    click(qtbot, panel, "call_start")
    set_text(panel, "call_number", "+81 90 1234 5678")  # same number, other format
    panel.recount()
    assert panel.count == 3
    assert "3 (this one included)" in label_text(panel, "call_repeat")
    assert find(panel, QWidget, "call_repeat").property("tone") == "warning"
    now.advance(minutes=2)
    third = incidents.get(panel.file() or "")
    assert Behaviour.REPEATED_CALLS in third.behaviours
    # one caller stays one person across incidents
    persons = [incidents.get(r).participants[0].person for r in (first, second, third.reference)]
    assert len({p.id for p in persons if p is not None}) == 1
    assert history.repeat_count(history.gather_calls(incidents, now.at), NUMBER, now.at) == 3


def test_calls_older_than_the_window_do_not_count(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    panel = open_panel(qtbot, incidents)
    one_call(qtbot, panel, now, 2)
    now.advance(days=history.REPEAT_WINDOW.days + 1)
    click(qtbot, panel, "call_start")
    set_text(panel, "call_number", NUMBER)
    panel.recount()
    assert panel.count == 1


def test_count_reads_numbers_from_participants_too(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    inc = sample_incident(channel=Channel.PHONE, occurred_at=START - timedelta(days=1))
    assert inc.participants[0].person is not None
    inc.participants[0].person.contact = "09012345678"
    inc.timeline = [
        TimelineEntry(at=START - timedelta(days=1), kind=TimelineKind.CALL_START),
        TimelineEntry(at=START - timedelta(days=1, minutes=-5), kind=TimelineKind.CALL_END),
    ]
    incidents.add(inc)
    panel = open_panel(qtbot, incidents)
    set_text(panel, "call_number", NUMBER)
    panel.recount()
    assert panel.count == 1
    assert "last 30 days: 1" in label_text(panel, "call_repeat")


def test_file_into_an_existing_incident(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    existing = incidents.add(
        Incident(
            occurred_at=START - timedelta(hours=2), summary="前回の電話", channel=Channel.PHONE
        )
    )
    panel = open_panel(qtbot, incidents)
    assert panel.select_target(existing.reference)
    reference = one_call(qtbot, panel, now, 5, "また電話した")
    assert reference == existing.reference
    inc = incidents.get(existing.reference)
    assert inc.version == existing.version + 1
    assert [e.kind for e in inc.timeline] == [TimelineKind.CALL_START, TimelineKind.CALL_END]
    assert inc.timeline[0].description == NUMBER
    assert inc.quotes[0].words == "また電話した"
    assert len(inc.participants) == 1
    assert incidents.count(IncidentFilter()) == 1
    # a second call into the same incident does not add the caller twice
    panel.select_target(existing.reference)
    one_call(qtbot, panel, now, 1)
    assert len(incidents.get(existing.reference).participants) == 1


def test_filing_refused_keeps_the_call(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    panel = open_panel(qtbot, incidents)
    click(qtbot, panel, "call_start")
    set_text(panel, "call_words", "覚えてろよ")
    panel.target.addItem("K-2099-9999", "K-2099-9999")
    panel.target.setCurrentIndex(panel.target.count() - 1)
    assert panel.file() is None
    assert label_text(panel, "call_error").startswith("Not filed")
    assert panel.call is not None
    assert panel.words.value() == "覚えてろよ"


# ---------------------------------------------------------------- closing and locking


def test_close_with_an_unfiled_call_asks(
    qtbot: QtBot, incidents: IncidentService, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    panel = open_panel(qtbot, incidents)
    click(qtbot, panel, "call_start")
    panel.reject()
    assert asked and panel.isVisible()
    assert panel.timer.isActive()


def test_lock_keeps_the_timer_and_hides_the_caller(
    qtbot: QtBot, incidents: IncidentService, vault: Vault, now: Clock
) -> None:
    panel = open_panel(qtbot, incidents)
    click(qtbot, panel, "call_start")
    set_text(panel, "call_number", NUMBER)
    set_text(panel, "call_words", "ふざけるな")
    panel.stash_for_lock()
    assert panel.timer.isActive()
    assert not find(panel, QWidget, "call_details").isVisible()
    assert "locked" in label_text(panel, "call_locked")
    now.advance(minutes=26)
    panel.tick()
    assert panel.current_stage is CallStage.WARN
    assert panel.file() is None
    panel.restore_after_unlock(open_services(vault))
    assert find(panel, QWidget, "call_details").isVisible()
    reference = panel.file()
    assert reference is not None
    assert incidents.get(reference).quotes[0].words == "ふざけるな"


def test_entry_point(qtbot: QtBot, incidents: IncidentService) -> None:
    panel = open_call_panel(None, incidents, ResponseService(incidents))
    qtbot.addWidget(panel)
    qtbot.waitExposed(panel)
    assert panel.objectName() == "call_panel" and not panel.isModal()
    panel.reject()


def test_the_repeat_line_does_not_move_the_fields(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    """Typing the number mid-call shows the count (one line, then two for a repeat) in a slot
    that is there from the start: the fields below it stay where the user is typing."""
    panel = open_panel(qtbot, incidents)
    one_call(qtbot, panel, now, 2)
    now.advance(hours=1)
    one_call(qtbot, panel, now, 2)
    now.advance(hours=1)
    click(qtbot, panel, "call_start")
    fields = [find(panel, QWidget, n) for n in ("call_caller", "call_words", "call_target")]

    def places() -> list[tuple[int, int]]:
        QApplication.processEvents()
        return [(w.mapTo(panel, w.rect().topLeft()).y(), w.height()) for w in fields]

    before = places()
    assert find(panel, QWidget, "call_repeat").isVisible()
    set_text(panel, "call_number", "03-0000-0000")  # a new number: one line
    panel.recount()
    assert "last 30 days: 1" in label_text(panel, "call_repeat")
    assert places() == before
    set_text(panel, "call_number", NUMBER)  # the third call: the warning takes two lines
    panel.recount()
    assert panel.is_repeated() and "\n" in label_text(panel, "call_repeat")
    assert places() == before
    set_text(panel, "call_number", "")
    panel.recount()
    assert places() == before


def test_reaching_the_warning_and_the_limit_does_not_move_the_fields(
    qtbot: QtBot, incidents: IncidentService, now: Clock
) -> None:
    """The script to read out appears at the warning and changes at the limit, above the
    caller's fields: its slot is kept from the start, so the fields stay put mid-call."""
    panel = open_panel(qtbot, incidents)
    click(qtbot, panel, "call_start")
    fields = [find(panel, QWidget, n) for n in ("call_number", "call_caller", "call_words")]

    def places() -> list[int]:
        QApplication.processEvents()
        return [w.mapTo(panel, w.rect().topLeft()).y() for w in fields]

    before = places()
    for minutes in (25, 6):  # the warning, then the limit
        now.advance(minutes=minutes)
        panel.tick()
        assert label_text(panel, "call_script")
        assert places() == before
