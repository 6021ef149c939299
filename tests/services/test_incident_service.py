"""Recording, updating, listing and searching incidents; revisions and the audit chain."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta

import pytest
from helpers import HOSTILE, TOKYO, sample_incident

from kasuhara_desktop.domain.enums import Behaviour, Channel, IncidentStatus
from kasuhara_desktop.domain.errors import NotFoundError, UserError
from kasuhara_desktop.domain.query import IncidentFilter, SortKey
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.vault import Vault


@pytest.fixture
def service(vault: Vault) -> IncidentService:
    return IncidentService(vault)


def test_references_count_per_year(service: IncidentService) -> None:
    a = service.add(sample_incident())
    b = service.add(sample_incident())
    c = service.add(sample_incident(occurred_at=datetime(2027, 1, 1, 0, 30, tzinfo=TOKYO)))
    assert (a.reference, b.reference, c.reference) == ("K-2026-0001", "K-2026-0002", "K-2027-0001")


def test_round_trip_of_every_field(service: IncidentService) -> None:
    added = service.add(sample_incident(HOSTILE))
    loaded = service.get(added.reference)
    assert service.to_json(loaded) == service.to_json(added)
    assert loaded.summary == HOSTILE
    assert loaded.participants[0].person is not None
    assert loaded.participants[0].person.description == "黒い服"


def test_update_keeps_revisions_with_what_changed(service: IncidentService) -> None:
    inc = service.add(sample_incident())
    inc.summary = "訂正後の概要"
    inc.status = IncidentStatus.FACTS_CONFIRMED
    inc.assessment.facts_confirmed_by = "店長"
    updated = service.update(inc.reference, inc, expected_version=1)
    assert updated.version == 2
    revs = service.revisions(inc.reference)
    assert [r.version for r in revs] == [1, 2]
    assert set(revs[1].changed) == {"summary", "status", "assessment"}
    assert service.revision_snapshot(inc.reference, 1)["summary"] == "返金要求と暴言"


def test_each_revision_snapshot_is_the_text_its_audit_row_hashes(
    service: IncidentService, vault: Vault
) -> None:
    """Anyone holding the database can check a past version against the audit chain."""
    inc = service.add(sample_incident(HOSTILE))
    inc.summary = "訂正後の概要 🙏"
    service.update(inc.reference, inc, expected_version=1)
    snapshots = [
        row[0]
        for row in vault.conn.execute("SELECT snapshot FROM incident_revisions ORDER BY version")
    ]
    audited = [
        row[0]
        for row in vault.conn.execute(
            "SELECT content_hash FROM audit WHERE entity = 'incident' AND entity_id = ?"
            " ORDER BY id",
            (inc.reference,),
        )
    ]
    assert [hashlib.sha256(s.encode()).hexdigest() for s in snapshots] == audited
    assert json.loads(snapshots[1])["summary"] == "訂正後の概要 🙏"


def test_unchanged_update_makes_no_revision(service: IncidentService) -> None:
    inc = service.add(sample_incident())
    service.update(inc.reference, service.get(inc.reference), expected_version=1)
    assert len(service.revisions(inc.reference)) == 1


def test_stale_update_is_refused_and_changes_nothing(service: IncidentService) -> None:
    inc = service.add(sample_incident())
    first = service.get(inc.reference)
    first.summary = "first edit"
    service.update(inc.reference, first, expected_version=1)
    second = service.get(inc.reference)
    second.summary = "stale edit"
    with pytest.raises(UserError, match="changed by"):
        service.update(inc.reference, second, expected_version=1)
    assert service.get(inc.reference).summary == "first edit"


def test_unknown_reference(service: IncidentService) -> None:
    with pytest.raises(NotFoundError, match="K-2099-0001"):
        service.get("K-2099-0001")


@pytest.mark.parametrize("word", ["暴言", "土下座", "客", "ＡＢＣ", "abc", "黒い", "レジ 暴言"])
def test_search_finds_short_japanese_words_in_any_field(
    service: IncidentService, word: str
) -> None:
    target = sample_incident("土下座を要求 ABC")
    target.quotes[0].words = "暴言"
    service.add(target)
    service.add(sample_incident("関係のない件", quotes=[], participants=[], location="倉庫"))
    found = service.find(IncidentFilter(search=word))
    assert [f.summary for f in found] == ["土下座を要求 ABC"]


def test_search_treats_wildcards_literally(service: IncidentService) -> None:
    service.add(sample_incident("100% off"))
    service.add(sample_incident("1000 off"))
    assert [r.summary for r in service.find(IncidentFilter(search="100%"))] == ["100% off"]
    assert service.find(IncidentFilter(search="_")) == []


def test_filters_and_sort(service: IncidentService) -> None:
    base = datetime(2026, 3, 1, 12, 0, tzinfo=TOKYO)
    for i in range(5):
        service.add(
            sample_incident(
                f"件{i}",
                occurred_at=base + timedelta(days=i),
                channel=Channel.PHONE if i % 2 else Channel.IN_PERSON,
                behaviours=[Behaviour.REPEATED_CALLS] if i == 3 else [],
            )
        )
    assert service.count(IncidentFilter(channel=Channel.PHONE)) == 2
    assert [
        r.summary for r in service.find(IncidentFilter(behaviour=Behaviour.REPEATED_CALLS))
    ] == ["件3"]
    ranged = service.find(IncidentFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 3)))
    assert sorted(r.summary for r in ranged) == ["件1", "件2"]
    asc = service.find(IncidentFilter(sort=SortKey.OCCURRED, descending=False))
    assert [r.summary for r in asc] == [f"件{i}" for i in range(5)]
    assert len(service.find(IncidentFilter(), offset=1, limit=2)) == 2


def test_same_staff_member_is_linked_not_duplicated(service: IncidentService) -> None:
    service.add(sample_incident())
    service.add(sample_incident())
    assert [s.name for s in service.staff()].count("佐藤") == 1


def test_verify_catches_an_audit_row_edited_by_raw_sql(vault: Vault) -> None:
    service = IncidentService(vault)
    service.add(sample_incident())
    assert verify_vault(vault).ok
    vault.conn.execute("UPDATE audit SET user = 'someone else' WHERE id = 2")
    report = verify_vault(vault)
    assert not report.ok
    assert any("altered" in p for c in report.checks for p in c.problems)


def test_verify_catches_a_record_edited_by_raw_sql(vault: Vault) -> None:
    IncidentService(vault).add(sample_incident())
    vault.conn.execute("UPDATE quotes SET words = '穏やかな言葉'")
    report = verify_vault(vault)
    failed = {c.name for c in report.checks if not c.ok}
    assert failed == {"records_match_audit"}


def test_verify_catches_a_deleted_audit_row(vault: Vault) -> None:
    IncidentService(vault).add(sample_incident())
    IncidentService(vault).add(sample_incident())
    vault.conn.execute("DELETE FROM audit WHERE id = 3")
    assert not verify_vault(vault).ok


def test_verify_catches_a_past_version_edited_by_raw_sql(vault: Vault) -> None:
    service = IncidentService(vault)
    inc = service.add(sample_incident())
    inc.summary = "二回目"
    service.update(inc.reference, inc, expected_version=1)
    assert verify_vault(vault).ok
    old = vault.conn.execute(
        "SELECT snapshot FROM incident_revisions WHERE version = 1"
    ).fetchone()[0]
    vault.conn.execute(
        "UPDATE incident_revisions SET snapshot = ? WHERE version = 1",
        (old.replace("返金要求と暴言", "穏やかな問い合わせ"),),
    )
    report = verify_vault(vault)
    problems = {c.name: c.problems for c in report.checks if not c.ok}
    assert problems == {
        "revisions_match_audit": [f"{inc.reference} version 1 was changed after it was saved"]
    }


def test_verify_accepts_revisions_stored_before_snapshots_were_canonical(vault: Vault) -> None:
    """Vaults written before schema 4 keep snapshots with other spacing and key order."""
    inc = IncidentService(vault).add(sample_incident(HOSTILE))
    text = vault.conn.execute("SELECT snapshot FROM incident_revisions").fetchone()[0]
    loose = json.dumps(dict(reversed(json.loads(text).items())), ensure_ascii=False, indent=1)
    vault.conn.execute("UPDATE incident_revisions SET snapshot = ?", (loose,))
    assert verify_vault(vault).ok, inc.reference


# ---------------------------------------------------------------- closed incidents


def _closed(service: IncidentService) -> str:
    inc = sample_incident()
    inc.status = IncidentStatus.CLOSED
    return service.add(inc).reference


def test_a_closed_incident_refuses_changes_until_reopened(service: IncidentService) -> None:
    ref = _closed(service)
    inc = service.get(ref)
    inc.summary = "後から書き換え"
    with pytest.raises(UserError, match="closed"):
        service.update(ref, inc, inc.version)
    assert service.get(ref).summary != "後から書き換え"


def test_reopening_and_editing_in_one_save_is_refused(service: IncidentService) -> None:
    ref = _closed(service)
    inc = service.get(ref)
    inc.summary = "書き換え"
    inc.status = IncidentStatus.RESPONDED
    with pytest.raises(UserError, match="Reopen"):
        service.update(ref, inc, inc.version, status_reason="新しい証言")
    assert service.get(ref).status is IncidentStatus.CLOSED


def test_reopen_needs_a_reason_and_audits_it(vault: Vault, service: IncidentService) -> None:
    from kasuhara_desktop.vault import audit

    ref = _closed(service)
    with pytest.raises(UserError, match="reason"):
        service.reopen(ref, "   ")
    reopened = service.reopen(ref, "防犯カメラの映像が届いた")
    assert reopened.status is IncidentStatus.RESPONDED
    last = audit.rows(vault.conn, "incident_status")[-1]
    assert last.content_hash == audit.canonical_hash(
        {"from": "closed", "to": "responded", "reason": "防犯カメラの映像が届いた"}
    )
    inc = service.get(ref)
    inc.summary = "追記できる"
    assert service.update(ref, inc, inc.version).summary == "追記できる"
    with pytest.raises(UserError, match="not closed"):
        service.reopen(ref, "もう一度")


def test_no_notice_is_issued_on_a_closed_incident(vault: Vault, service: IncidentService) -> None:
    from kasuhara_desktop.domain.errors import WorkflowError
    from kasuhara_desktop.services.notices import NoticeService

    ref = _closed(service)
    notices = NoticeService(vault)
    draft = notices.defaults(ref)
    draft.override_reason = "店長判断"
    with pytest.raises(WorkflowError, match="closed"):
        notices.issue(draft)
    assert not notices.for_incident(ref) and not service.get(ref).actions
