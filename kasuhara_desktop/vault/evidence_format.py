"""Encrypted evidence files: a streaming AEAD format (writing side).

One file per attachment, encrypted with its own random 256-bit key (kept in the database row, so
deleting the row crypto-erases the file). The layout is specified in
``resources/docs/vault-format.md`` ("Evidence files"); in short::

    header  = b"KHEV" | version (1 byte) | segment size (u32 BE) | nonce prefix (7) | file id (16)
    segment = AES-256-GCM(key, nonce = prefix | counter (u32 BE) | last flag (1 byte),
                          plaintext chunk, associated data = header)   # chunk + 16-byte tag

Every segment but the last holds exactly ``segment size`` plaintext bytes; the last holds
0..``segment size`` bytes and is the only one encrypted with the last flag set. That makes
truncation, reordering, duplication, splicing from another file and appended bytes all fail
authentication. :mod:`.evidence_reader` reads, verifies and exports these files; the threads,
buffers and direct I/O under both are in :mod:`.evidence_io`.
"""

from __future__ import annotations

import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.errors import Cancelled, IntegrityError, StorageError
from .evidence_io import (
    BufferRing,
    FileWriter,
    ProgressFn,
    Sha256Worker,
    StagedWriter,
    commit_part,
    discard_part,
    fill,
    open_part,
    reader_of,
)

# Re-exported: ui/evidence/jobs.py imports these two from here.
from .evidence_io import CancelFn as CancelFn
from .evidence_io import write_all as write_all
from .fsutil import storage_error

MAGIC = b"KHEV"
FORMAT_VERSION = 1
KEY_SIZE = 32
FILE_ID_SIZE = 16
NONCE_PREFIX_SIZE = 7
TAG_SIZE = 16
DEFAULT_SEGMENT_SIZE = 1 << 20
MIN_SEGMENT_SIZE = 16
MAX_SEGMENT_SIZE = 1 << 26
MAX_SEGMENTS = 1 << 32
_HEADER = struct.Struct(">4sBI7s16s")
HEADER_SIZE = _HEADER.size  # 32
_LAST, _NOT_LAST = b"\x01", b"\x00"


@dataclass(frozen=True)
class EncryptResult:
    """What an import records about the original bytes."""

    sha256_hex: str
    size: int


@dataclass(frozen=True)
class EvidenceHeader:
    """The fixed-length header; its exact bytes are the associated data of every segment."""

    segment_size: int
    nonce_prefix: bytes
    file_id: bytes
    raw: bytes

    @classmethod
    def new(cls, file_id: bytes, segment_size: int) -> EvidenceHeader:
        """A header with a fresh random nonce prefix."""
        if len(file_id) != FILE_ID_SIZE:
            raise ValueError(f"file id must be {FILE_ID_SIZE} bytes, got {len(file_id)}")
        if not MIN_SEGMENT_SIZE <= segment_size <= MAX_SEGMENT_SIZE:
            raise ValueError(f"segment size {segment_size} is out of range")
        prefix = secrets.token_bytes(NONCE_PREFIX_SIZE)
        raw = _HEADER.pack(MAGIC, FORMAT_VERSION, segment_size, prefix, file_id)
        return cls(segment_size, prefix, file_id, raw)

    @classmethod
    def parse(cls, raw: bytes, where: Path) -> EvidenceHeader:
        """Check and decode header bytes read from ``where``; raise ``IntegrityError`` if bad."""
        if len(raw) < HEADER_SIZE:
            raise IntegrityError(f"{where}: file is truncated: the header is incomplete")
        magic, version, segment_size, prefix, file_id = _HEADER.unpack(raw)
        if magic != MAGIC:
            raise IntegrityError(f"{where}: not a Kasuhara evidence file (wrong magic bytes)")
        if version != FORMAT_VERSION:
            raise IntegrityError(
                f"{where}: unsupported evidence format version {version} "
                "(the header is damaged, or the file was written by a newer program)"
            )
        if not MIN_SEGMENT_SIZE <= segment_size <= MAX_SEGMENT_SIZE:
            raise IntegrityError(f"{where}: the header is damaged (segment size {segment_size})")
        return cls(segment_size, prefix, file_id, bytes(raw))

    def nonce(self, index: int, last: bool) -> bytes:
        """The 12-byte GCM nonce of segment ``index``."""
        return self.nonce_prefix + index.to_bytes(4, "big") + (_LAST if last else _NOT_LAST)


