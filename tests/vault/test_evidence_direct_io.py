"""Evidence files written with O_DIRECT: the same bytes as through the page cache, and fallbacks.

The direct path needs a file system that does direct I/O (ext4 under pytest's ``tmp_path``
here); where it does not, the tests that assert it was taken are skipped.
"""

from __future__ import annotations

import errno
import io
import mmap
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kasuhara_desktop.domain.errors import Cancelled, StorageError
from kasuhara_desktop.vault import evidence_io
from kasuhara_desktop.vault.evidence_format import (
    DEFAULT_SEGMENT_SIZE,
    HEADER_SIZE,
    TAG_SIZE,
    EvidenceHeader,
    encrypt_to_file,
    new_file_key,
)
from kasuhara_desktop.vault.evidence_reader import EvidenceReader

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="O_DIRECT is Linux's")

if sys.platform != "win32":
    import fcntl

SEG = 1024
BLOCK = 4096
O_DIRECT: int = getattr(os, "O_DIRECT", 0)


def payload(size: int) -> bytes:
    return bytes((i * 7 + i // 251) % 256 for i in range(size))


def stream_length(size: int, seg: int = SEG) -> int:
    return HEADER_SIZE + size + max(1, -(-size // seg)) * TAG_SIZE


def size_for_stream(length: int, seg: int = SEG) -> int:
    """The plaintext size whose evidence file is exactly ``length`` bytes long."""
    return next(n for n in range(length) if stream_length(n, seg) == length)


def reference_file(data: bytes, key: bytes, header_raw: bytes) -> bytes:
    """The evidence file for ``data``, built from the format description alone."""
    header = EvidenceHeader.parse(header_raw, Path("reference"))
    seg = header.segment_size
    chunks = [data[i : i + seg] for i in range(0, len(data), seg)] or [b""]
    aead = AESGCM(key)
    out = [header_raw]
    for index, chunk in enumerate(chunks):
        nonce = header.nonce(index, index == len(chunks) - 1)
        out.append(aead.encrypt(nonce, chunk, header_raw))
    return b"".join(out)


def direct_io_works(folder: Path) -> bool:
    """Whether ``folder``'s file system takes an aligned O_DIRECT write."""
    if not O_DIRECT:
        return False
    fd, name = tempfile.mkstemp(dir=folder)
    buf = mmap.mmap(-1, BLOCK)
    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | O_DIRECT)
        return os.write(fd, buf) == BLOCK
    except OSError:
        return False
    finally:
        buf.close()
        os.close(fd)
        os.unlink(name)


@dataclass
class Write:
    direct: bool
    offset: int
    length: int


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[Write]:
    """Every ``write_all`` of the evidence writer: with O_DIRECT or not, where, how long."""
    log: list[Write] = []
    real = evidence_io.write_all

    def spy(fd: int, data: memoryview) -> None:
        direct = bool(fcntl.fcntl(fd, fcntl.F_GETFL) & O_DIRECT)
        log.append(Write(direct, os.lseek(fd, 0, os.SEEK_CUR), len(data)))
        real(fd, data)

    monkeypatch.setattr(evidence_io, "write_all", spy)
    return log


@pytest.fixture
def direct_dir(tmp_path: Path) -> Path:
    if not direct_io_works(tmp_path):
        pytest.skip(f"the file system of {tmp_path} does not do O_DIRECT")
    return tmp_path


def import_bytes(folder: Path, data: bytes, seg: int = SEG) -> tuple[Path, bytes]:
    """Encrypt ``data`` into ``folder``; check the file against the reference and the reader."""
    key = new_file_key()
    dest = folder / "ev.khev"
    result = encrypt_to_file(io.BytesIO(data), dest, key, os.urandom(16), segment_size=seg)
    raw = dest.read_bytes()
    assert raw == reference_file(data, key, raw[:HEADER_SIZE])
    with EvidenceReader(dest, key) as reader:
        reader.verify(result.sha256_hex)
    assert sorted(p.name for p in folder.iterdir()) == ["ev.khev"]
    return dest, raw


def assert_direct(log: list[Write], length: int) -> None:
    """All but a final partial block went around the page cache, in whole aligned blocks."""
    tail = length % BLOCK
    body = log[:-1] if tail else log
    assert body or length < BLOCK
    assert all(w.direct and w.offset % BLOCK == 0 and w.length % BLOCK == 0 for w in body), log
    if tail:
        assert log[-1] == Write(False, length - tail, tail)
    assert sum(w.length for w in log) == length


# Plaintext sizes around every boundary: empty, 4 KiB blocks, segments (1 KiB here), and
# files whose encrypted length is exactly, or one byte either side of, a block or a write
# (about 8 KiB with these segments).
SIZES = sorted(
    {0, 1, 4095, 4096, 4097}
    | {k * SEG + d for k in (1, 2, 4, 7, 8, 9, 16) for d in (-1, 0, 1)}
    | {size_for_stream(n) for n in (4096, 4097, 8191, 8192, 8193, 8192 * 3, 8192 * 3 + 1)}
    | {size_for_stream(n) - 1 for n in (4096, 8192, 8192 * 3)}
)


@pytest.mark.parametrize("size", SIZES)
def test_direct_and_buffered_write_the_same_bytes(
    direct_dir: Path, writes: list[Write], monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    data = payload(size)
    (direct_dir / "direct").mkdir()
    _, raw = import_bytes(direct_dir / "direct", data)
    assert_direct(writes, len(raw))
    writes.clear()
    monkeypatch.setattr(evidence_io, "set_direct", lambda fd, on: False)
    (direct_dir / "buffered").mkdir()
    import_bytes(direct_dir / "buffered", data)
    assert writes and not any(w.direct for w in writes)


def test_default_segments_several_writes(direct_dir: Path, writes: list[Write]) -> None:
    data = os.urandom(9 * DEFAULT_SEGMENT_SIZE + 5)
    _, raw = import_bytes(direct_dir, data, DEFAULT_SEGMENT_SIZE)
    assert_direct(writes, len(raw))
    assert [w.length for w in writes[:2]] == [4 << 20, 4 << 20]


def cached_bytes(path: Path) -> int:
    """How much of ``path`` is in the page cache (util-linux's fincore)."""
    out = subprocess.run(
        ["fincore", "--bytes", "--noheadings", "--output", "RES", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout)


@pytest.mark.skipif(shutil.which("fincore") is None, reason="needs util-linux's fincore")
def test_direct_write_leaves_the_page_cache_alone(
    direct_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    probe = direct_dir / "probe"
    with open(probe, "wb", buffering=0) as fh:
        fcntl.fcntl(fh.fileno(), fcntl.F_SETFL, fcntl.fcntl(fh.fileno(), fcntl.F_GETFL) | O_DIRECT)
        fh.write(mmap.mmap(-1, BLOCK))
    if cached_bytes(probe) != 0:
        pytest.skip("this file system takes O_DIRECT but caches anyway (tmpfs)")
    probe.unlink()
    data = os.urandom(16 << 20)
    dest = direct_dir / "direct.khev"
    encrypt_to_file(io.BytesIO(data), dest, new_file_key(), os.urandom(16))
    assert cached_bytes(dest) <= BLOCK  # the final partial block, written through the cache
    monkeypatch.setattr(evidence_io, "set_direct", lambda fd, on: False)
    dest = direct_dir / "buffered.khev"
    encrypt_to_file(io.BytesIO(data), dest, new_file_key(), os.urandom(16))
    assert cached_bytes(dest) > 8 << 20  # the same import through the cache (under 32 MiB)


# --- fallbacks ----------------------------------------------------------------------------------

FALLBACK_SIZES = [0, 4097, size_for_stream(8192), 20 * SEG + 3]


@pytest.mark.skipif(not O_DIRECT, reason="no O_DIRECT to refuse")
@pytest.mark.parametrize("size", FALLBACK_SIZES)
def test_fallback_when_o_direct_is_refused_when_set(
    tmp_path: Path, writes: list[Write], monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """As on tmpfs before Linux 6.6: setting O_DIRECT fails with EINVAL."""
    real_fcntl = fcntl.fcntl
    refused: list[int] = []

    def refusing_fcntl(fd: int, cmd: int, arg: int = 0) -> int:
        if cmd == fcntl.F_SETFL and arg & O_DIRECT:
            refused.append(fd)
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_fcntl(fd, cmd, arg)

    monkeypatch.setattr(fcntl, "fcntl", refusing_fcntl)
    import_bytes(tmp_path, payload(size))
    assert refused
    assert writes and not any(w.direct for w in writes)


@pytest.mark.parametrize(
    ("size", "refuse_at", "written_first", "refused"),
    [
        (4097, 1, 0, Write(True, 0, 4096)),  # the only direct write, refused outright
        (40 * SEG, 2, 1, Write(True, 8192, 8192)),  # the second, refused after one block
    ],
)
def test_fallback_when_a_direct_write_is_refused(
    direct_dir: Path,
    writes: list[Write],
    monkeypatch: pytest.MonkeyPatch,
    size: int,
    refuse_at: int,
    written_first: int,
    refused: Write,
) -> None:
    """Some file systems take O_DIRECT when it is set and refuse the write (EINVAL), maybe after
    part of it: the rest goes through the page cache, from where the refused write stopped."""
    spy = evidence_io.write_all
    direct_calls = 0

    def refusing_write_all(fd: int, data: memoryview) -> None:
        nonlocal direct_calls
        if fcntl.fcntl(fd, fcntl.F_GETFL) & O_DIRECT:
            direct_calls += 1
            if direct_calls == refuse_at:
                os.write(fd, data[: written_first * BLOCK])
                raise OSError(errno.EINVAL, "Invalid argument")
        spy(fd, data)

    monkeypatch.setattr(evidence_io, "write_all", refusing_write_all)
    _, raw = import_bytes(direct_dir, payload(size))
    assert direct_calls == refuse_at
    assert [w.direct for w in writes] == [True] * (refuse_at - 1) + [False] * (
        len(writes) - refuse_at + 1
    )
    done = written_first * BLOCK
    assert writes[refuse_at - 1] == Write(False, refused.offset + done, refused.length - done)
    assert sum(w.length for w in writes) + done == len(raw)


def test_without_o_direct_at_all(
    tmp_path: Path, writes: list[Write], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on Windows and macOS: no os.O_DIRECT."""
    monkeypatch.delattr(os, "O_DIRECT", raising=False)
    import_bytes(tmp_path, payload(20 * SEG + 3))
    assert writes and not any(w.direct for w in writes)


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs /dev/shm (tmpfs)")
def test_tmpfs_either_way(writes: list[Write]) -> None:
    """tmpfs takes O_DIRECT since Linux 6.6 and refuses it before: the same bytes either way."""
    with tempfile.TemporaryDirectory(dir="/dev/shm", prefix="kh-test-") as name:
        folder = Path(name)
        _, raw = import_bytes(folder, payload(20 * SEG + 3))
        if direct_io_works(folder):
            assert_direct(writes, len(raw))
        else:
            assert writes and not any(w.direct for w in writes)


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "message"),
    [(errno.ENOSPC, "disk is full"), (errno.EIO, "not there"), (errno.EINVAL, "Invalid argument")],
)
def test_error_in_a_direct_write_leaves_nothing(
    direct_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    """A failed direct write is a StorageError naming the file; EINVAL only after the retry
    through the page cache failed as well."""
    calls: list[bool] = []  # O_DIRECT set, per call
    failed: list[bool] = []
    real = evidence_io.write_all

    def failing_write_all(fd: int, data: memoryview) -> None:
        calls.append(bool(fcntl.fcntl(fd, fcntl.F_GETFL) & O_DIRECT))
        if len(calls) >= 2:  # the second write of several, and all after it
            failed.append(calls[-1])
            raise OSError(code, os.strerror(code))
        real(fd, data)

    monkeypatch.setattr(evidence_io, "write_all", failing_write_all)
    dest = direct_dir / "ev.khev"
    with pytest.raises(StorageError, match=message) as err:
        encrypt_to_file(
            io.BytesIO(payload(40 * SEG)), dest, new_file_key(), os.urandom(16), segment_size=SEG
        )
    assert str(err.value).startswith(f"Could not write {dest}:")
    assert calls[0] is True
    assert failed == ([True, False] if code == errno.EINVAL else [True])
    assert list(direct_dir.iterdir()) == []


def test_cancel_between_direct_writes_leaves_nothing(direct_dir: Path, writes: list[Write]) -> None:
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        encrypt_to_file(
            io.BytesIO(payload(40 * SEG)),
            direct_dir / "ev.khev",
            new_file_key(),
            os.urandom(16),
            segment_size=SEG,
            should_cancel=lambda: next(calls) >= 20,
        )
    assert any(w.direct for w in writes)
    assert list(direct_dir.iterdir()) == []
