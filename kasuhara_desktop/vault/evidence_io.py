"""Streaming file machinery under the evidence format: worker threads, buffers, direct I/O.

:mod:`.evidence_format` (writing) and :mod:`.evidence_reader` (reading, exporting) share it: a
ring of reusable buffers, SHA-256 and writes in worker threads so they overlap with AES-GCM,
``O_DIRECT`` writes where the file system allows them, and the ``<dest>.part`` temp files of the
vault's own folder. Nothing here knows the file layout; it moves bytes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mmap
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO, Self

from ..domain.errors import StorageError
from ..infra.atomic_files import replace_durably
from .fsutil import storage_error

if sys.platform != "win32":
    import fcntl

_RING_DEPTH = 4  # buffers in flight between the main thread and the worker threads
_WRITEBACK_EVERY = 32 << 20  # start flushing written data to disk every 32 MiB
# O_DIRECT wants file offsets, lengths and memory addresses in multiples of the logical block
# size (512 or 4096 bytes); page-aligned buffers and multiples of 4096 satisfy every disk.
_ALIGN = 4096
_DIRECT_WRITE_SIZE = 4 << 20  # bytes per direct write, about (like ``dd bs=4M``)
_HUGE_PAGE = 2 << 20

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


class BufferRing:
    """A few reusable buffers, each handed out again only once its background work is done.

    ``acquire()`` returns the next buffer after waiting for the futures ``attach()``-ed to it
    the last time round (a hash, a write); a failure in that work is raised there. With
    ``aligned`` the buffers come from :func:`aligned_buffer`, as ``O_DIRECT`` requires.
    """

    def __init__(
        self, buffer_size: int, depth: int = _RING_DEPTH, *, aligned: bool = False
    ) -> None:
        self._bufs = [
            memoryview(aligned_buffer(buffer_size) if aligned else bytearray(buffer_size))
            for _ in range(depth)
        ]
        self._pending: list[list[Future[None]]] = [[] for _ in range(depth)]
        self._slot = -1

    def acquire(self) -> memoryview:
        """The next buffer, free to overwrite."""
        self._slot = (self._slot + 1) % len(self._bufs)
        self._wait(self._slot)
        return self._bufs[self._slot]

    def attach(self, work: Future[None]) -> None:
        """Keep the last acquired buffer busy until ``work`` is done."""
        self._pending[self._slot].append(work)

    def drain(self) -> None:
        """Wait for all attached work (and raise its first failure)."""
        for slot in range(len(self._bufs)):
            self._wait(slot)

    def _wait(self, slot: int) -> None:
        pending = self._pending[slot]
        while pending:
            pending.pop(0).result()


class _Worker:
    """One background thread that runs submitted calls in order; a context manager."""

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class Sha256Worker(_Worker):
    """SHA-256 in a worker thread (``hashlib`` releases the GIL on large buffers, so this
    overlaps with AES-GCM, which does too: about half the wall time on two cores)."""

    def __init__(self) -> None:
        super().__init__("evidence-sha256")
        self._hash = hashlib.sha256()

    def update(self, data: memoryview) -> Future[None]:
        """Hash ``data`` after everything submitted before; keep it unchanged until done."""
        return self._pool.submit(self._hash.update, data)

    def hexdigest(self) -> str:
        """The digest of everything submitted so far."""
        return self._pool.submit(self._hash.hexdigest).result()


class FileWriter(_Worker):
    """Writes to ``fd`` in a worker thread, nudging the kernel to flush as it goes.

    ``path`` is the name errors mention (the final name, not the temporary one).

    With ``direct`` the writes go around the page cache (``O_DIRECT``, Linux) if the file
    system allows it: the disk reads the data straight from memory, so the CPU copies nothing
    and the cache is not filled with (nor emptied for) data nobody reads back. The caller then
    owes page-aligned memory and lengths in whole 4 KiB blocks for every write but the
    ``last``, which is written through the cache (:class:`StagedWriter` does all that). Where
    there is no ``O_DIRECT`` (Windows, macOS) or the file system refuses it (``EINVAL`` when
    it is set, or at a write), the same bytes go through the page cache instead.
    """

    def __init__(self, fd: int, path: Path, *, direct: bool = False) -> None:
        super().__init__("evidence-write")
        self._fd, self._path = fd, path
        self._direct = direct and set_direct(fd, True)
        self._written = self._flushed = 0
        self._failed: StorageError | None = None

    def write(self, data: memoryview | bytes, *, last: bool = False) -> Future[None]:
        """Append ``data`` after everything submitted before; keep it unchanged until done.

        After a failed write every later one fails too, so a lost future cannot leave a gap.
        With ``direct``, ``last`` marks the final write, which may have any length.
        """
        return self._pool.submit(self._write, memoryview(data), last)

    def _write(self, data: memoryview, last: bool) -> None:
        if self._failed is not None:
            raise self._failed
        try:
            if self._direct and last:
                self._direct = set_direct(self._fd, False)
            if self._direct:
                self._write_direct(data)
            else:
                write_all(self._fd, data)
        except OSError as exc:
            self._failed = storage_error(exc, self._path, "write")
            raise self._failed from exc
        self._written += len(data)
        if not self._direct and self._written - self._flushed >= _WRITEBACK_EVERY:
            start_writeback(self._fd, self._flushed, self._written - self._flushed)
            self._flushed = self._written

    def _write_direct(self, data: memoryview) -> None:
        """Write around the page cache; where the file system refuses, go on through it."""
        try:
            write_all(self._fd, data)
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise
            done = os.lseek(self._fd, 0, os.SEEK_CUR) - self._written
            if not 0 <= done <= len(data):
                raise
            self._direct = set_direct(self._fd, False)
            write_all(self._fd, data[done:])


class StagedWriter:
    """Feeds a direct :class:`FileWriter` whole 4 KiB blocks from page-aligned buffers.

    The caller gets room for the next ``n`` bytes of the stream from :meth:`take` (at most
    ``max_take``), fills it before the next call, and ends with :meth:`finish`. Once a buffer
    holds about 4 MiB its whole blocks are written and the rest (under 4 KiB) moves to the
    start of the next buffer, so every write starts on a block boundary of the file; the final
    partial block is written last, through the page cache. Errors of earlier writes are raised
    by :meth:`take` and :meth:`finish`.
    """

    def __init__(self, writer: FileWriter, max_take: int) -> None:
        self._writer = writer
        self._max_take = max_take
        # About four takes per write when they are small (tests); at most ~4 MiB.
        self._flush_at = round_up(min(_DIRECT_WRITE_SIZE, 4 * max_take), _ALIGN)
        self._ring = BufferRing(self._flush_at + max_take, 3, aligned=True)
        self._buf = self._ring.acquire()
        self._used = 0

    def take(self, n: int) -> memoryview:
        """Room for the next ``n`` bytes; fill it before calling :meth:`take` or :meth:`finish`."""
        if not 0 <= n <= self._max_take:
            raise ValueError(f"cannot take {n} bytes (at most {self._max_take})")
        if self._used >= self._flush_at:
            self._flush()
        view = self._buf[self._used : self._used + n]
        self._used += n
        return view

    def finish(self) -> None:
        """Write everything taken and wait until it is written."""
        cut = self._used - self._used % _ALIGN
        if cut:
            self._ring.attach(self._writer.write(self._buf[:cut]))
        if cut < self._used:
            self._ring.attach(self._writer.write(self._buf[cut : self._used], last=True))
        self._used = 0
        self._ring.drain()

    def _flush(self) -> None:
        cut = self._used - self._used % _ALIGN
        full = self._buf
        self._ring.attach(self._writer.write(full[:cut]))
        self._buf = self._ring.acquire()  # waits for the write last made from that buffer
        rest = self._used - cut
        self._buf[:rest] = full[cut : self._used]
        self._used = rest


def fill(read: Callable[[memoryview], int | None], view: memoryview) -> int:
    """Fill ``view`` from ``read`` (``readinto`` semantics) until full or end of input."""
    got = 0
    while got < len(view):
        n = read(view[got:])
        if not n:
            break
        got += n
    return got


def reader_of(source: BinaryIO) -> Callable[[memoryview], int | None]:
    readinto = getattr(source, "readinto", None)
    if readinto is not None:
        return readinto  # type: ignore[no-any-return]

    def read_copy(view: memoryview) -> int:
        data = source.read(len(view))
        view[: len(data)] = data
        return len(data)

    return read_copy


def round_up(n: int, multiple: int) -> int:
    return -(-n // multiple) * multiple


def aligned_buffer(size: int) -> mmap.mmap:
    """Page-aligned anonymous memory of at least ``size`` bytes, in huge pages if allowed.

    Huge pages matter for direct I/O: one disk request holds a limited number of memory
    segments (254 on a virtio disk), so from 4 KiB pages a 4 MiB write becomes four requests
    of under 1 MiB, and a virtual disk pays per request (measured on a 2-core VM: writing
    1 GiB took about 2.2 s from 4 KiB pages and 1.0 s from 2 MiB pages, before the fsync).
    Where transparent huge pages are off (or on Windows, macOS) this is ordinary memory.
    """
    if sys.platform == "win32":
        return mmap.mmap(-1, size)
    if size > _HUGE_PAGE:
        size = round_up(size, _HUGE_PAGE)
    # Private: the default shared anonymous map is tmpfs memory, not given huge pages here.
    buf = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE)
    advice = getattr(mmap, "MADV_HUGEPAGE", None)
    if advice is not None:
        with contextlib.suppress(OSError):
            buf.madvise(advice)
    return buf


def set_direct(fd: int, on: bool) -> bool:
    """Turn ``O_DIRECT`` on or off for ``fd``; return whether it is on now.

    Only some systems have ``O_DIRECT`` (Linux does; Windows and macOS do not), and a file
    system that cannot do direct I/O refuses it here (``EINVAL``), or at the first write.
    """
    flag: int = getattr(os, "O_DIRECT", 0)
    if not flag or sys.platform == "win32":
        return False
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, (flags | flag) if on else (flags & ~flag))
    except OSError:
        if on:
            return False
        raise
    return on


def write_all(fd: int, data: memoryview) -> None:
    """``os.write`` until everything is written."""
    while data:
        data = data[os.write(fd, data) :]


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start flushing a written range now (so the final fsync is short).

    On Linux ``POSIX_FADV_DONTNEED`` starts asynchronous write-back of dirty pages (the trick
    PostgreSQL uses where ``sync_file_range`` is unavailable); elsewhere this does nothing.
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def part_path(dest: Path) -> Path:
    """The temporary name a file is written under before it is renamed to ``dest``."""
    return dest.with_name(dest.name + ".part")


def open_part(dest: Path) -> tuple[Path, int]:
    """Create the temp file ``<dest>.part`` next to ``dest``; return its path and descriptor.

    Mode 0600; a stale one (from a crash) is truncated: right for the vault's own folder, whose
    open sweeps these names. Files for a folder the user chose go through
    ``infra.atomic_files`` instead (unnamed until complete).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    tmp = part_path(dest)
    try:
        return tmp, os.open(tmp, flags, 0o600)
    except OSError as exc:
        raise storage_error(exc, tmp, "create") from exc


def commit_part(fd: int, tmp: Path, dest: Path) -> None:
    """fsync and close ``fd``, rename ``tmp`` over ``dest``, fsync the folder."""
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    replace_durably(tmp, dest)


def discard_part(fd: int | None, tmp: Path) -> None:
    """Close and remove a temp file after a failure or a cancel (errors here are secondary)."""
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
