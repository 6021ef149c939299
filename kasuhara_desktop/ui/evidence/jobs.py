"""Work that runs on a worker thread (through ``ui.tasks``), on plain data only.

The GUI thread looks up the item and opens its reader through ``EvidenceService`` (that needs
the vault's connection); the job gets the reader, owns it from then on and always closes it.
Decrypting is the service's (``services.evidence_jobs.read_verified``; exports are the
service's ``ExportJob``); what is left here is the UI's own part: decoding pictures for the
screen and checking files with progress. Nothing here touches the database or a widget.
Pictures are decoded with Pillow (see ``_open_picture``); ``QImage`` itself is safe off the GUI
thread.
"""

from __future__ import annotations

import io
import queue
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage

from ...domain.errors import IntegrityError, UserError
from ...domain.evidence import EvidenceItem
from ...services.evidence_jobs import (
    CancelFn,
    EvidenceReader,
    PictureTooLargeError,
    TooLargeToShowError,
    open_upright,
    read_verified,
)
from ..tasks import TaskContext
from .texts import IntegrityState

THUMBNAIL_SIZE = QSize(224, 168)
PROGRESS_INTERVAL = 0.25  # seconds between progress reports (a 2 GB import has 2048 segments)


def throttled(report: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """``report`` at most every PROGRESS_INTERVAL seconds, and always when done == total.

    Each report crosses threads as a queued signal; a few per second are plenty for a
    progress bar.
    """
    last = [0.0]

    def report_now(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= PROGRESS_INTERVAL:
            last[0] = now
            report(done, total)

    return report_now


class UndecodableImageError(UserError):
    """The file is intact but is no picture this program can decode (HEIC, a broken one)."""


def decrypt_image(
    reader: EvidenceReader, item: EvidenceItem, should_cancel: CancelFn | None = None
) -> bytes:
    """The service's ``read_verified``, with its too-large refusal in the user's language."""
    try:
        return read_verified(reader, item, should_cancel)
    except TooLargeToShowError as exc:
        raise UserError(_too_large_text()) from exc


def _open_picture(data: bytes, fit: tuple[int, int] | None = None) -> Image.Image:
    """Decode ``data`` upright with Pillow (``reports.images.open_upright``).

    Pillow, not ``QImageReader``: Qt's image plug-ins run under a process-wide lock, and a
    ``QBuffer`` made from Python calls back into Python (for the GIL) from inside it, so two
    threads decoding at once could each hold what the other waits for and freeze the program.
    Pillow takes no Qt lock and releases the GIL while it decodes.
    """
    try:
        return open_upright(data, fit)
    except PictureTooLargeError as exc:
        raise UndecodableImageError(_too_large_text()) from exc
    except ValueError as exc:
        raise UndecodableImageError(
            QCoreApplication.translate(
                "evidence",
                "This picture's format cannot be shown here; export it to open it elsewhere.",
            )
        ) from exc


def _too_large_text() -> str:
    return QCoreApplication.translate(
        "evidence", "This picture is too large to show here; export it instead."
    )


def _plain_mode(img: Image.Image) -> str:
    """ "RGBA" when ``img`` has any transparency (an alpha band or a transparent colour)."""
    return "RGBA" if img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info else "RGB"


def _to_qimage(img: Image.Image) -> QImage:
    """A ``QImage`` that owns a copy of ``img``'s pixels (8-bit RGB or RGBA)."""
    mode = _plain_mode(img)
    fmt = QImage.Format.Format_RGBA8888 if mode == "RGBA" else QImage.Format.Format_RGB888
    pixels = img.convert(mode).tobytes("raw", mode)
    image = QImage(pixels, img.width, img.height, len(mode) * img.width, fmt)
    return image.copy()  # the QImage above only borrows ``pixels``


def load_image(
    reader: EvidenceReader, item: EvidenceItem, should_cancel: CancelFn | None = None
) -> QImage:
    """Decrypt (hash-checked) and decode a picture into memory; no bytes touch the disk.

    Raises:
        UndecodableImageError: the bytes are intact but no picture this program can draw.
    """
    with _open_picture(decrypt_image(reader, item, should_cancel)) as img:
        return _to_qimage(img)


def make_thumbnail(
    reader: EvidenceReader, item: EvidenceItem, should_cancel: CancelFn | None = None
) -> bytes:
    """A small PNG of a picture (for ``EvidenceService.set_thumbnail``); b"" if undecodable."""
    data = decrypt_image(reader, item, should_cancel)
    fit = (THUMBNAIL_SIZE.width(), THUMBNAIL_SIZE.height())
    try:
        with _open_picture(data, fit) as img:
            img.thumbnail(fit)
            small = img.convert(_plain_mode(img))
    except UndecodableImageError:
        return b""
    out = io.BytesIO()
    small.save(out, "PNG")
    return out.getvalue()


@dataclass(frozen=True)
class CheckTarget:
    """One file to check: its reader (opened on the GUI thread) and recorded hash."""

    evidence_id: str
    reader: EvidenceReader
    sha256: str
    size: int


def check_files(
    targets: Sequence[CheckTarget],
    ctx: TaskContext,
    results: queue.SimpleQueue[tuple[str, IntegrityState, str]],
) -> int:
    """Verify every target; put (id, state, message) on ``results`` as each one finishes.

    Progress is reported in bytes over all files. Every reader is closed, also on a cancel.
    Returns the number of damaged files.
    """
    total = sum(t.size for t in targets) or 1
    done = damaged = 0
    report = throttled(ctx.progress)
    try:
        for target in targets:
            base = done
            try:
                target.reader.verify(
                    target.sha256,
                    progress=lambda n, base=base: report(base + n, total),  # type: ignore[misc]
                    should_cancel=ctx.is_cancelled,
                )
            except IntegrityError as exc:
                damaged += 1
                results.put((target.evidence_id, IntegrityState.DAMAGED, str(exc)))
            else:
                results.put((target.evidence_id, IntegrityState.INTACT, ""))
            finally:
                target.reader.close()
            done += target.size
            ctx.progress(done, total)
    finally:
        for target in targets:
            target.reader.close()
    return damaged
