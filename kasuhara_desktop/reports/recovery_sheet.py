"""The recovery sheet: the vault's data key on one A4 page, to keep in a safe.

The key is printed as 16 numbered groups of 4 hex digits in a large fixed-width font, with a
checksum so a typed key can be checked, and instructions for the app, the CLI and any SQLCipher 4
tool. Wording lives in ``resources/templates/recovery_sheet.json`` (ja, en, nb); Japanese sheets
repeat each line in English in small type for staff who read English better.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from kasuhara_desktop.domain.recovery_key import (
    parse_recovery_key,
    recovery_key_checksum,
    recovery_key_groups,
)
from kasuhara_desktop.infra.resources import read_text

from .styles import CONTENT_WIDTH, Styles, make_document, make_styles, page_decorator
from .text import clip_text, para_text

TEMPLATE_NAME = "recovery_sheet.json"
LANGUAGES = ("ja", "en", "nb")
TEXT_KEYS = (
    "title",
    "confidential",
    "shop",
    "created",
    "vault_id",
    "vault_path",
    "key_heading",
    "checksum",
    "checksum_note",
    "kept_at",
    "instructions_heading",
    "key_placeholder",
    "footer",
    "replaces",
)
INSTRUCTION_COUNT = 5
CLI_INSTRUCTION, SQLCIPHER_INSTRUCTION = 3, 4  # indexes of the lines followed by code

SHOP_LIMIT, PATH_LIMIT, ID_LIMIT = 160, 260, 80
BOX = colors.HexColor("#333333")
SHADE = colors.HexColor("#F2F2F2")
WARN = colors.HexColor("#B00020")


@dataclass(frozen=True)
class RecoverySheetData:
    shop_name: str
    vault_id: str
    created_at: datetime
    recovery_key_hex: str  # 64 hex digits; dashes and spaces are tolerated
    vault_path: str
    timezone: str | None = None  # the shop's zone: the creation time is printed in it
    # After a change of the data key: when the sheet this one replaces was made (its key is void).
    replaces: datetime | None = None


@cache
def load_wording() -> dict[str, dict[str, Any]]:
    """All languages of the sheet's wording, from the shipped JSON template."""
    data: dict[str, dict[str, Any]] = json.loads(read_text(f"templates/{TEMPLATE_NAME}"))
    return {lang: data[lang] for lang in LANGUAGES}


def _language(lang: str) -> str:
    code = lang.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


# The logbook's zone when the shop's is not known yet (a vault being set up): Japan, as
# everywhere else in the program, never the UTC the header stores.
DEFAULT_ZONE = "Asia/Tokyo"


def _format_time(when: datetime, tz: str | None = None) -> str:
    """The time in the shop's zone ``tz`` (default Japan; the header stores UTC), with its
    UTC offset."""
    tz = tz or DEFAULT_ZONE
    if when.tzinfo is not None:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            when = when.astimezone(ZoneInfo(tz))
    text = when.strftime("%Y-%m-%d %H:%M")
    offset = when.strftime("%z")
    return f"{text} (UTC{offset[:3]}:{offset[3:]})" if offset else text


