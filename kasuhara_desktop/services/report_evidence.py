"""Checking evidence files for reports and bundles, off the GUI thread.

``EvidenceFile`` carries what a worker needs to read one file without the database (its path
and key, fetched beforehand on the connection's thread); ``check_evidence`` decrypts each file
completely, compares its SHA-256 with the one recorded at import and, for photos, makes a
thumbnail in memory. Damaged and missing files are results, never exceptions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import Cancelled, IntegrityError, StorageError
from ..domain.evidence import EvidenceItem
from ..reports.images import make_thumbnail
from ..reports.report_data import EvidenceStatus, ReportEvidence, Thumbnail
from ..vault.evidence_reader import EvidenceReader

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
THUMBNAIL_MAX_BYTES = 64 * 1024 * 1024
PAGE = 1000


@dataclass(frozen=True)
class EvidenceFile:
    """Where one evidence file is and its key (None for deleted evidence): enough for a worker
    thread to read it without the database."""

    item: EvidenceItem
    path: Path | None
    key: bytes | None

    def __repr__(self) -> str:  # never show a key in a log or a traceback
        return f"EvidenceFile({self.item.id}, {self.item.original_name!r})"

    def open(self) -> EvidenceReader:
        if self.path is None or self.key is None:
            raise IntegrityError(f"{self.item.original_name} was deleted; its content is gone.")
        if not self.path.exists():
            raise FileNotFoundError(self.path)
        return EvidenceReader(self.path, self.key)


class Phases:
    """Maps the progress of consecutive phases onto one ``progress(done, PAGE)``."""

    def __init__(self, progress: Progress | None, weights: Sequence[float]) -> None:
        self.progress = progress
        total = sum(weights) or 1.0
        self.bounds: list[tuple[float, float]] = []
        start = 0.0
        for weight in weights:
            self.bounds.append((start, start + weight / total))
            start += weight / total

    def phase(self, index: int) -> Progress | None:
        if self.progress is None:
            return None
        lo, hi = self.bounds[index]
        report = self.progress

        def on_progress(done: int, total: int) -> None:
            share = min(1.0, done / total) if total > 0 else 0.0
            report(int(PAGE * (lo + (hi - lo) * share)), PAGE)

        return on_progress


def _problem(exc: Exception, path: Path | None) -> str:
    text = str(exc)
    prefix = f"{path}: "
    return text[len(prefix) :] if path is not None and text.startswith(prefix) else text


def _check_one(
    f: EvidenceFile,
    thumbnails: bool,
    progress: Callable[[int], None],
    should_cancel: ShouldCancel | None,
) -> ReportEvidence:
    item = f.item
    if item.deleted:
        return ReportEvidence(item, EvidenceStatus.DELETED)
    thumb: Thumbnail | None = None
    try:
        with f.open() as reader:
            if thumbnails and item.kind == "image" and item.size <= THUMBNAIL_MAX_BYTES:
                data = _read_checked(reader, item, progress, should_cancel)
                thumb = make_thumbnail(data)
            else:
                reader.verify(item.sha256, progress=progress, should_cancel=should_cancel)
    except FileNotFoundError:
        return ReportEvidence(item, EvidenceStatus.MISSING, f"{f.path} does not exist")
    except IntegrityError as exc:
        return ReportEvidence(item, EvidenceStatus.DAMAGED, _problem(exc, f.path))
    except StorageError as exc:
        return ReportEvidence(item, EvidenceStatus.DAMAGED, str(exc))
    return ReportEvidence(item, EvidenceStatus.OK, thumbnail=thumb)


def _read_checked(
    reader: EvidenceReader,
    item: EvidenceItem,
    progress: Callable[[int], None],
    should_cancel: ShouldCancel | None,
) -> bytes:
    """The whole (image) file decrypted into memory, its SHA-256 checked."""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    done = 0
    for chunk in reader.iter_plaintext():
        if should_cancel is not None and should_cancel():
            raise Cancelled("The report was cancelled.")
        digest.update(chunk)
        parts.append(chunk)
        done += len(chunk)
        progress(done)
    if digest.hexdigest() != item.sha256.lower():
        raise IntegrityError(
            f"the content does not match its recorded SHA-256 (recorded {item.sha256}, "
            f"found {digest.hexdigest()})"
        )
    return b"".join(parts)


def check_evidence(
    files: Sequence[EvidenceFile],
    *,
    thumbnails: bool = True,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> list[ReportEvidence]:
    """Check every file completely against its recorded SHA-256 (safe on a worker thread).

    Damaged and missing files are reported in the result, never raised; photos come back
    with a thumbnail made in memory.
    """
    total = sum(f.item.size for f in files if not f.item.deleted) or 1
    before = 0
    result: list[ReportEvidence] = []
    for f in files:
        if should_cancel is not None and should_cancel():
            raise Cancelled("The report was cancelled.")
        start = before

        def on_bytes(n: int, start: int = start) -> None:
            if progress is not None:
                progress(start + n, total)

        result.append(_check_one(f, thumbnails, on_bytes, should_cancel))
        if not f.item.deleted:
            before += f.item.size
            if progress is not None:
                progress(before, total)
    return result
