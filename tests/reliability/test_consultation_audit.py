"""A consultation record, contact or cooperation request removed or rewritten behind the
program's back (raw SQL with the key) is reported by ``verify``; changes through it are not."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from helpers import PASSPHRASE, make_vault

from kasuhara_desktop.domain.consultation import Channel, Consultation, Contact, ContactKind
from kasuhara_desktop.domain.cooperation import CooperationRequest, Direction
from kasuhara_desktop.services.consultation import ConsultationService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault.connection import connect
from kasuhara_desktop.vault.vault import Vault

AT = datetime(2026, 11, 20, 18, 30, tzinfo=timezone(timedelta(hours=9)))


def failed(folder: Path) -> dict[str, list[str]]:
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        report = verify_vault(vault)
    return {c.name: c.problems for c in report.checks if not c.ok}


def test_raw_deletes_are_reported_and_audited_ones_are_not(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, key = make_vault(folder)
    svc = ConsultationService(vault)
    kept = svc.save_contact(Contact(ContactKind.LAWYER, "山田法律事務所"))
    gone = svc.save_contact(Contact(ContactKind.OTHER, "消す相談先"))
    svc.delete_contact(gone.id or 0)  # through the program: audited
    record = svc.add_record(Consultation("T.K.", AT, Channel.PHONE, "相談", vault.user))
    request = svc.save_request(
        CooperationRequest(Direction.INCOMING, date(2026, 12, 2), "株式会社ほか商事")
    )
    vault.close()
    assert failed(folder) == {}
    conn = connect(folder / "vault.db", key)
    with conn:
        conn.execute("DELETE FROM consultations WHERE id = ?", (record.id,))
        conn.execute("DELETE FROM consultation_contacts WHERE id = ?", (kept.id,))
        conn.execute("DELETE FROM cooperation_requests WHERE id = ?", (request.id,))
    conn.close()
    problems = "\n".join(p for ps in failed(folder).values() for p in ps)
    assert f"consultation {record.id} is gone" in problems
    assert f"consultation_contact {kept.id} is gone" in problems
    assert f"cooperation_request {request.id} is gone" in problems
    assert f"consultation_contact {gone.id} " not in problems


def test_a_raw_rewrite_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, key = make_vault(folder)
    svc = ConsultationService(vault)
    svc.save_contact(Contact(ContactKind.INTERNAL, "", login=vault.user))
    record = svc.add_record(Consultation("T.K.", AT, Channel.PHONE, "相談", vault.user))
    svc.update_record(Consultation("T.K.", AT, Channel.PHONE, "相談", vault.user,
                                   action="面談した", id=record.id))  # fmt: skip
    request = svc.save_request(
        CooperationRequest(Direction.OUTGOING, date(2026, 12, 2), "A社", what_happened="事実")
    )
    vault.close()
    assert failed(folder) == {}
    conn = connect(folder / "vault.db", key)
    with conn:  # someone else named as the contact person, so they could read it
        conn.execute("UPDATE consultations SET contact_login = 'taro' WHERE id = ?", (record.id,))
        conn.execute("UPDATE cooperation_requests SET name_staff = 1 WHERE id = ?", (request.id,))
    conn.close()
    assert failed(folder) == {
        "consultation_desk_matches_audit": [
            f"consultation {record.id} was changed outside the program",
            f"cooperation_request {request.id} was changed outside the program",
        ]
    }
