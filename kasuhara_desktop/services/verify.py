"""Checking a vault end to end: encryption pages, SQLite structure, audit chain, records."""

from __future__ import annotations

import contextlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UserError
from ..vault import anchor, audit, evidence_store, evidence_times, quarantine
from ..vault.connection import DB_NAME, Connection, DatabaseError, connect
from ..vault.repositories import consultation as consultation_repo
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
    mode: str = "full"  # or "quick" (services/verify_quick.py)
    last_full_check: str = ""  # when the last passed full check was (ISO 8601), if recorded

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "mode": self.mode,
            "last_full_check": self.last_full_check or None,
            "head_hash": self.head_hash,
            "checks": [{"name": c.name, "ok": c.ok, "problems": c.problems} for c in self.checks],
        }


PAGE_BYTES = 4096  # SQLCipher 4's page size, which the program never changes
Check = Callable[[Connection, Path], list[str]]


def verify_vault(vault: Vault) -> VerifyReport:
    """Run every check; a damaged database is reported (pages, tables) and the rest still run.

    Once SQLCipher has read a damaged page, that connection fails every later read; so when
    the pages are damaged, each check gets a connection of its own, and what it cannot read
    is reported as such instead of ending the run.
    """
    cipher = CheckResult("sqlcipher_pages", _page_problems(vault.conn))
    damaged = bool(cipher.problems)
    checks = [cipher]
    for name, check in _CHECKS:
        result = CheckResult(name)
        try:
            with _connection(vault, damaged) as conn:
                result.problems = check(conn, vault.evidence_dir)
        except (DatabaseError, UserError) as exc:
            damaged = True
            result.problems = [f"could not be checked: the database is damaged ({exc})"]
        checks.append(result)
        if name == "sqlite_integrity" and result.problems:
            damaged = True
    tables = CheckResult("database_tables", _unreadable_tables(vault) if damaged else [])
    checks.insert(2, tables)  # after the structure check, whose failure it explains
    checks.append(CheckResult("rollback_anchor", _anchor_problems(vault, damaged)))
    head = ""
    with contextlib.suppress(DatabaseError, UserError), _connection(vault, damaged) as conn:
        head = audit.head(conn)
    return VerifyReport(checks=checks, head_hash=head or "unknown (the database is damaged)")


@contextlib.contextmanager
def _connection(vault: Vault, damaged: bool) -> Iterator[Connection]:
    """The vault's connection, or a fresh one of its own once damage has been seen."""
    if not damaged:
        yield vault.conn
        return
    conn = connect(vault.folder / DB_NAME, vault.data_key)
    try:
        yield conn
    finally:
        conn.close()


def _anchor_problems(vault: Vault, damaged: bool) -> list[str]:
    """The database against ``anchor.json``: is it older than the last acknowledged change?"""
    try:
        with _connection(vault, damaged) as conn:
            found = anchor.problems(
                conn, vault.folder, vault.data_key, vault.header.vault_id,
                expected=vault.header.anchored,
            )  # fmt: skip
    except (DatabaseError, UserError) as exc:
        return [f"could not be checked: the database is damaged ({exc})"]
    return found or []


@dataclass(frozen=True)
class HeadMatch:
    """Where a head hash printed earlier is in the chain (``row`` 0: it is not)."""

    row: int
    at: str
    chain_problems: list[str]


def find_head(vault: Vault, head_hash: str) -> HeadMatch:
    """Look ``head_hash`` up among the audit rows' hashes, and check the chain it is part of.

    A head in an intact chain proves that nothing written up to it was changed since: each
    later row covers it, and the rows up to it hash to it.
    """
    wanted = head_hash.strip().lower()
    conn = vault.conn
    row = conn.execute("SELECT id, at FROM audit WHERE hash = ?", (wanted,)).fetchone()
    problems = audit.verify_chain(conn) + (_anchor_problems(vault, False))
    if row is None:
        return HeadMatch(0, "", problems)
    return HeadMatch(int(row[0]), str(row[1]), problems)


_PAGE = re.compile(r"page (\d+)")


def _page_problems(conn: Connection) -> list[str]:
    """SQLCipher's check of every page's authentication code, each damaged page by its bytes."""
    problems = []
    for (row,) in conn.execute("PRAGMA cipher_integrity_check"):
        text = str(row)
        match = _PAGE.search(text)
        if match:
            page = int(match.group(1))
            start = (page - 1) * PAGE_BYTES
            text = f"page {page} (bytes {start} to {start + PAGE_BYTES - 1} of {DB_NAME}): {text}"
        problems.append(text)
    return problems


