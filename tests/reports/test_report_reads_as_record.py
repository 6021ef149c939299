"""The incident report reads as a record, not as a database: field names in words, the
preparer's name, the shop at the head, one timeline with unbroken times, counters only where
a step was repeated, and notice labels that match their values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.enums import TimelineKind
from kasuhara_desktop.domain.models import Incident, ShopProfile, TimelineEntry
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.notices import NoticeService
from kasuhara_desktop.services.reports import ReportService, prepared_by


def incident() -> Incident:
    """A judged case (harassment, facts confirmed) with a repeated order to leave."""
    inc = sample_incident()
    start = inc.occurred_at
    inc.timeline = [
        TimelineEntry(at=start + timedelta(minutes=minutes, seconds=seconds), kind=kind,
                      description=text, by="店長")
        for minutes, seconds, kind, text in (
            (5, 0, TimelineKind.STOP_REQUEST, "1回目の中止要求"),
            (8, 0, TimelineKind.LEAVE_ORDER, "最初の退去要求"),
            (12, 30, TimelineKind.LEAVE_ORDER, "二度目の退去要求"),
            (20, 0, TimelineKind.POLICE_CALL, "110番"),
            (25, 0, TimelineKind.POLICE_ARRIVED, "警察官到着の記録"),
            (30, 0, TimelineKind.CUSTOMER_LEFT, "退店"),
        )
    ]  # fmt: skip
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    inc.assessment.facts_confirmed_by = inc.assessment.judged_by = "店長"
    return inc


SHOP = "さくらマート 駅前店"
ADDRESS = "東京都千代田区丸の内1-1-1"
MANAGER = "山田 太郎"
LANGS = ("ja", "en", "nb")


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("record")
    vault, _ = make_vault(folder / "v", SHOP)
    try:
        service = IncidentService(vault)
        profile = replace(service.shop_profile(), address=ADDRESS, representative=MANAGER)
        service.save_shop_profile(profile)
        saved = service.add(incident())
        saved.location = "レジ前（2番）"
        saved.quotes = []
        saved = service.update(saved.reference, saved, saved.version)
        NoticeService(vault).issue_json(saved.reference, {})
        out = {}
        for lang in LANGS:
            out[lang] = folder / f"report_{lang}.pdf"
            ReportService(vault).write_incident_report(saved.reference, out[lang], lang)
        yield out
    finally:
        vault.close()


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def section(text: str, start: str, end: str) -> str:
    body = flat(text)
    i = body.index(flat(start))
    return body[i : body.index(flat(end), i)]


HISTORY = {
    "ja": ("新規作成", "場所、発言"),
    "en": ("Created", "Location, Exact words"),
    "nb": ("Opprettet", "Sted, Nøyaktige ord"),
}
HEADINGS = {
    "ja": ("変更履歴", "改ざんがないことの確認方法"),
    "en": ("Revision history", "How to check"),
    "nb": ("Endringshistorikk", "Slik kontrollerer"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_revision_history_names_fields_in_words(reports: dict[str, Path], lang: str) -> None:
    start, end = HEADINGS[lang]
    history = section(text_of(reports[lang]), start, end)
    first, second = HISTORY[lang]
    assert flat(first) in history and flat(second) in history
    assert "created" not in history and "quotes" not in history and "location" not in history


PREPARED = {"ja": "作成者", "en": "Prepared by", "nb": "Utarbeidet av"}


@pytest.mark.parametrize("lang", LANGS)
def test_prepared_by_is_the_persons_name_and_the_shop_heads_the_report(
    reports: dict[str, Path], lang: str
) -> None:
    first_page = PdfReader(reports[lang]).pages[0].extract_text()
    assert flat(PREPARED[lang] + MANAGER) in flat(first_page)
    lines = [line.strip() for line in first_page.splitlines() if line.strip()]
    assert lines[0] == SHOP  # the letterhead comes before the title
    assert lines[1].startswith(ADDRESS)


def test_prepared_by_falls_back_to_the_login() -> None:
    assert prepared_by(ShopProfile(name=SHOP, representative=MANAGER), "owner") == MANAGER
    assert prepared_by(ShopProfile(name=SHOP, representative="  "), "owner") == "owner"


ESCALATION = {
    "ja": ("中止の要求・退去の要求・警察への通報", "判断（厚生労働省"),
    "en": ("Requests to stop, orders to leave, police", "Assessment (MHLW"),
    "nb": ("Krav om å slutte, pålegg om å gå, politiet", "Vurdering ("),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_timeline_appears_once(reports: dict[str, Path], lang: str) -> None:
    text = text_of(reports[lang])
    start, end = ESCALATION[lang]
    counts = section(text, start, end)
    for description in (
        "1回目の中止要求",
        "最初の退去要求",
        "二度目の退去要求",
        "110番",
        "警察官到着の記録",
    ):
        assert flat(text).count(description) >= 1
        assert description not in counts  # the escalation section counts; it does not repeat
    assert flat({"ja": "計2回", "en": "2 in all", "nb": "2 i alt"}[lang]) in counts


COUNTERS = {
    "ja": (["退去の要求（1回目）", "退去の要求（2回目）"],
           ["中止の要求（1回目）", "警察への通報（1回目）", "警察到着（1回目）"]),
    "en": (["Ordered to leave no. 1", "Ordered to leave no. 2"],
           ["Asked to stop no. 1", "Police called no. 1", "Police arrived no. 1"]),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_counters_only_where_a_step_was_repeated(reports: dict[str, Path], lang: str) -> None:
    body = flat(text_of(reports[lang]))
    repeated, single = COUNTERS[lang]
    assert all(flat(c) in body for c in repeated)
    assert not [c for c in single if flat(c) in body]


TIMELINE = {"ja": ("時系列", "2026-11-03"), "en": ("Timeline", "2026-11-03"),
            "nb": ("Tidslinje", "03.11.2026 kl.")}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_times_in_the_timeline_do_not_wrap(reports: dict[str, Path], lang: str) -> None:
    lines = [line.strip() for line in text_of(reports[lang]).splitlines()]
    heading, day = TIMELINE[lang]
    rows = lines[lines.index(heading) : lines.index(ESCALATION[lang][0])]
    for time in ("14:10", "14:13", "14:17:30", "14:25", "14:30", "14:35"):
        found = [line for line in rows if time in line]
        assert found == [f"{day} {time}"], (time, found)  # date and time on one line


NOTICE = {
    "ja": ("発行者（発行日時）", "{who}（{when}）"),
    "en": ("Issued by, on", "{who}, {when}"),
    "nb": ("Utstedt av, den", "{who}, {when}"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_notice_entry_label_matches_its_value(reports: dict[str, Path], lang: str) -> None:
    """The label names both parts of the value: who issued the notice, and when."""
    lines = [line.strip() for line in text_of(reports[lang]).splitlines()]
    label, shape = NOTICE[lang]
    value = lines[lines.index(label) + 1]
    pattern = re.escape(shape).replace(r"\{who\}", ".+").replace(r"\{when\}", r".*\d\d:\d\d.*")
    assert re.fullmatch(pattern, value), value


def test_pages_render(reports: dict[str, Path], tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    png = pdf_tools["render"](reports["ja"], tmp_path / "page1")
    if png is None:
        pytest.skip("pdftoppm is not installed")
    assert png.stat().st_size > 5_000
