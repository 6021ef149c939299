"""domain/procedures.py: the shipped template is complete, and what the criteria suggest."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kasuhara_desktop.domain.criteria_suggestions import SuggestionKind, manner_suggestions
from kasuhara_desktop.domain.enums import Behaviour
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.phone import CallLog
from kasuhara_desktop.domain.procedures import (
    LANGUAGES,
    Criteria,
    Situation,
    default_criteria,
    default_procedures,
    merge_document,
    phone_limit_text,
    template,
)

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_every_language_has_every_text_of_the_template() -> None:
    t = template()
    for lang in LANGUAGES:
        assert set(t[lang]["manual"]) == set(t["en"]["manual"]), lang
        assert set(t[lang]["suggestion"]) == {"behaviour", "phone_limit"}
    p = default_procedures()
    for lang in LANGUAGES:
        assert "%1" in p.texts[lang].phone_limit_script
        assert "30" in phone_limit_text(p.texts[lang], 30)
        assert p.texts[lang].apology and p.texts[lang].recording_policy
        assert [s for s in Situation] == list(p.texts[lang].playbooks)


def call(minutes: float | None) -> CallLog:
    end = None if minutes is None else T0 + timedelta(minutes=minutes)
    return CallLog(start=T0, end=end)


def test_only_ended_calls_over_the_limit_are_suggested_the_longest_once() -> None:
    c = Criteria(unacceptable_behaviours=(), phone_limit_applies=True, version=3)
    assert manner_suggestions(c, (), [call(30), call(None)], 30) == []  # at the limit; ongoing
    (s,) = manner_suggestions(c, (), [call(31), call(50.5)], 30)
    assert s.kind is SuggestionKind.PHONE_LIMIT and s.minutes == 51 and s.criteria_version == 3


def test_behaviours_in_enum_order_only_when_declared_and_recorded() -> None:
    c = Criteria(
        unacceptable_behaviours=(Behaviour.SEXUAL_CONDUCT, Behaviour.THREATS_ABUSE),
        phone_limit_applies=False,
    )
    recorded = [Behaviour.SEXUAL_CONDUCT, Behaviour.GROUNDLESS_REFUND, Behaviour.THREATS_ABUSE]
    found = manner_suggestions(c, recorded, [call(90)], 30)
    assert [s.behaviour for s in found] == [Behaviour.SEXUAL_CONDUCT, Behaviour.THREATS_ABUSE]
    assert (
        found[0]
        .criterion("en", "Sexual conduct")
        .endswith("Sexual conduct is always unacceptable in manner")
    )


def test_a_document_part_left_out_keeps_its_value() -> None:
    p, c = default_procedures(), default_criteria()
    p2, c2 = merge_document({"criteria": {"phone_limit_applies": False}}, p, c)
    assert p2 is p and c2.unacceptable_behaviours == c.unacceptable_behaviours
    assert not c2.phone_limit_applies
    with pytest.raises(ValidationError, match=r"procedures\.texts: unknown field .de."):
        merge_document({"procedures": {"texts": {"de": {}}}}, p, c)


def test_the_templates_program_wording_is_not_a_shop_text() -> None:
    p, c = default_procedures(), default_criteria()
    with pytest.raises(ValidationError, match=r"procedures\.texts\.en: unknown field 'manual'"):
        merge_document({"procedures": {"texts": {"en": {"manual": {}}}}}, p, c)
