"""Page flow of the incident report: page 1 is not left nearly empty after the cover, and a
table never ends a page with its header and a cut first row."""

from __future__ import annotations

import io

import pytest
from helpers import report_data
from pypdf import PdfReader
from reportlab.platypus import Spacer

from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.reports.incident_report import build_incident_report
from kasuhara_desktop.reports.report_parts import FRAME_HEIGHT, Parts, build_story
from kasuhara_desktop.reports.styles import make_document, make_styles, page_decorator
from kasuhara_desktop.reports.wording import Wording

SUMMARY_HEADING = {"en": "Summary", "ja": "概要", "nb": "Sammendrag"}


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def report_pdf(lang: str) -> bytes:
    shop = ShopProfile(name="テスト商店", address="東京都千代田区1-2-3")
    out = io.BytesIO()
    build_incident_report(out, report_data(shop=shop, prepared_by="店長 山田"), lang)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_the_summary_follows_the_cover_on_page_one(lang: str) -> None:
    pages = page_texts(report_pdf(lang))
    heading = SUMMARY_HEADING[lang]
    assert "K-2026-0042" in pages[0]
    # The heading line itself (a word "Summary" elsewhere on the cover would not count).
    assert heading in [line.strip() for line in pages[0].splitlines()], pages[0]


def table_pdf(space_above: float, first_row: str) -> bytes:
    """A one-table document whose table starts ``space_above`` points below the page top."""
    w = Wording("en", "Asia/Tokyo")
    p = Parts(make_styles(), w)
    rows = [["10:00", first_row], ["10:05", "SECONDROW"], ["10:10", "THIRDROW"]]
    table = p.table(["HEADTIME", "HEADWHAT"], rows, [1, 4])
    out = io.BytesIO()
    doc = make_document(out, title="t", subject="s", lang="en", author="a")
    build_story(doc, [Spacer(1, space_above), table], page_decorator("R", "footer"))
    return out.getvalue()


def test_a_table_never_ends_a_page_with_its_header_and_a_cut_first_row() -> None:
    first_row = "FIRSTSTART " + "words in a long first row " * 40 + "FIRSTEND"
    checked = 0
    # Step the table down the page so that, for some positions, the header and a line or two of
    # the first row fit at the foot of page 1 but the whole row does not.
    for space in range(int(FRAME_HEIGHT) - 160, int(FRAME_HEIGHT) - 10, 12):
        pages = page_texts(table_pdf(space, first_row))
        header_page = next(i for i, t in enumerate(pages) if "HEADTIME" in t)
        start_page = next(i for i, t in enumerate(pages) if "FIRSTSTART" in t)
        end_page = next(i for i, t in enumerate(pages) if "FIRSTEND" in t)
        assert header_page == start_page == end_page, (space, header_page, start_page, end_page)
        checked += 1
    assert checked > 5


def test_a_row_taller_than_a_page_is_still_split_rather_than_lost() -> None:
    huge = "HUGESTART " + "a very long statement that goes on " * 400 + "HUGEEND"
    pages = page_texts(table_pdf(100, huge))
    text = "\n".join(pages)
    assert "HUGESTART" in text and "HUGEEND" in text and "THIRDROW" in text
    assert len(pages) >= 2
    # Each continuation page starts with the repeated header.
    assert all("HEADTIME" in t for t in pages if "a very long statement" in t)
