"""Small helpers shared by the editor's widgets: time conversion, enum names, safe labels."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.vocabulary import fill as fill  # the one safe fill, re-exported
from ..labels import label
from ..time_display import format_datetime

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
CELL_TEXT_MAX = 120


def enum_label(member: StrEnum) -> str:
    """The translated display name of an enum code (``ui/labels.py``)."""
    return label(member)


def qt_zone(tz: str) -> QTimeZone:
    zone = QTimeZone(tz.encode("utf-8"))
    if zone.isValid():
        return zone
    offset = datetime.now(ZoneInfo(tz)).utcoffset() or timedelta()
    return QTimeZone(int(offset.total_seconds()))


def to_qdatetime(value: datetime, tz: str) -> QDateTime:
    ms = (value - _EPOCH) // timedelta(milliseconds=1)
    return QDateTime.fromMSecsSinceEpoch(ms, qt_zone(tz))


def from_qdatetime(value: QDateTime, tz: str) -> datetime:
    moment = _EPOCH + timedelta(milliseconds=value.toMSecsSinceEpoch())
    return moment.astimezone(ZoneInfo(tz))


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_local(value: datetime | None, tz: str) -> str:
    """``value`` as the shop's local wall time (for tables and the history list, whose form
    names the zone: ``ui.time_display`` with the zone left unnamed)."""
    return format_datetime(value, tz, name_zone=False)


def cell_text(text: str) -> str:
    """The first line of ``text``, cut short for a table cell (the form shows all of it)."""
    first, _sep, rest = text.partition("\n")
    if len(first) > CELL_TEXT_MAX:
        return first[:CELL_TEXT_MAX] + "…"
    return first + (" …" if rest.strip() else "")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets markup (for anything that may show user data)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