def _unreadable_tables(vault: Vault) -> list[str]:
    """Each table whose rows cannot all be read, each tried on a connection of its own."""
    try:
        with _connection(vault, True) as conn:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
    except (DatabaseError, UserError) as exc:
        return [f"the list of tables cannot be read ({exc}): restore a backup"]
    problems = []
    for name in names:
        try:
            with _connection(vault, True) as conn:
                for _row in conn.execute(f'SELECT * FROM "{name}"'):  # a name from the schema
                    pass
        except (DatabaseError, UserError) as exc:
            problems.append(f"table {name}: its rows cannot all be read ({exc})")
    return problems


def _integrity(conn: Connection, _evidence: Path) -> list[str]:
    return [r for r in (str(row[0]) for row in conn.execute("PRAGMA integrity_check")) if r != "ok"]


def _foreign_keys(conn: Connection, _evidence: Path) -> list[str]:
    return [
        f"{r[0]} row {r[1]} points to a missing {r[2]}"
        for r in conn.execute("PRAGMA foreign_key_check")
    ]


_CHECKS: list[tuple[str, Check]] = [
    ("sqlite_integrity", _integrity),
    ("foreign_keys", _foreign_keys),
    ("audit_chain", lambda conn, _e: audit.verify_chain(conn)),
    ("records_match_audit", lambda conn, _e: _records_match_audit(conn)),
    ("revisions_match_audit", lambda conn, _e: _revisions_match_audit(conn)),
    ("evidence_rows_match_audit", lambda conn, _e: _evidence_match_audit(conn)),
    ("notices_match_audit", lambda conn, _e: _notices_match_audit(conn)),
    ("bundles_match_audit", lambda conn, _e: evidence_times.bundle_problems(conn)),
    ("consultation_desk_matches_audit", lambda conn, _e: consultation_repo.audit_problems(conn)),
    ("orphaned_audit_rows", lambda conn, _e: _orphaned_audit_rows(conn)),
    ("evidence_files", evidence_store.verify_all),
    ("evidence_quarantine", quarantine.quarantine_problems),
    ("notice_pdfs", lambda conn, _e: notice_repo.pdf_problems(conn)),
]


def _records_match_audit(conn: Connection) -> list[str]:
    """Each incident as stored now must hash to what its last audit row recorded (for a
    record last saved before a schema upgrade added keys, as that program hashed it).

    Incidents are read in pages and each one's last row is looked up by the ``audit_entity``
    index, so memory stays flat at any size.
    """
    problems = []
    for inc in repo.iter_all(conn, batch=PAGE_ROWS):
        row = conn.execute(
            "SELECT content_hash FROM audit WHERE entity = 'incident' AND entity_id = ?"
            " ORDER BY id DESC LIMIT 1",
            (inc.reference,),
        ).fetchone()
        if row is None:
            problems.append(f"{inc.reference} has no audit record")
            continue
        content = repo.content_of(inc)
        if row[0] != audit.canonical_hash(content) and row[0] not in (
            audit.legacy_incident_hashes(content)
        ):
            problems.append(f"{inc.reference} was changed outside the program")
    return problems


def _revisions_match_audit(conn: Connection) -> list[str]:
    """Each saved version of an incident must hash to the audit row written when it was saved.

    An incident's audit rows (entity ``incident``) are its saves, one per version, in order.
    The snapshot is re-serialised canonically first, so revisions stored before snapshots were
    kept in canonical form are checked too. Both sides are read by reference in pages and
    merged, so one incident's versions are in memory at a time, however large the logbook.
    """
    problems = []
    recorded = _by_reference(_paged(conn, _AUDIT_PAGE, ("", 0)))
    pending = next(recorded, None)
    for reference, versions in _by_reference(_paged(conn, _REVISION_PAGE, ("", 0))):
        while pending is not None and pending[0] < reference:
            pending = next(recorded, None)  # audit rows of an incident deleted since
        hashes: list[str] = []
        if pending is not None and pending[0] == reference:
            hashes = [str(h) for _id, h in pending[1]]
            pending = next(recorded, None)
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


PAGE_ROWS = 500  # rows per page of a streamed check: memory stays flat at any size
# Keyset pages in index order (audit_entity; the incidents' unique reference and the revisions'
# primary key), so SQLite never sorts (temp_store is MEMORY: a sort would hold every row).
_AUDIT_PAGE = (
    "SELECT entity_id, id, content_hash FROM audit WHERE entity = 'incident'"
    " AND (entity_id, id) > (?, ?) ORDER BY entity_id, id LIMIT ?"
)
_REVISION_PAGE = (
    "SELECT i.reference, r.version, r.snapshot FROM incidents i"
    " JOIN incident_revisions r ON r.incident_id = i.id"
    " WHERE (i.reference, r.version) > (?, ?) ORDER BY i.reference, r.version LIMIT ?"
)


