"""Incident editor: every table model passes Qt's model tester, empty, filled and edited."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

sys.path.insert(0, str(Path(__file__).parent))

from helpers import HOSTILE, TOKYO, sample_incident

from kasuhara_desktop.domain.enums import ActionKind, CostKind
from kasuhara_desktop.domain.models import Action, CostEntry, Revision, WitnessStatement
from kasuhara_desktop.ui.editor.history_tab import RevisionsModel, format_snapshot
from kasuhara_desktop.ui.editor.models import (
    ParticipantRow,
    RecordTableModel,
    actions_model,
    costs_model,
    participants_model,
    quotes_model,
    statements_model,
    timeline_model,
)

AT = datetime(2026, 11, 3, 14, 5, tzinfo=TOKYO)


def _user() -> str:
    return "店長"


def filled_models() -> list[tuple[RecordTableModel, list[object]]]:
    inc = sample_incident()
    return [
        (quotes_model("Asia/Tokyo"), list(inc.quotes)),
        (timeline_model("Asia/Tokyo", _user), list(inc.timeline)),
        (participants_model("Asia/Tokyo"), [ParticipantRow.of(p) for p in inc.participants]),
        (
            statements_model("Asia/Tokyo", _user),
            [WitnessStatement(witness=HOSTILE, text="x\n" * 3, given_at=AT)],
        ),
        (
            actions_model("Asia/Tokyo", _user),
            [
                Action(kind=ActionKind.APOLOGY, due=date(2026, 12, 1), done=True),
                Action(ActionKind.NOTE),
            ],
        ),
        (
            costs_model("Asia/Tokyo"),
            [CostEntry(kind=CostKind.ON_SITE, minutes=35, amount_yen=1200)],
        ),
    ]


@pytest.mark.parametrize("number", range(6))
def test_record_models_pass_the_model_tester(qtmodeltester: ModelTester, number: int) -> None:
    model, rows = filled_models()[number]
    qtmodeltester.check(model)  # stays attached: checks every change below
    model.set_items(rows)
    added = model.append()
    last = model.columns[-1].key
    model.set_value(added, last, getattr(model.row(added), last))
    model.remove(0)
    assert model.rowCount() == len(rows)


def test_record_model_shows_codes_by_name_and_long_text_cut() -> None:
    model = quotes_model("Asia/Tokyo")
    inc = sample_incident()
    inc.quotes[0].words = "一行目" * 100 + "\n二行目"
    model.set_items(inc.quotes)
    words = model.index(0, 1).data()
    assert words.endswith("…") and "二行目" not in words
    assert model.index(0, 2).data() == "2026-11-03 14:05"
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole)
    actions = actions_model("Asia/Tokyo", _user)
    actions.set_items([Action(kind=ActionKind.NO_RETURN_NOTICE, done=True)])
    assert actions.index(0, 0).data() != "no_return_notice"
    assert actions.index(0, 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.rows() is not model.rows() and model.rows()[0] is not model.row(0)


def test_revisions_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RevisionsModel()
    qtmodeltester.check(model)  # stays attached: checks the reset below
    model.set_revisions(
        [
            Revision(version=1, at=AT, user="山田", changed=("created",)),
            Revision(version=2, at=AT, user=HOSTILE, changed=("summary", "quotes")),
        ],
        "Asia/Tokyo",
    )
    assert model.index(0, 0).data() == "2"
    assert model.index(0, 2).data() == HOSTILE


def test_snapshot_text_is_plain_and_marks_changes() -> None:
    from kasuhara_desktop.domain.incident_json import incident_to_dict

    data = incident_to_dict(sample_incident(summary=HOSTILE))
    text = format_snapshot(data, ("summary",), "Asia/Tokyo")
    assert f"● What happened: {HOSTILE}" in text
    assert "  Location: レジ前" in text
    assert "Exact words (1)" in text
