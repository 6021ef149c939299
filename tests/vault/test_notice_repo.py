"""The notices repository: schema v3, round trips, numbering, audit rows, stored PDF hash."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

import pytest
from helpers import sample_incident

from kasuhara_desktop.domain.errors import IntegrityError, NotFoundError
from kasuhara_desktop.domain.notice import (
    Addressee,
    Breach,
    Issuer,
    Notice,
    Review,
    ReviewKind,
    ReviewOutcome,
    ServiceMethod,
    ServiceRecord,
)
from kasuhara_desktop.vault import audit, migrate
from kasuhara_desktop.vault.repositories import incidents as incident_repo
from kasuhara_desktop.vault.repositories import notices as repo
from kasuhara_desktop.vault.vault import Vault

JST = timezone(timedelta(hours=9))
PDF = b"%PDF-1.4 pretend"


def stored(vault: Vault, **changes: object) -> Notice:
    with vault.transaction() as conn:
        inc = incident_repo.insert(conn, sample_incident(), vault.user)
        n = Notice(
            incident_reference=inc.reference,
            addressee=Addressee(
                name="山田",
                description="眼鏡",
                phone="090-1111-2222",
                person_id=inc.participants[0].person.id,
            ),  # type: ignore[union-attr]
            issuer=Issuer(shop="さくらマート", company="株式会社さくら"),
            issue_date=date(2026, 11, 28),
            valid_from=date(2026, 11, 28),
            valid_until=date(2027, 11, 27),
            reason="怒鳴った",
            premises=["本店", "駅前店"],
            languages=("ja", "en"),
            incident_date=date(2026, 11, 3),
        )
        for key, value in changes.items():
            setattr(n, key, value)
        n.number = repo.next_number(conn, n.issue_date.year)
        return repo.insert(conn, n, PDF, {"ja": {"title": "出入禁止通知書"}}, vault.user)


def test_schema_is_at_version_three(vault: Vault) -> None:
    assert migrate.current_version(vault.conn) >= 3
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "notices",
        "notice_service_records",
        "notice_reviews",
        "notice_breaches",
        "notice_wording",
        "notice_counters",
    } <= tables


def test_round_trip_and_numbering(vault: Vault) -> None:
    first = stored(vault)
    second = stored(vault)
    next_year = stored(vault, issue_date=date(2027, 1, 5), valid_from=date(2027, 1, 5))
    assert (first.number, second.number, next_year.number) == (
        "N-2026-0001",
        "N-2026-0002",
        "N-2027-0001",
    )
    loaded = repo.get(vault.conn, "n-2026-0001")
    assert loaded.addressee == first.addressee
    assert loaded.issuer == first.issuer and loaded.premises == ["本店", "駅前店"]
    assert loaded.languages == ("ja", "en") and loaded.incident_date == date(2026, 11, 3)
    assert loaded.pdf_sha256 == hashlib.sha256(PDF).hexdigest()
    assert repo.get(vault.conn, str(first.id)).number == "N-2026-0001"
    assert [n.number for n in repo.list_all(vault.conn)] == [
        "N-2027-0001",
        "N-2026-0002",
        "N-2026-0001",
    ]
    assert repo.pdf(vault.conn, first.id or 0) == PDF
    assert repo.wording_snapshot(vault.conn, first.id or 0) == {"ja": {"title": "出入禁止通知書"}}
    with pytest.raises(NotFoundError, match="N-2030-0001"):
        repo.get(vault.conn, "N-2030-0001")


def test_every_write_appends_to_the_audit_chain(vault: Vault) -> None:
    n = stored(vault)
    with vault.transaction() as conn:
        repo.add_service(
            conn,
            n,
            ServiceRecord(
                ServiceMethod.IN_PERSON,
                datetime(2026, 11, 28, 15, tzinfo=JST),
                "店長",
                "佐藤",
            ),
            vault.user,
        )
        repo.add_review(
            conn,
            n,
            Review(
                ReviewKind.APPEAL,
                ReviewOutcome.SHORTENED,
                "店長",
                date(2027, 1, 10),
                note="謝罪",
                new_until=date(2027, 5, 31),
            ),
            vault.user,
        )
        repo.add_breach(
            conn,
            n,
            n.incident_reference,
            Breach(n.incident_reference, datetime(2027, 2, 1, 18, tzinfo=JST)),
            vault.user,
        )
        repo.set_wording(conn, "en", {"title": "Ban"}, vault.user)
    actions = [
        (r.action, r.entity) for r in audit.rows(vault.conn) if r.entity.startswith("notice")
    ]
    assert actions == [  # each notice change also writes a state row covering all of it
        ("issue", "notice"),
        ("state", "notice_row"),
        ("serve", "notice"),
        ("state", "notice_row"),
        ("review_shortened", "notice"),
        ("state", "notice_row"),
        ("breach", "notice"),
        ("state", "notice_row"),
        ("save", "notice_wording"),
    ]
    assert audit.verify_chain(vault.conn) == []
    loaded = repo.get(vault.conn, n.number)
    assert loaded.shortened_to == date(2027, 5, 31) and loaded.effective_until == date(2027, 5, 31)
    assert [s.witness for s in loaded.service] == ["佐藤"]
    assert [r.outcome for r in loaded.reviews] == [ReviewOutcome.SHORTENED]
    assert [b.incident_reference for b in loaded.breaches] == [n.incident_reference]


def test_revocation_is_stored(vault: Vault) -> None:
    n = stored(vault)
    with vault.transaction() as conn:
        repo.add_review(
            conn,
            n,
            Review(
                ReviewKind.REVIEW,
                ReviewOutcome.REVOKED,
                "店長",
                date(2027, 2, 1),
                note="誤認だった",
            ),
            vault.user,
        )
    loaded = repo.get(vault.conn, n.number)
    assert (loaded.revoked_on, loaded.revoked_by, loaded.revoked_reason) == (
        date(2027, 2, 1),
        "店長",
        "誤認だった",
    )


def test_a_changed_pdf_is_detected(vault: Vault) -> None:
    n = stored(vault)
    with vault.transaction() as conn:
        conn.execute("UPDATE notices SET pdf = ? WHERE id = ?", (b"%PDF forged", n.id))
    with pytest.raises(IntegrityError, match="N-2026-0001"):
        repo.pdf(vault.conn, n.id or 0)


def test_wording_set_and_reset(vault: Vault) -> None:
    assert repo.get_wording(vault.conn, "ja") == {}
    with vault.transaction() as conn:
        repo.set_wording(conn, "ja", {"title": "入店禁止のお知らせ"}, vault.user)
    assert repo.get_wording(vault.conn, "ja") == {"title": "入店禁止のお知らせ"}
    with vault.transaction() as conn:
        repo.set_wording(conn, "ja", {}, vault.user)
    assert repo.get_wording(vault.conn, "ja") == {}


def test_receipt_evidence_must_exist(vault: Vault) -> None:
    n = stored(vault)
    record = ServiceRecord(
        ServiceMethod.IN_PERSON,
        datetime(2026, 11, 28, 15, tzinfo=JST),
        "店長",
        receipt_evidence_id="0" * 32,
    )
    with pytest.raises(Exception, match="FOREIGN KEY"), vault.transaction() as conn:
        repo.add_service(conn, n, record, vault.user)
