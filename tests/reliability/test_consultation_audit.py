"""A consultation record, contact or cooperation request removed behind the program's back
(a raw DELETE with the key) is reported by ``verify``; one removed through it is not."""

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
