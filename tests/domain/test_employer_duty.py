"""The employer's duty data file: every statement sourced and dated, the in-force date unsettled."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from kasuhara_desktop.domain.employer_duty import RESOURCE, employer_duty, parse
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.infra.resources import read_text


def _raw() -> dict:
    return json.loads(read_text(RESOURCE))


def test_every_statement_has_a_source_and_a_checked_date() -> None:
    duty = employer_duty()
    known = {url for url, _ in duty.sources}
    assert duty.statements
    for s in duty.statements:
        assert s.sources and set(s.sources) <= known, s.id
        assert isinstance(s.checked, date), s.id
        assert all(s.text[lang].strip() for lang in ("ja", "en", "nb")), s.id
    assert all(url.startswith("https://") and what for url, what in duty.sources)


def test_the_act_its_articles_and_the_ordinance_articles_are_there() -> None:
    duty = employer_duty()
    assert "令和7年法律第63号" in duty.act
    assert duty.promulgated == date(2025, 6, 11)
    refs = {s.ref for s in duty.statements}
    assert {"art. 33(1)", "art. 33(2)", "art. 33(3)"} <= refs
    assert {f"東京都条例 art. {n}" for n in (4, 5, 9, 14)} <= refs
    assert len(duty.of("guideline")) >= 5
    assert "令和6年条例第140号" in duty.instruments["ordinance"]["ja"]


def test_the_in_force_date_stays_unverified_with_what_it_was_checked_against() -> None:
    duty = employer_duty()
    assert duty.in_force == date(2026, 10, 1)
    assert duty.unverified
    assert "draft" in duty.unverified_note and "2025-12-10" in duty.in_force_note["en"]
    assert "2025-12-10" in duty.unverified_note


def test_a_statement_without_a_source_is_refused() -> None:
    raw = _raw()
    broken = copy.deepcopy(raw)
    broken["statements"][0]["sources"] = []
    with pytest.raises(ValidationError, match="sources"):
        parse(broken)
    broken = copy.deepcopy(raw)
    broken["statements"][1]["sources"] = ["https://example.org/not-listed"]
    with pytest.raises(ValidationError, match="sources"):
        parse(broken)


def test_a_statement_without_a_checked_date_is_refused() -> None:
    broken = _raw()
    del broken["statements"][2]["checked"]
    with pytest.raises(ValidationError, match="checked"):
        parse(broken)
