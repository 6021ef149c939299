"""Write a PDF so that the destination holds either the old file or the whole new one.

The document is built into an unnamed file beside the destination (see
:mod:`kasuhara_desktop.infra.atomic_files`), flushed to the disk and only then named; if anything
fails, or the process is killed, nothing is left under any name and nothing else changes.
Failures of the disk become ``StorageError`` with one sentence naming the path and what to do.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kasuhara_desktop.domain.errors import StorageError
from kasuhara_desktop.infra.atomic_files import AtomicFile, fsync_dir

PdfBuilder = Callable[[BinaryIO], None]


def storage_error(err: OSError, dest: Path) -> StorageError:
    """Translate an OSError met while writing ``dest`` into a message a user can act on."""
    folder = dest.parent
    code = err.errno
    other = Path(os.fsdecode(err.filename)) if isinstance(err.filename, str | bytes) else None
    if other is not None and folder.absolute() not in (other.absolute(), other.absolute().parent):
        # Not the PDF or its temporary file: something the build was reading.
        return StorageError(
            f"Could not use {other} ({err.strerror or err}) while writing {dest}: "
            "check that the file is still there and try again."
        )
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        msg = f"The disk is full: could not write {dest}. Free some space or choose another folder."
    elif code in (errno.EACCES, errno.EPERM):
        msg = (
            f"No permission to write {dest}: choose another folder, or close the file if "
            "another program has it open."
        )
    elif code == errno.EROFS:
        msg = f"The folder {folder} is read-only: choose another folder."
    elif code in (errno.ENOENT, errno.ENOTDIR):
        msg = (
            f"The folder {folder} does not exist (was a USB stick removed?): choose another folder."
        )
    elif code == errno.EISDIR:
        msg = f"{dest} is a folder: choose a file name."
    elif code == errno.ENAMETOOLONG:
        msg = f"The file name or path is too long: {dest}. Choose a shorter name or folder."
    elif code in (errno.EIO, errno.ENXIO, errno.ENODEV):
        msg = (
            f"The disk reported an error while writing {dest} (was it removed?): "
            "check the disk and try again, or choose another folder."
        )
    else:
        msg = f"Could not write {dest} ({err.strerror or err}): choose another folder."
    return StorageError(msg)


__all__ = ["PdfBuilder", "build_pdf_bytes", "fsync_dir", "storage_error", "write_pdf_atomically"]


def write_pdf_atomically(dest: Path, build: PdfBuilder) -> Path:
    """Run ``build`` on a temporary file beside ``dest``, then move it into place.

    The temporary file is created with owner-only permissions (the PDF holds personal data),
    fsynced, and renamed over ``dest`` with ``os.replace``.

    Args:
        dest: the PDF to create or replace.
        build: writes the whole document to the binary file object it is given.

    Returns:
        ``dest``.

    Raises:
        StorageError: the disk refused (full, read-only, no permission, missing folder...).
        Exception: whatever ``build`` raised, unchanged; the temporary file is removed.
    """
    dest = Path(dest)
    if dest.is_dir():
        raise StorageError(f"{dest} is a folder: choose a file name.")
    try:
        with AtomicFile(dest) as out:
            build(out.file())
            out.commit()
    except OSError as err:
        raise storage_error(err, dest) from err
    return dest


def build_pdf_bytes(build: PdfBuilder) -> bytes:
    """Run ``build`` into memory and return the PDF (for previews; nothing touches the disk)."""
    buf = io.BytesIO()
    build(buf)
    return buf.getvalue()
