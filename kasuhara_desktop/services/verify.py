"""Checking a vault end to end: encryption pages, SQLite structure, audit chain, records."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from ..vault import audit, evidence_store, quarantine
from ..vault.repositories import incidents as repo
from ..vault.repositories import notices as notice_repo
from ..vault.vault import Vault


@dataclass
class CheckResult:
    name: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class VerifyReport:
    checks: list[CheckResult]
    head_hash: str

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "head_hash": self.head_hash,
            "checks": [{"name": c.name, "ok": c.ok, "problems": c.problems} for c in self.checks],
        }


def verify_vault(vault: Vault) -> VerifyReport:
    conn = vault.conn
    cipher = CheckResult("sqlcipher_pages")
    cipher.problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    integrity = CheckResult("sqlite_integrity")
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    integrity.problems = [r for r in rows if r != "ok"]
    fk = CheckResult("foreign_keys")
    fk.problems = [
        f"{r[0]} row {r[1]} points to a missing {r[2]}"
        for r in conn.execute("PRAGMA foreign_key_check")
    ]
    chain = CheckResult("audit_chain", audit.verify_chain(conn))
    records = CheckResult("records_match_audit", _records_match_audit(vault))
    revisions = CheckResult("revisions_match_audit", _revisions_match_audit(vault))
    files = CheckResult("evidence_files", evidence_store.verify_all(conn, vault.evidence_dir))
    kept = CheckResult(
        "evidence_quarantine", quarantine.quarantine_problems(conn, vault.evidence_dir)
    )
    notices = CheckResult("notice_pdfs", notice_repo.pdf_problems(conn))
    checks = [cipher, integrity, fk, chain, records, revisions, files, kept, notices]
    return VerifyReport(checks=checks, head_hash=audit.head(conn))


def _records_match_audit(vault: Vault) -> list[str]:
    """Each incident as stored now must hash to what its last audit row recorded."""
    last: dict[str, str] = {}
    for row in audit.rows(vault.conn, "incident"):
        last[row.entity_id] = row.content_hash
    problems = []
    for inc in repo.iter_all(vault.conn):
        recorded = last.get(inc.reference)
        if recorded is None:
            problems.append(f"{inc.reference} has no audit record")
        elif audit.canonical_hash(repo.content_of(inc)) != recorded:
            problems.append(f"{inc.reference} was changed outside the program")
    return problems


def _revisions_match_audit(vault: Vault) -> list[str]:
    """Each saved version of an incident must hash to the audit row written when it was saved.

    An incident's audit rows (entity ``incident``) are its saves, one per version, in order.
    The snapshot is re-serialised canonically first, so revisions stored before snapshots were
    kept in canonical form are checked too.
    """
    recorded: dict[str, list[str]] = defaultdict(list)
    for row in audit.rows(vault.conn, "incident"):
        recorded[row.entity_id].append(row.content_hash)
    saved: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for reference, version, snapshot in repo.iter_revision_snapshots(vault.conn):
        saved[reference].append((version, snapshot))
    problems = []
    for reference, versions in saved.items():
        hashes = recorded.get(reference, [])
        if len(hashes) != len(versions):
            problems.append(
                f"{reference} has {len(versions)} saved versions but {len(hashes)} audit rows"
            )
            continue
        for (version, snapshot), expected in zip(versions, hashes, strict=True):
            try:
                actual = audit.canonical_hash(json.loads(snapshot))
            except ValueError:
                actual = ""
            if actual != expected:
                problems.append(f"{reference} version {version} was changed after it was saved")
    return problems
