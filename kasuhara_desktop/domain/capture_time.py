"""The time a file's content says it was captured: EXIF for photos, ``mvhd`` for MP4/MOV.

Only what the file itself records is read; nothing is guessed. A WAV, a scan or a screenshot
without EXIF has no such time: :func:`read_capture_time` returns None ("unknown"). The PC
file's modification time is a different fact (often the day of copying) and is kept apart.

EXIF ``DateTimeOriginal`` is the camera's wall clock; with ``OffsetTimeOriginal`` it carries
its offset from UTC, without it the time is naive (the camera's local time, zone unknown).
``mvhd`` ``creation_time`` counts seconds since 1904-01-01 UTC (ISO/IEC 14496-12); 0 means
the writer left it empty.
"""

from __future__ import annotations

import contextlib
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from typing import BinaryIO


class CaptureSource(StrEnum):
    EXIF = "exif"  # a photo's EXIF DateTimeOriginal
    CONTAINER = "container"  # an MP4/MOV movie header's creation time
    OVERLAY = "overlay"  # read off the picture by a person (a CCTV clock overlay)


@dataclass(frozen=True)
class CaptureTime:
    """A capture time and where it came from; ``at`` is naive when the file gave no zone."""

    at: datetime
    source: CaptureSource


_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_OFFSET_TIME_ORIGINAL = 0x9011
_EXIF_TIME = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")
_MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
_MAX_BOXES = 10_000  # a malformed file must not make the walk endless


def parse_exif_time(value: str, offset: str | None = None) -> datetime | None:
    """``"2026:05:01 14:03:22"`` (+ ``"+09:00"``) as a datetime; None for blanks or junk."""
    match = _EXIF_TIME.match(value.strip().strip("\x00")) if value else None
    if match is None:
        return None
    try:
        y, mo, d, h, mi, sec = (int(g) for g in match.groups())
        at = datetime(y, mo, d, h, mi, sec)  # the zone, if any, below
    except ValueError:  # "0000:00:00 00:00:00" from cameras never set
        return None
    off = _EXIF_OFFSET.match((offset or "").strip().strip("\x00"))
    if off is not None:
        minutes = int(off.group(2)) * 60 + int(off.group(3))
        sign = -1 if off.group(1) == "-" else 1
        with contextlib.suppress(ValueError):
            at = at.replace(tzinfo=timezone(timedelta(minutes=sign * minutes)))
    return at


def exif_capture_time(fh: BinaryIO) -> datetime | None:
    """A photo's EXIF DateTimeOriginal (with OffsetTimeOriginal when present), or None."""
    try:
        from PIL import Image, UnidentifiedImageError
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        with Image.open(fh) as image:
            exif = image.getexif().get_ifd(_EXIF_IFD)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, struct.error):
        return None
    value = exif.get(_DATETIME_ORIGINAL)
    offset = exif.get(_OFFSET_TIME_ORIGINAL)
    if not isinstance(value, str):
        return None
    return parse_exif_time(value, offset if isinstance(offset, str) else None)


def _boxes(fh: BinaryIO, start: int, end: int | None) -> list[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the boxes between ``start`` and ``end``."""
    found: list[tuple[bytes, int, int]] = []
    if end is None:
        fh.seek(0, 2)
        end = fh.tell()
    pos = start
    for _ in range(_MAX_BOXES):
        if pos + 8 > end:
            break
        fh.seek(pos)
        head = fh.read(8)
        if len(head) < 8:
            break
        size, kind = struct.unpack(">I4s", head)
        payload = pos + 8
        if size == 1:
            large = fh.read(8)
            if len(large) < 8:
                break
            size = struct.unpack(">Q", large)[0]
            payload += 8
        elif size == 0:  # to the end of the file (or of the parent)
            size = end - pos
        if size < payload - pos or pos + size > end:  # cut short or malformed: read no further
            break
        found.append((kind, payload, pos + size))
        pos += size
    return found


def mp4_creation_time(fh: BinaryIO) -> datetime | None:
    """The ``moov/mvhd`` creation time of an MP4/MOV/3GP file (UTC), or None."""
    try:
        for kind, start, stop in _boxes(fh, 0, None):
            if kind != b"moov":
                continue
            for child, c_start, _c_stop in _boxes(fh, start, stop):
                if child != b"mvhd":
                    continue
                fh.seek(c_start)
                version = fh.read(1)
                fh.read(3)  # flags
                raw = fh.read(8 if version == b"\x01" else 4)
                if len(raw) not in (4, 8) or not version:
                    return None
                seconds = int.from_bytes(raw, "big")
                if seconds == 0:
                    return None
                return _MP4_EPOCH + timedelta(seconds=seconds)
            return None
    except (OSError, OverflowError, struct.error):
        return None
    return None


_MP4_MIMES = ("video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "audio/mp4")


def read_capture_time(fh: BinaryIO, mime: str) -> CaptureTime | None:
    """What ``fh`` (seekable, at any position) says about its own capture time, or None."""
    at: datetime | None = None
    source = CaptureSource.EXIF
    if mime in ("image/jpeg", "image/tiff", "image/png", "image/webp", "image/heic"):
        fh.seek(0)
        at = exif_capture_time(fh)
    elif mime in _MP4_MIMES:
        source = CaptureSource.CONTAINER
        at = mp4_creation_time(fh)
    fh.seek(0)
    return CaptureTime(at, source) if at is not None else None
