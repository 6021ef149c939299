"""The manual PDF: the Tokyo manual's sections in order, the shop's own texts, per language."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.procedures import (
    Script,
    Situation,
    default_criteria,
    default_procedures,
)
from kasuhara_desktop.reports.manual import ManualData, build_manual

SECTIONS = {
    "ja": [
        "基本方針",
        "判断基準",
        "体制と相談先",
        "場面別の対応方法",
        "記録と報告",
        "従業員への配慮",
        "再発防止",
        "研修",
    ],
    "en": [
        "Basic policy",
        "What counts as customer harassment",
        "Structure and contacts",
        "How to respond",
        "Recording and reporting",
        "Care for staff",
        "Preventing recurrence",
        "Training",
    ],
    "nb": [
        "Grunnleggende retningslinjer",
        "Hva som regnes som kundetrakassering",
        "Organisering og kontakter",
        "Slik svarer vi",
        "Registrering og rapportering",
        "Omsorg for de ansatte",
        "Forebygge gjentakelse",
        "Opplæring",
    ],
}
STATEMENT = {"ja": "不利益", "en": "disadvantage", "nb": "ulemp"}
KNEEL = {"ja": "土下座", "en": "kneel", "nb": "knele"}


def manual(lang: str, **kw: Any) -> bytes:
    data = ManualData(
        shop_name="さくらマート",
        procedures=kw.pop("procedures", default_procedures()),
        criteria=kw.pop("criteria", default_criteria()),
        lang=lang,
        **kw,
    )
    buf = io.BytesIO()
    build_manual(buf, data)
    return buf.getvalue()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_sections_follow_the_tokyo_manual_in_order(lang: str) -> None:
    text = flat(pdf_text(manual(lang)))
    positions = [text.find(flat(s)) for s in SECTIONS[lang]]
    assert all(p >= 0 for p in positions), list(zip(SECTIONS[lang], positions, strict=True))
    assert positions == sorted(positions)
    assert flat(KNEEL[lang]) in text  # the scripts are printed
    assert STATEMENT[lang] in text  # the no-disadvantage statement closes it
    assert "さくらマート" in text


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_the_shops_own_settings_criteria_and_scripts_are_printed(lang: str) -> None:
    p = default_procedures()
    texts = p.texts[lang]
    pb = texts.playbooks[Situation.PHONE]
    pb = dataclasses.replace(pb, scripts=(*pb.scripts, Script("X", "Kasuhara <b>script</b> 77")))
    texts = dataclasses.replace(texts, playbooks={**texts.playbooks, Situation.PHONE: pb})
    p = dataclasses.replace(
        p,
        texts={**p.texts, lang: texts},
        min_staff=3,
        phone_limit_minutes=25,
        version=4,
        saved_at=datetime(2026, 11, 30, 23, 0).astimezone(),
        saved_by="店長",
    )
    c = dataclasses.replace(
        default_criteria(),
        unacceptable_behaviours=(Behaviour.FILMING_STAFF,),
        examples={lang: ("Example-ninety-one",)},
        version=2,
    )
    text = flat(pdf_text(manual(lang, procedures=p, criteria=c, policy_text="POLICY-TEXT-9")))
    assert flat("Kasuhara <b>script</b> 77") in text  # escaped, not markup
    assert "Example-ninety-one" in text and "POLICY-TEXT-9" in text
    assert "25" in text and "3" in text and "店長" in text
    from kasuhara_desktop.domain.vocabulary import label

    assert flat(label(Behaviour.FILMING_STAFF, lang)) in text
    assert (
        flat(label(Behaviour.FORCED_KNEELING, lang)) not in text.split(flat(SECTIONS[lang][2]))[0]
    )


def test_fonts_are_embedded(pdf_tools: dict[str, Any]) -> None:
    fonts = pdf_tools["fonts"](manual("ja"))
    assert fonts and all(f["embedded"] for f in fonts.values())


@pytest.mark.parametrize("lang", ["ja", "en", "nb"])
def test_render_first_page(lang: str, tmp_path: Path, pdf_tools: dict[str, Any]) -> None:
    pdf = tmp_path / f"manual-{lang}.pdf"
    pdf.write_bytes(manual(lang))
    png = pdf_tools["render"](pdf, tmp_path / f"manual-{lang}")
    if png is None:
        pytest.skip("pdftoppm not installed")
    assert png.stat().st_size > 10_000
