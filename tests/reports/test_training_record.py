"""The training record and the case-study handout: what they say in ja, en and nb, the
no-disadvantage statement, hostile text printed literally, and pages that render."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.training import (
    CHECKLIST,
    CaseStudy,
    EmploymentKind,
    RosterMember,
    TrainingSession,
    TrainingSettings,
    member_status,
)
from kasuhara_desktop.reports.staff_statements import statement_texts
from kasuhara_desktop.reports.training_record import (
    TrainingRecordData,
    build_case_study_handout,
    build_training_record,
)
from tests.helpers import HOSTILE

TODAY = date(2026, 12, 4)
EXPECT = {
    "ja": ("研修記録", "受講が必要な人", "未受講", "期限切れ", "パート・アルバイト"),
    "en": ("training record", "Who needs training", "Never trained", "Overdue", "Part-time"),
    "nb": ("opplæringslogg", "Hvem trenger opplæring", "Aldri opplært", "Forfalt", "Deltid"),
}


def data() -> TrainingRecordData:
    members = [
        RosterMember("山田 太郎", EmploymentKind.FULL_TIME, date(2020, 4, 1), id=1),
        RosterMember("Kari Nordmann æøå", EmploymentKind.PART_TIME, date(2025, 1, 1), id=2),
        RosterMember("佐藤 花子", EmploymentKind.TEMPORARY, date(2024, 1, 1), id=3),
        RosterMember("退職 者", EmploymentKind.PART_TIME, date(2020, 1, 1), date(2026, 1, 1), id=4),
    ]
    sessions = (
        TrainingSession(
            date(2026, 6, 1),
            "電話対応の打ち切り方",
            "外部講師",
            90,
            notes=HOSTILE,
            attendee_ids=(1,),
            id=2,
        ),
        TrainingSession(date(2025, 6, 1), "方針の説明", "店長", 30, attendee_ids=(3,), id=1),
    )
    attended = {1: [date(2026, 6, 1)], 3: [date(2025, 6, 1)]}
    return TrainingRecordData(
        shop_name="さくらマート",
        made_on=TODAY,
        settings=TrainingSettings(),
        sessions=sessions,
        statuses=tuple(member_status(m, attended.get(m.id or 0, []), TODAY) for m in members),
        attendee_names={2: ("山田 太郎",), 1: ("佐藤 花子",)},
        made_by="店長",
    )


def record(lang: str) -> bytes:
    out = io.BytesIO()
    build_training_record(out, data(), lang)
    return out.getvalue()


def handout(lang: str) -> bytes:
    case = CaseStudy(
        title="事例：〔顧客〕による長時間の電話",
        text="〔顧客〕が「<b>責任者を出せ</b>」と3時間話した。",
        checked_by="yamada", checked_at=datetime(2026, 12, 1, 9, tzinfo=ZoneInfo("Asia/Tokyo")),
        checklist={i.value: True for i in CHECKLIST}, id=7,
    )  # fmt: skip
    out = io.BytesIO()
    build_case_study_handout(out, case, "さくらマート", TODAY, lang)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_record_says_who_needs_training(lang: str, pdf_tools: dict[str, Any]) -> None:
    text = pdf_tools["text"](record(lang))
    flat = "".join(text.split())
    for s in EXPECT[lang]:
        assert "".join(s.split()) in flat, s
    for s in ("電話対応の打ち切り方", "山田太郎", "KariNordmannæøå", "佐藤花子", "2026-06-01"):
        assert s in flat, s
    assert "退職者" not in flat  # someone who left is not listed
    assert "<b>bold</b>" in text  # hostile notes printed literally
    title = statement_texts(lang)["no_disadvantage_title"]
    assert "".join(title.split()) in flat


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_handout_prints_the_checked_case_and_the_statement(
    lang: str, pdf_tools: dict[str, Any]
) -> None:
    flat = "".join(pdf_tools["text"](handout(lang)).split())
    assert "<b>責任者を出せ</b>" in flat and "yamada" in flat and "2026-12-01" in flat
    assert "".join(statement_texts(lang)["privacy_title"].split()) in flat


def test_an_unchecked_case_study_is_never_printed() -> None:
    with pytest.raises(ValueError, match="unchecked"):
        build_case_study_handout(io.BytesIO(), CaseStudy("t", "x"), "店", TODAY, "ja")


def test_fonts_are_embedded(pdf_tools: dict[str, Any]) -> None:
    for pdf in (record("nb"), handout("ja")):
        assert all(f["embedded"] for f in pdf_tools["fonts"](pdf).values())


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_pages_render(lang: str, tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    for name, pdf in (("record", record(lang)), ("handout", handout(lang))):
        path = tmp_path / f"{name}_{lang}.pdf"
        path.write_bytes(pdf)
        png = pdf_tools["render"](path, tmp_path / f"{name}_{lang}")
        if png is None:
            pytest.skip("pdftoppm not installed")
        assert png.stat().st_size > 5_000
