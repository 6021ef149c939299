"""The notice as paper 内容証明 text: at most 20 characters a row and 26 rows a page, Japanese
only (the English block of a two-language reason is left out), no row starting with 、。 or a
closing bracket, everything the notice says."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import sample_incident

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import Addressee, Issuer, Notice
from kasuhara_desktop.domain.notice_reason import compose_reason
from kasuhara_desktop.reports.notice import default_wording
from kasuhara_desktop.reports.notice_certified import (
    COLUMNS,
    LINES,
    NO_LINE_START,
    certified_pages,
    certified_text,
    wrap,
)

JA = default_wording("ja")


def notice(**changes: object) -> Notice:
    n = Notice(
        incident_reference="K-2026-0001",
        addressee=Addressee(name="山田 太郎", address="東京都新宿区西新宿2-8-1"),
        issuer=Issuer("さくらマート", company="株式会社さくら商事",
                      address="東京都新宿区新宿3-1-1", phone="03-1234-5678"),
        issue_date=date(2026, 11, 28), valid_from=date(2026, 11, 28),
        valid_until=date(2027, 11, 27), reason=compose_reason(sample_incident(), ("ja", "en")),
        objection_contact="株式会社さくら商事、東京都新宿区新宿3-1-1、03-1234-5678",
        languages=("ja", "en"), number="N-2026-0001", incident_date=date(2026, 11, 3),
    )  # fmt: skip
    for key, value in changes.items():
        setattr(n, key, value)
    return n


def test_pages_of_20_by_26_in_japanese_only() -> None:
    n = notice(reason=compose_reason(sample_incident(), ("ja", "en")) + "\n\n" + "長い説明。" * 80)
    pages = certified_pages(n, JA)
    assert len(pages) >= 2
    for page in pages:
        assert len(page) <= LINES and page[0] != ""
        for row in page:
            assert len(row) <= COLUMNS, row
            assert not row or row[0] not in NO_LINE_START, row
    text = "".join("".join(p) for p in pages)
    phrases = ("出入禁止通知書", "山田太郎殿", "令和9年11月27日まで", "「馬鹿野郎」と発言しました",
               "刑法第130条（建造物侵入罪・不退去罪）", "03-1234-5678", "N-2026-0001")  # fmt: skip
    for phrase in phrases:
        assert phrase in text.replace(" ", ""), phrase
    assert "You" not in text and "What we did" not in text  # the English block is left out


def test_text_file_has_form_feeds_between_pages_and_crlf() -> None:
    n = notice(reason="長い説明。" * 120)
    text = certified_text(n, JA)
    pages = text.split("\f")
    assert len(pages) == len(certified_pages(n, JA)) >= 2
    assert all(len(p.rstrip("\r\n").split("\r\n")) <= LINES for p in pages)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")


def test_kinsoku_moves_the_break_back() -> None:
    rows = wrap("あ" * 19 + "い。う")
    assert rows == ["あ" * 19, "い。う"]
    assert wrap("") == [""]


def test_no_japanese_version_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^languages: 内容証明"):
        certified_text(notice(languages=("en",)), JA)
