"""Safe file writes: temp file, fsync, rename; and translating OS errors into clear messages."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from ..domain.errors import StorageError
from ..infra.atomic_files import fsync_dir, write_bytes_atomically

__all__ = ["atomic_write_bytes", "copy_file_synced", "fsync_dir", "fsync_file", "storage_error"]

# Below this much free space a vault opens read-only: SQLite needs room for its WAL and
# shared-memory files even to read, and a write started now would fail half-way.
MIN_FREE_BYTES = 1 << 20
# What to ask the user to free: room for the WAL and a checkpoint of a typical logbook.
WANTED_FREE_BYTES = 64 << 20


def storage_error(exc: OSError, path: Path, doing: str) -> StorageError:
    """Turn an ``OSError`` into a ``StorageError`` that says what happened and what to do."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        hint = disk_full_hint(path)
    elif exc.errno in (errno.EACCES, errno.EPERM):
        hint = "Permission denied: choose a folder you can write to."
    elif exc.errno == errno.EROFS:
        hint = "The drive is read-only (a write-protected USB drive?): choose another drive."
    elif exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        hint = "The file or drive is not there (a removed USB drive?): reconnect it and try again."
    else:
        hint = exc.strerror or str(exc)
    return StorageError(f"Could not {doing} {path}: {hint}")


def _existing(path: Path) -> Path:
    """``path`` or its nearest existing parent (free space is asked of what exists)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def free_bytes(path: Path) -> int | None:
    """Bytes an ordinary user may still write on the drive holding ``path`` (None: unknown)."""
    try:
        return shutil.disk_usage(_existing(path)).free
    except OSError:
        return None


def mount_point(path: Path) -> Path:
    """The folder where the drive holding ``path`` is mounted (the drive root on Windows)."""
    path = _existing(path)
    while not os.path.ismount(path) and path.parent != path:
        path = path.parent
    return path


def _size_text(count: int) -> str:
    if count >= 1 << 30:
        return f"{count / (1 << 30):.1f} GB"
    if count >= 1 << 20:
        return f"{count / (1 << 20):.0f} MB"
    return f"{count // 1024} KB"


def disk_full_hint(path: Path, then: str = "") -> str:
    """Say that the disk is full, how much is free, and how much to free where.

    ``then`` is said right after "The disk is full (N left)" (what that means for the user).
    """
    free = free_bytes(path)
    left = f" ({_size_text(free)} left)" if free is not None else ""
    return (
        f"The disk is full{left}{then}: free at least {_size_text(WANTED_FREE_BYTES)} on the drive "
        f"mounted at {mount_point(path)} (empty the trash, move large files elsewhere) or "
        "choose another drive, then try again."
    )


def media_state(folder: Path) -> str | None:
    """``"read_only"`` for a read-only drive, ``"full"`` for one nearly full, else None."""
    if hasattr(os, "statvfs"):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return "read_only"
        except OSError:
            return None
    elif not os.access(folder, os.W_OK):  # pragma: no cover - Windows
        return "read_only"
    free = free_bytes(folder)
    if free is not None and free < MIN_FREE_BYTES:
        return "full"
    return None


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
    try:
        if keep_previous and path.exists():
            shutil.copy2(path, path.with_name(path.name + ".prev"))
        write_bytes_atomically(path, data)
    except OSError as exc:
        raise storage_error(exc, path, "write") from exc