def _paged(conn: Connection, sql: str, after: tuple[str, int]) -> Iterator[tuple[str, int, object]]:
    """The rows of a keyset query ``sql`` (key of two columns, then a value), a page at a time."""
    while rows := conn.execute(sql, (*after, PAGE_ROWS)).fetchall():
        for row in rows:
            yield str(row[0]), int(row[1]), row[2]
        after = (str(rows[-1][0]), int(rows[-1][1]))


def _by_reference(
    rows: Iterator[tuple[str, int, object]],
) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """Consecutive rows grouped by their first column: (reference, [(key, value), ...])."""
    current: str | None = None
    group: list[tuple[int, str]] = []
    for reference, key, value in rows:
        if reference != current:
            if current is not None:
                yield current, group
            current, group = reference, []
        group.append((key, str(value)))
    if current is not None:
        yield current, group


def _evidence_match_audit(conn: Connection) -> list[str]:
    """Each evidence row as stored now (metadata, SHA-256, key) against its last audit row.

    Rows written before coverage hashed parts of the row (by action): for those, the parts
    they recorded are checked, the rest cannot be (that is not reported as tampering).
    """
    history: dict[str, list[audit.AuditRow]] = defaultdict(list)
    for row in audit.rows(conn, "evidence"):
        history[row.entity_id].append(row)
    problems = []
    for evidence_id, stored in audit.evidence_rows(conn).items():
        name = f"evidence {stored['original_name']!r} ({evidence_id}) of {stored['reference']}"
        rows = history.get(evidence_id)
        if not rows:
            problems.append(f"{name} has no audit record")
            continue
        last = rows[-1]
        if last.content_hash == audit.canonical_hash({"evidence": stored}):
            continue
        legacy = audit.legacy_evidence_hashes(stored)
        imported = [r for r in rows if r.action == "import"]
        if last.content_hash != legacy.get(last.action) or (
            imported and imported[0].content_hash != legacy["import"]
        ):
            problems.append(
                f"{name} was changed outside the program: it no longer matches audit row "
                f"{last.id} ({last.action})"
            )
    return problems


# Audit entities whose rows name a record that must still exist (entity -> table, key column).
_RECORD_OF = {
    "incident": ("incidents", "reference"),
    "incident_status": ("incidents", "reference"),
    "evidence": ("evidence", "id"),
    "notice": ("notices", "number"),
    "notice_row": ("notices", "number"),
    "consultation": ("consultations", "id"),
    "consultation_contact": ("consultation_contacts", "id"),
    "cooperation_request": ("cooperation_requests", "id"),
}


def _orphaned_audit_rows(conn: Connection) -> list[str]:
    """Audit rows of a record that is gone although no row of the chain deleted it."""
    orphans: dict[tuple[str, str], list[int]] = defaultdict(list)
    # One indexed anti-join per entity (audit_entity, each table's unique key), in index order:
    # only the orphans are held, never the audit rows or the records' keys.
    for entity, (table, column) in sorted(_RECORD_OF.items()):
        for audit_id, entity_id in conn.execute(
            f"SELECT a.id, a.entity_id FROM audit a WHERE a.entity = ?"  # fixed names
            f" AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{column} = a.entity_id)"
            " AND NOT EXISTS (SELECT 1 FROM audit d WHERE d.entity = a.entity"
            " AND d.entity_id = a.entity_id AND d.action = 'delete')"
            " ORDER BY a.entity_id, a.id",
            (entity,),
        ):
            orphans[(entity, str(entity_id))].append(int(audit_id))
    return [
        f"{entity} {entity_id} is gone but no audit row deleted it (audit rows "
        f"{', '.join(map(str, ids[:5]))}{'...' if len(ids) > 5 else ''}): it was removed "
        "outside the program; restore the newest backup"
        for (entity, entity_id), ids in sorted(orphans.items())
    ]


def _notices_match_audit(conn: Connection) -> list[str]:
    """Each notice (with its service records, reviews, breaches) against its last state row.

    A notice last changed before coverage has no state row: its parts cannot be checked (its
    PDF still is, by ``notice_pdfs``), which is not reported as tampering.
    """
    last: dict[str, audit.AuditRow] = {}
    for row in audit.rows(conn, "notice_row"):
        last[row.entity_id] = row
    problems = []
    for (number,) in conn.execute("SELECT number FROM notices ORDER BY id").fetchall():
        recorded = last.get(str(number))
        if recorded is None:
            continue
        if audit.canonical_hash(audit.notice_state(conn, str(number))) != recorded.content_hash:
            problems.append(
                f"notice {number} was changed outside the program: it no longer matches audit "
                f"row {recorded.id}"
            )
    return problems
