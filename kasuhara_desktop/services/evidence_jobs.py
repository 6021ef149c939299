"""Evidence work that runs off the GUI thread, handed out by ``EvidenceService`` as plain data.

The service looks up the item and its key where the vault's connection lives (the GUI thread)
and returns a job that holds only paths, the key, the hash and sizes; the UI runs it through
``ui/tasks.py``. The same code serves the CLI's direct calls, so viewing and exporting are
implemented once (``vault/evidence_reader``), not again in the UI.

Also here: the free-disk check an import must pass before anything is encrypted.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import StorageError, UserError
from ..domain.evidence import EvidenceItem
from ..domain.sizes import format_size
from ..reports.images import PictureTooLargeError, open_upright
from ..vault.evidence_import import ImportRequest
from ..vault.evidence_reader import DestinationExistsError, EvidenceReader, export_to_file
from ..vault.fsutil import MIN_FREE_BYTES

__all__ = [
    "FREE_SPACE_MARGIN",
    "IMPORT_MARGIN",
    "MAX_IMAGE_BYTES",
    "DestinationExistsError",
    "EvidenceReader",
    "ExportJob",
    "NotEnoughSpaceError",
    "PictureTooLargeError",
    "TooLargeToShowError",
    "check_showable",
    "open_upright",
    "read_verified",
    "require_room",
]

# Images larger than this are not decoded into memory for viewing (export them instead).
MAX_IMAGE_BYTES = 256 * 1024 * 1024

FREE_SPACE_MARGIN = 64 * 1024 * 1024
"""What the GUI asks to stay free before it starts an import: the database, its WAL and the
next backup need room too."""

IMPORT_MARGIN = MIN_FREE_BYTES
"""What every import must leave free (the CLI's too, on a small USB stick): below this the
vault opens read-only, so an import that leaves less is refused before it starts."""

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class NotEnoughSpaceError(StorageError):
    """The files to import will not fit on the logbook's disk (with the margin kept free).

    Attributes:
        needed: Bytes the files take.
        free: Bytes free on the disk.
    """

    def __init__(self, needed: int, free: int) -> None:
        super().__init__(
            f"Not enough free disk space: the files need {format_size(needed)}, the logbook's "
            f"disk has {format_size(free)} free. Nothing was added."
        )
        self.needed = needed
        self.free = free


class TooLargeToShowError(UserError):
    """A picture too large to decrypt into memory for viewing (``MAX_IMAGE_BYTES``)."""


def import_size(requests: Sequence[ImportRequest]) -> int:
    """Bytes the files of ``requests`` take (files that vanished count 0; the import says so)."""
    total = 0
    for request in requests:
        try:
            if request.path.is_file():
                total += request.path.stat().st_size
        except OSError:
            continue
    return total


def require_room(
    evidence_dir: Path, requests: Sequence[ImportRequest], margin: int = FREE_SPACE_MARGIN
) -> int:
    """Refuse an import that will not fit; return the bytes it needs.

    Encrypted copies are a little larger than the originals; the margin covers that and the
    database. When the free space cannot be read, the import itself reports a full disk.

    Raises:
        NotEnoughSpaceError: the files plus ``margin`` exceed the free space.
    """
    total = import_size(requests)
    try:
        free = shutil.disk_usage(evidence_dir).free
    except OSError:
        return total
    if total + margin > free:
        raise NotEnoughSpaceError(total, free)
    return total


def check_showable(item: EvidenceItem) -> None:
    """Refuse to decrypt into memory a file over ``MAX_IMAGE_BYTES`` (export it instead).

    Raises:
        TooLargeToShowError: naming the file.
    """
    if item.size > MAX_IMAGE_BYTES:
        raise TooLargeToShowError(
            f"{item.original_name} is too large to show here; export it instead."
        )


def read_verified(
    reader: EvidenceReader, item: EvidenceItem, should_cancel: CancelFn | None = None
) -> bytes:
    """Decrypt a whole (image) file into memory, checking its hash; never onto disk.

    ``reader`` is owned from here on and always closed.

    Raises:
        TooLargeToShowError: the file is over ``MAX_IMAGE_BYTES``.
        IntegrityError: the file is damaged or does not match its SHA-256.
    """
    with reader:
        check_showable(item)
        reader.verify(item.sha256, should_cancel=should_cancel)
        data: bytes = reader.read_at(0, item.size)
        return data


@dataclass(frozen=True)
class ExportJob:
    """Decrypt one evidence file to ``dest`` (see ``vault.evidence_reader.export_to_file``):
    ``dest`` ends up the verified original or untouched, and a kill leaves no plaintext."""

    source: Path
    key: bytes = field(repr=False)
    dest: Path
    sha256: str
    size: int
    overwrite: bool = False

    def run(
        self, progress: ProgressFn | None = None, should_cancel: CancelFn | None = None
    ) -> Path:
        """Do the export (on any thread); ``progress(done, total)`` in bytes.

        Raises:
            DestinationExistsError: ``dest`` exists and ``overwrite`` is False.
            IntegrityError: the evidence file is damaged or its content does not match.
            Cancelled: ``should_cancel`` returned True.
            StorageError: reading or writing failed (full disk...).
        """
        size = self.size

        def report(done: int) -> None:
            if progress is not None:
                progress(done, size)

        export_to_file(
            self.source, self.key, self.dest, self.sha256, overwrite=self.overwrite,
            progress=report, should_cancel=should_cancel,
        )  # fmt: skip
        return self.dest
