"""The shop's customer-harassment manual, following the Tokyo shared manual's structure.

Tokyo's ordinance (art. 14) expects each business to prepare a manual; the Metropolitan
Government's shared template orders it as: basic policy, what counts as customer harassment
(here: the shop's own criteria), structure and contacts, how to respond per situation (the
playbooks with their scripts), recording and reporting, care for staff, recurrence prevention,
training. This module prints the shop's current procedures and criteria in that order, in one
language. The fixed wording is the ``manual`` part of ``resources/templates/procedures.json``;
what the shop wrote is escaped like all user text (``Styles.para``).

The no-disadvantage statement (art. 33(2)) closes the manual: it comes from
``reports/staff_statements.py`` (the consultation desk's module), so every staff document says
it in the same words.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ..domain.procedures import (
    Criteria,
    Playbook,
    Procedures,
    Situation,
    language,
    phone_limit_text,
    template,
)
from ..domain.vocabulary import label
from .staff_statements import staff_statement_flowables
from .styles import CONTENT_WIDTH, Styles, make_document, make_styles, page_decorator
from .text import clip_text

SHOP_LIMIT = 120


@dataclass(frozen=True)
class ManualData:
    """What the manual prints.

    Attributes:
        shop_name: the shop, on the title.
        procedures, criteria: the versions in force.
        lang: "ja", "en" or "nb".
        timezone: the shop's zone; the versions' dates are printed in it.
        policy_text: the shop's basic policy in ``lang``, if the shop has one.
        contacts: the consultation desk's (who, how to reach them) lines.
        prepared_by: who printed it (the PDF's author).
    """

    shop_name: str
    procedures: Procedures
    criteria: Criteria
    lang: str = "ja"
    timezone: str = "Asia/Tokyo"
    policy_text: str | None = None
    contacts: tuple[tuple[str, str], ...] = ()
    prepared_by: str = ""


def _date(when: datetime | None, tz: str) -> str:
    if when is None:
        return ""
    if when.tzinfo is not None:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            when = when.astimezone(ZoneInfo(tz))
    return when.strftime("%Y-%m-%d")


def _fill(text: str, *values: object) -> str:
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


class _Manual:
    """The flowables of one manual in one language."""

    def __init__(self, styles: Styles, data: ManualData) -> None:
        self.s = styles
        self.d = data
        self.lang = language(data.lang)
        self.w: dict[str, Any] = template()[self.lang]["manual"]
        self.texts = data.procedures.texts.get(self.lang) or data.procedures.texts["en"]

    def t(self, key: str, *values: object) -> str:
        return _fill(str(self.w[key]), *values)

    def heading(self, key: str) -> Flowable:
        return self.s.para(self.t(key), self.s.heading)

    def body(self, text: str) -> list[Flowable]:
        return self.s.paras(text) if text else []

    def bullets(self, items: list[str], numbered: bool = False) -> list[Flowable]:
        out: list[Flowable] = []
        for i, item in enumerate(items, 1):
            mark = f"{i}." if numbered else "•"
            out.append(self.s.para(f"{mark} {item}"))
        return out

    def title(self) -> list[Flowable]:
        p, c = self.d.procedures, self.d.criteria
        if p.version:
            version = self.t(
                "version", p.version, _date(p.saved_at, self.d.timezone), p.saved_by, c.version
            )
        else:
            version = self.t("defaults")
        return [
            self.s.para(self.t("title"), self.s.title),
            self.s.para(clip_text(self.d.shop_name, SHOP_LIMIT)),
            self.s.para(self.t("subtitle"), self.s.small),
            self.s.para(version, self.s.small),
        ]

    def policy(self) -> list[Flowable]:
        text = (self.d.policy_text or "").strip()
        return [self.heading("h_policy"), *(self.body(text) or self.body(self.t("policy_missing")))]

    def criteria(self) -> list[Flowable]:
        c = self.d.criteria
        out = [self.heading("h_criteria"), *self.body(self.t("criteria_intro"))]
        items = [label(b, self.lang) for b in c.unacceptable_behaviours]
        if c.phone_limit_applies:
            items.append(self.t("criteria_phone", self.d.procedures.phone_limit_minutes))
        if items:
            out += [self.s.para(self.t("criteria_list")), *self.bullets(items)]
        examples = list(c.examples.get(self.lang, ()))
        if examples:
            out += [self.s.para(self.t("criteria_examples")), *self.bullets(examples)]
        out.append(self.s.para(self.t("criteria_note"), self.s.small))
        return out

    def structure(self) -> list[Flowable]:
        text = self.t("structure_text", self.d.procedures.min_staff)
        out = [self.heading("h_structure"), *self.body(text)]
        if self.d.contacts:
            rows = [
                [self.s.para(who, self.s.cell), self.s.para(how, self.s.cell)]
                for who, how in self.d.contacts
            ]
            table = Table(rows, colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55])
            table.setStyle(
                self.s.table_style(
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#BBBBBB"),
                )
            )
            out += [self.s.para(self.t("contacts"), self.s.small), table]
        return out

    def playbook(self, pb: Playbook) -> list[Flowable]:
        sub = self.s.para(pb.title, self.s.heading)
        out: list[Flowable] = [sub, self.s.para(self.t("steps"), self.s.small)]
        out += self.bullets(list(pb.steps), numbered=True)
        if pb.scripts:
            rows = [
                [
                    self.s.para(sc.label, self.s.cell),
                    self.s.para(
                        f"「{sc.text}」" if self.lang == "ja" else f"“{sc.text}”", self.s.cell
                    ),
                ]
                for sc in pb.scripts
            ]
            table = Table(rows, colWidths=[CONTENT_WIDTH * 0.28, CONTENT_WIDTH * 0.72])
            table.setStyle(
                self.s.table_style(
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#BBBBBB"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                )
            )
            out.append(KeepTogether([self.s.para(self.t("scripts"), self.s.small), table]))
        return out

    def respond(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading("h_respond")]
        for situation in Situation:
            out += self.playbook(self.texts.playbooks[situation])
            if situation is Situation.PHONE:
                minutes = self.d.procedures.phone_limit_minutes
                script = phone_limit_text(self.texts, minutes)
                if script:
                    out.append(
                        KeepTogether(
                            [
                                self.s.para(self.t("phone_limit_heading", minutes), self.s.small),
                                self.s.para(
                                    f"「{script}」" if self.lang == "ja" else f"“{script}”"
                                ),
                            ]
                        )
                    )
        if self.texts.apology:
            out += [
                self.s.para(self.t("apology_heading"), self.s.heading),
                *self.body(self.texts.apology),
            ]
        return out

    def recording(self) -> list[Flowable]:
        out = [self.heading("h_recording"), *self.body(self.t("recording_text"))]
        if self.texts.recording_policy:
            out += [
                self.s.para(self.t("recording_policy_heading"), self.s.small),
                *self.body(self.texts.recording_policy),
            ]
        return out

    def fixed(self, heading: str, text: str) -> list[Flowable]:
        return [self.heading(heading), *self.body(self.t(text))]

    def statement(self) -> list[Flowable]:
        return [Spacer(1, 4 * mm), *staff_statement_flowables(self.s, self.lang)]

    def story(self) -> list[Flowable]:
        return [
            *self.title(),
            *self.policy(),
            *self.criteria(),
            *self.structure(),
            *self.respond(),
            *self.recording(),
            *self.fixed("h_care", "care_text"),
            *self.fixed("h_prevention", "prevention_text"),
            *self.fixed("h_training", "training_text"),
            *self.statement(),
        ]


def build_manual(out: BinaryIO, data: ManualData) -> None:
    """Write the manual PDF for ``data`` to ``out`` (A4, as many pages as it needs)."""
    styles = make_styles()
    manual = _Manual(styles, data)
    title = manual.t("title")
    doc = make_document(out, title=title, subject=title, lang=manual.lang, author=data.prepared_by)
    footer = manual.t("footer")
    doc.build(
        manual.story(),
        canvasmaker=page_decorator(clip_text(data.shop_name, SHOP_LIMIT), footer),
    )
