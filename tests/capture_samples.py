"""Real media files with capture times: a JPEG with EXIF (Pillow) and a hand-built MP4."""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)


def exif_jpeg(path: Path, original: str | None, offset: str | None = None) -> Path:
    """A JPEG whose EXIF DateTimeOriginal (0x9003) and OffsetTimeOriginal (0x9011) are set."""
    image = Image.new("RGB", (64, 48), "orange")
    exif = Image.Exif()
    exif[0x0132] = "2030:01:01 00:00:00"  # IFD0 DateTime: the edit time, must not be used
    ifd = exif.get_ifd(0x8769)
    if original is not None:
        ifd[0x9003] = original
    if offset is not None:
        ifd[0x9011] = offset
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    path.write_bytes(out.getvalue())
    return path


def box(kind: bytes, payload: bytes, *, large: bool = False) -> bytes:
    if large:
        return struct.pack(">I4sQ", 1, kind, 16 + len(payload)) + payload
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def mvhd(created: datetime | None, version: int = 0) -> bytes:
    seconds = 0 if created is None else int((created - MP4_EPOCH).total_seconds())
    if version == 1:
        times = struct.pack(">QQIQ", seconds, seconds, 1000, 5000)
    else:
        times = struct.pack(">IIII", seconds, seconds, 1000, 5000)
    rest = bytes(80)  # rate, volume, matrix, next track id: not read
    return box(b"mvhd", bytes([version, 0, 0, 0]) + times + rest)


def mp4(
    path: Path,
    created: datetime | None,
    *,
    version: int = 0,
    moov_last: bool = True,
    brand: bytes = b"isom",
) -> Path:
    """A minimal MP4: ftyp, a big mdat (64-bit size) and moov/mvhd (at the end by default,
    as most cameras write it)."""
    ftyp = box(b"ftyp", brand + b"\x00\x00\x02\x00" + brand + b"mp41")
    mdat = box(b"mdat", bytes(3000), large=True)
    moov = box(b"moov", box(b"udta", b"\x00" * 12) + mvhd(created, version))
    parts = [ftyp, mdat, moov] if moov_last else [ftyp, moov, mdat]
    path.write_bytes(b"".join(parts))
    return path
