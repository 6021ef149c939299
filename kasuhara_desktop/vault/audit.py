"""The audit chain: every change appends a row whose hash covers the previous row's hash.

A row's ``content_hash`` is the SHA-256 of the canonical JSON of what was written, so a later
raw edit of a record no longer matches the chain, and the head hash printed on a report lets
its holder see any edit made after it was printed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from ..infra import clock

GENESIS = "0" * 64


def canonical_json(content: Any) -> str:
    """``content`` as canonical JSON: sorted keys, no spaces, non-ASCII kept as it is."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def hash_text(canonical: str) -> str:
    """SHA-256 (hex) of the UTF-8 bytes of a :func:`canonical_json` text."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def canonical_hash(content: Any) -> str:
    """SHA-256 of ``content`` as canonical JSON (sorted keys, UTF-8, no spaces)."""
    return hash_text(canonical_json(content))


def row_hash(
    prev: str, at: str, user: str, action: str, entity: str, entity_id: str, content: str
) -> str:
    return canonical_hash([prev, at, user, action, entity, entity_id, content])


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    user: str
    action: str
    entity: str
    entity_id: str
    content_hash: str
    prev_hash: str
    hash: str


def append(
    conn: sqlcipher3.Connection,
    user: str,
    action: str,
    entity: str,
    entity_id: str | int,
    content: Any,
    *,
    content_hash: str | None = None,
) -> str:
    """Append one row inside the caller's transaction; return its hash.

    ``content_hash`` may be given when the caller already serialised ``content`` canonically
    (an incident's revision snapshot is that very text), so it is not serialised twice.
    """
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = clock.now().isoformat(timespec="microseconds")
    if content_hash is None:
        content_hash = canonical_hash(content)
    h = row_hash(prev, at, user, action, entity, str(entity_id), content_hash)
    conn.execute(
        "INSERT INTO audit (at, user, action, entity, entity_id, content_hash, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at, user, action, entity, str(entity_id), content_hash, prev, h),
    )
    return h


def head(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


_ROWS_SQL = (
    "SELECT id, at, user, action, entity, entity_id, content_hash, prev_hash, hash FROM audit"
)


def rows(conn: sqlcipher3.Connection, entity: str | None = None) -> list[AuditRow]:
    sql = _ROWS_SQL
    args: tuple[str, ...] = ()
    if entity is not None:
        sql += " WHERE entity = ?"
        args = (entity,)
    return [AuditRow(*r) for r in conn.execute(sql + " ORDER BY id", args)]


def verify_chain(conn: sqlcipher3.Connection) -> list[str]:
    """Recompute the chain; return a list of problems (empty when intact)."""
    problems: list[str] = []
    prev = GENESIS
    expected_id = None
    # A cursor in rowid order streams (no sort): the chain is never all in memory at once.
    for r in (AuditRow(*row) for row in conn.execute(_ROWS_SQL + " ORDER BY id")):
        if expected_id is not None and r.id != expected_id:
            problems.append(f"audit rows {expected_id}..{r.id - 1} are missing")
        expected_id = r.id + 1
        if r.prev_hash != prev:
            problems.append(f"audit row {r.id} does not follow the row before it")
        if (
            row_hash(r.prev_hash, r.at, r.user, r.action, r.entity, r.entity_id, r.content_hash)
            != r.hash
        ):
            problems.append(f"audit row {r.id} ({r.action} {r.entity} {r.entity_id}) was altered")
        prev = r.hash
    return problems


# ------------------------------------------------------------ coverage of stored rows

# Every column of an evidence row but the thumbnail (a preview made again at will); the file
# key is covered by its SHA-256, so a file replaced under a new key shows.
_EVIDENCE_COLUMNS = (
    "e.id", "i.reference", "e.file_key", "e.original_name", "e.size", "e.sha256", "e.mime",
    "e.file_modified_at", "e.file_created_at", "e.imported_by", "e.imported_at",
    "e.description", "e.source_kind", "e.source_detail", "e.clock_offset_seconds",
    "e.deleted_at", "e.deleted_by", "e.deleted_reason", "e.last_check_result",
    "e.last_check_at", "e.last_check_by",
)  # fmt: skip
# Added in schema v8 (where each time comes from): hashed only when set, so a row audited
# before v8 (or one with no such time) still matches its audit row, and setting, changing or
# clearing a time that an audit row covered does not.
_EVIDENCE_TIME_COLUMNS = (
    "e.content_time", "e.content_time_source", "e.overlay_time", "e.overlay_time_by",
    "e.overlay_time_at",
)  # fmt: skip


def _evidence_select(
    conn: sqlcipher3.Connection, where: str = "", args: tuple[str, ...] = ()
) -> dict[str, dict[str, Any]]:
    columns = _EVIDENCE_COLUMNS + _EVIDENCE_TIME_COLUMNS
    sql = (
        f"SELECT {', '.join(columns)} FROM evidence e"
        " JOIN incidents i ON i.id = e.incident_id" + where
    )
    names = [c.split(".", 1)[1] for c in columns]
    optional = {c.split(".", 1)[1] for c in _EVIDENCE_TIME_COLUMNS}
    found: dict[str, dict[str, Any]] = {}
    for values in conn.execute(sql, args):
        row = {
            k: v for k, v in zip(names, values, strict=True) if v is not None or k not in optional
        }
        key = row.pop("file_key")
        row["file_key_sha256"] = hashlib.sha256(bytes(key)).hexdigest() if key else None
        found[str(row["id"])] = row
    return found


def evidence_rows(conn: sqlcipher3.Connection) -> dict[str, dict[str, Any]]:
    """Every evidence row as stored, by id, in the form its audit rows hash."""
    return _evidence_select(conn)


def evidence_content(conn: sqlcipher3.Connection, evidence_id: str) -> dict[str, Any]:
    """What an evidence audit row (import, check, delete) hashes: the whole row as it now is,
    so a later raw edit of any of its fields no longer matches its last audit row."""
    return {"evidence": _evidence_select(conn, " WHERE e.id = ?", (evidence_id,))[evidence_id]}


def legacy_evidence_hashes(row: dict[str, Any]) -> dict[str, str]:
    """The content hashes rows written before coverage recorded (by action): parts of the row."""
    hashes = {
        "import": canonical_hash(
            {
                "incident": row["reference"],
                "name": row["original_name"],
                "size": row["size"],
                "sha256": row["sha256"],
                "mime": row["mime"],
            }
        ),
        "check": canonical_hash({"result": row["last_check_result"]}),
    }
    if row["deleted_at"] is not None:
        deleted = {"sha256": row["sha256"], "reason": row["deleted_reason"]}
        hashes["delete"] = canonical_hash(deleted)
    return hashes


# Keys an incident's content gained with a schema upgrade, newest first, each with the value
# the upgrade gave records saved before it (the one recorded day was copied for the staff
# member in v17; v7 started every record with no answers).
INCIDENT_KEYS_ADDED: tuple[tuple[int, str, Callable[[dict[str, Any]], Any]], ...] = (
    (17, "offender_known_to_staff_on", lambda c: c.get("offender_known_on")),
    (7, "offence_answers", lambda c: {}),
)


def legacy_incident_hashes(content: dict[str, Any]) -> list[str]:
    """The content hashes an older program recorded for ``content`` when it was last saved
    before a schema upgrade added keys: the same record without each added key, accepted only
    while that key still holds the value the upgrade gave it (a later change is a new save,
    hashed whole, so a raw edit of the key no longer matches either form)."""
    hashes: list[str] = []
    older = dict(content)
    for _version, key, upgraded in INCIDENT_KEYS_ADDED:
        if key not in older or older[key] != upgraded(older):
            break
        del older[key]
        hashes.append(canonical_hash(older))
    return hashes


_NOTICE_PARTS = ("notice_service_records", "notice_reviews", "notice_breaches")


def _plain(value: Any) -> Any:
    """A stored value as JSON can hold it: a blob by its SHA-256."""
    if isinstance(value, bytes | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def notice_state(conn: sqlcipher3.Connection, number: str) -> dict[str, Any] | None:
    """A notice as stored, with its service records, reviews and breaches (what a
    ``notice_row`` audit row hashes). The PDF is left out: ``pdf_sha256`` covers it, and
    ``verify`` checks the PDF against that. None when there is no such notice."""
    cur = conn.execute("SELECT * FROM notices WHERE number = ?", (number,))
    names = [d[0] for d in cur.description]
    values = cur.fetchone()
    if values is None:
        return None
    notice = {k: _plain(v) for k, v in zip(names, values, strict=True) if k != "pdf"}
    state: dict[str, Any] = {"notice": notice}
    for table in _NOTICE_PARTS:  # fixed names
        cur = conn.execute(
            f"SELECT * FROM {table} WHERE notice_id = ? ORDER BY id", (notice["id"],)
        )
        names = [d[0] for d in cur.description]
        state[table] = [{k: _plain(v) for k, v in zip(names, r, strict=True)} for r in cur]
    return state


def append_notice_state(conn: sqlcipher3.Connection, user: str, number: str) -> None:
    """After any change to a notice: one ``notice_row`` audit row covering all of it."""
    append(conn, user, "state", "notice_row", number, notice_state(conn, number))
