"""The notice JSON of `notice issue` / `notice serve`: defaults, overrides, strict errors."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import Addressee, Issuer, Notice, ServiceMethod
from kasuhara_desktop.domain.notice_json import (
    notice_content,
    notice_from_dict,
    notice_to_dict,
    review_from_dict,
    service_from_dict,
)

HOSTILE = '<b>&</b> "q" 🙂 עברית'


def defaults() -> Notice:
    return Notice(
        incident_reference="K-2026-0001",
        addressee=Addressee(name="山田 太郎", phone="0312345678", person_id=7),
        issuer=Issuer(shop="さくらマート", company="株式会社さくら"),
        issue_date=date(2026, 11, 28),
        valid_from=date(2026, 11, 28),
        valid_until=date(2027, 11, 27),
        reason="怒鳴り続けた",
        objection_contact="株式会社さくら",
    )


def test_empty_object_keeps_every_default() -> None:
    n = notice_from_dict({}, defaults())
    assert n == defaults()


def test_fields_override_and_null_keeps_the_default() -> None:
    n = notice_from_dict(
        {
            "addressee": {"address": "東京都", "name": None, "description": HOSTILE},
            "issuer": {"representative": "代表 佐藤"},
            "premises": ["本店", HOSTILE],
            "reason": HOSTILE,
            "languages": "nb",
            "issue_date": "2026-12-01",
            "months": 6,
        },
        defaults(),
    )
    assert n.addressee == Addressee("山田 太郎", "東京都", HOSTILE, "0312345678", "", 7)
    assert n.issuer.company == "株式会社さくら" and n.issuer.representative == "代表 佐藤"
    assert (n.premises, n.reason, n.languages) == (["本店", HOSTILE], HOSTILE, ("nb",))
    assert (n.issue_date, n.valid_from, n.valid_until) == (
        date(2026, 12, 1),
        date(2026, 12, 1),
        date(2027, 5, 31),
    )


def test_explicit_period_and_indefinite() -> None:
    n = notice_from_dict({"valid_from": "2026-12-10", "valid_until": "2027-03-31"}, defaults())
    assert (n.valid_from, n.valid_until) == (date(2026, 12, 10), date(2027, 3, 31))
    assert notice_from_dict({"indefinite": True}, defaults()).valid_until is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"valid_until": "2026-11-01"}, "valid_until"),
        ({"valid_from": "2026-11-01"}, "valid_from"),
        ({"valid_until": "soon"}, "valid_until"),
        ({"addressee": {"name": "", "description": ""}}, "addressee"),
        ({"addressee": {"nick": "x"}}, "addressee"),
        ({"colour": "red"}, "colour"),
        ({"indefinite": True, "valid_until": "2027-01-01"}, "indefinite"),
        ({"months": 0}, "months"),
        ({"months": 3, "valid_until": "2027-01-01"}, "months"),
        ({"languages": "de"}, "languages"),
        ({"premises": "本店"}, "premises"),
        ({"reason": "a\x07"}, "reason"),
        ([], "notice: expected a JSON object"),
    ],
)
def test_bad_input_names_the_field(data: object, field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        notice_from_dict(data, defaults())


def test_service_json() -> None:
    r = service_from_dict(
        {
            "method": "certified_mail",
            "served_at": "2026-11-29T10:00:00+09:00",
            "served_by": "店長",
            "tracking_number": "1234-5678-9012",
        }
    )
    assert r.method is ServiceMethod.CERTIFIED_MAIL
    assert r.served_at == datetime(2026, 11, 29, 10, tzinfo=timezone(timedelta(hours=9)))
    with pytest.raises(ValidationError, match="method: unknown code 'fax'"):
        service_from_dict(
            {"method": "fax", "served_at": "2026-11-29T10:00:00+09:00", "served_by": "店長"}
        )
    with pytest.raises(ValidationError, match="served_at"):
        service_from_dict({"method": "email", "served_at": "2026-11-29", "served_by": "店長"})


def test_review_json() -> None:
    r = review_from_dict(
        {
            "kind": "appeal",
            "outcome": "shortened",
            "decided_by": "店長",
            "decided_on": "2027-01-10",
            "new_until": "2027-05-31",
            "note": "x",
        }
    )
    assert r.new_until == date(2027, 5, 31)
    with pytest.raises(ValidationError, match="outcome"):
        review_from_dict({})


def test_output_has_status_and_the_inputs() -> None:
    n = defaults()
    n.number = "N-2026-0001"
    out = notice_to_dict(n, date(2026, 12, 1))
    assert out["status"] == "active" and out["days_left"] == 361
    assert out["addressee"]["name"] == "山田 太郎"
    assert set(notice_content(n)) <= set(out)
