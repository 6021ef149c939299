"""The report's offence section: element by element, suggestions marked, neutral wording."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import make_vault, sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.models import Quote
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.reports import ReportService, build_incident_pdf


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("legal")
    vault, _key = make_vault(folder / "vault")
    try:
        inc = sample_incident()
        inc.behaviours = [Behaviour.PHYSICAL_ATTACK]
        inc.quotes = [Quote("客", "ＳＮＳで晒してやる")]
        inc.offence_answers = {"injury": ElementAnswer(False, by="店長 山田")}
        ref = IncidentService(vault).add(inc).reference
        job = ReportService(vault).prepare_incident(ref)
        out: dict[str, bytes] = {}
        for lang in ("ja", "en"):
            buf = io.BytesIO()
            build_incident_pdf(job, buf, lang)
            out[lang] = buf.getvalue()
        return out
    finally:
        vault.close()


def test_english_report_shows_elements_with_their_records(pdfs: dict[str, bytes]) -> None:
    body = flat(pdf_text(pdfs["en"]))
    assert flat("Element by element") in body
    # A suggestion, in the record's own (full-width) words, to be confirmed; not a finding.
    assert flat("suggested from: 「ＳＮＳで晒してやる」 (to be confirmed)") in body
    assert flat("[on record] Was physical force directed at a person") in body
    assert flat("not a legal conclusion") in body
    assert "Art.204" not in body  # the injury was answered "no"


def test_japanese_report_uses_neutral_wording(pdfs: dict[str, bytes]) -> None:
    body = flat(pdf_text(pdfs["ja"]))
    assert "要件ごとの記録" in body and "記録上あり" in body and "未確認" in body
    assert "該当する記録" not in body and "告訴してください" not in body


def test_a_page_renders(pdfs: dict[str, bytes], tmp_path: Path) -> None:
    """Render the pages to PNG (looked at by hand when the section changes)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    src = tmp_path / "r.pdf"
    src.write_bytes(pdfs["en"])
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(src), str(tmp_path / "p")], check=True)
    assert list(tmp_path.glob("p*.png"))


def test_each_article_says_when_and_against_what_it_was_checked(pdfs: dict[str, bytes]) -> None:
    en, ja = flat(pdf_text(pdfs["en"])), flat(pdf_text(pdfs["ja"]))
    # 208 (the blow) rests on copies of the statute and a court decision: the reader sees both,
    # and that the official text has not been compared yet.
    assert flat("Checked 2026-12-04 against reported court decisions and commentary") in en
    assert flat("(not yet against the official text)") in en
    assert flat("東京高判昭和25年6月10日") in en and flat("東京高判昭和25年6月10日") in ja
    assert flat("This entry has not been verified against the official text.") in en
    assert flat("公式の条文とはまだ照合していません") in ja
    # The transitional note on 拘禁刑 carries its own check.
    assert flat("elaws.jp") in en


def test_the_complaint_section_says_a_damage_report_does_not_stop_the_period(
    tmp_path: Path,
) -> None:
    vault, _key = make_vault(tmp_path / "vault")
    try:
        inc = sample_incident()
        inc.behaviours = [Behaviour.PROPERTY_DAMAGE]  # art. 261: complaint only
        job = ReportService(vault).prepare_incident(IncidentService(vault).add(inc).reference)
        texts = {}
        for lang in ("ja", "en"):
            buf = io.BytesIO()
            build_incident_pdf(job, buf, lang)
            texts[lang] = flat(pdf_text(buf.getvalue()))
    finally:
        vault.close()
    assert flat("A damage report to the police (被害届) is not a complaint") in texts["en"]
    assert flat("does not stop the six months") in texts["en"]
    assert flat("被害届は告訴ではなく、出しても6か月の期間は止まりません") in texts["ja"]
    assert flat("刑事訴訟法241条") in texts["ja"] and "kuwahara-law.com" in texts["ja"]
