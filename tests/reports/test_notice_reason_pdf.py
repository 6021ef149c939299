"""The composed reason as printed: each language version says what the person did, with the
exact words and times, and nothing from the internal summary or the staff's names."""

from __future__ import annotations

import io
from datetime import date

import pytest
from helpers import sample_incident
from pypdf import PdfReader

from kasuhara_desktop.domain.notice import Addressee, Issuer, Notice
from kasuhara_desktop.domain.notice_reason import compose_reason
from kasuhara_desktop.reports.notice import NoticeRender, build_notice_bytes, default_wording

SUMMARY = "店長の佐藤が誤って値引きを約束した"


def text_of(languages: tuple[str, ...]) -> str:
    inc = sample_incident(summary=SUMMARY)
    n = Notice(
        incident_reference="K-2026-0001", addressee=Addressee(name="山田 太郎"),
        issuer=Issuer("さくらマート", address="東京都新宿区新宿3-1-1", phone="03-1234-5678"),
        issue_date=date(2026, 11, 28), valid_from=date(2026, 11, 28),
        valid_until=date(2027, 11, 27), reason=compose_reason(inc, languages),
        objection_contact="さくらマート、東京都新宿区新宿3-1-1、03-1234-5678",
        languages=languages, incident_date=date(2026, 11, 3),
    )  # fmt: skip
    pdf = build_notice_bytes(NoticeRender(n, {x: default_wording(x) for x in languages}))
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "".join("".join(p.extract_text() or "" for p in pages).split())


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (("ja",), ["威圧的な言動・暴言を行いました",
                   "「馬鹿野郎」と発言しました（14時05分頃、計3回）",
                   "14時05分、行為をやめるよう求めました", "当店の記録によるもの"]),
        (("en",), ["Youthreatenedorverballyabusedamemberofstaff", "Yousaid\u201c馬鹿野郎\u201d",
                   "At14:05weaskedyoutostop", "asrecordedbytheshop"]),
        (("nb",), ["Dutruetellerskjelteutenansatt", "Dusa«馬鹿野郎»", "Kl.14.05bavidegslutte",
                   "slikbutikkenharregistrert"]),
        (("ja", "en"), ["「馬鹿野郎」と発言しました", "At14:05weaskedyoutostop"]),
    ],
)  # fmt: skip
def test_printed_reason_speaks_to_the_addressee(
    languages: tuple[str, ...], expected: list[str]
) -> None:
    text = text_of(languages)
    for phrase in expected:
        assert phrase in text
    assert "値引き" not in text and "佐藤" not in text
    assert "東京都新宿区新宿3-1-1" in text and "03-1234-5678" in text
