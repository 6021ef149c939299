"""The period summary's counts are true: a harassment verdict counts as judged only once the
facts are confirmed, a cut cell says how much was cut in the document's language, and long
names are shortened in tables."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import TOKYO, make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.assessment import Answer, MannerFlag
from kasuhara_desktop.domain.models import Incident
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_summary_pdf
from kasuhara_desktop.vault.vault import Vault

LONG = 20_000


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def harassment(day: int, confirmed: bool, summary: str = "暴言") -> Incident:
    inc = sample_incident(summary=summary)
    inc.occurred_at = datetime(2026, 5, day, 12, 0, tzinfo=TOKYO)
    inc.assessment.shop_fault = Answer.NO
    inc.assessment.demand_related = Answer.YES
    inc.assessment.manner = {MannerFlag.VIOLENT_OR_THREATENING}
    if confirmed:
        inc.assessment.facts_confirmed_by = "店長"
    return inc


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    v, _ = make_vault(tmp_path_factory.mktemp("counts") / "v")
    service = IncidentService(v)
    service.add(harassment(1, confirmed=True))
    service.add(harassment(2, confirmed=True))
    for day in (3, 4, 5):  # drafts: harassment by the answers, but nobody confirmed the facts
        service.add(harassment(day, confirmed=False))
    long = harassment(6, confirmed=False, summary="あ" * LONG + "\n二行目")
    long.staff_care = [StaffCare("佐" * 300, follow_ups=[FollowUp(date(2026, 6, 1), "面談")])]
    service.add(long)
    yield v
    v.close()


def summary_text(vault: Vault, lang: str, pdf_tools: dict[str, Any]) -> str:
    data = ReportService(vault).prepare_summary(date(2026, 5, 1), date(2026, 5, 31))
    out = io.BytesIO()
    build_summary_pdf(data, out, lang)
    return flat(pdf_tools["text"](out.getvalue()))


CONFIRMED = {
    "ja": ("カスハラと判断（事実確認済み）2", "カスハラの可能性（事実未確認）4", "うち事実未確認"),
    "en": (
        "Judged as harassment (facts confirmed)2",
        "Possible harassment (facts not confirmed)4",
        "Of which facts not confirmed",
    ),
    "nb": (
        "Vurdert som trakassering (fakta bekreftet)2",
        "Mulig trakassering (fakta ikke bekreftet)4",
        "Herav fakta ikke bekreftet",
    ),
}


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_only_confirmed_judgements_count_the_rest_is_shown_apart(
    vault: Vault, lang: str, pdf_tools: dict[str, Any]
) -> None:
    data = ReportService(vault).prepare_summary(date(2026, 5, 1), date(2026, 5, 31))
    assert [i.facts_confirmed for i in data.incidents] == [True, True, False, False, False, False]
    text = summary_text(vault, lang, pdf_tools)
    judged, possible, column = CONFIRMED[lang]
    assert flat(judged) in text  # not 6: four of them are drafts nobody confirmed
    assert flat(possible) in text
    assert flat(column) in text  # the verdict table says how many rest on unconfirmed facts


CUT = {
    "ja": "…（ほか19,844文字）",
    "en": "… (+19,844 more characters)",
    "nb": "… (+19 844 tegn til)",
}


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_a_cut_cell_says_how_much_was_cut_in_the_documents_language(
    vault: Vault, lang: str, pdf_tools: dict[str, Any]
) -> None:
    text = summary_text(vault, lang, pdf_tools)
    # 20,000 characters on the first line and 4 after it; the list shows 160 of them
    shown = LONG + 4 - 160
    assert shown == 19_844
    assert flat(CUT[lang]) in text
    assert "characters)" not in text or lang == "en"
    assert "(+40" not in text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_long_names_are_shortened_in_tables(
    vault: Vault, lang: str, pdf_tools: dict[str, Any]
) -> None:
    text = summary_text(vault, lang, pdf_tools)
    assert "佐" * 40 in text
    assert "佐" * 41 not in text
    assert flat({"ja": "（ほか260文字）", "en": "(+260 more characters)"}[lang]) in text


def test_first_page_shows_both_counts(
    vault: Vault, tmp_path: Path, pdf_tools: dict[str, Any]
) -> None:
    data = ReportService(vault).prepare_summary(date(2026, 5, 1), date(2026, 5, 31))
    pdf = tmp_path / "summary.pdf"
    with pdf.open("wb") as f:
        build_summary_pdf(data, f, "ja")
    png = pdf_tools["render"](pdf, tmp_path / "page1")
    if png is None:
        pytest.skip("pdftoppm is not installed")
    assert png.stat().st_size > 5_000


@pytest.mark.parametrize("lang", ["ja", "nb"])
def test_the_shop_heads_the_summary(vault: Vault, lang: str) -> None:
    data = ReportService(vault).prepare_summary(date(2026, 5, 1), date(2026, 5, 31))
    out = io.BytesIO()
    build_summary_pdf(data, out, lang)
    first = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert first.splitlines()[0].strip() == data.shop.name
