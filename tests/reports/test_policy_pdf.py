"""The basic policy on paper: the staff document and the poster (A4, A3) in ja, en and nb."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from kasuhara_desktop.domain.policy import Acknowledgement, TellMethod, ToldRecord, policy_template
from kasuhara_desktop.reports.output import build_pdf_bytes
from kasuhara_desktop.reports.policy import (
    PolicyDocumentData,
    PosterData,
    build_policy_document,
    build_policy_poster,
)

SHOP = "さくらマート 駅前店"
# (a word of the policy text, the told heading, a method, the no-disadvantage statement)
EXPECTED = {
    "ja": ("毅然", "従業員への周知", "会議・朝礼", "不利益な取扱い"),
    "en": ("firmly", "Staff told", "meeting", "disadvantageously"),
    "nb": ("bestemt", "Gjort kjent for de ansatte", "møte", "ufordelaktig"),
}


def document(lang: str, **kw: Any) -> bytes:
    t = policy_template(lang)
    data = PolicyDocumentData(
        shop_name=SHOP, lang=lang, title=t.title, body=t.filled_body(SHOP), version=3,
        adopted_on=date(2026, 10, 1), printed_at=datetime(2026, 11, 2, 16, 0, tzinfo=UTC),
        told=(ToldRecord(version=3, told_on=date(2026, 10, 2), method=TellMethod.MEETING),
              ToldRecord(version=3, told_on=date(2026, 10, 5), method=TellMethod.HANDOUT,
                         who=("佐藤 花子", "Kari Nordmann"))),
        acknowledgements=(Acknowledgement(version=3, name="佐藤 花子",
                                          acknowledged_on=date(2026, 10, 6)),),
        unacknowledged=("鈴木 一郎",), **kw,
    )  # fmt: skip
    return build_pdf_bytes(lambda out: build_policy_document(out, data))


def poster(lang: str, size: str) -> bytes:
    data = PosterData(shop_name=SHOP, lang=lang, adopted_on=date(2026, 10, 1))
    return build_pdf_bytes(lambda out: build_policy_poster(out, data, size))


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_staff_document_text(lang: str, pdf_tools: dict[str, Any]) -> None:
    text = "".join(pdf_tools["text"](document(lang)).split())
    word, told, method, statement = EXPECTED[lang]
    ref = {"ja": "第3版", "en": "Version 3", "nb": "Versjon 3"}[lang]
    for expected in (SHOP, word, told, method, statement, "2026-10-01", "2026-10-05", ref):
        assert "".join(expected.split()) in text, expected
    assert "佐藤花子" in text and "KariNordmann" in text and "鈴木一郎" in text
    # printed in the shop's zone: 16:00 UTC is 01:00 the next day in Tokyo
    assert "2026-11-0301:00" in text


@pytest.mark.parametrize(
    ("lang", "heading", "unconfirmed"),
    [("ja", "法的根拠", "未確認"), ("en", "Legal basis", "not yet confirmed"),
     ("nb", "Rettslig grunnlag", "ikke bekreftet")],
)  # fmt: skip
def test_the_legal_basis_is_printed_with_its_checked_date(
    lang: str, heading: str, unconfirmed: str, pdf_tools: dict[str, Any]
) -> None:
    text = "".join(pdf_tools["text"](document(lang)).split())
    assert heading.replace(" ", "") in text and "33(2)" in text and "2026-10-01" in text
    assert unconfirmed.replace(" ", "") in text and "2026-12-04" in text  # checked on


def test_contacts_are_printed_when_given(pdf_tools: dict[str, Any]) -> None:
    without = "".join(pdf_tools["text"](document("ja")).split())
    assert "相談窓口" not in without
    with_contacts = document("ja", contacts=(("店長 田中", "03-1234-5678"),))
    text = "".join(pdf_tools["text"](with_contacts).split())
    assert "相談窓口" in text and "店長田中:03-1234-5678" in text


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_poster_is_one_page_for_customers(lang: str, size: str, pdf_tools: dict[str, Any]) -> None:
    pdf = poster(lang, size)
    assert pdf_tools["pages"](pdf) == 1
    text = "".join(pdf_tools["text"](pdf).split())
    assert "".join(SHOP.split()) in text and EXPECTED[lang][0] in text
    # nothing internal: no staff names, no records, no staff statements
    for internal in ("佐藤", EXPECTED[lang][1], EXPECTED[lang][3]):
        assert "".join(internal.split()) not in text
    import io

    from pypdf import PdfReader

    width = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)
    assert round(width) == (842 if size == "A3" else 595)


def test_fonts_are_embedded(pdf_tools: dict[str, Any]) -> None:
    for pdf in (document("ja"), poster("nb", "A3")):
        assert all(f["embedded"] for f in pdf_tools["fonts"](pdf).values())


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_pages_render(lang: str, tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    for name, pdf in (("doc", document(lang)), ("poster", poster(lang, "A3"))):
        path = tmp_path / f"{name}_{lang}.pdf"
        path.write_bytes(pdf)
        png = pdf_tools["render"](path, tmp_path / f"{name}_{lang}")
        if png is None:
            pytest.skip("pdftoppm not installed")
        assert png.stat().st_size > 5_000
