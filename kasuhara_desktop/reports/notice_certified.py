"""The notice as text in the paper 内容証明 (certified-content mail) format.

Paper 内容証明 takes plain text only (no images, tables or seal boxes drawn by a program),
in Japanese, at most 20 characters a line and 26 lines a page; the post office checks the
count, and the sender brings three identical copies. So this is a separate text, not the PDF:
the same particulars and wording (the shop's Japanese wording), laid out 20 × 26, pages
separated by a form feed and numbered. The printed PDF (two languages side by side, the
photo, the receipt slip) is for handing over in the shop or sending by ordinary mail or
email; e-内容証明 (online) needs its own Word/PDF layout with at least 10.5 pt text, which this
program does not produce.

Each character takes one square (half-width letters and digits too, the safe count); a row
never starts with 、。 or a closing bracket (kinsoku): the break moves back a character
instead, so no row is ever longer than 20.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import Notice

from .notice_wording import fill, format_date

COLUMNS = 20
LINES = 26
# Punctuation, closing brackets and small kana never start a row (・ may: it starts bullets).
_PUNCTUATION = "、。，．：；？！）」』】〕〉》’”ー～"
_SMALL_KANA = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
NO_LINE_START = set(_PUNCTUATION + _SMALL_KANA)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _is_japanese(block: str) -> bool:
    """More Japanese characters than Latin letters (an English block quoting 「馬鹿野郎」
    is still English)."""
    latin = sum(1 for c in block if c.isascii() and c.isalpha())
    return len(_CJK.findall(block)) >= latin and bool(_CJK.search(block))


def japanese_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` that are Japanese (a composed two-language reason holds an
    English or Norwegian block too: 内容証明 is Japanese only)."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [b for b in blocks if _is_japanese(b)]


def wrap(line: str, width: int = COLUMNS) -> list[str]:
    """``line`` in rows of at most ``width`` characters; no row starts with 、。 or a closing
    bracket (the break moves back a character)."""
    chars = [c for c in unicodedata.normalize("NFC", line) if c not in "\r\t"]
    rows: list[str] = []
    while len(chars) > width:
        cut = width
        while cut > 1 and chars[cut] in NO_LINE_START:
            cut -= 1
        rows.append("".join(chars[:cut]))
        chars = chars[cut:]
    rows.append("".join(chars))
    return rows


def certified_lines(n: Notice, wording: Mapping[str, str]) -> list[str]:
    """The notice's Japanese text as rows of at most 20 characters (blank rows between
    sections).

    Raises:
        ValidationError: the notice has no Japanese version (paper 内容証明 is Japanese only).
    """
    if "ja" not in n.languages:
        raise ValidationError(
            "languages: 内容証明 (certified-content mail) takes Japanese text only; issue the "
            "notice with a Japanese version (ja or ja+en) to send it that way."
        )
    w = wording
    a, i = n.addressee, n.issuer
    day = n.incident_date or n.issue_date
    period = (
        fill(w, "period_indefinite", **{"from": format_date(n.valid_from, "ja")})
        if n.valid_until is None
        else fill(w, "period_range", **{"from": format_date(n.valid_from, "ja"),
                                        "until": format_date(n.valid_until, "ja")})
    )  # fmt: skip
    premises = n.premises or [fill(w, "premises_this_shop", shop=i.shop)]
    reason = japanese_paragraphs(n.reason) or [n.reason]
    sections: list[list[str]] = [
        [w["title"]],
        [f"{w['number_label']}　{n.number or w['number_pending']}",
         f"{w['date_label']}　{format_date(n.issue_date, 'ja')}"],
        [f"{w['addressee_label']}　" + (a.name + w["name_suffix"] if a.name else w["name_unknown"])]
        + ([f"{w['address_label']}　{a.address}"] if a.address else [])
        + ([f"{w['description_label']}　{a.description}"] if a.description and not a.name else []),
        [f"{w['premises_label']}　" + "、".join(premises)],
        [f"{w['period_label']}　{period}"],
        [w["reason_label"],
         fill(w, "reason_intro", date=format_date(day, "ja"), shop=i.shop,
              incident=n.incident_reference),
         *reason, w["reason_closing"]],
        [w["body"]],
        [w["breach_heading"], w["breach"]],
        [w["objection_heading"], w["objection"],
         f"{w['objection_contact_label']}　{n.objection_contact}"],
        [w["issuer_label"]]
        + [f"{w[k]}　{v}" for k, v in (("company_label", i.company), ("shop_label", i.shop),
                                       ("address_label", i.address), ("phone_label", i.phone),
                                       ("representative_label", i.representative)) if v],
        [w["closing"]] if w["closing"] else [],
    ]  # fmt: skip
    rows: list[str] = []
    for section in sections:
        if not section:
            continue
        if rows:
            rows.append("")
        for paragraph in section:
            for line in paragraph.splitlines() or [""]:
                rows += wrap(line)
    return rows


def certified_pages(n: Notice, wording: Mapping[str, str]) -> list[list[str]]:
    """``certified_lines`` cut into pages of 26 rows (no page starts with a blank row)."""
    pages: list[list[str]] = []
    current: list[str] = []
    for row in certified_lines(n, wording):
        if not current and not row:
            continue
        current.append(row)
        if len(current) == LINES:
            pages.append(current)
            current = []
    if current:
        pages.append(current)
    return pages


def certified_text(n: Notice, wording: Mapping[str, str]) -> str:
    """The 内容証明 text: pages of at most 26 rows × 20 characters, separated by a form feed
    (each page prints on its own sheet); UTF-8, CRLF line ends for Windows editors."""
    return "\r\n\f".join("\r\n".join(page) for page in certified_pages(n, wording)) + "\r\n"
