"""The audit chain covers every stored evidence row, and rows of a removed record are reported.

Before, with the key, these passed ``verify``: rewriting evidence metadata; replacing an
evidence file's content and fixing its ``sha256``; deleting a whole incident whose audit rows
remained. (Cutting the chain's tail is caught by the anchor: test_rollback_anchor.py.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import sqlcipher3
from helpers import PASSPHRASE
from reliability_support import FilledVault

from kasuhara_desktop.domain.notice import Addressee, Issuer, Notice
from kasuhara_desktop.services.evidence import EvidenceService
from kasuhara_desktop.services.verify import verify_vault
from kasuhara_desktop.vault import audit
from kasuhara_desktop.vault.connection import connect
from kasuhara_desktop.vault.repositories import notices as notice_repo
from kasuhara_desktop.vault.vault import Vault


@contextmanager
def raw(v: FilledVault) -> Iterator[sqlcipher3.Connection]:
    """The database with the key, as an attacker or a careless tool would edit it."""
    conn = connect(v.folder / "vault.db", v.key)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def failed(folder: Path) -> dict[str, list[str]]:
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        report = verify_vault(vault)
    return {c.name: c.problems for c in report.checks if not c.ok}


def test_a_fresh_vault_with_checked_and_deleted_evidence_verifies(filled: FilledVault) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault:
        service = EvidenceService(vault)
        service.delete(filled.evidence_ids[1], "間違えて追加")
        service.record_checks({filled.evidence_ids[0]: "intact"})
    assert failed(filled.folder) == {}


def test_rewritten_evidence_metadata_is_caught(filled: FilledVault) -> None:
    with raw(filled) as conn:
        conn.execute(
            "UPDATE evidence SET description = '書き換え',"
            " imported_at = '2020-01-01T00:00:00+00:00' WHERE id = ?",
            (filled.evidence_ids[0],),
        )
    [problem] = failed(filled.folder)["evidence_rows_match_audit"]
    assert filled.evidence_ids[0] in problem and "changed outside the program" in problem


def test_replaced_evidence_content_with_a_fixed_sha256_is_caught(filled: FilledVault) -> None:
    # Another file, its own key and its SHA-256 put in place of the first: every file check
    # passes, only the chain knows the row is not the one imported.
    first, second = filled.evidence_ids
    with raw(filled) as conn:
        key, sha, size = conn.execute(
            "SELECT file_key, sha256, size FROM evidence WHERE id = ?", (second,)
        ).fetchone()
        conn.execute(
            "UPDATE evidence SET file_key = ?, sha256 = ?, size = ? WHERE id = ?",
            (key, sha, size, first),
        )
    filled.evidence_file(0).write_bytes(filled.evidence_file(1).read_bytes())
    problems = failed(filled.folder)
    assert list(problems) == ["evidence_rows_match_audit"]
    assert first in problems["evidence_rows_match_audit"][0]


def test_a_rewritten_notice_is_caught(filled: FilledVault) -> None:
    with Vault.open(filled.folder, passphrase=PASSPHRASE) as vault, vault.transaction() as conn:
        n = Notice(
            incident_reference=filled.reference,
            addressee=Addressee(name="山田"),
            issuer=Issuer(shop="さくらマート"),
            issue_date=date(2026, 11, 28),
            valid_from=date(2026, 11, 28),
            valid_until=date(2027, 11, 27),
            reason="怒鳴った",
        )
        n.number = notice_repo.next_number(conn, 2026)
        notice_repo.insert(conn, n, b"%PDF-1.4 pretend", {}, vault.user)
    assert failed(filled.folder) == {}
    with raw(filled) as conn:  # the ban made a month shorter, by hand
        conn.execute("UPDATE notices SET valid_until = '2027-10-27'")
    [problem] = failed(filled.folder)["notices_match_audit"]
    assert f"notice {n.number} was changed outside the program" in problem


def test_a_deleted_incident_leaves_orphaned_audit_rows(filled: FilledVault) -> None:
    with raw(filled) as conn:
        [incident_id] = conn.execute(
            "SELECT id FROM incidents WHERE reference = ?", (filled.reference,)
        ).fetchone()
        for table, column in conn.execute(
                "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                " WHERE m.type = 'table' AND f.\"table\" = 'incidents'").fetchall():  # fmt: skip
            conn.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', (incident_id,))
        conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
    problems = failed(filled.folder)
    orphans = problems["orphaned_audit_rows"]
    assert any(f"incident {filled.reference} is gone" in p for p in orphans)
    assert sum("evidence" in p and "is gone" in p for p in orphans) == 2


def test_rows_written_before_coverage_still_verify_and_their_parts_are_checked(
    filled: FilledVault,
) -> None:
    """A vault whose evidence audit rows hashed only parts of the row (earlier versions)."""
    with raw(filled) as conn:
        # Rewrite the chain as the earlier version wrote it: import rows of the partial content.
        rows = conn.execute("SELECT * FROM audit ORDER BY id").fetchall()
        conn.execute("DELETE FROM audit")
        stored = audit.evidence_rows(conn)
        prev = audit.GENESIS
        for id_, at, user, action, entity, entity_id, content_hash, _p, _h in rows:
            if entity == "evidence":
                content_hash = audit.legacy_evidence_hashes(stored[entity_id])[action]
            h = audit.row_hash(prev, at, user, action, entity, entity_id, content_hash)
            conn.execute(
                "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (id_, at, user, action, entity, entity_id, content_hash, prev, h),
            )
            prev = h
    assert "evidence_rows_match_audit" not in failed(filled.folder)
    with raw(filled) as conn:  # a part those rows did record: still caught
        fake = hashlib.sha256(b"other").hexdigest()
        conn.execute("UPDATE evidence SET sha256 = ? WHERE id = ?", (fake, filled.evidence_ids[0]))
    assert "evidence_rows_match_audit" in failed(filled.folder)
