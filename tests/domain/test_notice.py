"""No-return notices in the domain: period defaults, derived status, validation, the lookup."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from kasuhara_desktop.domain.errors import ValidationError
from kasuhara_desktop.domain.notice import (
    Addressee,
    BanStatus,
    Issuer,
    Notice,
    Review,
    ReviewKind,
    ReviewOutcome,
    ServiceMethod,
    ServiceRecord,
    add_months,
    ban_status,
    default_period,
    parse_languages,
    validate_notice,
    validate_review,
    validate_service,
)
from kasuhara_desktop.domain.notice_matching import fold, match_fields

HOSTILE = '<b>&</b> "q" 🙂 עברית'
JST = timezone(timedelta(hours=9))


def make(**changes: object) -> Notice:
    n = Notice(
        incident_reference="K-2026-0001",
        addressee=Addressee(name="山田 太郎", description="灰色のコート", phone="090-1234-5678"),
        issuer=Issuer(shop="さくらマート"),
        issue_date=date(2026, 11, 28),
        valid_from=date(2026, 11, 28),
        valid_until=date(2027, 11, 27),
        reason="怒鳴り続けた",
    )
    return dataclasses.replace(n, **changes)  # type: ignore[arg-type]


def test_default_period_is_twelve_months_inclusive() -> None:
    assert default_period(date(2026, 11, 28)) == (date(2026, 11, 28), date(2027, 11, 27))
    assert default_period(date(2024, 2, 29)) == (date(2024, 2, 29), date(2025, 2, 27))
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 3) == date(2027, 3, 15)


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2026, 11, 27), BanStatus.SCHEDULED),
        (date(2026, 11, 28), BanStatus.ACTIVE),
        (date(2027, 11, 27), BanStatus.ACTIVE),
        (date(2027, 11, 28), BanStatus.EXPIRED),
    ],
)
def test_status_follows_the_dates(today: date, status: BanStatus) -> None:
    assert make().status(today) is status


def test_revoked_and_shortened_and_indefinite() -> None:
    assert make(revoked_on=date(2027, 1, 5)).status(date(2027, 1, 4)) is BanStatus.ACTIVE
    assert make(revoked_on=date(2027, 1, 5)).status(date(2027, 1, 5)) is BanStatus.REVOKED
    short = make(shortened_to=date(2027, 5, 31))
    assert short.effective_until == date(2027, 5, 31)
    assert short.status(date(2027, 6, 1)) is BanStatus.EXPIRED
    forever = make(valid_until=None)
    assert forever.status(date(2099, 1, 1)) is BanStatus.ACTIVE
    assert forever.days_left(date(2099, 1, 1)) is None
    assert ban_status(date(2026, 1, 1), None, None, date(2025, 1, 1)) is BanStatus.SCHEDULED


def test_expiring_within_thirty_days() -> None:
    n = make()
    assert not n.expiring_soon(date(2027, 10, 27))
    assert n.expiring_soon(date(2027, 10, 28))  # 30 days left
    assert n.days_left(date(2027, 11, 27)) == 0
    assert not n.expiring_soon(date(2027, 11, 28))  # expired, no longer "expiring"
    assert not make(valid_until=None).expiring_soon(date(2027, 11, 1))


def test_languages() -> None:
    assert parse_languages("ja+en") == ("ja", "en")
    assert parse_languages("NB") == ("nb",)
    assert parse_languages(["en", "ja"]) == ("en", "ja")
    for bad in ("", "fr", "ja+ja", "ja+en+nb", 3):
        with pytest.raises(ValidationError, match="languages"):
            parse_languages(bad)


def test_validation_names_the_field() -> None:
    with pytest.raises(ValidationError, match=r"^valid_until: .*before the start"):
        validate_notice(make(valid_until=date(2026, 11, 1)))
    with pytest.raises(ValidationError, match=r"^addressee: .*name"):
        validate_notice(make(addressee=Addressee(name="  ", description="")))
    with pytest.raises(ValidationError, match=r"^valid_from: "):
        validate_notice(make(valid_from=date(2026, 11, 1)))
    with pytest.raises(ValidationError, match=r"^reason: "):
        validate_notice(make(reason=" "))
    with pytest.raises(ValidationError, match=r"^reason: .*1,000"):
        validate_notice(make(reason="x" * 1001))
    with pytest.raises(ValidationError, match=r"^addressee.name: .*control"):
        validate_notice(make(addressee=Addressee(name="a\x00b")))
    with pytest.raises(ValidationError, match=r"^issuer.shop: "):
        validate_notice(make(issuer=Issuer(shop="")))


def test_hostile_text_is_kept_exactly() -> None:
    n = validate_notice(
        make(
            addressee=Addressee(name=HOSTILE, description=HOSTILE),
            reason=HOSTILE,
            premises=[HOSTILE, " ", ""],
        )
    )
    assert (n.addressee.name, n.reason, n.premises) == (HOSTILE, HOSTILE, [HOSTILE])


def test_description_alone_is_enough() -> None:
    n = validate_notice(make(addressee=Addressee(description="50代男性、眼鏡")))
    assert n.addressee.display == "50代男性、眼鏡"


def test_service_record_rules() -> None:
    ok = ServiceRecord(ServiceMethod.CERTIFIED_MAIL, datetime(2026, 11, 29, 10, tzinfo=JST), "店長")
    assert validate_service(ok, date(2026, 11, 28)) is ok
    early = dataclasses.replace(ok, served_at=datetime(2026, 11, 27, 10, tzinfo=JST))
    with pytest.raises(ValidationError, match=r"^served_at: .*before"):
        validate_service(early, date(2026, 11, 28))
    with pytest.raises(ValidationError, match=r"^served_by: "):
        validate_service(dataclasses.replace(ok, served_by=""), date(2026, 11, 28))


def test_review_rules() -> None:
    n = make()
    shorter = Review(
        ReviewKind.APPEAL,
        ReviewOutcome.SHORTENED,
        "店長",
        date(2027, 1, 1),
        note="謝罪があった",
        new_until=date(2027, 5, 31),
    )
    assert validate_review(shorter, n) is shorter
    for new_until, message in (
        (date(2028, 1, 1), "does not shorten"),
        (date(2026, 1, 1), "before the ban starts"),
        (None, "new last day"),
    ):
        with pytest.raises(ValidationError, match=rf"^new_until: .*{message}"):
            validate_review(dataclasses.replace(shorter, new_until=new_until), n)
    with pytest.raises(ValidationError, match=r"^decided_by: "):
        validate_review(dataclasses.replace(shorter, decided_by=""), n)
    with pytest.raises(ValidationError, match=r"^note: "):
        validate_review(
            Review(ReviewKind.REVIEW, ReviewOutcome.REVOKED, "店長", date(2027, 1, 1)), n
        )
    pending = Review(ReviewKind.APPEAL, ReviewOutcome.PENDING, requested_by="本人")
    assert validate_review(pending, n) is pending


def test_fold_width_case_and_kana() -> None:
    assert fold("ﾔﾏﾀﾞ") == fold("ヤマダ") == fold("やまだ")
    assert fold("ＡＢＣ") == fold("abc")


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("山田", ["name"]),
        ("山田太郎", ["name"]),  # spaces inside the stored name do not matter
        ("やまだ", []),  # kanji is not matched by its reading
        ("コート 山田", ["name", "description"]),
        ("こーと", ["description"]),
        ("09012345678", ["phone"]),
        ("090-1234-5678", ["phone"]),
        ("+81 90 1234 5678", ["phone"]),
        ("５６７８", ["phone"]),
        ("佐藤", []),
        ("山田 佐藤", []),  # every word must match
        ("   ", []),
    ],
)
def test_match_fields(query: str, fields: list[str]) -> None:
    assert match_fields(make(), query) == fields
