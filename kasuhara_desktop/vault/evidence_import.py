"""Adding evidence: encrypt each file into the vault, then commit its row.

Order of work makes a crash harmless: the encrypted file is written completely (temp name,
fsync, rename) *before* its row is committed; at open, files without a row are swept or kept
aside (``quarantine.py``). :func:`prepare_import` touches no database (it runs off the GUI
thread); :func:`commit_import` is the short transaction; :func:`finish_import` names the files.
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

from ..domain.capture_time import CaptureTime, read_capture_time
from ..domain.errors import UserError, ValidationError
from ..domain.evidence import EvidenceSource, check_original_name, sniff_mime
from ..domain.validation import check_clock_offset, clean_text
from . import audit
from .evidence_format import encrypt_to_file, new_file_key
from .evidence_store import stored_path
from .fsutil import fsync_dir, storage_error
from .quarantine import READY_SUFFIX
from .repositories import incidents as incident_repo
from .repositories._sql import dt_out, now_utc

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
    captured: CaptureTime | None = None  # what the content records (EXIF, mvhd), if anything


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
            # Read before encrypting, from the same handle: the check below proves the file
            # did not change between this read and the copy.
            captured = read_capture_time(fh, sniff_mime(head, name))
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
        captured=captured,
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
            " source_kind, source_detail, clock_offset_seconds, content_time,"
            " content_time_source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p.file_id, incident.id, p.key, p.original_name, p.size, p.sha256, p.mime,
                dt_out(p.modified_at), dt_out(p.created_at), user, dt_out(now),
                r.description, r.source.kind.value, r.source.detail,
                r.source.clock_offset_seconds,
                dt_out(p.captured.at) if p.captured else None,
                p.captured.source.value if p.captured else None,
            ),
        )  # fmt: skip
        # The whole row as stored (verify checks it against this row: audit.evidence_content).
        audit.append(
            conn, user, "import", "evidence", p.file_id, audit.evidence_content(conn, p.file_id)
        )
    return [p.file_id for p in prepared]