def new_file_key() -> bytes:
    """A fresh random 256-bit key for one evidence file."""
    return secrets.token_bytes(KEY_SIZE)


def check_key(key: bytes) -> AESGCM:
    """An AES-256-GCM instance for ``key`` (a wrong length is a bug, not a user error)."""
    if len(key) != KEY_SIZE:
        raise ValueError(f"evidence file key must be {KEY_SIZE} bytes, got {len(key)}")
    return AESGCM(key)


def encrypt_to_file(
    source: BinaryIO,
    dest: Path,
    key: bytes,
    file_id: bytes,
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    segment_size: int = DEFAULT_SEGMENT_SIZE,
) -> EncryptResult:
    """Encrypt ``source`` (read to its end) into a new evidence file at ``dest``.

    Streams in ``segment_size`` chunks with constant memory, hashing the original bytes in a
    second thread and writing in a third, with ``O_DIRECT`` where the file system allows it
    (see :class:`FileWriter`). The file is written as ``<dest>.part``, fsynced and renamed; on
    a cancel or any error nothing is left under either name.

    Args:
        source: a binary stream; ``readinto`` is used when it has one.
        dest: the evidence file to create; it must not exist yet.
        key: the file's 32-byte key (from :func:`new_file_key`).
        file_id: 16 bytes identifying the file (stored in the header).
        progress: called after each segment with the number of plaintext bytes read so far.
        should_cancel: polled before each segment; when it returns True, :class:`Cancelled`.
        segment_size: plaintext bytes per segment (default 1 MiB).

    Raises:
        Cancelled: ``should_cancel`` returned True.
        StorageError: reading the source or writing ``dest`` failed (full disk...).
    """
    aead = check_key(key)
    header = EvidenceHeader.new(file_id, segment_size)
    if dest.exists():
        raise StorageError(f"Could not create {dest}: a file of that name already exists.")
    source_name = Path(str(getattr(source, "name", "the source file")))
    read = reader_of(source)
    tmp, fd = open_part(dest)
    fd_open: int | None = fd
    try:
        with Sha256Worker() as hasher, FileWriter(fd, dest, direct=True) as writer:
            plain = BufferRing(segment_size)
            out = StagedWriter(writer, segment_size + TAG_SIZE)
            out.take(HEADER_SIZE)[:] = header.raw

            def read_chunk() -> tuple[memoryview, int]:
                buf = plain.acquire()
                n = fill(read, buf)
                plain.attach(hasher.update(buf[:n]))
                return buf, n

            total, index, last = 0, 0, False
            buf, n = read_chunk()
            while not last:
                if should_cancel is not None and should_cancel():
                    raise Cancelled("The import was cancelled.")
                last = n < segment_size
                if not last:  # a full chunk is the last one only if the input ends right there
                    next_buf, next_n = read_chunk()
                    last = next_n == 0
                if index >= MAX_SEGMENTS:
                    raise StorageError(f"Could not import {source_name}: the file is too large.")
                ct = out.take(n + TAG_SIZE)  # encrypted straight into the aligned write buffer
                aead.encrypt_into(header.nonce(index, last), buf[:n], header.raw, ct)
                total += n
                index += 1
                if progress is not None:
                    progress(total)
                if not last:
                    buf, n = next_buf, next_n
            out.finish()
            digest = hasher.hexdigest()
        fd_open = None
        commit_part(fd, tmp, dest)
    except OSError as exc:  # reading the source, or fsync/rename of the finished file
        discard_part(fd_open, tmp)
        if fd_open is None:
            raise storage_error(exc, dest, "write") from exc
        raise storage_error(exc, source_name, "read") from exc
    except BaseException:
        discard_part(fd_open, tmp)
        raise
    return EncryptResult(sha256_hex=digest, size=total)
