"""The cooperation letter (art. 33(3)) as a PDF: what it says in each language, typed text
reproduced literally, fonts embedded, one page for an ordinary request."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kasuhara_desktop.domain.cooperation import CooperationRequest, Direction, compose_letter
from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.reports.cooperation_request import build_cooperation_letter
from kasuhara_desktop.reports.output import build_pdf_bytes

HOSTILE = '<b>&amp; "quotes"</b> 🙂'
SHOP = ShopProfile(
    name="ラーメン山田 本店", company="株式会社山田フーズ", address="東京都新宿区西新宿1-1-1",
    phone="03-1234-5678", representative="代表取締役 山田太郎",
)  # fmt: skip
EXPECTED = {
    "ja": ("ご協力のお願い", "貴社", "記録している出来事", "お願いしたいこと", "御中"),
    "en": ("Request for cooperation", "What we recorded", "What we ask", "Attn:"),
    "nb": ("Anmodning om samarbeid", "Hva vi har registrert", "Hva vi ber om", "Att.:"),
}


def letter_pdf(lang: str, **kw: Any) -> bytes:
    values: dict[str, Any] = {
        "direction": Direction.OUTGOING,
        "request_date": date(2026, 12, 1),
        "employer": "株式会社サンプル物流",
        "employer_contact": "人事部",
        "what_happened": f"配送担当の方が大声で暴言を述べました。{HOSTILE}",
        "occurred_on": date(2026, 11, 20),
        "incident_reference": "K-2026-0007",
    }
    values.update(kw)
    letter = compose_letter(CooperationRequest(**values), SHOP, lang)
    return build_pdf_bytes(lambda out: build_cooperation_letter(out, letter))


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_the_letter_says_what_it_should(
    lang: str, pdf_tools: dict[str, Any], tmp_path: Path
) -> None:
    data = letter_pdf(lang)
    text = "".join(pdf_tools["text"](data).split())
    for phrase in (*EXPECTED[lang], "株式会社サンプル物流", "K-2026-0007", "03-1234-5678"):
        assert "".join(phrase.split()) in text, (lang, phrase)
    assert '<b>&amp;"quotes"</b>' in text  # typed text is printed, never read as markup
    assert pdf_tools["pages"](data) == 1
    assert all(f["embedded"] for f in pdf_tools["fonts"](data).values())
    pdf = tmp_path / f"letter-{lang}.pdf"
    pdf.write_bytes(data)
    png = pdf_tools["render"](pdf, tmp_path / f"letter-{lang}", 70)
    assert png is None or png.stat().st_size > 1000  # None: poppler is not installed


def test_what_is_asked_defaults_to_confirming_the_facts(pdf_tools: dict[str, Any]) -> None:
    text = "".join(pdf_tools["text"](letter_pdf("en", what_asked="")).split())
    assert "Pleaseconfirmthefacts" in text
    text = "".join(pdf_tools["text"](letter_pdf("en", what_asked="Call us back")).split())
    assert "Callusback" in text and "Pleaseconfirmthefacts" not in text