class _Sheet:
    """Builds the flowables of one sheet in one language (plus the secondary language)."""

    def __init__(self, styles: Styles, lang: str) -> None:
        wording = load_wording()
        self.s = styles
        self.w: dict[str, Any] = wording[lang]
        second = self.w.get("secondary")
        self.w2: dict[str, Any] | None = wording[second] if second else None
        self.sub = ParagraphStyle(
            "rk-sub", parent=styles.small, fontSize=7.5, leading=9.5, spaceAfter=0
        )
        self.usable = CONTENT_WIDTH

    def both(self, key: str, style: ParagraphStyle) -> list[Flowable]:
        """The line in the main language, and under it the secondary language, if any."""
        out: list[Flowable] = [self.s.para(str(self.w[key]), style)]
        if self.w2 is not None:
            out.append(self.s.para(str(self.w2[key]), self.sub))
        return out

    def label(self, key: str) -> Paragraph:
        text = para_text(self.w[key], font=self.s.cell.fontName)
        if self.w2 is not None:
            second = para_text(self.w2[key], font=self.s.cell.fontName)
            text += f' <font size="7" color="#555555">{second}</font>'
        return Paragraph(text, self.s.cell)

    def header(self) -> list[Flowable]:
        title = ParagraphStyle("rk-title", parent=self.s.title, spaceAfter=2)
        out = self.both("title", title)
        banner = Table(
            [
                [
                    self.both(
                        "confidential",
                        ParagraphStyle("rk-warn", parent=self.s.body, textColor=WARN, spaceAfter=0),
                    )
                ]
            ],
            colWidths=[self.usable],
        )
        banner.setStyle(
            self.s.table_style(
                ("BOX", (0, 0), (-1, -1), 1.2, WARN),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            )
        )
        return [*out, Spacer(1, 2 * mm), banner, Spacer(1, 3 * mm)]

    def facts(self, data: RecoverySheetData) -> Table:
        cell, mono = self.s.cell, ParagraphStyle("rk-mono", parent=self.s.mono, spaceAfter=0)
        created = _format_time(data.created_at, data.timezone)
        rows = [
            [self.label("shop"), self.s.para(clip_text(data.shop_name, SHOP_LIMIT), cell)],
            [self.label("created"), self.s.para(created, cell)],
            [self.label("vault_id"), self.s.para(clip_text(data.vault_id, ID_LIMIT), mono)],
            [self.label("vault_path"), self.s.para(clip_text(data.vault_path, PATH_LIMIT), mono)],
        ]
        table = Table(rows, colWidths=[45 * mm, self.usable - 45 * mm])
        table.setStyle(
            self.s.table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.lightgrey),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            )
        )
        return table

    def replaces(self, data: RecoverySheetData) -> list[Flowable]:
        """The line that voids the sheet of the replaced key (only after a rekey)."""
        if data.replaces is None:
            return []
        date = _format_time(data.replaces, data.timezone)
        warn = ParagraphStyle("rk-void", parent=self.s.body, textColor=WARN, spaceBefore=4)
        out = [self.s.para(str(self.w["replaces"]).replace("{date}", date), warn)]
        if self.w2 is not None:
            out.append(self.s.para(str(self.w2["replaces"]).replace("{date}", date), self.sub))
        return out

    def key_grid(self, key: bytes) -> list[Flowable]:
        groups = recovery_key_groups(key)
        number = ParagraphStyle(
            "rk-num",
            parent=self.s.small,
            alignment=TA_CENTER,
            fontSize=6.5,
            leading=7,
            spaceAfter=0,
        )
        group = ParagraphStyle(
            "rk-group",
            parent=self.s.mono,
            alignment=TA_CENTER,
            fontSize=21,
            leading=24,
            spaceAfter=0,
        )
        cells = [[Paragraph(str(i + 1), number), Paragraph(g, group)] for i, g in enumerate(groups)]
        rows = [cells[r * 4 : r * 4 + 4] for r in range(4)]
        grid = Table(rows, colWidths=[self.usable / 4] * 4)
        grid.setStyle(
            self.s.table_style(
                ("BOX", (0, 0), (-1, -1), 1.5, BOX),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 1), (-1, 1), SHADE),
                ("BACKGROUND", (0, 3), (-1, 3), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            )
        )
        heading = ParagraphStyle("rk-h", parent=self.s.heading, spaceBefore=6)
        return [*self.both("key_heading", heading), Spacer(1, 1.5 * mm), grid]

    def checksum(self, key: bytes) -> Table:
        big = ParagraphStyle("rk-sum", parent=self.s.mono, fontSize=15, leading=19, spaceAfter=0)
        note = ParagraphStyle("rk-note", parent=self.s.small, spaceAfter=0)
        left = [self.label("checksum"), Paragraph(recovery_key_checksum(key), big)]
        kept = [self.label("kept_at"), Spacer(1, 8 * mm)]
        table = Table(
            [[left, self.both("checksum_note", note), kept]],
            colWidths=[42 * mm, self.usable - 42 * mm - 55 * mm, 55 * mm],
        )
        table.setStyle(
            self.s.table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            )
        )
        return table

    def instructions(self, data: RecoverySheetData) -> list[Flowable]:
        s = self.s
        item = ParagraphStyle(
            "rk-item",
            parent=s.body,
            fontSize=8.8,
            leading=12.5,
            spaceAfter=0,
            leftIndent=6 * mm,
            bulletIndent=0,
            bulletFontName=s.body.fontName,
            bulletFontSize=8.8,
        )
        item_sub = ParagraphStyle("rk-item2", parent=self.sub, leftIndent=6 * mm, spaceAfter=3)
        code = ParagraphStyle(
            "rk-code",
            parent=s.mono,
            fontSize=8.5,
            leading=11,
            leftIndent=10 * mm,
            rightIndent=2,
            spaceBefore=1,
            spaceAfter=4,
            backColor=SHADE,
            borderPadding=2,
        )
        # A clipped path would make a wrong command: name the folder instead.
        too_long = len(data.vault_path) > PATH_LIMIT
        path = f"<{self.w['vault_path']}>" if too_long else data.vault_path
        path = path.replace("\n", " ").replace('"', '\\"')
        placeholder = self.w["key_placeholder"]
        codes = {
            CLI_INSTRUCTION: (
                f'kasuhara --vault "{path}" unlock --recovery-key --set-passphrase NAME'
            ),
            # Printed instruction with a placeholder, never a real key.
            SQLCIPHER_INSTRUCTION: "PRAGMA key = \"x'<" + placeholder + ">'\";",
        }
        heading = ParagraphStyle("rk-h2", parent=s.heading, spaceBefore=8)
        out: list[Flowable] = self.both("instructions_heading", heading)
        for i in range(INSTRUCTION_COUNT):
            text = para_text(self.w["instructions"][i], font=item.fontName)
            out.append(Paragraph(text, item, bulletText=f"{i + 1}."))
            if self.w2 is not None:
                out.append(s.para(self.w2["instructions"][i], item_sub))
            elif i not in codes:
                out.append(Spacer(1, 3))
            if i in codes:
                out.append(s.para(codes[i], code))
        return out


