"""Exporting or bundling a tampered evidence file never names a file holding its plaintext.

Not at the end only (a failed export removing its partial file) but at every moment: while the
good segments before the tampered one are decrypted, nothing in the output folder has a name,
and the tampered segment's plaintext is never handed to the disk at all.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from kasuhara_desktop.domain.errors import IntegrityError
from kasuhara_desktop.vault import evidence_io
from kasuhara_desktop.vault.evidence_format import (
    HEADER_SIZE,
    TAG_SIZE,
    encrypt_to_file,
    new_file_key,
)
from kasuhara_desktop.vault.evidence_reader import export_to_file

SEG = 4096
STRIDE = SEG + TAG_SIZE


def _tampered(tmp_path: Path, data: bytes, segment: int) -> tuple[Path, bytes, str]:
    key = new_file_key()
    path = tmp_path / "ev.khev"
    result = encrypt_to_file(io.BytesIO(data), path, key, os.urandom(16), segment_size=SEG)
    raw = bytearray(path.read_bytes())
    raw[HEADER_SIZE + segment * STRIDE + 7] ^= 0x40
    path.write_bytes(bytes(raw))
    return path, key, result.sha256_hex


def test_tampered_segment_leaves_no_named_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = os.urandom(6 * SEG)
    path, key, sha = _tampered(tmp_path, data, segment=4)
    out = tmp_path / "out"
    out.mkdir()
    written = bytearray()
    real_write_all = evidence_io.write_all

    def spy(fd: int, view: memoryview) -> None:
        written.extend(view)
        real_write_all(fd, view)

    monkeypatch.setattr(evidence_io, "write_all", spy)
    seen_during: list[list[str]] = []

    def progress(done: int) -> None:
        seen_during.append(sorted(p.name for p in out.iterdir()))

    with pytest.raises(IntegrityError, match="segment 4 failed authentication"):
        export_to_file(path, key, out / "clip.mp4", sha, progress=progress)
    assert len(seen_during) >= 3, "the good segments before the damage were not exported"
    assert all(names == [] for names in seen_during), seen_during
    assert sorted(out.iterdir()) == []
    # Only authenticated segments reached the disk, and never the tampered one.
    assert bytes(written) == data[: len(written)]
    assert 0 < len(written) <= 4 * SEG
    assert hashlib.sha256(data).hexdigest() == sha
