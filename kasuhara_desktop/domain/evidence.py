"""Evidence records (photos, CCTV clips, call recordings, screenshots, scans) and file types."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .errors import ValidationError


class SourceKind(StrEnum):
    STAFF_PHONE = "staff_phone"
    CCTV = "cctv"
    CALL_RECORDER = "call_recorder"
    SCREENSHOT = "screenshot"
    SCAN = "scan"
    RECEIPT = "receipt"
    OTHER = "other"


@dataclass(frozen=True)
class EvidenceSource:
    """Where a file came from: a camera (and how far its clock was off), a phone, a URL..."""

    kind: SourceKind = SourceKind.OTHER
    detail: str = ""
    clock_offset_seconds: int | None = None


@dataclass(frozen=True)
class EvidenceItem:
    id: str
    incident_reference: str
    original_name: str
    size: int
    sha256: str
    mime: str
    file_modified_at: datetime | None
    file_created_at: datetime | None
    imported_by: str
    imported_at: datetime
    description: str
    source: EvidenceSource
    deleted_at: datetime | None = None
    deleted_by: str = ""
    deleted_reason: str = ""
    # Where the capture time comes from (domain/capture_time): what the content records
    # (source "exif" or "container"; naive when the file gave no zone), and a time a person
    # read off the picture (a CCTV overlay) with who entered it and when. None: unknown.
    content_time: datetime | None = None
    content_time_source: str = ""
    overlay_time: datetime | None = None
    overlay_time_by: str = ""
    overlay_time_at: datetime | None = None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def corrected(self, device_time: datetime | None) -> datetime | None:
        """A time the device's clock gave (content or overlay time) with its recorded offset
        (device time minus real time) taken off. Never for the file's modification time or
        the import time: those come from the PC's clock."""
        offset = self.source.clock_offset_seconds
        if device_time is None or not offset:
            return device_time
        return device_time - timedelta(seconds=offset)

    @property
    def kind(self) -> str:
        """'image', 'video', 'audio', 'pdf' or 'other': what viewer fits."""
        major = self.mime.split("/", 1)[0]
        if major in ("image", "video", "audio"):
            return major
        return "pdf" if self.mime == "application/pdf" else "other"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "incident": self.incident_reference,
            "original_name": self.original_name,
            "size": self.size,
            "sha256": self.sha256,
            "mime": self.mime,
            "file_modified_at": _iso(self.file_modified_at),
            "file_created_at": _iso(self.file_created_at),
            "imported_by": self.imported_by,
            "imported_at": _iso(self.imported_at),
            "description": self.description,
            "source": {
                "kind": self.source.kind.value,
                "detail": self.source.detail,
                "clock_offset_seconds": self.source.clock_offset_seconds,
            },
            "deleted_at": _iso(self.deleted_at),
            "deleted_by": self.deleted_by or None,
            "deleted_reason": self.deleted_reason or None,
            "content_time": _iso(self.content_time),
            "content_time_source": self.content_time_source or None,
            "overlay_time": _iso(self.overlay_time),
            "overlay_time_by": self.overlay_time_by or None,
            "overlay_time_at": _iso(self.overlay_time_at),
        }


@dataclass(frozen=True)
class BundleRecord:
    """A bundle made from an incident: when, by whom, its manifest hash and file name."""

    made_at: datetime
    made_by: str
    manifest_sha256: str
    file_name: str
    archive_format: str
    encrypted: bool


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# (offset, magic, mime): checked in order; content decides, the extension only breaks ties.
_MAGIC: list[tuple[int, bytes, str]] = [
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"BM", "image/bmp"),
    (0, b"II*\x00", "image/tiff"),
    (0, b"MM\x00*", "image/tiff"),
    (0, b"%PDF-", "application/pdf"),
    (0, b"\x1aE\xdf\xa3", "video/x-matroska"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"#!AMR", "audio/amr"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"PK\x03\x04", "application/zip"),
]
_FTYP = {
    b"heic": "image/heic", b"heix": "image/heic", b"mif1": "image/heif", b"avif": "image/avif",
    b"M4A ": "audio/mp4", b"M4B ": "audio/mp4", b"qt  ": "video/quicktime",
    b"3gp4": "video/3gpp", b"3gp5": "video/3gpp", b"3g2a": "video/3gpp2",
}  # fmt: skip


def sniff_mime(head: bytes, name: str = "") -> str:
    """Detect a file's type from its first bytes (at least 16; 64 is plenty)."""
    for offset, magic, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if mime == "application/zip" and name.lower().endswith((".docx", ".xlsx")):
                return "application/vnd.openxmlformats-officedocument"
            return mime
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}.get(
            head[8:12], "application/octet-stream"
        )
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return _FTYP.get(brand, "video/mp4")
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "audio/mpeg"
    if head and _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character may be cut at the end of the sample.
        try:
            text = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}  # fmt: skip


def safe_file_name(name: str, fallback: str = "evidence", max_bytes: int = 180) -> str:
    """A file name safe on Windows, macOS and Linux: no path parts, no reserved names.

    Keeps Japanese and other letters; replaces separators and control characters; trims to
    ``max_bytes`` UTF-8 bytes while keeping the extension.
    """
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip().strip(".")
    if not name or name.upper().split(".", 1)[0] in _RESERVED:
        name = f"{fallback}_{name}" if name else fallback
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    ext_part = f".{ext}" if ext else ""
    budget = max_bytes - len(ext_part.encode())
    encoded = stem.encode("utf-8")[:budget]
    stem = encoded.decode("utf-8", errors="ignore") or fallback
    return stem + ext_part


def check_original_name(name: str) -> str:
    """The name recorded for an imported file: its last path part, as text."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if not base or base in (".", ".."):
        raise ValidationError(f"{name!r} is not a file name.")
    if any(ord(ch) < 32 for ch in base):
        raise ValidationError(f"The file name {base!r} contains control characters; rename it.")
    try:  # a name that was not valid UTF-8 on disk arrives with surrogate escapes
        base.encode("utf-8")
    except UnicodeEncodeError:
        shown = base.encode("utf-8", "backslashreplace").decode("ascii", "replace")
        raise ValidationError(
            f"{shown[:200]}: the file name is not valid UTF-8; rename the file and try again."
        ) from None
    return unicodedata.normalize("NFC", base)[:1000]
