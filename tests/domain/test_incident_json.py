"""The incident JSON codec: lossless round trip, strict and clear on bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import HOSTILE

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.incident_json import incident_from_dict, incident_to_dict

EXAMPLE = Path(__file__).parents[2] / "resources" / "docs" / "incident-example.json"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def test_documented_example_round_trips() -> None:
    data = example()
    out = incident_to_dict(incident_from_dict(data))
    out.pop("reference"), out.pop("version")
    assert out == data


def test_hostile_text_is_kept_exactly() -> None:
    data = example()
    data["summary"] = HOSTILE
    data["quotes"][0]["words"] = HOSTILE * 100
    inc = incident_from_dict(data)
    assert inc.summary == HOSTILE
    assert inc.quotes[0].words == HOSTILE * 100


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"occurred_at": None}, "occurred_at: a date and time is required"),
        ({"occurred_at": "2026-11-03 14:05"}, "no UTC offset"),
        ({"occurred_at": "yesterday"}, "not a date-time"),
        ({"summary": 42}, "summary: expected text, got int"),
        ({"summary": ""}, "summary: must not be empty"),
        ({"summary": "x" * 1_000_000}, "summary: text is 1,000,000 characters"),
        ({"summary": "bell\x07"}, "control character"),
        ({"channel": "pigeon"}, "channel: unknown code 'pigeon'"),
        ({"behaviours": ["kneeling"]}, "behaviours[0]: unknown code"),
        ({"behaviours": "threats_abuse"}, "behaviours: expected a list"),
        ({"quotes": [{"words": "x", "repeat_count": "3"}]}, "quotes[0].repeat_count"),
        ({"quotes": [{"words": "x", "extra": 1}]}, "quotes[0]: unknown field 'extra'"),
        ({"participants": [{"role": "customer"}]}, "exactly one of 'staff' or 'person'"),
        ({"costs": [{"kind": "lawyer", "amount_yen": -5}]}, "costs[0].amount_yen"),
        ({"costs": [{"kind": "lawyer", "minutes": True}]}, "costs[0].minutes"),
        ({"timezone": "Mars/Olympus"}, "not a known time zone"),
        ({"ended_at": "2026-11-03T13:00:00+09:00"}, "ends before it began"),
        ({"surprise": 1}, "unknown field 'surprise'"),
        ({"format": "other/9"}, "format: expected"),
    ],
)
def test_bad_input_names_the_field(patch: dict[str, Any], message: str) -> None:
    data = example()
    data.update(patch)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace("[", r"\[")):
        incident_from_dict(data)


@pytest.mark.parametrize("top", [[], "text", 3, None])
def test_top_level_must_be_an_object(top: object) -> None:
    with pytest.raises(ValidationError, match="expected an object"):
        incident_from_dict(top)
