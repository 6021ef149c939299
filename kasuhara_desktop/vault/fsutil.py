"""Safe file writes: temp file, fsync, rename; and translating OS errors into clear messages."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from ..domain.errors import StorageError


def storage_error(exc: OSError, path: Path, doing: str) -> StorageError:
    """Turn an ``OSError`` into a ``StorageError`` that says what happened and what to do."""
    if exc.errno == errno.ENOSPC:
        hint = "The disk is full: free some space or choose another drive, then try again."
    elif exc.errno in (errno.EACCES, errno.EPERM):
        hint = "Permission denied: choose a folder you can write to."
    elif exc.errno == errno.EROFS:
        hint = "The drive is read-only: choose another drive."
    elif exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        hint = "The file or drive is not there (a removed USB drive?): reconnect it and try again."
    else:
        hint = exc.strerror or str(exc)
    return StorageError(f"Could not {doing} {path}: {hint}")


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX only; Windows has no directory handles).

    Some file systems cannot fsync a directory; the file's data itself is synced already.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s data to the disk (a copy is only a backup once it is on the disk)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_file_synced(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Copy ``source`` to the new file ``target`` (never over an existing one), synced."""
    with open(source, "rb") as src, open(target, "xb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())
    shutil.copystat(source, target)


def atomic_write_bytes(path: Path, data: bytes, *, keep_previous: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new content.

    With ``keep_previous`` the old file is first copied to ``<name>.prev``.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        if keep_previous and path.exists():
            shutil.copy2(path, path.with_name(path.name + ".prev"))
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, path, "write") from exc
