"""``validate_incident``: one set of rules for every path that stores an incident (issue 13.2).

The service refuses an invalid ``Incident`` however it was built (form, wizard, phone filing),
with the same message the JSON reader gives for the same mistake, and stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers import make_vault, sample_incident

from kasuhara_desktop.domain.enums import CostKind, ParticipantRole
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.incident_json import incident_from_dict, incident_to_dict
from kasuhara_desktop.domain.incident_validation import validate_incident
from kasuhara_desktop.domain.models import (
    CostEntry,
    Incident,
    Participant,
    Person,
    Quote,
    StaffMember,
    TimelineEntry,
    WitnessStatement,
)
from kasuhara_desktop.domain.query import IncidentFilter
from kasuhara_desktop.services.incidents import IncidentService

PLUS_14 = timezone(timedelta(hours=14))


def _set(attr: str, value: object) -> Callable[[Incident], None]:
    return lambda inc: setattr(inc, attr, value)


# (what breaks the rule, words the message must contain)
RULES: list[tuple[str, Callable[[Incident], None], str]] = [
    ("empty summary", _set("summary", "   "), "summary: must not be empty"),
    ("control character", _set("location", "レジ\x07前"), "location: contains a control"),
    ("long text", _set("location", "x" * 2_001), "location: text is 2,001 characters"),
    ("year 1", _set("occurred_at", datetime(1, 1, 1, tzinfo=PLUS_14)), "occurred_at: 0001-01-01"),
    ("year 2201", _set("occurred_at", datetime(2201, 1, 1, tzinfo=UTC)), "occurred_at: 2201"),
    ("no offset", _set("occurred_at", datetime(2026, 1, 1)), "occurred_at:"),
    ("ends first", _set("ended_at", datetime(2020, 1, 1, tzinfo=UTC)), "ended_at: the incident"),
    ("unknown zone", _set("timezone", "Mars/Olympus"), "timezone: 'Mars/Olympus'"),
    ("known_on", _set("offender_known_on", date(1, 1, 1)), "offender_known_on: 0001-01-01"),
    ("quote words", lambda i: i.quotes.append(Quote("客", " ")), "quotes[1].words: must not"),
    ("said_at", lambda i: i.quotes.append(Quote("客", "x", datetime(9999, 1, 1, tzinfo=UTC))),
     "quotes[1].said_at: 9999-01-01"),
    ("repeats", lambda i: i.quotes.append(Quote("客", "x", repeat_count=0)),
     "quotes[1].repeat_count: 0 is outside"),
    ("timeline", lambda i: i.timeline.append(TimelineEntry(datetime(1, 1, 2, tzinfo=UTC))),
     "timeline[1].at: 0001-01-02"),
    ("witness", lambda i: i.statements.append(WitnessStatement("", "見ました")),
     "statements[0].witness: must not"),
    ("both", lambda i: i.participants.append(Participant(
        ParticipantRole.WITNESS, staff=StaffMember("佐藤"), person=Person("客")
    )), "exactly one of 'staff' or 'person'"),
    ("nameless", lambda i: i.participants.append(
        Participant(ParticipantRole.CUSTOMER, person=Person(""))
    ), "a person needs a label or a name"),
    ("minutes", lambda i: i.costs.append(CostEntry(CostKind.ON_SITE, minutes=-5)),
     "costs[0].minutes: -5 is outside"),
    ("yen", lambda i: i.costs.append(CostEntry(CostKind.ON_SITE, amount_yen=10**13)),
     "costs[0].amount_yen:"),
]  # fmt: skip


def _broken(breaks: Callable[[Incident], None]) -> Incident:
    inc = sample_incident()
    breaks(inc)
    return inc


@pytest.mark.parametrize(("name", "breaks", "words"), RULES, ids=[r[0] for r in RULES])
def test_validate_incident_names_the_field(
    name: str, breaks: Callable[[Incident], None], words: str
) -> None:
    with pytest.raises(
        ValidationError,
    ) as caught:
        validate_incident(_broken(breaks))
    assert words in str(caught.value)


def test_the_service_refuses_each_rule_and_stores_nothing(tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    with vault:
        service = IncidentService(vault)
        stored = service.add(sample_incident())
        for name, breaks, words in RULES:
            with pytest.raises(ValidationError) as added:
                service.add(_broken(breaks))
            assert words in str(added.value), name
            with pytest.raises(ValidationError) as updated:
                service.update(stored.reference, _broken(breaks), stored.version)
            assert words in str(updated.value), name
            with pytest.raises(ValidationError):
                service.add_many([sample_incident(), _broken(breaks)])
        assert service.count(IncidentFilter()) == 1
        assert service.get(stored.reference).version == stored.version


@pytest.mark.parametrize(("name", "breaks", "words"), RULES, ids=[r[0] for r in RULES])
def test_json_reader_and_service_say_the_same(
    name: str, breaks: Callable[[Incident], None], words: str
) -> None:
    inc = _broken(breaks)
    try:
        data = incident_to_dict(inc)
    except (ValueError, OverflowError, TypeError):
        pytest.skip("not expressible in the JSON format")
    if name == "no offset":
        pytest.skip("the JSON reader refuses a time without offset before validation")
    with pytest.raises(ValidationError) as from_json:
        incident_from_dict(data)
    with pytest.raises(ValidationError) as from_service:
        validate_incident(_broken(breaks))
    assert str(from_json.value) == str(from_service.value)


def test_validation_keeps_text_exactly_as_typed_and_dedupes_in_place() -> None:
    inc = sample_incident(summary="Cafe\u0301")
    inc.behaviours = inc.behaviours * 2
    assert validate_incident(inc) is inc
    assert inc.summary == "Cafe\u0301" and len(inc.behaviours) == len(set(inc.behaviours))
