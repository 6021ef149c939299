"""RetentionService on a real vault: the review, erasing with crypto-erase, holds, settings."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from helpers import OWNER, TOKYO
from retention_support import TODAY, old_closed

from kasuhara_desktop.domain.consultation import Channel, Consultation, Contact, ContactKind
from kasuhara_desktop.domain.enums import ActionKind
from kasuhara_desktop.domain.errors import UserError
from kasuhara_desktop.domain.evidence import BundleRecord
from kasuhara_desktop.domain.models import Action
from kasuhara_desktop.domain.retention import RecordKind
from kasuhara_desktop.domain.roles import AccessDeniedError, Role
from kasuhara_desktop.domain.staff_care import FollowUp, StaffCare
from kasuhara_desktop.infra import clock
from kasuhara_desktop.services.access import Access
from kasuhara_desktop.services.consultation import ConsultationService
from kasuhara_desktop.services.dashboard import DashboardService
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.incidents import IncidentService
from kasuhara_desktop.services.retention import RetentionService
from kasuhara_desktop.services.training import TrainingService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault import audit, evidence_store, evidence_times, search
from kasuhara_desktop.vault.kdf import FAST_PARAMS
from kasuhara_desktop.vault.repositories import retention as repo
from kasuhara_desktop.vault.vault import Vault


def problems(vault: Vault) -> list[str]:
    report = verify_vault(vault)
    return [f"{c.name}: {p}" for c in report.checks for p in c.problems]


def rows_of(vault: Vault, incident_id: int) -> dict[str, int]:
    """How many rows of every table still point to incident ``incident_id``."""
    found = {}
    for (table,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for fk in vault.conn.execute(f"PRAGMA foreign_key_list('{table}')"):
            if fk[2] == "incidents":
                n = vault.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE {fk[3]} = ?", (incident_id,)
                ).fetchone()[0]
                found[table] = n
    return found


def test_every_table_pointing_to_incidents_is_handled_by_erasing(vault: Vault) -> None:
    pointing = set(rows_of(vault, 0))
    assert pointing == set(repo.INCIDENT_HANDLED) | set(repo.INCIDENT_BLOCKERS)


def test_an_old_closed_incident_is_erased_with_its_evidence_and_verify_passes(
    vault: Vault, tmp_path: Path
) -> None:
    ref, _ = old_closed(vault, tmp_path)
    inc = IncidentService(vault).get(ref)
    (item,) = EvidenceService(vault).items(ref)
    stored = evidence_store.stored_path(vault.evidence_dir, item.id)
    assert stored.exists()
    with vault.transaction() as conn:
        record = BundleRecord(item.imported_at, OWNER, "ab" * 32, "b.zip", "zip", False)
        evidence_times.record_bundle(conn, ref, record, OWNER)
    for login in ("mika",):
        vault.set_passphrase(login, f"{login} passphrase", kdf=FAST_PARAMS)
    desk = ConsultationService(vault)
    desk.save_contact(Contact(ContactKind.INTERNAL, "", login="mika"))
    consulted = desk.add_record(
        Consultation("T.K.", clock.now_seconds(), Channel.IN_PERSON, "つらい", contact_login="mika",
                     incident_reference=ref)
    )  # fmt: skip
    assert search.count_matches(vault.conn, "馬鹿野郎") == 1
    svc = RetentionService(vault)
    (due,) = svc.review(TODAY).due
    assert (due.kind, due.reference, due.due_since) == (
        RecordKind.CLOSED_INCIDENT, ref, date(2025, 4, 10),
    )  # fmt: skip

    erased = svc.erase([ref], "retention period over", today=TODAY)

    assert [(e.reference, e.files) for e in erased] == [(ref, 1)]
    assert not stored.exists()
    wal = vault.folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # the old pages left the -wal too
    assert vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    assert set(rows_of(vault, inc.id or 0).values()) == {0}
    assert vault.conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
    assert desk.record(consulted.id or 0).incident_reference == ""  # the record stays, unlinked
    assert search.count_matches(vault.conn, "馬鹿野郎") == 0  # its search index rows went too
    deletes = {(r.entity, r.entity_id) for r in audit.rows(vault.conn) if r.action == "delete"}
    assert {("incident", ref), ("incident_status", ref), ("evidence", item.id)} <= deletes
    assert ("bundle", "ab" * 32) in deletes
    assert problems(vault) == []
    assert svc.review(TODAY).due == ()


def test_held_and_notice_backed_incidents_stay(vault: Vault, tmp_path: Path) -> None:
    kept, _ = old_closed(vault)
    banned, number = old_closed(vault, tmp_path, notice_until=None)  # indefinite: in force
    svc = RetentionService(vault)
    svc.hold(kept, "損害賠償請求の可能性（弁護士に相談中）")
    review = svc.review(TODAY)
    assert review.due == ()
    reasons = {d.reference: tuple(map(str, d.held)) for d in review.held}
    assert reasons[kept] == ("on hold: 損害賠償請求の可能性（弁護士に相談中）",)
    assert reasons[banned] == (f"notice {number} is in force and rests on it",)
    for ref in (kept, banned, number):
        with pytest.raises(UserError, match="cannot be erased"):
            svc.erase([ref], "x", today=TODAY)
    assert vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 2
    svc.release(kept)
    assert [d.reference for d in svc.review(TODAY).due] == [kept]
    actions = [(r.action, r.entity_id) for r in audit.rows(vault.conn, repo.HOLD_ENTITY)]
    assert actions == [("hold", kept), ("release", kept)]
    assert problems(vault) == []


def test_an_incident_goes_only_with_the_due_notice_resting_on_it(
    vault: Vault, tmp_path: Path
) -> None:
    ref, number = old_closed(vault, tmp_path, notice_until="2020-10-09")
    svc = RetentionService(vault)
    assert [d.reference for d in svc.review(TODAY).due] == [number, ref]
    with pytest.raises(UserError, match=f"without notice {number}"):
        svc.erase([ref], "x", today=TODAY)
    erased = svc.erase([ref, number], "period over", today=TODAY)  # notice first, whatever order
    assert [e.reference for e in erased] == [number, ref]
    assert vault.conn.execute("SELECT count(*) FROM notices").fetchone()[0] == 0
    assert problems(vault) == []


def test_only_the_owner_reviews_or_erases(vault: Vault) -> None:
    ref, _ = old_closed(vault)
    manager = RetentionService(vault, Access(login="ken", display_name="ken", role=Role.MANAGER))
    for call in (
        lambda: manager.review(TODAY),
        lambda: manager.erase([ref], "x", today=TODAY),
        lambda: manager.hold(ref, "x"),
        lambda: manager.set_months(RecordKind.NOTICE, 3),
    ):
        with pytest.raises(AccessDeniedError):
            call()
    assert vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1


def test_settings_change_what_is_due_and_are_audited(vault: Vault) -> None:
    ref, _ = old_closed(vault)
    svc = RetentionService(vault)
    svc.set_months(RecordKind.CLOSED_INCIDENT, 120)
    assert svc.review(TODAY).due == ()
    by_kind = {s.rule.kind: s for s in svc.rule_settings()}
    assert (by_kind[RecordKind.CLOSED_INCIDENT].months, by_kind[RecordKind.NOTICE].is_default) == (
        120, True,
    )  # fmt: skip
    svc.set_months(RecordKind.CLOSED_INCIDENT, None)
    assert [d.reference for d in svc.review(TODAY).due] == [ref]
    assert len(audit.rows(vault.conn, repo.SETTING_ENTITY)) == 2


def test_a_reason_is_needed_and_an_unknown_reference_is_refused(vault: Vault) -> None:
    ref, _ = old_closed(vault)
    svc = RetentionService(vault)
    with pytest.raises(UserError):
        svc.erase([ref], "  ", today=TODAY)
    with pytest.raises(UserError, match="No record"):
        svc.hold("K-1999-0001", "x")
    assert vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1


def test_the_erase_job_runs_on_another_thread_and_stops_between_records(vault: Vault) -> None:
    first, _ = old_closed(vault)
    second, _ = old_closed(vault)
    svc = RetentionService(vault)
    job = svc.erase_job([first, second], "period over", today=TODAY)
    calls: list[int] = []
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.extend(
            job.run(progress=lambda n, _t: calls.append(n), should_cancel=lambda: len(calls) > 0)
        )
    )
    worker.start()
    worker.join(30)
    svc.finish()
    assert [e.reference for e in result] == [first]  # type: ignore[attr-defined]
    assert [d.reference for d in svc.review(TODAY).due] == [second]
    assert problems(vault) == []


def test_the_home_screen_counts_the_records_due_for_the_owner_only(vault: Vault) -> None:
    old_closed(vault)
    assert DashboardService(vault).figures(TODAY).retention_due == 1
    assert DashboardService(vault).figures(TODAY).to_dict()["retention_due"] == 1
    manager = Access(login="ken", display_name="ken", role=Role.MANAGER)
    assert DashboardService(vault, manager).figures(TODAY).retention_due is None


def test_follow_ups_not_done_keep_an_incident_as_closing_counts_them(vault: Vault) -> None:
    care = StaffCare(staff_name="佐藤", follow_ups=[FollowUp(date(2020, 5, 10), "面談")])
    cared, _ = old_closed(vault, staff_care=[care], close_reason="退職済みのため")
    noted, _ = old_closed(vault, actions=[Action(ActionKind.OTHER, "謝罪文を受領")])  # no due day
    svc = RetentionService(vault)
    review = svc.review(TODAY)
    assert [d.reference for d in review.due] == [noted]
    (kept,) = review.held
    assert (kept.reference, [str(k) for k in kept.held]) == (cared, ["1 follow-up(s) not done"])


def test_old_consultations_and_training_sessions_are_erased_and_verify_passes(
    vault: Vault,
) -> None:
    training = TrainingService(vault)
    training.add_member("山田 太郎", "full_time", date(2018, 4, 1))
    old_session = training.add_session(date(2019, 6, 1), "初期対応", "店長", ["山田 太郎"])
    training.add_session(date(2026, 6, 1), "電話対応", "店長", ["山田 太郎"])
    vault.set_passphrase("mika", "mika passphrase", kdf=FAST_PARAMS)
    desk = ConsultationService(vault)
    desk.save_contact(Contact(ContactKind.INTERNAL, "", login="mika"))
    at = datetime(2021, 2, 1, 10, 0, tzinfo=TOKYO)
    old = desk.add_record(Consultation("T.K.", at, Channel.PHONE, "つらい", contact_login="mika"))
    svc = RetentionService(vault)
    due = {d.reference: d.kind for d in svc.review(TODAY).due}
    session_ref, consultation_ref = f"T-{old_session.id}", f"C-{old.id}"
    assert due == {
        session_ref: RecordKind.TRAINING_SESSION, consultation_ref: RecordKind.CONSULTATION,
    }  # fmt: skip
    svc.erase([session_ref, consultation_ref], "期間満了", today=TODAY)
    assert [s.held_on for s in training.sessions()] == [date(2026, 6, 1)]
    assert desk.records() == []
    assert problems(vault) == []


def test_a_complaint_period_still_running_for_either_holder_keeps_the_incident(
    vault: Vault,
) -> None:
    """The later holder's day counts: a staff member's period still open keeps the record."""
    staff, _ = old_closed(
        vault, offender_known_on=date(2020, 4, 1), offender_known_to_staff_on=date(2026, 10, 1)
    )
    shop, _ = old_closed(vault, offender_known_on=date(2026, 10, 1))
    both_over, _ = old_closed(
        vault, offender_known_on=date(2020, 4, 1), offender_known_to_staff_on=date(2020, 4, 2)
    )
    review = RetentionService(vault).review(TODAY)
    assert [d.reference for d in review.due] == [both_over]
    held = {d.reference: [str(k) for k in d.held] for d in review.held}
    assert held[staff] == ["the complaint deadline is open until 2027-04-01"]
    assert held[shop] == held[staff]


def test_former_staff_are_erased_after_the_sessions_that_name_them(vault: Vault) -> None:
    """Their name and dates go five years after they left, once no kept session names them;
    a session that is due goes first, in the same erasing, and verify passes after."""
    training = TrainingService(vault)
    gone = training.add_member("山田 太郎", "part_time", date(2015, 4, 1))
    kept = training.add_member("佐藤 花子", "part_time", date(2015, 4, 1))
    working = training.add_member("鈴木 一郎", "full_time", date(2015, 4, 1))
    old = training.add_session(date(2019, 6, 1), "初期対応", "店長", ["山田 太郎", "鈴木 一郎"])
    recent = training.add_session(date(2022, 6, 1), "電話対応", "店長", ["佐藤 花子"])
    training.leave(gone.id or 0, date(2020, 3, 31))
    training.leave(kept.id or 0, date(2021, 3, 31))
    svc = RetentionService(vault)
    review = svc.review(TODAY)
    gone_ref, kept_ref, old_ref = f"R-{gone.id}", f"R-{kept.id}", f"T-{old.id}"
    assert {d.reference: d.kind for d in review.due} == {
        old_ref: RecordKind.TRAINING_SESSION, gone_ref: RecordKind.FORMER_STAFF,
    }  # fmt: skip
    held = {d.reference: [str(k) for k in d.held] for d in review.held}
    assert held == {kept_ref: [f"training session T-{recent.id} names them and is kept"]}
    assert f"R-{working.id}" not in {d.reference for d in (*review.due, *review.held)}
    with pytest.raises(UserError, match=f"without training session {old_ref}"):
        svc.erase([gone_ref], "期間満了", today=TODAY)
    svc.erase([gone_ref, old_ref], "期間満了", today=TODAY)
    names = [m.name for m in training.roster()]
    assert sorted(names) == sorted(["佐藤 花子", "鈴木 一郎"]) and len(training.sessions()) == 1
    assert problems(vault) == []
