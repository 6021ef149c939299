"""The period summary: sections, counts, charts in the embedded font, page numbers, periods."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import TOKYO, make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.assessment import Answer, MannerFlag, Verdict
from kasuhara_desktop.domain.enums import Behaviour, Channel, CostKind
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.models import CostEntry, Incident
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.reports import charts
from kasuhara_desktop.reports.report_data import SummaryData
from kasuhara_desktop.reports.summary import LIST_LIMIT, months
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.period_summary import (
    build_summary_pdf,
    month_range,
    period_presets,
    quarter_range,
)
from kasuhara_desktop.services.reports import ReportService
from kasuhara_desktop.vault.vault import Vault

HOSTILE = '<b>&</b> "q" 🙂 עברית'
SECTIONS = {
    "en": [
        "Key figures",
        "Incidents by month",
        "Incidents by behaviour",
        "Incidents by channel",
        "Incidents by verdict",
        "Staff time and money by month",
        "Staff follow-ups not done",
        "Active no-entry notices",
        "Incidents in the period",
    ],
    "ja": [
        "主な数値",
        "月別の事案数",
        "行為別の事案数",
        "経路別の事案数",
        "判断別の事案数",
        "月別の対応時間と支出額",
        "未了の従業員フォローアップ",
        "有効な出入禁止通知書",
        "期間内の事案",
    ],
    "nb": [
        "Nøkkeltall",
        "Hendelser per måned",
        "Hendelser etter atferd",
        "Hendelser etter kanal",
        "Hendelser etter konklusjon",
        "Ansattes tid og penger per måned",
        "Oppfølging av ansatte som ikke er utført",
        "Gjeldende adgangsforbud",
        "Hendelser i perioden",
    ],
}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def incident(month: int, day: int, i: int, harassment: bool) -> Incident:
    inc = sample_incident(summary=f"件{i:02d} {HOSTILE}")
    inc.occurred_at = datetime(2026, month, day, 12, 0, tzinfo=TOKYO)
    inc.channel = [Channel.IN_PERSON, Channel.PHONE, Channel.ONLINE][i % 3]
    inc.behaviours = [Behaviour.THREATS_ABUSE] if i % 2 else [Behaviour.REPEATED_CALLS]
    inc.costs = [
        CostEntry(CostKind.ON_SITE, minutes=30),
        CostEntry(CostKind.DAMAGE, amount_yen=1000),
    ]
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.facts_confirmed_by = "店長"
    if harassment:
        inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING, MannerFlag.PERSISTENT}
    return inc


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _ = make_vault(tmp_path_factory.mktemp("summary") / "v")
    service = IncidentService(vault)
    plan = [(1, 5), (1, 20), (2, 3), (3, 9), (3, 10), (3, 31)]
    for i, (month, day) in enumerate(plan):
        inc = incident(month, day, i, harassment=i < 4)
        if i == 0:
            inc.staff_care = [StaffCare("佐藤", follow_ups=[FollowUp(date(2026, 2, 1), HOSTILE)])]
        service.add(inc)
    service.add(incident(4, 1, 99, harassment=True))  # outside the first quarter
    yield vault
    vault.close()


def build(
    vault: Vault, lang: str, start: date = date(2026, 1, 1), end: date = date(2026, 3, 31)
) -> tuple[SummaryData, bytes]:
    data = ReportService(vault).prepare_summary(start, end)
    out = io.BytesIO()
    build_summary_pdf(data, out, lang)
    return data, out.getvalue()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_every_section_is_there(filled: Vault, lang: str, pdf_tools: dict[str, Any]) -> None:
    _data, pdf = build(filled, lang)
    text = flat(pdf_tools["text"](pdf))
    assert [s for s in SECTIONS[lang] if flat(s) not in text] == []
    fonts = pdf_tools["fonts"](pdf)
    assert fonts and all(f["embedded"] for f in fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)  # chart labels too


def test_counts_follow_the_period(filled: Vault) -> None:
    data, pdf = build(filled, "en")
    assert len(data.incidents) == 6
    assert sum(1 for i in data.incidents if i.verdict.is_harassment) == 4
    assert {i.verdict for i in data.incidents} == {
        Verdict.NO_BASIS_UNACCEPTABLE_MANNER,
        Verdict.NO_BASIS_ACCEPTABLE_MANNER,
    }
    assert [f.staff_name for f in data.follow_ups] == ["佐藤"]
    text = pdf_text(pdf)
    body = flat(text)
    for label in ("2026-01", "2026-02", "2026-03"):
        assert label in text
    assert "2026-04" not in text
    assert flat("Staff time spent 3 h 00 min") in body
    assert flat("Money spent ¥6,000") in body
    assert text.count('<b>&</b> "q"') >= 7  # six list rows and the follow-up note


def test_pages_are_numbered_with_the_period(filled: Vault) -> None:
    _data, pdf = build(filled, "ja")
    pages = PdfReader(io.BytesIO(pdf)).pages
    for n, page in enumerate(pages, 1):
        text = page.extract_text()
        assert f"{n} / {len(pages)}" in text
        assert "2026-01-01〜2026-03-31" in text


def test_an_empty_period_still_makes_a_summary(filled: Vault) -> None:
    data, pdf = build(filled, "en", date(2025, 1, 1), date(2025, 12, 31))
    assert data.incidents == ()
    assert flat("No incident is recorded in this period.") in flat(pdf_text(pdf))


def test_a_reversed_period_is_refused(filled: Vault) -> None:
    with pytest.raises(ValidationError, match="starts after it ends"):
        ReportService(filled).prepare_summary(date(2026, 3, 1), date(2026, 1, 1))


def test_active_bans_come_from_the_notices_service(tmp_path: Path) -> None:
    from kasuhara_desktop.services.notices import NoticeService

    vault, _ = make_vault(tmp_path / "v")
    try:
        inc = sample_incident()
        inc.occurred_at = datetime.now(TOKYO).replace(microsecond=0) - timedelta(days=1)
        inc.assessment.shop_fault = Answer.NO
        inc.assessment.demand_related = Answer.YES
        inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING}
        inc.assessment.facts_confirmed_by = inc.assessment.judged_by = "店長"
        saved = IncidentService(vault).add(inc)
        number = NoticeService(vault).issue_json(saved.reference, {}).notice.number
        today = datetime.now(TOKYO).date()
        dest = tmp_path / "s.pdf"
        data = ReportService(vault).write_summary(today.replace(day=1), today, dest, "en")
    finally:
        vault.close()
    assert [b.number for b in data.bans or ()] == [number]
    assert number in pdf_text(dest.read_bytes())


def test_long_lists_are_capped_with_a_note(filled: Vault) -> None:
    data = ReportService(filled).prepare_summary(date(2026, 1, 1), date(2026, 3, 31))
    many = tuple(data.incidents) * (LIST_LIMIT // len(data.incidents) + 1)
    out = io.BytesIO()
    from dataclasses import replace

    build_summary_pdf(replace(data, incidents=many), out, "en")
    body = flat(pdf_text(out.getvalue()))
    assert flat(f"The first {LIST_LIMIT} of {len(many)} incidents are listed") in body


def test_periods() -> None:
    assert month_range(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert quarter_range(date(2026, 11, 28)) == (date(2026, 10, 1), date(2026, 12, 31))
    presets = period_presets(date(2026, 1, 15))
    assert presets["last_month"] == (date(2025, 12, 1), date(2025, 12, 31))
    assert presets["this_quarter"] == (date(2026, 1, 1), date(2026, 3, 31))
    assert presets["this_year"] == (date(2026, 1, 1), date(2026, 12, 31))
    assert months(date(2025, 11, 30), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]


def test_chart_helpers() -> None:
    assert (
        charts.nice_step(3) == 1 and charts.nice_step(40) == 10 and charts.nice_step(9000) == 2000
    )
    font = "Helvetica"
    assert charts.fit_label("short", font, 8, 100) == "short"
    long = charts.fit_label("a very long behaviour label " * 3, font, 8, 60)
    assert long.endswith("…") and len(long) < 30
    empty = charts.pie_chart(["a"], [0], font=font, width=200, empty_text="none")
    assert empty.height == 40
    many = charts.column_chart(
        [f"2026-{m:02d}" for m in range(1, 37)], list(range(36)), font=font, width=200, height=120
    )
    assert many.width == 200


def test_first_page_renders(filled: Vault, tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(build(filled, "ja")[1])
    png = pdf_tools["render"](pdf, tmp_path / "page")
    if png is None:
        pytest.skip("poppler is not installed")
    assert png.stat().st_size > 5_000
