"""Consultation contacts and records, cooperation requests: the rules and the shipped texts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kasuhara_desktop.domain import consultation as desk
from kasuhara_desktop.domain import cooperation as coop
from kasuhara_desktop.domain.consultation import Contact, ContactKind
from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.models import ShopProfile
from kasuhara_desktop.infra.resources import read_text


def test_every_standard_contact_and_label_exists_in_every_language() -> None:
    data = json.loads(read_text(desk.RESOURCE))
    for entry in data["contacts"]:
        ContactKind(entry["kind"])
        for key in ("name", "hours", "notes"):
            if key in entry:
                assert all(entry[key][lang].strip() for lang in desk.LANGUAGES), (entry, key)
        # A number is either certain nationwide or shipped as "check", never a local guess.
        assert entry["phone"] in ("#9110", "check") or entry["phone"].startswith("0570-")
    for key, texts in data["labels"].items():
        assert all(texts[lang].strip() for lang in desk.LANGUAGES), key
    for kind in ContactKind:
        assert kind.value in data["labels"]


def test_letter_wording_has_every_key_in_every_language() -> None:
    keys = set(coop.wording("ja"))
    for lang in coop.LANGUAGES:
        assert set(coop.wording(lang)) == keys
        assert all(v for k, v in coop.wording(lang).items() if k != "company_suffix")


def test_contact_rules() -> None:
    with pytest.raises(ValidationError, match="name"):
        desk.validate_contact(Contact(ContactKind.LAWYER, "  "))
    with pytest.raises(ValidationError, match="login"):
        desk.validate_contact(Contact(ContactKind.LAWYER, "x", login="mika"))
    ok = desk.validate_contact(Contact(ContactKind.INTERNAL, "", login=" mika "))
    assert ok.login == "mika" and ok.is_contact_person


def test_with_standard_adds_only_kinds_the_shop_has_not_entered() -> None:
    own = [Contact(ContactKind.POLICE_STATION, "新宿警察署", phone="03-0000-0000", id=1)]
    merged = desk.with_standard(own, "en")
    assert merged[0] is own[0]
    kinds = [c.kind for c in merged]
    assert kinds.count(ContactKind.POLICE_STATION) == 1
    assert ContactKind.POLICE_LINE in kinds and ContactKind.LABOUR_BUREAU in kinds


def test_a_consultation_from_json_is_checked_field_by_field() -> None:
    record = desk.consultation_from_dict(
        {"when": "2026-11-20T18:30:00+09:00", "summary": "s", "contact": "mika"}
    )
    assert record.channel is desk.Channel.IN_PERSON
    back = desk.consultation_to_dict(record)
    for key in ("id", "recorded_at", "recorded_by"):
        back.pop(key)
    assert desk.consultation_from_dict(back) == record
    with pytest.raises(ValidationError, match="when"):
        desk.consultation_from_dict({"when": "2026-11-20T18:30", "summary": "s"})
    with pytest.raises(ValidationError, match="unknown field"):
        desk.consultation_from_dict({"when": "2026-11-20T18:30+09:00", "summary": "s", "x": 1})
    with pytest.raises(ValidationError, match="summary"):
        desk.consultation_from_dict({"when": "2026-11-20T18:30+09:00", "summary": " "})
    with pytest.raises(ValidationError, match="contact"):
        desk.consultation_from_dict({"when": "2026-11-20T18:30+09:00", "summary": "s"})


def test_a_request_round_trips_through_json() -> None:
    r = coop.request_from_dict(
        {"direction": "incoming", "date": "2026-12-02", "employer": "X社", "name_staff": True}
    )
    again = coop.request_to_dict(r)
    for key in ("id", "recorded_at", "recorded_by"):
        again.pop(key)
    assert coop.request_from_dict(again) == r
    with pytest.raises(ValidationError, match="date"):
        coop.request_from_dict({"employer": "X社"})


def test_the_letter_prints_staff_only_when_chosen_and_says_as_recorded() -> None:
    shop = ShopProfile(name="さくらマート", phone="03-1234-5678")
    r = coop.CooperationRequest(
        coop.Direction.OUTGOING, date(2026, 12, 1), "株式会社A", what_happened="事実",
        staff_names="佐藤",
    )  # fmt: skip
    plain = coop.compose_letter(r, shop, "ja")
    body = "\n".join(text for _h, text in plain.sections)
    assert "佐藤" not in body and "当店の記録によるもの" in body
    assert plain.date_line == "令和8年12月1日" and plain.addressee[0] == "株式会社A 御中"
    named = coop.compose_letter(coop.CooperationRequest(**{**r.__dict__, "name_staff": True}),
                                shop, "en")  # fmt: skip
    assert "佐藤" in "\n".join(text for _h, text in named.sections)
    assert named.date_line == "2026-12-01"
