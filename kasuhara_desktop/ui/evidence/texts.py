"""Display texts for evidence: sizes, file kinds, sources, integrity states (translated).

Strings are built at call time (translation context ``"evidence"``) so they follow the
translator installed when they are asked for.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ...domain import sizes
from ...domain.evidence import EvidenceItem, SourceKind
from ...domain.vocabulary import fill as fill  # the one safe fill, re-exported
from .. import time_display
from ..labels import label, term


class IntegrityState(StrEnum):
    """What the pane knows about one file's integrity."""

    UNKNOWN = "unknown"
    CHECKING = "checking"
    INTACT = "intact"
    DAMAGED = "damaged"
    MISSING = "missing"
    DELETED = "deleted"


def evidence_file_filter() -> str:
    """The Add evidence dialog's file types (translation context of the pane that asks)."""
    return QCoreApplication.translate(
        "EvidencePane",
        "Evidence (*.jpg *.jpeg *.png *.heic *.gif *.bmp *.tif *.tiff *.webp *.mp4 "
        "*.mov *.avi *.mkv *.3gp *.mp3 *.m4a *.wav *.amr *.ogg *.flac *.pdf);;"
        "All files (*)",
    )


def integrity_message() -> str:
    """The one sentence every viewer shows for a file that failed its check."""
    return QCoreApplication.translate(
        "evidence",
        "This evidence failed its integrity check: the encrypted file is damaged or was "
        "altered, so it is not shown. Do not rely on it; restore the logbook from a backup.",
    )


def state_label(state: IntegrityState) -> str:
    return {
        IntegrityState.UNKNOWN: QCoreApplication.translate("evidence", "Not checked"),
        IntegrityState.CHECKING: QCoreApplication.translate("evidence", "Checking…"),
        IntegrityState.INTACT: QCoreApplication.translate("evidence", "Intact"),
        IntegrityState.DAMAGED: QCoreApplication.translate("evidence", "Damaged"),
        IntegrityState.MISSING: QCoreApplication.translate("evidence", "File missing"),
        IntegrityState.DELETED: QCoreApplication.translate("evidence", "Deleted"),
    }[state]


def kind_label(kind: str) -> str:
    """The vocabulary's name of an evidence kind (``EvidenceItem.kind``)."""
    return term("evidence_kind", kind if kind in ("image", "video", "audio", "pdf") else "other")


def source_label(kind: SourceKind) -> str:
    return label(kind)


def format_size(size: int) -> str:
    """A short size ("916 B", "3.2 MB"): the one formatter of ``domain.sizes``, in the UI's
    decimal point."""
    return sizes.format_size(size, QLocale().decimalPoint())


def exact_size(size: int) -> str:
    """ "3.2 MB (3,210,452 bytes)", or just "916 B" when the short form is already exact."""
    if sizes.is_exact(size):
        return format_size(size)
    template = QCoreApplication.translate("evidence", "%1 (%2 bytes)")
    return fill(template, format_size(size), QLocale().toString(size))


def format_time(value: datetime | None, tz: str | None) -> str:
    """Date and time in the logbook's zone ``tz`` ("2026-11-03 19:36", named where the PC's
    zone differs), or "" for None."""
    return time_display.format_datetime(value, tz)


class ClockOffsetTexts(QObject):
    """The camera-clock plurals: lupdate (PySide6 6.11) sees ``%n`` forms only in ``self.tr``."""

    def ahead(self, seconds: int) -> str:
        return self.tr("Camera clock %n second(s) ahead of real time", "", seconds)

    def behind(self, seconds: int) -> str:
        return self.tr("Camera clock %n second(s) behind real time", "", seconds)


def clock_offset_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    if seconds == 0:
        return QCoreApplication.translate("evidence", "Camera clock was right")
    texts = ClockOffsetTexts()
    return texts.ahead(seconds) if seconds > 0 else texts.behind(-seconds)


def extension(item: EvidenceItem) -> str:
    """The original file extension, lower case and harmless ("mp4"), or a guess from the type."""
    stem, dot, ext = item.original_name.rpartition(".")
    if dot and stem and re.fullmatch(r"[A-Za-z0-9]{1,8}", ext):
        return ext.lower()
    sub = item.mime.split("/", 1)[-1].removeprefix("x-")
    guess = {"jpeg": "jpg", "quicktime": "mov", "matroska": "mkv", "mpeg": "mp3"}.get(sub, sub)
    return guess if re.fullmatch(r"[a-z0-9]{1,8}", guess) else ""


def detail_line(item: EvidenceItem) -> str:
    """ "1.2 MB · Video" """
    return f"{format_size(item.size)} · {kind_label(item.kind)}"
