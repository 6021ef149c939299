"""Encrypted evidence files: random-access reading, verification and export.

The format is written by :mod:`.evidence_format` and specified in
``resources/docs/vault-format.md`` ("Evidence files").
"""

from __future__ import annotations

import io
import os
import stat
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from cryptography.exceptions import InvalidTag

from ..domain.errors import Cancelled, IntegrityError, ValidationError
from ..infra.atomic_files import AtomicFile
from .evidence_format import HEADER_SIZE, MAX_SEGMENTS, TAG_SIZE, EvidenceHeader, check_key
from .evidence_io import BufferRing, CancelFn, FileWriter, ProgressFn, Sha256Worker, fill
from .fsutil import storage_error


class DestinationExistsError(ValidationError):
    """An export target already exists and overwriting was not asked for."""


class EvidenceReader:
    """Decrypts an evidence file on demand; safe to share between threads.

    Opening checks the header and that the file length fits the segment layout. Every read
    authenticates the segments it touches, with the last flag expected exactly on the segment
    that is last by position, so a truncated, reordered, spliced or extended file raises
    ``IntegrityError`` as soon as a damaged segment is read (:meth:`verify` reads them all).
    A few decrypted segments are cached so that many small sequential reads (a media player)
    decrypt each segment once.
    """

    def __init__(
        self, path: Path, key: bytes, *, file_id: bytes | None = None, cache_segments: int = 4
    ) -> None:
        """Open ``path`` with its 32-byte ``key``; ``file_id``, if given, must match the header.

        Raises:
            IntegrityError: the header or the file length is invalid, or the id differs.
            StorageError: the file cannot be opened or read.
        """
        self._aead = check_key(key)
        self.path = path
        self._file = open_regular(path)
        try:
            raw = bytearray(HEADER_SIZE)
            got = fill(self._file.readinto, memoryview(raw))
            self._header = EvidenceHeader.parse(bytes(raw[:got]), path)
            length = os.fstat(self._file.fileno()).st_size
        except OSError as exc:
            self._file.close()
            raise storage_error(exc, path, "read") from exc
        except BaseException:
            self._file.close()
            raise
        if file_id is not None and file_id != self._header.file_id:
            self._file.close()
            raise IntegrityError(f"{path}: the file belongs to another attachment (wrong file id)")
        seg = self._header.segment_size
        self._stride = seg + TAG_SIZE
        body = length - HEADER_SIZE
        self._count = max(1, -(-body // self._stride))
        self._last_len = body - (self._count - 1) * self._stride
        if body == 0 or self._last_len < TAG_SIZE or self._count > MAX_SEGMENTS:
            self._file.close()
            what = "no segment follows the header" if body == 0 else "its length is invalid"
            raise IntegrityError(f"{path}: the file is truncated or damaged: {what}")
        self._size = body - self._count * TAG_SIZE
        self._io_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._cache_max = max(1, cache_segments)
        self._closed = False

    @property
    def size(self) -> int:
        """Plaintext size in bytes (from the file length; a truncation shows when read)."""
        return self._size

    @property
    def segment_size(self) -> int:
        """Plaintext bytes per segment (the last segment may hold fewer)."""
        return self._header.segment_size

    @property
    def segment_count(self) -> int:
        """Number of segments, the final (possibly empty) one included."""
        return self._count

    @property
    def file_id(self) -> bytes:
        """The 16-byte id recorded in the header."""
        return self._header.file_id

    def close(self) -> None:
        """Close the file; further reads raise ``ValueError``."""
        with self._io_lock:
            self._closed = True
            self._file.close()
        with self._cache_lock:
            self._cache.clear()

    def __enter__(self) -> EvidenceReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def read_at(self, offset: int, n: int) -> bytes:
        """Up to ``n`` plaintext bytes from ``offset`` (fewer at the end, ``b""`` past it)."""
        if offset < 0 or n < 0:
            raise ValueError("offset and n must not be negative")
        end = min(offset + n, self._size)
        if offset >= end:
            return b""
        seg = self._header.segment_size
        first, last = offset // seg, (end - 1) // seg
        parts = []
        for index in range(first, last + 1):
            data = self._cached_segment(index)
            base = index * seg
            parts.append(data[max(offset - base, 0) : min(end - base, seg)])
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def iter_plaintext(self) -> Iterator[bytes]:
        """The whole plaintext, one segment at a time, each authenticated before it is yielded."""
        ct = bytearray(self._stride)
        for index in range(self._count):
            view = self._read_segment(index, ct)
            yield self._open(index, view)

    def verify(
        self,
        expected_sha256: str | None = None,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> None:
        """Authenticate every segment and, if given, compare the SHA-256 of the plaintext.

        Raises:
            IntegrityError: a segment is damaged, the file is truncated or extended, or the
                content does not match ``expected_sha256``.
            Cancelled: ``should_cancel`` returned True.
        """
        ring = BufferRing(self._header.segment_size)
        with Sha256Worker() as hasher:
            for plain in self._decrypt_all(ring, progress, should_cancel, "check"):
                ring.attach(hasher.update(plain))
            digest = hasher.hexdigest()
        self._check_digest(digest, expected_sha256)

    def _check_digest(self, digest: str, expected: str | None) -> None:
        if expected is not None and digest != expected.strip().lower():
            raise IntegrityError(
                f"{self.path}: the content does not match its recorded SHA-256 "
                f"(recorded {expected}, found {digest})"
            )

    def _decrypt_all(
        self,
        ring: BufferRing,
        progress: ProgressFn | None,
        should_cancel: CancelFn | None,
        task: str,
    ) -> Iterator[memoryview]:
        """Decrypt every segment into the next ``ring`` buffer and yield a view of it."""
        ct = bytearray(self._stride)
        done = 0
        for index in range(self._count):
            if should_cancel is not None and should_cancel():
                raise Cancelled(f"The {task} was cancelled.")
            view = self._read_segment(index, ct)
            out = memoryview(ring.acquire())[: len(view) - TAG_SIZE]
            self._open(index, view, out)
            yield out
            done += len(out)
            if progress is not None:
                progress(done)

    def _cached_segment(self, index: int) -> bytes:
        with self._cache_lock:
            data = self._cache.get(index)
            if data is not None:
                self._cache.move_to_end(index)
                return data
        data = self._open(index, self._read_segment(index, bytearray(self._stride)))
        with self._cache_lock:
            self._cache[index] = data
            while len(self._cache) > self._cache_max:
                self._cache.popitem(last=False)
        return data

    def _read_segment(self, index: int, buf: bytearray) -> memoryview:
        """Read segment ``index``'s ciphertext into ``buf``; return a view of exactly its bytes."""
        length = self._stride if index < self._count - 1 else self._last_len
        view = memoryview(buf)[:length]
        with self._io_lock:
            if self._closed:
                raise ValueError("the evidence reader is closed")
            try:
                self._file.seek(HEADER_SIZE + index * self._stride)
                got = fill(self._file.readinto, view)
            except OSError as exc:
                raise storage_error(exc, self.path, "read") from exc
        if got != length:
            raise IntegrityError(
                f"{self.path}: the file is truncated: segment {index} is incomplete "
                "(the file changed while it was being read)"
            )
        return view

    def _open(self, index: int, ct: memoryview, out: memoryview | None = None) -> bytes:
        """Authenticate and decrypt one segment (into ``out`` if given, then returns b"")."""
        last = index == self._count - 1
        nonce = self._header.nonce(index, last)
        try:
            if out is None:
                return self._aead.decrypt(nonce, ct, self._header.raw)
            self._aead.decrypt_into(nonce, ct, self._header.raw, out)
            return b""
        except InvalidTag:
            raise self._diagnose(index, ct, last) from None

    def _diagnose(self, index: int, ct: memoryview, last: bool) -> IntegrityError:
        """Say why segment ``index`` failed: a moved final segment, or damage."""
        try:
            self._aead.decrypt(self._header.nonce(index, not last), ct, self._header.raw)
        except InvalidTag:
            why = "damaged or tampered with" + (", or the file is truncated" if last else "")
            if index == 0:
                why = "wrong key, or " + why
            return IntegrityError(f"{self.path}: segment {index} failed authentication ({why})")
        if last:
            return IntegrityError(
                f"{self.path}: the file is truncated: the last segment is missing "
                f"(segment {index} is not marked final)"
            )
        return IntegrityError(
            f"{self.path}: unexpected bytes after the final segment (segment {index} is final)"
        )


def open_regular(path: Path) -> io.FileIO:
    """Open ``path`` for reading only if it is a regular file (never a link, pipe or device).

    A named pipe put in its place would make a plain open() wait for ever for a writer; with
    O_NONBLOCK the open returns at once and fstat tells what it is.
    """
    not_regular = IntegrityError(
        f"{path}: not a regular file (a pipe, device, folder or link is in its place): "
        "the evidence file is damaged or was replaced"
    )
    try:
        if path.is_symlink():
            raise not_regular
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise not_regular from None
    except OSError as exc:
        raise storage_error(exc, path, "open") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise not_regular
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return io.FileIO(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def export_to_file(
    path: Path,
    key: bytes,
    dest: Path,
    expected_sha256: str,
    *,
    overwrite: bool = False,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> None:
    """Decrypt the evidence file ``path`` to the plain file ``dest``, checking it on the way.

    Written into an unnamed file (mode 0600, see :mod:`kasuhara_desktop.infra.atomic_files`),
    fsynced and named ``dest`` only after every segment authenticated and the SHA-256 matched,
    so ``dest`` is either the verified original or untouched, and a kill or a damaged segment
    leaves no plaintext under any name. Each segment is authenticated before it is written.

    Raises:
        DestinationExistsError: ``dest`` exists and ``overwrite`` is False.
        IntegrityError: the evidence file is damaged or its content does not match.
        Cancelled: ``should_cancel`` returned True.
        StorageError: reading or writing failed (full disk...).
    """
    if not overwrite and (dest.exists() or dest.is_symlink()):
        raise DestinationExistsError(
            f"{dest} already exists: choose another name, or use --force to overwrite it."
        )
    with EvidenceReader(path, key) as reader:
        ring = BufferRing(reader.segment_size)
        try:
            with AtomicFile(dest, overwrite=overwrite) as out:
                with Sha256Worker() as hasher, FileWriter(out.fd, dest) as writer:
                    for plain in reader._decrypt_all(ring, progress, should_cancel, "export"):
                        ring.attach(hasher.update(plain))
                        ring.attach(writer.write(plain))
                    ring.drain()
                    reader._check_digest(hasher.hexdigest(), expected_sha256)
                out.commit()
        except FileExistsError as exc:  # appeared while the export ran
            raise DestinationExistsError(
                f"{dest} already exists: choose another name, or use --force to overwrite it."
            ) from exc
        except OSError as exc:  # creating, fsync or naming of the finished file
            raise storage_error(exc, dest, "write") from exc
