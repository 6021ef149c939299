"""The encrypted evidence file format: round trips, tamper detection, random access, safe writes."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import random
import re
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag

from kasuhara_desktop.domain.errors import Cancelled, IntegrityError, StorageError, UserError
from kasuhara_desktop.vault import evidence_io
from kasuhara_desktop.vault.evidence_format import (
    HEADER_SIZE,
    TAG_SIZE,
    EncryptResult,
    encrypt_to_file,
    new_file_key,
)
from kasuhara_desktop.vault.evidence_reader import (
    DestinationExistsError,
    EvidenceReader,
    export_to_file,
)

ROOT = Path(__file__).resolve().parents[2]
SEG = 1024
STRIDE = SEG + TAG_SIZE


def payload(size: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def encrypt(
    tmp_path: Path, data: bytes, name: str = "ev.khev", key: bytes | None = None, **kw: Any
) -> tuple[Path, bytes, EncryptResult]:
    key = key or new_file_key()
    dest = tmp_path / name
    kw.setdefault("segment_size", SEG)
    result = encrypt_to_file(io.BytesIO(data), dest, key, os.urandom(16), **kw)
    return dest, key, result


def segments(path: Path) -> tuple[bytes, list[bytes]]:
    raw = path.read_bytes()
    body = raw[HEADER_SIZE:]
    return raw[:HEADER_SIZE], [body[i : i + STRIDE] for i in range(0, len(body), STRIDE)]


def check(path: Path, key: bytes, sha: str | None = None) -> None:
    with EvidenceReader(path, key) as reader:
        reader.verify(sha)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, SEG - 1, SEG, SEG + 1, 3 * SEG + SEG // 2, 4 * SEG])
def test_round_trip(tmp_path: Path, size: int) -> None:
    data = payload(size)
    path, key, result = encrypt(tmp_path, data)
    assert result == EncryptResult(hashlib.sha256(data).hexdigest(), size)
    assert leftovers(tmp_path) == ["ev.khev"]
    segs = max(1, -(-size // SEG))
    assert path.stat().st_size == HEADER_SIZE + size + segs * TAG_SIZE
    with EvidenceReader(path, key) as reader:
        assert reader.size == size
        assert reader.segment_count == segs
        assert b"".join(reader.iter_plaintext()) == data
        assert reader.read_at(0, size + 10) == data
        reader.verify(result.sha256_hex)
        reader.verify(result.sha256_hex.upper())


def test_default_segment_size_and_header(tmp_path: Path) -> None:
    data = payload(1_600_000)
    file_id = bytes(range(16))
    dest = tmp_path / "big.khev"
    result = encrypt_to_file(io.BytesIO(data), dest, new_file_key(), file_id)
    raw = dest.read_bytes()
    assert raw[:4] == b"KHEV" and raw[4] == 1
    assert int.from_bytes(raw[5:9], "big") == 1 << 20
    assert raw[16:32] == file_id
    assert len(raw) == HEADER_SIZE + len(data) + 2 * TAG_SIZE
    assert result.sha256_hex == hashlib.sha256(data).hexdigest()


def test_two_files_get_different_nonce_prefixes(tmp_path: Path) -> None:
    key = new_file_key()
    a, _, _ = encrypt(tmp_path, b"same", "a", key)
    b, _, _ = encrypt(tmp_path, b"same", "b", key)
    assert a.read_bytes()[9:16] != b.read_bytes()[9:16]


def test_source_without_readinto_and_short_reads(tmp_path: Path) -> None:
    data = payload(5000)

    class Dribble:
        """Only ``read``, returning at most 300 bytes at a time."""

        def __init__(self) -> None:
            self.pos = 0

        def read(self, n: int) -> bytes:
            chunk = data[self.pos : self.pos + min(n, 300)]
            self.pos += len(chunk)
            return chunk

    dest = tmp_path / "d.khev"
    key = new_file_key()
    result = encrypt_to_file(Dribble(), dest, key, os.urandom(16), segment_size=SEG)
    assert result.size == 5000
    with EvidenceReader(dest, key) as reader:
        assert reader.read_at(0, 5000) == data


def test_progress_reports_bytes_read(tmp_path: Path) -> None:
    seen: list[int] = []
    encrypt(tmp_path, payload(3000), progress=seen.append)
    assert seen == [1024, 2048, 3000]


def test_documented_decryption_example_matches(tmp_path: Path) -> None:
    """The Python example in the format spec decrypts our files (the spec is exact)."""
    doc = (ROOT / "resources/docs/vault-format.md").read_text(encoding="utf-8")
    section = doc.split("## Evidence files", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    namespace: dict[str, Any] = {}
    exec(code.group(1), namespace)
    for size in (0, SEG, 2500):
        data = payload(size, seed=size)
        path, key, _ = encrypt(tmp_path, data, f"doc{size}")
        out = io.BytesIO()
        namespace["decrypt_evidence"](path, key, out)
        assert out.getvalue() == data
    truncated = tmp_path / "doc2500"
    truncated.write_bytes(truncated.read_bytes()[: HEADER_SIZE + 2 * STRIDE])
    with pytest.raises(InvalidTag):
        namespace["decrypt_evidence"](truncated, key, io.BytesIO())


# --- tampering --------------------------------------------------------------------------------


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, bytes, bytes, str]:
    """3.5 segments: three full ones and a 512-byte final one."""
    data = payload(3 * SEG + SEG // 2)
    path, key, result = encrypt(tmp_path, data)
    return path, key, data, result.sha256_hex


def tamper_cases(path: Path, key: bytes, tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    raw = path.read_bytes()
    header, segs = segments(path)
    other, _, _ = encrypt(tmp_path, payload(len(raw), seed=2), "other", key)
    _, other_segs = segments(other)

    def flip(pos: int) -> bytes:
        out = bytearray(raw)
        out[pos] ^= 0x10
        return bytes(out)

    def join(parts: list[bytes]) -> bytes:
        return header + b"".join(parts)

    return {
        "truncated mid-segment": (raw[:-100], "segment 3 failed authentication"),
        "truncated inside an early segment": (raw[: HEADER_SIZE + STRIDE + 500], "segment 1"),
        "last segment dropped": (join(segs[:3]), "last segment is missing"),
        "truncated at first boundary": (join(segs[:1]), "last segment is missing"),
        "truncated to the header": (header, "no segment follows the header"),
        "truncated inside the header": (raw[:20], "header is incomplete"),
        "shorter than a tag after a boundary": (join(segs[:2]) + b"x" * 10, "length is invalid"),
        "segments swapped": (join([segs[1], segs[0], *segs[2:]]), "segment 0 failed"),
        "segment duplicated": (join([segs[0], segs[1], segs[1], *segs[2:]]), "segment 2 failed"),
        "final segment duplicated": (join([*segs, segs[3]]), "failed authentication"),
        "segment spliced from another file": (
            join([segs[0], other_segs[1], *segs[2:]]),
            "segment 1 failed authentication",
        ),
        "header from another file": (
            other.read_bytes()[:HEADER_SIZE] + raw[HEADER_SIZE:],
            "segment 0 failed authentication",
        ),
        "one byte appended": (raw + b"\0", "segment 3 failed authentication"),
        "segment-sized garbage appended": (raw + b"\0" * STRIDE, "failed authentication"),
        "bit flipped in magic": (flip(1), "not a Kasuhara evidence file"),
        "bit flipped in version": (flip(4), "unsupported evidence format version"),
        "bit flipped in segment size": (flip(7), "segment 0 failed authentication"),
        "bit flipped in nonce prefix": (flip(10), "segment 0 failed authentication"),
        "bit flipped in file id": (flip(20), "segment 0 failed authentication"),
        "bit flipped in a tag": (flip(HEADER_SIZE + 3 * STRIDE - 1), "segment 2 failed"),
        "bit flipped in a body byte": (flip(HEADER_SIZE + STRIDE + 7), "segment 1 failed"),
        "bit flipped in the last byte": (flip(len(raw) - 1), "segment 3 failed"),
    }


def test_tamper_matrix_is_detected(tmp_path: Path, sample: tuple[Path, bytes, bytes, str]) -> None:
    path, key, _, sha = sample
    bad = tmp_path / "bad.khev"
    cases = tamper_cases(path, key, tmp_path)
    for name, (content, message) in cases.items():
        bad.write_bytes(content)
        for expected_sha in (sha, None):  # detected by the structure itself, not only the hash
            with pytest.raises(IntegrityError, match=re.escape(message)) as err:
                check(bad, key, expected_sha)
            assert str(bad) in str(err.value), name


def test_appended_segment_after_full_final_segment(tmp_path: Path) -> None:
    path, key, _ = encrypt(tmp_path, payload(2 * SEG))
    _, segs = segments(path)
    with open(path, "ab") as fh:
        fh.write(segs[0])  # a complete, authentic segment of this file after the final one
    with pytest.raises(IntegrityError, match="unexpected bytes after the final segment"):
        check(path, key)


def test_truncation_to_a_boundary_is_seen_when_reading_the_end(
    tmp_path: Path, sample: tuple[Path, bytes, bytes, str]
) -> None:
    path, key, data, _ = sample
    path.write_bytes(path.read_bytes()[: HEADER_SIZE + 2 * STRIDE])
    with EvidenceReader(path, key) as reader:
        assert reader.size == 2 * SEG  # what the length says; the content says otherwise
        assert reader.read_at(0, 100) == data[:100]  # earlier segments are still authentic
        with pytest.raises(IntegrityError, match="last segment is missing"):
            reader.read_at(2 * SEG - 10, 10)
        with pytest.raises(IntegrityError, match="last segment is missing"):
            list(reader.iter_plaintext())


def test_wrong_key(sample: tuple[Path, bytes, bytes, str]) -> None:
    path, _, _, sha = sample
    with pytest.raises(IntegrityError, match="segment 0 failed authentication \\(wrong key"):
        check(path, new_file_key(), sha)


def test_wrong_file_id_and_wrong_hash(sample: tuple[Path, bytes, bytes, str]) -> None:
    path, key, _, _ = sample
    with pytest.raises(IntegrityError, match="wrong file id"):
        EvidenceReader(path, key, file_id=os.urandom(16))
    file_id = path.read_bytes()[16:32]
    with EvidenceReader(path, key, file_id=file_id) as reader:
        assert reader.file_id == file_id
        with pytest.raises(IntegrityError, match="does not match its recorded SHA-256"):
            reader.verify("0" * 64)


def test_not_an_evidence_file_and_missing_file(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_bytes(b"just some text, long enough for a header....")
    with pytest.raises(IntegrityError, match="not a Kasuhara evidence file"):
        EvidenceReader(other, new_file_key())
    with pytest.raises(StorageError, match=r"missing\.khev"):
        EvidenceReader(tmp_path / "missing.khev", new_file_key())


# --- random access and threads ----------------------------------------------------------------


def test_read_at_random_offsets(sample: tuple[Path, bytes, bytes, str]) -> None:
    path, key, data, _ = sample
    rng = random.Random(7)
    with EvidenceReader(path, key, cache_segments=2) as reader:
        for _ in range(400):
            offset = rng.randrange(0, len(data) + 50)
            n = rng.choice([0, 1, 7, SEG - 1, SEG, SEG + 1, 2 * SEG + 3, rng.randrange(5000)])
            assert reader.read_at(offset, n) == data[offset : offset + n]
        for boundary in (SEG, 2 * SEG, 3 * SEG):
            assert reader.read_at(boundary - 3, 6) == data[boundary - 3 : boundary + 3]
        assert reader.read_at(len(data), 10) == b""
        assert reader.read_at(len(data) + 10**9, 10) == b""
        with pytest.raises(ValueError):
            reader.read_at(-1, 10)


def test_concurrent_read_at(tmp_path: Path) -> None:
    data = payload(40 * SEG + 123, seed=3)
    path, key, _ = encrypt(tmp_path, data)
    errors: list[BaseException] = []
    with EvidenceReader(path, key) as reader:

        def worker(seed: int) -> None:
            rng = random.Random(seed)
            try:
                for _ in range(300):
                    if rng.random() < 0.5:  # a sequential run, like a media player
                        offset = rng.randrange(len(data))
                        for step in range(5):
                            pos = offset + step * 333
                            assert reader.read_at(pos, 333) == data[pos : pos + 333]
                    else:
                        offset, n = rng.randrange(len(data)), rng.randrange(3 * SEG)
                        assert reader.read_at(offset, n) == data[offset : offset + n]
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []


def test_closed_reader_refuses_reads(sample: tuple[Path, bytes, bytes, str]) -> None:
    path, key, _, _ = sample
    reader = EvidenceReader(path, key, cache_segments=1)
    reader.close()
    with pytest.raises(ValueError, match="closed"):
        reader.read_at(0, 10)


# --- all-or-nothing writes ----------------------------------------------------------------------


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        encrypt(tmp_path, payload(10 * SEG), should_cancel=lambda: next(calls) >= 3)
    assert leftovers(tmp_path) == []
    assert isinstance(Cancelled("x"), UserError)


class FailingSource(io.RawIOBase):
    """Yields deterministic bytes, then raises ``exc`` after ``fail_at`` bytes."""

    def __init__(self, fail_at: int, exc: BaseException) -> None:
        self.pos, self.fail_at, self.exc = 0, fail_at, exc
        self.name = "camera-card/clip.mp4"

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        if self.pos >= self.fail_at:
            raise self.exc
        n = min(len(buf), self.fail_at - self.pos, 700)
        buf[:n] = b"x" * n
        self.pos += n
        return n


def test_source_error_half_way_leaves_nothing(tmp_path: Path) -> None:
    dest = tmp_path / "ev.khev"
    source = FailingSource(5 * SEG, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(StorageError, match=r"clip\.mp4") as err:
        encrypt_to_file(source, dest, new_file_key(), os.urandom(16), segment_size=SEG)
    assert "Could not read" in str(err.value)
    assert leftovers(tmp_path) == []
    bug = FailingSource(3 * SEG, RuntimeError("bug in the source"))
    with pytest.raises(RuntimeError):
        encrypt_to_file(bug, dest, new_file_key(), os.urandom(16), segment_size=SEG)
    assert leftovers(tmp_path) == []


def test_disk_full_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write_all = evidence_io.write_all
    count = iter(range(100))

    def write_all(fd: int, data: memoryview) -> None:
        if next(count) == 1:  # the second of three writes (about 8 KiB each, then the tail)
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write_all(fd, data)

    monkeypatch.setattr(evidence_io, "write_all", write_all)
    with pytest.raises(StorageError, match="disk is full") as err:
        encrypt(tmp_path, payload(20 * SEG))
    assert f"{tmp_path / 'ev.khev'}:" in str(err.value)
    assert leftovers(tmp_path) == []


def test_encrypt_refuses_an_existing_destination(tmp_path: Path) -> None:
    (tmp_path / "ev.khev").write_bytes(b"keep me")
    with pytest.raises(StorageError, match="already exists"):
        encrypt(tmp_path, b"data")
    assert (tmp_path / "ev.khev").read_bytes() == b"keep me"
    assert leftovers(tmp_path) == ["ev.khev"]


def test_stale_part_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "ev.khev.part").write_bytes(b"left over from a crash" * 1000)
    path, key, result = encrypt(tmp_path, b"fresh")
    assert leftovers(tmp_path) == ["ev.khev"]
    check(path, key, result.sha256_hex)


# --- export -------------------------------------------------------------------------------------


def test_export_round_trip_and_overwrite(
    tmp_path: Path, sample: tuple[Path, bytes, bytes, str]
) -> None:
    path, key, data, sha = sample
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dest = out_dir / "clip.mp4"
    (out_dir / "clip.mp4.part").write_bytes(b"the user's own file")
    seen: list[int] = []
    export_to_file(path, key, dest, sha, progress=seen.append)
    assert dest.read_bytes() == data
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == sha
    assert seen[-1] == len(data)
    dest.write_bytes(b"something else")
    with pytest.raises(DestinationExistsError, match=r"already exists.*--force") as err:
        export_to_file(path, key, dest, sha)
    assert isinstance(err.value, UserError)
    assert dest.read_bytes() == b"something else"
    export_to_file(path, key, dest, sha, overwrite=True)
    assert dest.read_bytes() == data
    assert leftovers(out_dir) == ["clip.mp4", "clip.mp4.part"]
    assert (out_dir / "clip.mp4.part").read_bytes() == b"the user's own file"
    if os.name == "posix":
        assert dest.stat().st_mode & 0o777 == 0o600


def test_export_of_a_tampered_file_leaves_nothing(
    tmp_path: Path, sample: tuple[Path, bytes, bytes, str]
) -> None:
    path, key, _, sha = sample
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    raw = bytearray(path.read_bytes())
    raw[HEADER_SIZE + 2 * STRIDE + 5] ^= 1
    bad = tmp_path / "bad.khev"
    bad.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError, match="segment 2 failed authentication"):
        export_to_file(bad, key, out_dir / "clip.mp4", sha)
    assert leftovers(out_dir) == []
    with pytest.raises(IntegrityError, match="does not match"):
        export_to_file(path, key, out_dir / "clip.mp4", "ab" * 32)
    assert leftovers(out_dir) == []
    with pytest.raises(Cancelled):
        export_to_file(path, key, out_dir / "clip.mp4", sha, should_cancel=lambda: True)
    assert leftovers(out_dir) == []


# --- memory -------------------------------------------------------------------------------------

MEMORY_CHILD = textwrap.dedent(
    """
    import os, resource, sys
    from pathlib import Path
    from kasuhara_desktop.vault.evidence_format import encrypt_to_file, new_file_key

    def rss_kib():
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024

    def peak_kib():
        # VmHWM, reset below: ru_maxrss would include the parent's memory, since Linux keeps
        # the high-water mark across fork and exec (a big pytest parent made this flaky).
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmHWM")

    class Generated:
        # 300 MiB of deterministic bytes, never held in memory at once.
        def __init__(self, size):
            self.left = size
            self.block = bytes(range(256)) * 4096  # 1 MiB pattern
        def readinto(self, buf):
            n = min(len(buf), self.left, len(self.block))
            buf[:n] = self.block[:n]
            self.left -= n
            return n

    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # reset the peak to the current size
    base = rss_kib()
    key, file_id = new_file_key(), os.urandom(16)
    result = encrypt_to_file(Generated(300 << 20), Path(sys.argv[1]), key, file_id)
    print(result.size, (peak_kib() - base) // 1024)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's /proc")
def test_import_uses_constant_memory(tmp_path: Path) -> None:
    dest = tmp_path / "big.khev"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, str(dest)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=True,
    )
    size, grown_mib = (int(v) for v in child.stdout.split())
    assert size == 300 << 20
    assert dest.stat().st_size == HEADER_SIZE + size + 300 * TAG_SIZE
    assert grown_mib < 150, f"peak RSS grew by {grown_mib} MiB"
