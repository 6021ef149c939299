"""Evidence in the vault: encrypted files under ``evidence/`` plus one database row each.

Reading, exporting, deleting, thumbnails and integrity checks; adding files is
:mod:`.evidence_import` (file first, then the row, so a crash is harmless).
Each file has its own random key, kept only in its row; deleting the row's key erases the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ..domain.errors import IntegrityError, NotFoundError, UserError, ValidationError
from ..domain.evidence import EvidenceItem, EvidenceSource, SourceKind
from ..domain.validation import clean_text
from . import audit
from .evidence_reader import EvidenceReader, export_to_file
from .repositories import incidents as incident_repo
from .repositories._sql import dt_in, dt_out, now_utc

SUFFIX = ".khev"
ShouldCancel = Callable[[], bool]


def stored_path(evidence_dir: Path, file_id: str) -> Path:
    return evidence_dir / f"{file_id}{SUFFIX}"


_COLUMNS = (
    "e.id, i.reference, e.original_name, e.size, e.sha256, e.mime, e.file_modified_at,"
    " e.file_created_at, e.imported_by, e.imported_at, e.description, e.source_kind,"
    " e.source_detail, e.clock_offset_seconds, e.deleted_at, e.deleted_by, e.deleted_reason,"
    " e.content_time, e.content_time_source, e.overlay_time, e.overlay_time_by,"
    " e.overlay_time_at"
)


def _item(row: tuple[object, ...]) -> EvidenceItem:
    r = [None if v is None else v for v in row]
    return EvidenceItem(
        id=str(r[0]), incident_reference=str(r[1]), original_name=str(r[2]), size=int(str(r[3])),
        sha256=str(r[4]), mime=str(r[5]), file_modified_at=dt_in(_s(r[6])),
        file_created_at=dt_in(_s(r[7])), imported_by=str(r[8]),
        imported_at=dt_in(_s(r[9])) or now_utc(), description=str(r[10]),
        source=EvidenceSource(
            SourceKind(str(r[11])), str(r[12]), None if r[13] is None else int(str(r[13]))
        ),
        deleted_at=dt_in(_s(r[14])), deleted_by=_s(r[15]) or "", deleted_reason=_s(r[16]) or "",
        content_time=dt_in(_s(r[17])), content_time_source=_s(r[18]) or "",
        overlay_time=dt_in(_s(r[19])), overlay_time_by=_s(r[20]) or "",
        overlay_time_at=dt_in(_s(r[21])),
    )  # fmt: skip


def _s(value: object) -> str | None:
    return None if value is None else str(value)


def list_for_incident(
    conn: sqlcipher3.Connection, reference: str, *, include_deleted: bool = True
) -> list[EvidenceItem]:
    incident = incident_repo.get(conn, reference)
    sql = (
        f"SELECT {_COLUMNS} FROM evidence e JOIN incidents i ON i.id = e.incident_id"
        " WHERE e.incident_id = ?"
    )
    if not include_deleted:
        sql += " AND e.deleted_at IS NULL"
    return [
        _item(r) for r in conn.execute(sql + " ORDER BY e.imported_at, e.rowid", (incident.id,))
    ]


def get(conn: sqlcipher3.Connection, evidence_id: str) -> EvidenceItem:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM evidence e JOIN incidents i ON i.id = e.incident_id"
        " WHERE e.id = ?",
        (evidence_id.strip().lower(),),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no evidence with id {evidence_id!r}.")
    return _item(row)


def file_key(conn: sqlcipher3.Connection, evidence_id: str) -> bytes:
    item = get(conn, evidence_id)
    if item.deleted:
        raise UserError(
            f"Evidence {item.original_name} was deleted on {item.deleted_at:%Y-%m-%d} "
            f"({item.deleted_reason}); its content is gone."
        )
    row = conn.execute("SELECT file_key FROM evidence WHERE id = ?", (item.id,)).fetchone()
    return bytes(row[0])


def open_reader(
    conn: sqlcipher3.Connection, evidence_dir: Path, evidence_id: str
) -> EvidenceReader:
    key = file_key(conn, evidence_id)
    path = stored_path(evidence_dir, get(conn, evidence_id).id)
    if not path.exists():
        raise IntegrityError(f"The encrypted file for evidence {evidence_id} is missing.")
    return EvidenceReader(path, key)


def export(
    conn: sqlcipher3.Connection,
    evidence_dir: Path,
    evidence_id: str,
    dest: Path,
    *,
    overwrite: bool = False,
    progress: Callable[[int], None] | None = None,
    should_cancel: ShouldCancel | None = None,
) -> EvidenceItem:
    item = get(conn, evidence_id)
    key = file_key(conn, evidence_id)
    export_to_file(
        stored_path(evidence_dir, item.id), key, dest, item.sha256, overwrite=overwrite,
        progress=progress, should_cancel=should_cancel,
    )  # fmt: skip
    return item


def delete(
    conn: sqlcipher3.Connection, evidence_dir: Path, evidence_id: str, reason: str, user: str
) -> None:
    """Forget the file's key (crypto-erase) and remove the file; keep the record and reason."""
    reason = clean_text(reason, "reason", long=True, required=True)
    item = get(conn, evidence_id)
    if item.deleted:
        raise UserError(f"Evidence {item.original_name} is already deleted.")
    conn.execute(
        "UPDATE evidence SET file_key = NULL, thumbnail = NULL, deleted_at = ?, deleted_by = ?,"
        " deleted_reason = ? WHERE id = ?",
        (dt_out(now_utc()), user, reason, item.id),
    )
    audit.append(conn, user, "delete", "evidence", item.id, audit.evidence_content(conn, item.id))


