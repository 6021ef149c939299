"""Write a file so that a crash leaves either nothing or the whole file, never a named part.

On Linux the content is written into an unnamed file (``O_TMPFILE``) in the target's folder,
fsynced, and only then given a name: linked straight to the target when it must not exist yet
(an exclusive, atomic create), or linked to a temporary name and renamed over the target (an
atomic replace). A kill before that moment leaves no name at all: the kernel frees the data.

Where ``O_TMPFILE`` is missing (other systems, file systems such as vfat) the file is written
under a named partial ``.kasuhara-partial-<random>.part`` (mode 0600) and held locked while it is
written. :func:`sweep_partials` removes such names that no live writer holds; it runs on every
folder before a new file is written there, and :func:`sweep_recent_folders` (called at start-up)
runs it on the last folders that got a named partial, listed (paths only, no content) in
``recent-output-folders.txt`` of the program's state folder. A folder that was renamed or
unplugged since keeps its leftover until the program writes there again.

Everything here raises ``OSError``; callers turn it into their own messages.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
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
RECENT_FOLDERS_NAME = "recent-output-folders.txt"
MAX_RECENT_FOLDERS = 20


def state_dir() -> Path:
    """The program's own state folder (per user; no project import, so worked out here)."""
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "KasuharaDesktop"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "KasuharaDesktop"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "kasuhara-desktop"


def _recent_list() -> Path:
    return state_dir() / RECENT_FOLDERS_NAME


def _read_recent() -> list[str]:
    try:
        text = _recent_list().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [line for line in text.splitlines() if line.strip()][:MAX_RECENT_FOLDERS]


def _write_recent(folders: list[str]) -> None:
    """Save the list (best effort: the sweep at the next write to a folder remains)."""
    target = _recent_list()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        body = "".join(f"{f}\n" for f in folders[:MAX_RECENT_FOLDERS]).encode("utf-8")
        tmp = target.with_name(f"{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)


def _remember_folder(folder: Path) -> None:
    name = os.path.abspath(folder)
    if "\n" in name or "\r" in name:
        return  # cannot be one line of the list; the per-folder sweep still covers it
    folders = _read_recent()
    if folders[:1] != [name]:
        _write_recent([name, *(f for f in folders if f != name)])


def sweep_recent_folders() -> list[Path]:
    """At start-up: sweep the folders that last got named partials; forget the clean ones.

    Returns:
        The leftover partial files removed.
    """
    folders = _read_recent()
    if not folders:
        return []
    removed: list[Path] = []
    keep: list[str] = []
    for name in folders:
        folder = Path(name)
        removed += sweep_partials(folder)
        with contextlib.suppress(OSError):
            if any(p.name.startswith(PARTIAL_PREFIX) for p in folder.iterdir()):
                keep.append(name)  # a live writer's, or one we could not remove
        # A folder that is not there now (an unplugged USB stick) is kept for next time.
        if not folder.exists():
            keep.append(name)
    if keep != folders:
        _write_recent(keep)
    return removed


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
            _remember_folder(self.folder)  # before the name exists, so a crash is covered
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
