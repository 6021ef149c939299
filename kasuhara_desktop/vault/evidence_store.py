"""Evidence in the vault: encrypted files under ``evidence/`` plus one database row each.

Order of work makes a crash harmless: the encrypted file is written completely (temp name,
fsync, rename) *before* its row is committed; at open, files without a row are swept or kept
aside (``quarantine.py``).
Each file has its own random key, kept only in its row; deleting the row's key erases the file.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from ..domain.errors import IntegrityError, NotFoundError, UserError, ValidationError
from ..domain.evidence import (
    EvidenceItem,
    EvidenceSource,
    SourceKind,
    check_original_name,
    sniff_mime,
)
from ..domain.validation import check_clock_offset, clean_text
from . import audit
from .evidence_format import encrypt_to_file, new_file_key
from .evidence_reader import EvidenceReader, export_to_file
from .fsutil import fsync_dir, storage_error
from .quarantine import READY_SUFFIX
from .repositories import incidents as incident_repo
from .repositories._sql import dt_in, dt_out, now_utc

SUFFIX = ".khev"
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    description: str = ""
    source: EvidenceSource = field(default_factory=EvidenceSource)


@dataclass(frozen=True)
class PreparedFile:
    """An encrypted copy written under its final name, waiting for its row."""

    file_id: str
    key: bytes
    stored_path: Path
    original_name: str
    size: int
    sha256: str
    mime: str
    modified_at: datetime
    created_at: datetime | None
    request: ImportRequest


def stored_path(evidence_dir: Path, file_id: str) -> Path:
    return evidence_dir / f"{file_id}{SUFFIX}"


def ready_path(evidence_dir: Path, file_id: str) -> Path:
    """Where an encrypted file waits, complete, until its row is committed.

    Only then is it renamed to :func:`stored_path`: a kill before the commit leaves a file the
    sweep at open knows as the program's own (no row: deleted), and a kill between the commit
    and the rename leaves one it finishes (row: renamed), instead of an unknown file.
    """
    return evidence_dir / f"{file_id}{READY_SUFFIX}"


def _check_source(request: ImportRequest) -> tuple[os.stat_result, str]:
    path = request.path
    name = check_original_name(str(path))
    check_clock_offset(
        request.source.clock_offset_seconds
    )  # the GUI's path too, not only the CLI's
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise UserError(
            f"{path}: the file is not there (moved, deleted, or a removed drive?)."
        ) from None
    except OSError as exc:
        raise storage_error(exc, path, "read") from exc
    if stat.S_ISDIR(st.st_mode):
        raise ValidationError(f"{path} is a folder: choose the files inside it.")
    if not stat.S_ISREG(st.st_mode):
        raise ValidationError(f"{path} is not a regular file (a device or a pipe?).")
    if not os.access(path, os.R_OK):
        raise UserError(f"{path}: permission denied; copy the file somewhere readable first.")
    clean_text(request.description, "description", long=True)
    clean_text(request.source.detail, "source")
    return st, name


def prepare_import(
    evidence_dir: Path,
    requests: Sequence[ImportRequest],
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> list[PreparedFile]:
    """Encrypt every file into ``evidence_dir``. No database access: safe off the GUI thread.

    All or nothing: on any error or cancel, what was written is removed again.
    """
    checked = [(_check_source(r), r) for r in requests]
    total = sum(st.st_size for (st, _), _ in checked)
    done_before = 0
    prepared: list[PreparedFile] = []
    try:
        for (st, name), request in checked:
            prepared.append(
                _encrypt_one(evidence_dir, request, st, name, done_before, total, progress,
                             should_cancel)
            )  # fmt: skip
            done_before += st.st_size
    except BaseException:
        discard(prepared)
        raise
    return prepared


def _encrypt_one(
    evidence_dir: Path,
    request: ImportRequest,
    st: os.stat_result,
    name: str,
    done_before: int,
    total: int,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
) -> PreparedFile:
    file_id = os.urandom(16)
    key = new_file_key()
    dest = ready_path(evidence_dir, file_id.hex())
    try:
        with open(request.path, "rb") as fh:
            head = fh.read(64)
            fh.seek(0)
            result = encrypt_to_file(
                fh, dest, key, file_id,
                progress=(lambda n: progress(done_before + n, total)) if progress else None,
                should_cancel=should_cancel,
            )  # fmt: skip
            after = os.fstat(fh.fileno())
    except OSError as exc:
        raise storage_error(exc, request.path, "import") from exc
    if (
        result.size != st.st_size
        or after.st_size != st.st_size
        or after.st_mtime_ns != st.st_mtime_ns
    ):
        dest.unlink(missing_ok=True)
        raise UserError(
            f"{request.path} changed while it was being read (still recording or copying?). "
            "Wait until it is finished, then add it again."
        )
    birth = getattr(st, "st_birthtime", None)
    return PreparedFile(
        file_id=file_id.hex(),
        key=key,
        stored_path=dest,
        original_name=name,
        size=result.size,
        sha256=result.sha256_hex,
        mime=sniff_mime(head, name),
        modified_at=datetime.fromtimestamp(st.st_mtime, UTC),
        created_at=datetime.fromtimestamp(birth, UTC) if birth else None,
        request=request,
    )


def discard(prepared: Sequence[PreparedFile]) -> None:
    for p in prepared:
        with contextlib.suppress(OSError):
            p.stored_path.unlink()


def finish_import(evidence_dir: Path, prepared: Sequence[PreparedFile]) -> None:
    """After the rows are committed: give each file its final name (one folder fsync).

    A failure here loses nothing: the sweep at the next open finishes the rename.
    """
    with contextlib.suppress(OSError):
        for p in prepared:
            os.replace(p.stored_path, stored_path(evidence_dir, p.file_id))
        fsync_dir(evidence_dir)


def commit_import(
    conn: sqlcipher3.Connection, reference: str, prepared: Sequence[PreparedFile], user: str
) -> list[str]:
    """Insert the rows for files already written (inside the caller's transaction)."""
    incident = incident_repo.get(conn, reference)
    now = now_utc()
    for p in prepared:
        r = p.request
        conn.execute(
            "INSERT INTO evidence (id, incident_id, file_key, original_name, size, sha256, mime,"
            " file_modified_at, file_created_at, imported_by, imported_at, description,"
            " source_kind, source_detail, clock_offset_seconds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p.file_id, incident.id, p.key, p.original_name, p.size, p.sha256, p.mime,
                dt_out(p.modified_at), dt_out(p.created_at), user, dt_out(now),
                r.description, r.source.kind.value, r.source.detail,
                r.source.clock_offset_seconds,
            ),
        )  # fmt: skip
        # The whole row as stored (verify checks it against this row: audit.evidence_content).
        audit.append(
            conn, user, "import", "evidence", p.file_id, audit.evidence_content(conn, p.file_id)
        )
    return [p.file_id for p in prepared]


_COLUMNS = (
    "e.id, i.reference, e.original_name, e.size, e.sha256, e.mime, e.file_modified_at,"
    " e.file_created_at, e.imported_by, e.imported_at, e.description, e.source_kind,"
    " e.source_detail, e.clock_offset_seconds, e.deleted_at, e.deleted_by, e.deleted_reason"
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
