"""Incident editor: saving new and existing incidents with every field, exactly as typed."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent))

from editor_fakes import FIXED_NOW, click, find, open_editor, set_text, text_of
from helpers import HOSTILE, OWNER, sample_incident

from kasuhara_desktop.domain.enums import (
    ActionKind,
    Behaviour,
    Channel,
    CostKind,
    Employment,
    ParticipantRole,
    TimelineKind,
)
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.ui.editor import clock
from kasuhara_desktop.ui.editor.incident_editor import IncidentEditor
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def service(vault: Vault) -> IncidentService:
    return IncidentService(vault)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "now", lambda tz: FIXED_NOW.astimezone(ZoneInfo(tz)))


def choose(dialog: QWidget, name: str, code: str) -> None:
    combo = find(dialog, QComboBox, name)
    index = combo.findData(code)
    assert index >= 0
    combo.setCurrentIndex(index)


def show_tab(dialog: IncidentEditor, key: str) -> None:
    dialog.tabs.setCurrentWidget(dialog.tab_pages[key])


def fill_everything(qtbot: QtBot, d: IncidentEditor, short: str, long: str) -> None:
    """Type into every field of every tab, like a user would (new rows via "Add")."""
    set_text(d, "location", short)
    set_text(d, "summary", long)
    set_text(d, "demand", long)
    choose(d, "channel", Channel.PHONE.value)
    find(d, QCheckBox, "behaviour_threats_abuse").setChecked(True)
    find(d, QCheckBox, "behaviour_refusal_to_leave").setChecked(True)
    click(qtbot, d, "ended_at_now")

    show_tab(d, "quotes")
    click(qtbot, d, "quotes_add")
    set_text(d, "quotes_speaker", short)
    set_text(d, "quotes_words", long)
    set_text(d, "quotes_response", long)
    click(qtbot, d, "quotes_said_at_now")
    find(d, QSpinBox, "quotes_repeat_count").setValue(3)

    show_tab(d, "timeline")
    click(qtbot, d, "now_stop_request")
    set_text(d, "timeline_description", long)
    set_text(d, "timeline_by", short)

    show_tab(d, "participants")
    click(qtbot, d, "participants_add")
    choose(d, "participants_role", ParticipantRole.CUSTOMER.value)
    set_text(d, "participants_person_label", short)
    set_text(d, "participants_person_name", short)
    set_text(d, "participants_person_description", long)
    set_text(d, "participants_person_contact", short)
    set_text(d, "participants_note", short)
    click(qtbot, d, "participants_add")
    choose(d, "participants_role", ParticipantRole.TARGET.value)
    click(qtbot, d, "participants_is_staff")
    set_text(d, "participants_staff_name", short)
    set_text(d, "participants_staff_position", short)
    choose(d, "participants_staff_employment", Employment.CONTRACT.value)
    set_text(d, "participants_staff_contact", short)

    show_tab(d, "statements")
    click(qtbot, d, "statements_add")
    set_text(d, "statements_witness", short)
    set_text(d, "statements_relation", short)
    set_text(d, "statements_taken_by", short)
    set_text(d, "statements_text", long)
    click(qtbot, d, "statements_given_at_now")

    show_tab(d, "actions")
    click(qtbot, d, "actions_add")
    choose(d, "actions_kind", ActionKind.POLICE_REPORT.value)
    set_text(d, "actions_description", long)
    set_text(d, "actions_by", short)
    click(qtbot, d, "actions_at_now")
    find(d, QCheckBox, "actions_due_set").setChecked(True)
    find(d, QCheckBox, "actions_done").setChecked(True)

    show_tab(d, "costs")
    click(qtbot, d, "costs_add")
    choose(d, "costs_kind", CostKind.LAWYER.value)
    find(d, QSpinBox, "costs_minutes").setValue(90)
    find(d, QSpinBox, "costs_amount_yen").setValue(55_000)
    set_text(d, "costs_note", short)


def check_everything(inc: Incident, short: str, long: str) -> None:
    assert (inc.location, inc.summary, inc.demand) == (short, long, long)
    assert inc.channel is Channel.PHONE
    assert inc.behaviours == [Behaviour.THREATS_ABUSE, Behaviour.REFUSAL_TO_LEAVE]
    assert inc.ended_at == FIXED_NOW
    [q] = inc.quotes
    assert (q.speaker, q.words, q.response, q.said_at, q.repeat_count) == (
        short, long, long, FIXED_NOW, 3,
    )  # fmt: skip
    [t] = inc.timeline
    assert (t.at, t.kind, t.description, t.by) == (
        FIXED_NOW, TimelineKind.STOP_REQUEST, long, short,
    )  # fmt: skip
    customer, target = inc.participants
    assert customer.role is ParticipantRole.CUSTOMER and customer.staff is None
    assert customer.person is not None and customer.note == short
    p = customer.person
    assert (p.label, p.name, p.description, p.contact) == (short, short, long, short)
    assert target.role is ParticipantRole.TARGET and target.person is None
    assert target.staff is not None
    s = target.staff
    assert (s.name, s.position, s.employment, s.contact) == (
        short, short, Employment.CONTRACT, short,
    )  # fmt: skip
    [st] = inc.statements
    assert (st.witness, st.relation, st.taken_by, st.text, st.given_at) == (
        short, short, short, long, FIXED_NOW,
    )  # fmt: skip
    [a] = inc.actions
    assert (a.kind, a.description, a.by, a.at, a.done) == (
        ActionKind.POLICE_REPORT, long, short, FIXED_NOW, True,
    )  # fmt: skip
    assert isinstance(a.due, date)
    [c] = inc.costs
    assert (c.kind, c.minutes, c.amount_yen, c.note) == (CostKind.LAWYER, 90, 55_000, short)


def test_new_incident_saves_every_field(qtbot: QtBot, service: IncidentService) -> None:
    d = open_editor(qtbot, service)
    assert d.draft().occurred_at == FIXED_NOW  # a new incident starts "now", shop time
    assert not d.is_dirty()
    fill_everything(qtbot, d, "客A", "馬鹿野郎と3回怒鳴った。\n2行目")
    assert d.is_dirty() and d.isWindowModified()
    with qtbot.waitSignal(d.saved) as signal:
        click(qtbot, d, "editor_save")
    reference = signal.args[0]
    assert reference.startswith("K-2026-")
    stored = service.get(reference)
    assert stored.version == 1 and stored.created_by == OWNER
    assert stored.occurred_at == FIXED_NOW
    check_everything(stored, "客A", "馬鹿野郎と3回怒鳴った。\n2行目")
    assert not d.is_dirty() and not d.isWindowModified()
    assert reference in d.windowTitle()
    assert not find(d, QLabel, "editor_error").isVisible()
    assert reference in find(d, QLabel, "editor_status").text()


def test_hostile_text_in_every_field_round_trips(qtbot: QtBot, service: IncidentService) -> None:
    short = HOSTILE + " \u00a0nbsp \u2028ls\tend "
    long = HOSTILE + "\n" + "長" * 100_000 + "\n<script>alert(1)</script> &lt; 🙂"
    d = open_editor(qtbot, service)
    fill_everything(qtbot, d, short, long)
    with qtbot.waitSignal(d.saved) as signal:
        click(qtbot, d, "editor_save")
    reference = signal.args[0]
    check_everything(service.get(reference), short, long)

    # Reopened, the form shows the same characters and saving it changes nothing.
    again = open_editor(qtbot, service, reference)
    assert text_of(again, "location") == short
    assert text_of(again, "summary") == long
    check_everything(again.draft(), short, long)
    assert not again.is_dirty()
    assert again.save()
    assert service.get(reference).version == 1
    assert find(again, QLabel, "editor_status").textFormat() == Qt.TextFormat.PlainText


def test_untouched_text_is_kept_even_where_a_text_box_would_change_it(
    qtbot: QtBot, service: IncidentService
) -> None:
    odd = "行1\r\n行2\u2029段落 \u00a0"
    saved = service.add(sample_incident(summary=odd, demand=odd, location="a\nb"))
    d = open_editor(qtbot, service, saved.reference)
    assert not d.is_dirty()
    assert (d.draft().summary, d.draft().demand, d.draft().location) == (odd, odd, "a\nb")


def test_editing_existing_incident_updates_with_expected_version(
    qtbot: QtBot, service: IncidentService, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = service.add(sample_incident())
    calls: list[int] = []
    real_update = service.update

    def spy(reference: str, incident: Incident, expected_version: int) -> Incident:
        calls.append(expected_version)
        return real_update(reference, incident, expected_version)

    monkeypatch.setattr(service, "update", spy)
    d = open_editor(qtbot, service, saved.reference)
    assert text_of(d, "summary") == saved.summary
    set_text(d, "summary", "返金要求・暴言（追記）")
    assert d.save()
    set_text(d, "demand", "慰謝料")
    assert d.save()
    assert calls == [1, 2]
    stored = service.get(saved.reference)
    assert (stored.version, stored.summary, stored.demand) == (
        3,
        "返金要求・暴言（追記）",
        "慰謝料",
    )
    # Parts the form did not touch are kept as they were.
    assert stored.quotes == saved.quotes
    assert [p.display_name for p in stored.participants] == ["客A", "佐藤"]


def test_person_is_linked_not_duplicated_on_second_save(
    qtbot: QtBot, service: IncidentService
) -> None:
    d = open_editor(qtbot, service)
    set_text(d, "summary", "二度保存")
    show_tab(d, "participants")
    click(qtbot, d, "participants_add")
    set_text(d, "participants_person_label", "灰色のコートの男")
    assert d.save()
    set_text(d, "participants_person_description", "50代")
    assert d.save()
    assert [p.label for p in service.persons()] == ["灰色のコートの男"]
    assert service.persons()[0].description == "50代"


def test_known_staff_and_person_can_be_picked(qtbot: QtBot, service: IncidentService) -> None:
    service.add(sample_incident())  # puts 客A and 佐藤 into the vault
    d = open_editor(qtbot, service)
    set_text(d, "summary", "同じ客が再来店")
    show_tab(d, "participants")
    click(qtbot, d, "participants_add")
    pick = find(d, QComboBox, "participants_person_pick")
    pick.setCurrentIndex(1)
    pick.activated.emit(1)
    assert text_of(d, "participants_person_label") == "客A"
    click(qtbot, d, "participants_add")
    click(qtbot, d, "participants_is_staff")
    staff_pick = find(d, QComboBox, "participants_staff_pick")
    staff_pick.setCurrentIndex(staff_pick.findText("佐藤"))
    staff_pick.activated.emit(staff_pick.currentIndex())
    assert text_of(d, "participants_staff_name") == "佐藤"
    assert d.save()
    assert len(service.persons()) == 1
    assert [s.name for s in service.staff()].count("佐藤") == 1


def test_ctrl_s_saves(qtbot: QtBot, service: IncidentService) -> None:
    d = open_editor(qtbot, service)
    with qtbot.waitActive(d):
        d.activateWindow()
    set_text(d, "summary", "ショートカットで保存")
    with qtbot.waitSignal(d.saved):
        qtbot.keyClick(
            find(d, QWidget, "summary"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert d.reference