def remove_deleted_file(evidence_dir: Path, evidence_id: str) -> None:
    with contextlib.suppress(OSError):
        stored_path(evidence_dir, evidence_id).unlink()


def set_thumbnail(conn: sqlcipher3.Connection, evidence_id: str, png: bytes) -> None:
    conn.execute(
        "UPDATE evidence SET thumbnail = ? WHERE id = ? AND deleted_at IS NULL", (png, evidence_id)
    )


def thumbnail(conn: sqlcipher3.Connection, evidence_id: str) -> bytes | None:
    row = conn.execute("SELECT thumbnail FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


CHECK_RESULTS = frozenset({"intact", "damaged", "missing"})


@dataclass(frozen=True)
class CheckRecord:
    """The last integrity check of one evidence file."""

    result: str  # one of CHECK_RESULTS
    at: datetime
    by: str


def record_checks(conn: sqlcipher3.Connection, results: dict[str, str], user: str) -> datetime:
    """Keep each file's check result (``id -> "intact"|"damaged"|"missing"``) with the time.

    Inside the caller's transaction, with an audit row per file (like import and delete).
    Deleted files are left alone (their content is gone, there is nothing to check).
    """
    unknown = set(results.values()) - CHECK_RESULTS
    if unknown:
        raise ValidationError(f"Unknown integrity check result: {sorted(unknown)[0]}.")
    now = now_utc()
    for evidence_id, result in results.items():
        changed = conn.execute(
            "UPDATE evidence SET last_check_result = ?, last_check_at = ?, last_check_by = ?"
            " WHERE id = ? AND deleted_at IS NULL",
            (result, dt_out(now), user, evidence_id),
        ).rowcount
        if changed:
            content = audit.evidence_content(conn, evidence_id)
            audit.append(conn, user, "check", "evidence", evidence_id, content)
    return now


def last_checks(conn: sqlcipher3.Connection, reference: str) -> dict[str, CheckRecord]:
    """The last check of every live file of incident ``reference`` that was ever checked."""
    incident = incident_repo.get(conn, reference)
    rows = conn.execute(
        "SELECT id, last_check_result, last_check_at, last_check_by FROM evidence"
        " WHERE incident_id = ? AND deleted_at IS NULL AND last_check_at IS NOT NULL",
        (incident.id,),
    )
    found = {}
    for evidence_id, result, at, by in rows:
        when = dt_in(at)
        if when is not None and result in CHECK_RESULTS:
            found[str(evidence_id)] = CheckRecord(str(result), when, str(by or ""))
    return found


def verify_all(conn: sqlcipher3.Connection, evidence_dir: Path) -> list[str]:
    """Check every live evidence file completely; name each damaged or missing file."""
    problems = []
    rows = conn.execute(
        "SELECT e.id, e.original_name, i.reference, e.sha256, e.file_key FROM evidence e"
        " JOIN incidents i ON i.id = e.incident_id WHERE e.deleted_at IS NULL ORDER BY e.rowid"
    ).fetchall()
    for evidence_id, name, reference, sha256, key in rows:
        label = f"{reference} {name} ({evidence_id})"
        path = stored_path(evidence_dir, evidence_id)
        if not path.exists():
            problems.append(f"{label}: the encrypted file is missing")
            continue
        try:
            with EvidenceReader(path, bytes(key)) as reader:
                reader.verify(sha256)
        except IntegrityError as exc:
            problems.append(f"{label}: {exc}")
        except UserError as exc:  # StorageError: unreadable (permissions, a failing disk)
            problems.append(f"{label}: could not be read ({exc})")
        except OSError as exc:
            problems.append(f"{label}: could not be read ({exc.strerror or exc})")
    return problems
