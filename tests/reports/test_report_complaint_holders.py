"""The report's complaint row names each holder, their period, and the day it counts from."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from helpers import report_data
from pypdf import PdfReader

from kasuhara_desktop.domain.element_answers import ElementAnswer
from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.offences import suggest_offences
from kasuhara_desktop.reports.incident_report import build_incident_report
from kasuhara_desktop.services.reports import legal_data

TODAY = date(2026, 11, 28)


def report_text(lang: str, shop: date | None, staff: date | None) -> str:
    data = report_data()
    inc = data.incident
    inc.behaviours = [Behaviour.THREATS_ABUSE, Behaviour.SNS_POST]
    inc.offence_answers = {
        code: ElementAnswer(True, by="店長")
        for code in ("in_front_of_others", "insult", "reputation_fact")
    }
    inc.offender_known_on, inc.offender_known_to_staff_on = shop, staff
    offences = suggest_offences(inc, legal_data().articles, today=TODAY)
    out = io.BytesIO()
    build_incident_report(out, replace(data, incident=inc, offences=offences), lang)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in pages))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_each_holder_has_their_own_period_counted_from_their_day() -> None:
    body = report_text("en", shop=date(2026, 1, 5), staff=date(2026, 11, 3))
    # 230 and 231: the company's period has ended, the clerk's runs.
    assert flat("the shop (the company): the period ended on 2026-07-05") in body
    assert flat("counted from 2026-01-05, the day recorded") in body
    assert flat("the staff member harmed: by 2027-05-03, if wanted (156 days left") in body
    assert body.count(flat("the staff member harmed: by 2027-05-03")) == 2  # 230 and 231
    assert body.count(flat("the shop (the company): the period ended on 2026-07-05")) == 2


def test_an_unrecorded_day_says_the_period_cannot_be_counted() -> None:
    body = report_text("en", shop=None, staff=date(2026, 11, 3))
    assert flat("the shop (the company): the day they learned who the offender is is not") in body


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ja", ["店（会社）：犯人を知った日が記録されていない", "被害を受けた店員：告訴を"]),
        ("nb", ["butikken (selskapet): dagen da de fikk vite", "den rammede ansatte: innen"]),
    ],
)
def test_the_holder_lines_are_in_the_reports_language(lang: str, words: list[str]) -> None:
    body = report_text(lang, shop=None, staff=date(2026, 11, 3))
    for word in words:
        assert flat(word) in body
