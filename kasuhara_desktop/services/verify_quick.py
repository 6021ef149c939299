"""``verify --quick``: what changed since the last passed full check, without reading evidence.

It checks the audit chain from the row the last full check ended at (that row recomputed, each
later row following it), the rollback anchor, and each live evidence file's size against the
size its header and the recorded original size imply. It reads no evidence content: on 100 GB
of evidence it takes seconds. Damage to rows the full check already covered, and bit flips that
keep a file's size, are found by the full check only, which stays the default.
"""

from __future__ import annotations

import contextlib

from ..domain.errors import UserError
from ..domain.roles import Permission
from ..vault import audit, evidence_store, full_check
from ..vault.connection import Connection, DatabaseError
from ..vault.evidence_format import HEADER_SIZE, TAG_SIZE, EvidenceHeader
from ..vault.vault import Vault
from .access import Access
from .verify import CheckResult, VerifyReport, _anchor_problems, verify_vault


def full_verify(vault: Vault, *, access: Access | None = None) -> VerifyReport:
    """Every check; when all pass, record it (MACed) as the start of the next quick check.

    A vault opened read-only is checked all the same; only the record is not written.
    """
    (access or Access.for_vault(vault)).require(Permission.VERIFY)  # every role may
    report = verify_vault(vault)
    if report.ok:
        with contextlib.suppress(UserError, DatabaseError), vault.transaction() as conn:
            done = full_check.record(conn, vault.data_key, vault.header.vault_id)
            report.last_full_check = done.checked_at
    return report


def quick_verify(vault: Vault, *, access: Access | None = None) -> VerifyReport:
    """The chain since the last full check, the anchor, the evidence files' sizes."""
    (access or Access.for_vault(vault)).require(Permission.VERIFY)  # every role may
    conn = vault.conn
    base = full_check.last(conn, vault.data_key, vault.header.vault_id)
    start = CheckResult("last_full_check")
    chain = CheckResult("audit_chain_since_full_check")
    if base is None:
        start.problems.append("no full check has been recorded yet: run `kasuhara verify` first")
    elif not base.authentic:
        start.problems.append(
            "the record of the last full check does not verify (it was written outside the "
            "program, or under another key): run `kasuhara verify`"
        )
    else:
        chain.problems = _chain_from(conn, base.audit_id, base.audit_hash)
    checks = [start, chain]
    checks.append(CheckResult("rollback_anchor", _anchor_problems(vault, False)))
    checks.append(CheckResult("evidence_file_sizes", _size_problems(vault)))
    return VerifyReport(
        checks=checks,
        head_hash=audit.head(conn),
        mode="quick",
        last_full_check=base.checked_at if base is not None and base.authentic else "",
    )


def _chain_from(conn: Connection, audit_id: int, audit_hash: str) -> list[str]:
    """The chain from row ``audit_id`` (which must still hash to ``audit_hash``) to the head."""
    problems: list[str] = []
    prev = None if audit_id else audit.GENESIS
    expected_id = audit_id if audit_id else None
    # A cursor in rowid order streams: the rows since are never all in memory.
    for r in conn.execute(
        "SELECT id, at, user, action, entity, entity_id, content_hash, prev_hash, hash FROM audit"
        " WHERE id >= ? ORDER BY id",
        (audit_id,),
    ):
        row = audit.AuditRow(*r)
        if expected_id is not None and row.id != expected_id:
            problems.append(f"audit rows {expected_id}..{row.id - 1} are missing")
        if prev is None and row.hash != audit_hash:
            problems.append(f"audit row {row.id}, where the last full check ended, was replaced")
        elif prev is not None and row.prev_hash != prev:
            problems.append(f"audit row {row.id} does not follow the row before it")
        recomputed = audit.row_hash(
            row.prev_hash, row.at, row.user, row.action, row.entity, row.entity_id,
            row.content_hash,
        )  # fmt: skip
        if recomputed != row.hash:
            problems.append(
                f"audit row {row.id} ({row.action} {row.entity} {row.entity_id}) was altered"
            )
        expected_id, prev = row.id + 1, row.hash
    if audit_id and prev is None:
        problems.append(f"audit row {audit_id}, where the last full check ended, is gone")
    return problems


def _size_problems(vault: Vault) -> list[str]:
    """Each live evidence file that is missing, or whose size is not the recorded size's."""
    problems = []
    for evidence_id, name, reference, size in vault.conn.execute(
        "SELECT e.id, e.original_name, i.reference, e.size FROM evidence e"
        " JOIN incidents i ON i.id = e.incident_id WHERE e.deleted_at IS NULL ORDER BY e.rowid"
    ).fetchall():
        label = f"{reference} {name} ({evidence_id})"
        path = evidence_store.stored_path(vault.evidence_dir, evidence_id)
        try:
            with path.open("rb") as f:
                raw = f.read(HEADER_SIZE)
                actual = f.seek(0, 2)
            header = EvidenceHeader.parse(raw, path)
        except FileNotFoundError:
            problems.append(f"{label}: the encrypted file is missing")
            continue
        except UserError as exc:  # IntegrityError: a damaged header
            problems.append(f"{label}: {exc}")
            continue
        except OSError as exc:
            problems.append(f"{label}: could not be read ({exc.strerror or exc})")
            continue
        segments = max(1, -(-int(size) // header.segment_size))
        expected = HEADER_SIZE + int(size) + segments * TAG_SIZE
        if actual != expected:
            problems.append(
                f"{label}: the encrypted file has {actual} bytes, {expected} expected "
                "(truncated or appended to)"
            )
    return problems
