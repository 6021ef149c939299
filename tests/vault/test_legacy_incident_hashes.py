"""The forms an older program hashed an incident in, before upgrades added keys to it."""

from __future__ import annotations

import json
from typing import Any

from kasuhara_desktop.domain.incident_json import incident_from_dict
from kasuhara_desktop.infra.resources import resource_path
from kasuhara_desktop.vault.audit import (
    INCIDENT_KEYS_ADDED,
    canonical_hash,
    legacy_incident_hashes,
)
from kasuhara_desktop.vault.repositories.incidents import content_of


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


# Every key path of an incident's JSON form (what the audit chain hashes), taken from the
# documented full example. ``verify`` compares a record with the hash its last save wrote, so a
# key added to this form makes every record saved before it read as "changed outside the
# program" unless ``audit.INCIDENT_KEYS_ADDED`` knows the key and the value upgraded records
# hold. Change this list only together with that table (and a migration test).
INCIDENT_KEY_PATHS = {
    "format", "reference", "version", "status", "occurred_at", "ended_at", "timezone",
    "location", "channel", "summary", "demand", "behaviours", "prevention", "training_case",
    "offender_known_on", "offender_known_to_staff_on",
    "quotes", "quotes[].speaker", "quotes[].words", "quotes[].said_at", "quotes[].repeat_count",
    "quotes[].response",
    "timeline", "timeline[].at", "timeline[].kind", "timeline[].description", "timeline[].by",
    "participants", "participants[].role", "participants[].note", "participants[].person",
    "participants[].person.id", "participants[].person.label", "participants[].person.name",
    "participants[].person.description", "participants[].person.contact",
    "participants[].staff", "participants[].staff.id", "participants[].staff.name",
    "participants[].staff.position", "participants[].staff.employment",
    "participants[].staff.contact",
    "statements", "statements[].witness", "statements[].relation", "statements[].text",
    "statements[].given_at", "statements[].taken_by",
    "actions", "actions[].kind", "actions[].description", "actions[].due", "actions[].done",
    "actions[].at", "actions[].by",
    "costs", "costs[].kind", "costs[].minutes", "costs[].amount_yen", "costs[].note",
    "assessment", "assessment.claim", "assessment.demand_related", "assessment.shop_fault",
    "assessment.manner", "assessment.inconsistencies", "assessment.shop_criteria_met",
    "assessment.facts_confirmed_by", "assessment.facts_confirmed_at", "assessment.judged_by",
    "assessment.judged_at", "assessment.notes", "assessment.verdict", "assessment.reasons",
    "assessment.is_harassment", "assessment.next_steps",
    "staff_care", "staff_care[].staff_name", "staff_care[].safety_secured",
    "staff_care[].supervisor_took_over", "staff_care[].injury", "staff_care[].injury_text",
    "staff_care[].medical_visit", "staff_care[].days_off", "staff_care[].referral_to_specialist",
    "staff_care[].note", "staff_care[].follow_ups", "staff_care[].follow_ups[].due",
    "staff_care[].follow_ups[].note", "staff_care[].follow_ups[].done",
    "offence_answers", "offence_answers.*.value", "offence_answers.*.by", "offence_answers.*.at",
    "offence_answers.*.source",
}  # fmt: skip


def _paths(value: Any, prefix: str = "") -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = (
                f"{prefix}.*"
                if prefix.endswith("offence_answers")
                else (f"{prefix}.{key}" if prefix else key)
            )
            if not prefix.endswith("offence_answers"):
                found.add(path)
            found |= _paths(item, path)
    elif isinstance(value, list):
        for item in value:
            found |= _paths(item, prefix + "[]")
    return found


def test_the_hashed_form_of_an_incident_changes_only_with_the_upgrade_table() -> None:
    example = json.loads(resource_path("docs/incident-example.json").read_text(encoding="utf-8"))
    stored = content_of(incident_from_dict(example))
    lists = ("quotes", "timeline", "participants", "statements", "actions", "costs",
             "staff_care", "offence_answers")  # fmt: skip
    assert all(stored[k] for k in lists)  # the example fills every part
    paths = _paths(stored)
    added, removed = sorted(paths - INCIDENT_KEY_PATHS), sorted(INCIDENT_KEY_PATHS - paths)
    assert not added and not removed, (
        f"the incident's hashed form changed (added {added}, removed {removed}): records saved "
        "before would fail verify; extend audit.INCIDENT_KEYS_ADDED with the value upgraded "
        "records hold, then this list"
    )
    top_level_added = {key for _version, key, _value in INCIDENT_KEYS_ADDED}
    assert top_level_added <= INCIDENT_KEY_PATHS
