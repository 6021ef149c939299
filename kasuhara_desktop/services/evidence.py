"""Evidence use cases: add files to an incident, view, export, delete with a reason."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from ..domain.evidence import EvidenceItem
from ..domain.roles import Permission
from ..infra import clock
from ..vault import audit, evidence_import, evidence_times
from ..vault import evidence_store as store
from ..vault.evidence_import import ImportRequest, PreparedFile
from ..vault.evidence_store import CheckRecord
from ..vault.repositories import shop
from ..vault.vault import Vault
from .access import Access
from .evidence_jobs import (
    FREE_SPACE_MARGIN,
    IMPORT_MARGIN,
    MAX_IMAGE_BYTES,
    EvidenceReader,
    ExportJob,
    check_showable,
    read_verified,
    require_room,
)
from .incidents import IncidentService

__all__ = [
    "MAX_IMAGE_BYTES",
    "CheckRecord",
    "EvidenceReader",
    "EvidenceService",
    "ExportJob",
    "ImportRequest",
    "PreparedFile",
]


class EvidenceService:
    """Evidence of one open vault.

    ``prepare`` touches only files (safe on a worker thread); ``commit`` writes the rows and
    must run where the vault's connection is used (the GUI thread).
    """

    def __init__(self, vault: Vault, *, access: Access | None = None) -> None:
        self.vault = vault
        self.access = access or Access.for_vault(vault)
        self._timezone: str | None = None

    @property
    def timezone(self) -> str:
        """The shop's time zone: every time the evidence shows is in it (read once)."""
        if self._timezone is None:
            self._timezone = shop.get(self.vault.conn).timezone
        return self._timezone

    @property
    def evidence_dir(self) -> Path:
        return self.vault.evidence_dir

    def prepare(
        self,
        requests: Sequence[ImportRequest],
        *,
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> list[PreparedFile]:
        # A read-only vault or a disk too full: say why before encrypting anything.
        self.access.require(Permission.RECORD_INCIDENT)
        self.vault.require_writable()
        self.check_room(requests, margin=IMPORT_MARGIN)
        return evidence_import.prepare_import(
            self.evidence_dir, requests, progress=progress, should_cancel=should_cancel
        )

    def check_room(
        self, requests: Sequence[ImportRequest], *, margin: int = FREE_SPACE_MARGIN
    ) -> int:
        """Refuse an import that will not fit on the logbook's disk with ``margin`` bytes to
        spare (by default the GUI's comfortable one; ``prepare`` itself insists on the least
        the vault needs to stay writable); return the bytes it needs.

        Raises:
            NotEnoughSpaceError: naming the sizes; nothing is written.
        """
        return require_room(self.evidence_dir, requests, margin)

    def commit(self, reference: str, prepared: Sequence[PreparedFile]) -> list[EvidenceItem]:
        try:
            self.access.require(Permission.RECORD_INCIDENT)
            with self.vault.transaction() as conn:
                ids = evidence_import.commit_import(conn, reference, prepared, self.vault.user)
        except BaseException:
            evidence_import.discard(prepared)
            raise
        evidence_import.finish_import(self.evidence_dir, prepared)
        return [store.get(self.vault.conn, i) for i in ids]

    def discard(self, prepared: Sequence[PreparedFile]) -> None:
        evidence_import.discard(prepared)

    def add_files(
        self,
        reference: str,
        requests: Sequence[ImportRequest],
        *,
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> list[EvidenceItem]:
        """Import all files or none (the incident is checked before any work)."""
        self.access.require(Permission.RECORD_INCIDENT)
        IncidentService(self.vault).get(reference)
        prepared = self.prepare(requests, progress=progress, should_cancel=should_cancel)
        return self.commit(reference, prepared)

    def items(self, reference: str, *, include_deleted: bool = True) -> list[EvidenceItem]:
        return store.list_for_incident(self.vault.conn, reference, include_deleted=include_deleted)

    def get(self, evidence_id: str) -> EvidenceItem:
        return store.get(self.vault.conn, evidence_id)

    def open_reader(self, evidence_id: str) -> EvidenceReader:
        """A seekable, thread-safe decrypting reader (for audio/video players)."""
        return store.open_reader(self.vault.conn, self.evidence_dir, evidence_id)

    def read_all(self, evidence_id: str) -> bytes:
        """Decrypt a whole (image) file into memory, checking its hash; never onto disk."""
        item = self.get(evidence_id)
        check_showable(item)  # before the file is even opened
        return read_verified(self.open_reader(evidence_id), item)

    def file_missing(self, evidence_id: str) -> bool:
        """True when the item's encrypted file is not on disk (missing, not damaged)."""
        return not store.stored_path(self.evidence_dir, evidence_id).exists()

    def export_job(self, evidence_id: str, dest: Path, *, overwrite: bool = False) -> ExportJob:
        """What exporting ``evidence_id`` to ``dest`` needs, as plain data to run on a worker
        (the row and key are read here, on the connection's thread).

        Raises:
            UserError: the item is unknown or was deleted (its content is gone).
        """
        self.access.require(Permission.EXPORT_EVIDENCE)
        item = self.get(evidence_id)
        key = store.file_key(self.vault.conn, item.id)
        source = store.stored_path(self.evidence_dir, item.id)
        return ExportJob(source, key, dest, item.sha256, item.size, overwrite)

    def export(
        self,
        evidence_id: str,
        dest: Path,
        *,
        overwrite: bool = False,
        progress: Callable[[int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> EvidenceItem:
        self.access.require(Permission.EXPORT_EVIDENCE)
        item = store.export(
            self.vault.conn, self.evidence_dir, evidence_id, dest, overwrite=overwrite,
            progress=progress, should_cancel=should_cancel,
        )  # fmt: skip
        self.record_export(item.id)
        return item

    def record_export(self, evidence_id: str) -> bool:
        """Keep in the audit chain that the acting user exported ``evidence_id`` (after the
        export succeeded; the GUI calls this when its worker is done). False on a read-only
        vault, where exporting still works but nothing can be recorded.

        The row holds the evidence row's audit content (as an import or a check does), never
        where the file went.
        """
        self.access.require(Permission.EXPORT_EVIDENCE)
        if self.vault.read_only:
            return False
        with self.vault.transaction() as conn:
            audit.append(conn, self.vault.user, "export", "evidence", evidence_id,
                         audit.evidence_content(conn, evidence_id))  # fmt: skip
        return True

    def delete(self, evidence_id: str, reason: str) -> None:
        self.access.require(Permission.DELETE)
        with self.vault.transaction() as conn:
            store.delete(conn, self.evidence_dir, evidence_id, reason, self.vault.user)
        store.remove_deleted_file(self.evidence_dir, self.get(evidence_id).id)
        # Push the erased key out of the write-ahead log too.
        with contextlib.suppress(Exception):
            self.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def set_overlay_time(self, evidence_id: str, when: datetime | None) -> EvidenceItem:
        """Record the time read off the picture (a CCTV overlay, as shown there, aware in the
        shop's zone), or clear it with None; audited as the acting user (recording, as an
        import is)."""
        self.access.require(Permission.RECORD_INCIDENT)
        with self.vault.transaction() as conn:
            evidence_times.set_overlay_time(conn, evidence_id, when, self.vault.user)
        return self.get(evidence_id)

    def thumbnail(self, evidence_id: str) -> bytes | None:
        return store.thumbnail(self.vault.conn, evidence_id)

    def set_thumbnail(self, evidence_id: str, png: bytes) -> None:
        # A cache of a picture anyone may look at, made while looking: reading is enough.
        self.access.require(Permission.VIEW_INCIDENTS)
        with self.vault.transaction() as conn:
            store.set_thumbnail(conn, evidence_id, png)

    def record_checks(self, results: dict[str, str]) -> datetime:
        """Keep the result of an integrity check (``id -> "intact"|"damaged"|"missing"``) and
        its time in the vault; returns that time."""
        self.access.require(Permission.VERIFY)
        if not results:
            return clock.now_seconds()
        with self.vault.transaction() as conn:
            return store.record_checks(conn, results, self.vault.user)

    def last_checks(self, reference: str) -> dict[str, CheckRecord]:
        """The last stored check of each live file of ``reference`` (files never checked are
        absent)."""
        return store.last_checks(self.vault.conn, reference)

    def verify(self) -> list[str]:
        self.access.require(Permission.VERIFY)
        return store.verify_all(self.vault.conn, self.evidence_dir)
