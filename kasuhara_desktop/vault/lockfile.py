"""One program instance per vault: an OS-level lock on ``<vault>/.lock``.

The operating system drops the lock when the process dies, so a lock left by a crash never
blocks the next start; the file's stale content (pid, host) is only informational.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
import time
from pathlib import Path

from ..domain.errors import VaultInUseError
from .fsutil import storage_error

LOCK_NAME = ".lock"
# A drive that takes no new file: read-only, full (no inode left) or not ours to write.
_NO_WRITE_ERRNOS = (errno.EROFS, errno.ENOSPC, errno.EACCES, errno.EPERM)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultLock:
    """Hold the vault's instance lock; ``release()`` (or ``with``) gives it back."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, wait_seconds: float = 0.0, *, read_only: bool = False) -> None:
        """Take the lock; if another process holds it, retry for up to ``wait_seconds``.

        The CLI waits a few seconds (a second command run while one is finishing then goes
        ahead instead of failing); the GUI says at once that the vault is open elsewhere.
        ``read_only``: the vault is opened without writing (a read-only or full drive); a lock
        file that cannot be made there is then done without, since this process writes nothing.
        """
        deadline = time.monotonic() + wait_seconds
        attempts = 0
        while attempts < 3:
            try:
                fd = self._open(read_only)
            except OSError as exc:
                raise storage_error(exc, self.path, "create the lock file") from exc
            if fd is None:
                return
            if not _try_lock(fd):
                os.close(fd)
                if time.monotonic() < deadline:
                    time.sleep(0.1)
                    continue
                waited = f" after waiting {wait_seconds:g} seconds" if wait_seconds else ""
                raise VaultInUseError(
                    f"The vault is already open in another Kasuhara window or command "
                    f"({self._holder()}){waited}. Close it there and try again."
                )
            attempts += 1
            # The holder before us may have removed the file between our open and our lock.
            if sys.platform == "win32" or os.fstat(fd).st_ino == _inode(self.path):
                _write_holder(fd)
                self._fd = fd
                return
            _unlock(fd)
            os.close(fd)
        raise VaultInUseError("The vault's lock file keeps changing; try again.")

    def _open(self, read_only: bool) -> int | None:
        """The lock file's descriptor; None when a read-only open goes without a lock."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if not read_only or exc.errno not in _NO_WRITE_ERRNOS:
                raise
        try:
            # A lock file left on the write-protected drive can still be locked for reading.
            return os.open(self.path, os.O_RDONLY)
        except OSError:
            return None

    def _holder(self) -> str:
        try:
            holder = self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            holder = ""
        return f"process {holder}" if holder else "another process"

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _write_holder(fd: int) -> None:
    """Note who holds the lock; only informational, so a full disk must not stop a reader.

    On a full disk the lock itself (an inode, no data) is still taken; the holder line is
    then just missing from the file.
    """
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}@{socket.gethostname()}\n".encode())


def _inode(path: Path) -> int:
    try:
        return path.stat().st_ino
    except OSError:
        return -1
