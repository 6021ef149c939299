"""The encrypted bundle as a 7z archive: AES-256, names hidden, a KDF far slower than ZIP's.

Why 7z and not the WinZip-AES ZIP: an encrypted ZIP keeps every file name (the customer's
name in a photo's file name, the incident reference in the report's name) readable by anyone
who holds the file, and derives its key with PBKDF2-SHA1 over 1,000 iterations. A 7z archive
with encrypted headers hides the whole listing, and 7-Zip derives its AES-256 key with
SHA-256 over 2^19 rounds. The recipient opens it with a common free tool: 7-Zip on Windows,
Keka or The Unarchiver on macOS, 7-Zip (``7zz``) or p7zip (``7z``) on Linux.

Written with py7zr (pure Python, LGPL-2.1-or-later). Evidence is not compressed (the filter is
Copy, then AES): photos, audio and video are compressed already, and LZMA over 2 GB of video
would take many minutes for nothing. py7zr pulls each file through ``read()``, so an evidence
file goes in through ``_Pull``, a reader over the segments decrypted one at a time: memory
stays at about one segment, and no plaintext ever touches the disk.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..infra import clock

EXTENSION = ".7z"


class _Pull(io.BufferedIOBase):
    """A read-only stream over ``chunks`` that py7zr accepts for ``writef``.

    py7zr measures a stream by seeking to its end and back before it reads; ``size`` is known
    from the evidence row, so ``seek``/``tell`` only answer that probe.
    """

    def __init__(self, chunks: Iterator[bytes], size: int, on_chunk: Callable[[bytes], None]):
        super().__init__()
        self._chunks = chunks
        self._size = size
        self._pos = 0
        self._buf = b""
        self._on_chunk = on_chunk

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        # Only the size probe (end, then back to where it was) is supported.
        if whence == io.SEEK_END:
            return self._size + offset
        if whence == io.SEEK_SET and offset == self._pos:
            return self._pos
        raise io.UnsupportedOperation("a bundle stream only reads forward")

    def read(self, size: int | None = -1) -> bytes:
        want = self._size if size is None or size < 0 else size
        while len(self._buf) < want:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._on_chunk(chunk)
            self._buf += chunk
        data, self._buf = self._buf[:want], self._buf[want:]
        self._pos += len(data)
        return data

    read1 = read


class SevenZipSink:
    """Adds files to an AES-256 7z archive with encrypted headers, written to ``fh``."""

    def __init__(self, fh: io.BufferedRandom | Any, password: str) -> None:
        try:
            import py7zr
        except ImportError:  # pragma: no cover - a declared dependency
            raise ValidationError(
                "Encrypted 7z bundles need the py7zr package; install it or make the bundle "
                "without a password."
            ) from None
        filters = [{"id": py7zr.FILTER_COPY}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
        self._archive = py7zr.SevenZipFile(
            fh, "w", filters=filters, password=password, header_encryption=True
        )

    def _stamp(self, when: datetime | None) -> None:
        from py7zr.helpers import ArchiveTimestamp

        stamp = (when or clock.now()).timestamp()
        info = self._archive.header.files_info.files[-1]
        info["lastwritetime"] = ArchiveTimestamp.from_datetime(stamp)
        info["creationtime"] = ArchiveTimestamp.from_datetime(stamp)

    def add_bytes(self, name: str, data: bytes, when: datetime | None) -> None:
        self._archive.writestr(data, name)
        self._stamp(when)

    def add_stream(
        self,
        name: str,
        chunks: Iterator[bytes],
        size: int,
        when: datetime | None,
        on_chunk: Callable[[bytes], None],
    ) -> None:
        """Stream ``chunks`` (``size`` bytes in all) in as ``name``; ``on_chunk`` sees each."""
        self._archive.writef(_Pull(chunks, size, on_chunk), name)  # type: ignore[arg-type]
        self._stamp(when)

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> SevenZipSink:
        return self

    def __exit__(self, *exc: object) -> None:
        # A failed bundle is thrown away (the caller truncates or deletes the file): writing
        # a header for half of it would only cost time.
        if exc[0] is None:
            self.close()


SIGNATURE = b"7z\xbc\xaf\x27\x1c"
_KEEP = 64 << 20  # the bundle's own small files are kept for reading; evidence is only hashed


def is_7z(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SIGNATURE)) == SIGNATURE
    except OSError:
        return False


class _Hashing:
    """A py7zr output that hashes what it is given and keeps it only if it is small."""

    def __init__(self, keep: bool) -> None:
        self.digest = hashlib.sha256()
        self.length = 0
        self.keep = keep
        self.data = bytearray()

    def write(self, s: bytes | bytearray) -> int:
        self.digest.update(s)
        self.length += len(s)
        if self.keep and self.length <= _KEEP:
            self.data += s
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return offset

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return self.length

    def close(self) -> None:
        return None


class SevenZipContents:
    """What ``bundle_verify`` needs of a 7z bundle, read in one streaming pass.

    Attributes:
        hashes: name → (SHA-256, size) of every file in the archive.
    """

    def __init__(self, path: Path, password: str | None) -> None:
        import py7zr
        from py7zr.io import Py7zIO, WriterFactory

        outputs: dict[str, _Hashing] = {}

        class _Factory(WriterFactory):
            def create(self, filename: str) -> Py7zIO:
                out = _Hashing(keep=not filename.startswith("evidence/"))
                outputs[filename] = out
                return out  # type: ignore[return-value]

        try:
            with py7zr.SevenZipFile(path, password=password) as archive:
                archive.extract(factory=_Factory())
        except py7zr.exceptions.PasswordRequired:
            raise ValidationError(
                f"{path} is encrypted: give its password (--password-file FILE)."
            ) from None
        except Exception as exc:  # py7zr fails a wrong key in many ways
            # With encrypted headers a wrong password and a damaged file look the same: the
            # decrypted header is garbage (TypeError, KeyError, CRC or LZMA errors...).
            if password is not None:
                raise ValidationError(f"{path}: wrong password, or the file is damaged.") from None
            raise ValidationError(f"{path} is not a readable 7z bundle ({exc}).") from None
        self.hashes = {n: (o.digest.hexdigest(), o.length) for n, o in outputs.items()}
        self._small = {n: bytes(o.data) for n, o in outputs.items() if o.keep and o.length <= _KEEP}

    def read(self, name: str) -> bytes:
        """A small file's content; KeyError if it is not in the archive."""
        return self._small[name]
