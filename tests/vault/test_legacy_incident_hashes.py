"""The forms an older program hashed an incident in, before upgrades added keys to it."""

from __future__ import annotations

from typing import Any

from kasuhara_desktop.vault.audit import canonical_hash, legacy_incident_hashes


def content(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "summary": "旧",
        "offender_known_on": "2026-11-03",
        "offender_known_to_staff_on": "2026-11-03",
        "offence_answers": {},
    }
    return {**base, **kw}


def without(c: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in c.items() if k not in keys}


def test_a_record_as_the_upgrades_left_it_has_each_older_form() -> None:
    c = content()
    assert legacy_incident_hashes(c) == [
        canonical_hash(without(c, "offender_known_to_staff_on")),  # saved by v7..v16
        canonical_hash(without(c, "offender_known_to_staff_on", "offence_answers")),  # by v1..v6
    ]


def test_a_staff_day_other_than_the_copied_one_has_no_older_form() -> None:
    assert legacy_incident_hashes(content(offender_known_to_staff_on="2026-06-01")) == []
    assert legacy_incident_hashes(content(offender_known_to_staff_on=None)) == []


def test_answers_given_mean_the_record_was_saved_after_v7() -> None:
    c = content(offence_answers={"injury": {"value": False}})
    assert legacy_incident_hashes(c) == [canonical_hash(without(c, "offender_known_to_staff_on"))]


def test_no_days_at_all_is_the_upgrades_own_value() -> None:
    c = content(offender_known_on=None, offender_known_to_staff_on=None)
    assert len(legacy_incident_hashes(c)) == 2