def build_recovery_sheet(out: BinaryIO, data: RecoverySheetData, lang: str = "ja") -> None:
    """Write the one-page recovery sheet PDF for ``data`` to ``out``.

    Args:
        out: a binary file object (see ``output.write_pdf_atomically``).
        data: what to print; ``recovery_key_hex`` is checked (64 hex digits).
        lang: "ja" (Japanese with English underneath), "en" or "nb"; others fall back to "en".

    Raises:
        ValidationError: the recovery key is not 64 hex digits.
    """
    key = parse_recovery_key(data.recovery_key_hex)
    code = _language(lang)
    styles = make_styles()
    sheet = _Sheet(styles, code)
    story: list[Flowable] = [
        *sheet.header(),
        sheet.facts(data),
        *sheet.replaces(data),
        *sheet.key_grid(key),
        Spacer(1, 3 * mm),
        sheet.checksum(key),
        *sheet.instructions(data),
    ]
    # One page whatever the input: very long names shrink the whole sheet a little.
    page = KeepInFrame(0, 0, story, mode="shrink")
    title = str(sheet.w["title"])
    doc = make_document(out, title=title, subject=title, lang=code)
    footer = str(sheet.w["footer"])
    doc.build([page], canvasmaker=page_decorator(clip_text(data.vault_id, ID_LIMIT), footer))
