"""Write a file so that a crash leaves either nothing or the whole file, never a named part.

On Linux the content is written into an unnamed file (``O_TMPFILE``) in the target's folder,
fsynced, and only then given a name: linked straight to the target when it must not exist yet
(an exclusive, atomic create), or linked to a temporary name and renamed over the target (an
atomic replace). A kill before that moment leaves no name at all: the kernel frees the data.

Where ``O_TMPFILE`` is missing (other systems, file systems such as vfat) the file is written
under a named partial ``.kasuhara-partial-<random>.part`` (mode 0600) and held locked while it is
written. :func:`sweep_partials` removes such names that no live writer holds; it runs on every
folder before a new file is written there, so a crash's leftover goes the next time the program
writes to that folder (a folder never written to again keeps it: a known limitation).

Everything here raises ``OSError``; callers turn it into their own messages.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

try:  # POSIX only; elsewhere an open file cannot be deleted, which protects it the same way.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PARTIAL_PREFIX = ".kasuhara-partial-"
PARTIAL_SUFFIX = ".part"
_O_TMPFILE: int = getattr(os, "O_TMPFILE", 0)
# Errors that mean "this folder or system cannot make an unnamed file": fall back to a name.
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT}


def fsync_dir(folder: Path) -> None:
    """Make a rename or link in ``folder`` durable (POSIX only; Windows has no folder handles).

    Some file systems cannot fsync a folder; the file's own data is synced already.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace_durably(tmp: Path, dest: Path) -> None:
    """Rename the finished, fsynced ``tmp`` over ``dest`` and make the rename durable."""
    os.replace(tmp, dest)
    fsync_dir(dest.parent)


def _partial_name(folder: Path) -> Path:
    return folder / f"{PARTIAL_PREFIX}{secrets.token_hex(8)}{PARTIAL_SUFFIX}"


def _link_fd(fd: int, target: Path) -> None:
    """Give the unnamed file ``fd`` the name ``target`` (linkat through /proc, following).

    A ``src_dir_fd`` is passed so that Python calls linkat with AT_SYMLINK_FOLLOW (without one,
    some versions call link(), which would link the /proc symlink itself and fail with EXDEV).
    """
    proc = os.open("/proc/self/fd", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(str(fd), target, src_dir_fd=proc, follow_symlinks=True)
    except OSError as exc:  # name the target, not "3", in the error
        raise type(exc)(exc.errno, exc.strerror, str(target)) from None
    finally:
        os.close(proc)


def _try_lock(fd: int) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def sweep_partials(folder: Path) -> list[Path]:
    """Remove this program's leftover partial files in ``folder`` (none held by a live writer).

    Returns:
        The names removed. Errors (a folder that is gone, no permission) are ignored.
    """
    removed: list[Path] = []
    try:
        names = [p for p in folder.iterdir() if p.name.startswith(PARTIAL_PREFIX)]
    except OSError:
        return removed
    for path in names:
        if not path.name.endswith(PARTIAL_SUFFIX) or path.is_symlink() or not path.is_file():
            continue
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        try:
            if _try_lock(fd):  # nobody writes it: a crash's leftover
                path.unlink()
                removed.append(path)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


class AtomicFile:
    """A new file for ``dest`` that gets its name only at :meth:`commit`.

    Use as a context manager; leaving it without a commit (an exception, a cancel) discards
    the content: the unnamed file is closed (or the named partial is unlinked).

    Args:
        dest: the file to create (or replace, with ``overwrite``).
        overwrite: replace an existing ``dest`` atomically; if False, commit raises
            ``FileExistsError`` when ``dest`` appeared meanwhile and leaves it untouched.
        readable: open for reading too (``w+b``), for writers that read back (a ZIP).
    """

    def __init__(self, dest: Path, *, overwrite: bool = True, readable: bool = False) -> None:
        self.dest = Path(dest)
        self.overwrite = overwrite
        self.folder = self.dest.parent
        self.partial: Path | None = None  # the fallback name, if one is in use
        self._file: BinaryIO | None = None
        self._done = False
        access = os.O_RDWR if readable else os.O_WRONLY
        self._mode = "w+b" if readable else "wb"
        sweep_partials(self.folder)
        self.fd = self._open_unnamed(access)
        if self.fd < 0:
            self.partial = _partial_name(self.folder)
            flags = access | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            self.fd = os.open(self.partial, flags, 0o600)
        # Held until commit or discard, so a sweep by another writer never takes this file
        # (nor the short-lived link name an overwrite goes through).
        _try_lock(self.fd)

    def _open_unnamed(self, access: int) -> int:
        if not _O_TMPFILE or not os.path.isdir("/proc/self/fd"):
            return -1
        try:
            return os.open(self.folder, _O_TMPFILE | access, 0o600)
        except OSError as exc:
            if exc.errno in _NO_TMPFILE and self.folder.is_dir():
                return -1
            raise

    @property
    def unnamed(self) -> bool:
        """True while the content has no name on disk (the ``O_TMPFILE`` path)."""
        return self.partial is None and not self._done

    def file(self) -> BinaryIO:
        """A buffered binary file object on the descriptor (closed by commit or discard)."""
        if self._file is None:
            self._file = os.fdopen(self.fd, self._mode, closefd=False)  # type: ignore[assignment]
        assert self._file is not None
        return self._file

    def commit(self) -> Path:
        """Flush and fsync the content, then give it the name ``dest`` atomically."""
        if self._done:
            raise ValueError("the file is already committed or discarded")
        if self._file is not None:
            self._file.flush()
        os.fsync(self.fd)
        try:
            if self.partial is None:
                self._link_unnamed()
            else:
                self._name_partial(self.partial)
        except BaseException:
            self.discard()
            raise
        self._close()
        self._done = True
        fsync_dir(self.folder)
        return self.dest

    def _link_unnamed(self) -> None:
        if not self.overwrite:
            _link_fd(self.fd, self.dest)  # EEXIST if dest is there
            return
        tmp = _partial_name(self.folder)
        _link_fd(self.fd, tmp)
        try:
            os.replace(tmp, self.dest)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def _name_partial(self, partial: Path) -> None:
        if self.overwrite:
            os.replace(partial, self.dest)
            self.partial = None
            return
        try:
            os.link(partial, self.dest)  # exclusive: fails if dest exists
        except FileExistsError:
            raise
        except OSError:  # no hard links here (vfat): check, then rename
            if os.path.lexists(self.dest):
                raise FileExistsError(errno.EEXIST, "File exists", str(self.dest)) from None
            os.replace(partial, self.dest)
            self.partial = None
            return
        partial.unlink()
        self.partial = None

    def _close(self) -> None:
        with contextlib.suppress(OSError):
            if self._file is not None:
                self._file.close()
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def discard(self) -> None:
        """Drop the content: nothing is left under any name. Errors here are secondary."""
        if self._done:
            return
        self._done = True
        self._close()
        if self.partial is not None:
            with contextlib.suppress(OSError):
                self.partial.unlink()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.discard()


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Safe save: ``path`` holds either its old content or all of ``data`` after a crash."""
    with AtomicFile(path) as out:
        out.file().write(data)
        out.commit()
