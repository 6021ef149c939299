"""Table models over the lists of a draft incident (quotes, timeline, people, ...).

Each model holds plain dataclass rows and shows them read-only; the row form beside the table
edits the current row through :meth:`RecordTableModel.set_value`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain.enums import ActionKind, CostKind, ParticipantRole, TimelineKind
from ...domain.models import (
    Action,
    CostEntry,
    Participant,
    Person,
    Quote,
    StaffMember,
    TimelineEntry,
    WitnessStatement,
)
from . import clock
from .common import cell_text, enum_label, format_local
from .field_names import field_label

Index = QModelIndex | QPersistentModelIndex


class Kind(Enum):
    TEXT = auto()
    LONG = auto()
    ENUM = auto()
    DATETIME = auto()
    OPT_DATETIME = auto()
    OPT_DATE = auto()
    INT = auto()
    BOOL = auto()
    CUSTOM = auto()


@dataclass(frozen=True)
class Column:
    key: str
    kind: Kind
    enum: type[StrEnum] | None = None
    minimum: int = 0
    display: Callable[[Any], str] | None = None
    header: str = ""

    @property
    def title(self) -> str:
        return self.header or field_label(self.key)


@dataclass
class ParticipantRow:
    """A participant as the form edits it: both a staff and a person side are kept, so that
    switching between them never throws away what was typed on the other side."""

    role: ParticipantRole = ParticipantRole.CUSTOMER
    is_staff: bool = False
    staff: StaffMember = field(default_factory=lambda: StaffMember(name=""))
    person: Person = field(default_factory=lambda: Person(label=""))
    note: str = ""

    @classmethod
    def of(cls, p: Participant) -> ParticipantRow:
        return cls(
            role=p.role,
            is_staff=p.staff is not None,
            staff=copy.deepcopy(p.staff) if p.staff else StaffMember(name=""),
            person=copy.deepcopy(p.person) if p.person else Person(label=""),
            note=p.note,
        )

    def to_participant(self) -> Participant:
        return Participant(
            role=self.role,
            staff=copy.deepcopy(self.staff) if self.is_staff else None,
            person=None if self.is_staff else copy.deepcopy(self.person),
            note=self.note,
        )

    @property
    def name(self) -> str:
        if self.is_staff:
            return self.staff.name
        return self.person.name or self.person.label

    @property
    def details(self) -> str:
        return self.staff.position if self.is_staff else self.person.description


class RecordTableModel(QAbstractTableModel):
    """Rows of one dataclass, one column per field.

    Signals:
        edited: a row was added, removed or changed (not emitted by ``set_items``).
    """

    edited = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        factory: Callable[[], Any],
        tz: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.factory = factory
        self.tz = tz
        self._rows: list[Any] = []

    # ------------------------------------------------------------ Qt interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None if column.kind is Kind.BOOL else self.display(column, row)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            checked = bool(getattr(row, column.key))
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is Kind.INT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ------------------------------------------------------------ Python interface

    def display(self, column: Column, row: Any) -> str:
        if column.display is not None:
            return cell_text(column.display(row))
        value = getattr(row, column.key)
        if value is None:
            return ""
        if column.kind is Kind.ENUM:
            return str(enum_label(value))
        if column.kind in (Kind.DATETIME, Kind.OPT_DATETIME):
            return format_local(value, self.tz)
        if column.kind is Kind.OPT_DATE:
            return str(value.isoformat())
        if column.kind is Kind.INT:
            return f"{value:,}"
        return cell_text(str(value))

    def rows(self) -> list[Any]:
        """Deep copies of the rows (the draft must not share objects with the form)."""
        return copy.deepcopy(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def set_items(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = copy.deepcopy(list(rows))
        self.endResetModel()

    def append(self, row: Any | None = None) -> int:
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(row if row is not None else self.factory())
        self.endInsertRows()
        self.edited.emit()
        return number

    def remove(self, number: int) -> None:
        if not 0 <= number < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self.endRemoveRows()
        self.edited.emit()

    def set_value(self, number: int, key: str, value: Any) -> None:
        setattr(self._rows[number], key, value)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))
        self.edited.emit()


# ---------------------------------------------------------------- the lists of an incident


def quotes_model(tz: str, parent: QObject | None = None) -> RecordTableModel:
    columns = [
        Column("speaker", Kind.TEXT),
        Column("words", Kind.LONG),
        Column("said_at", Kind.OPT_DATETIME),
        Column("repeat_count", Kind.INT, minimum=1),
        Column("response", Kind.LONG),
    ]
    return RecordTableModel(columns, lambda: Quote(speaker="", words=""), tz, parent)


def timeline_model(
    tz: str, user: Callable[[], str], parent: QObject | None = None
) -> RecordTableModel:
    columns = [
        Column("at", Kind.DATETIME),
        Column("kind", Kind.ENUM, TimelineKind),
        Column("description", Kind.LONG),
        Column("by", Kind.TEXT),
    ]

    def factory() -> TimelineEntry:
        return TimelineEntry(at=clock.now(model.tz), by=user())

    model = RecordTableModel(columns, factory, tz, parent)
    return model


def statements_model(
    tz: str, user: Callable[[], str], parent: QObject | None = None
) -> RecordTableModel:
    columns = [
        Column("witness", Kind.TEXT),
        Column("relation", Kind.TEXT),
        Column("given_at", Kind.OPT_DATETIME),
        Column("taken_by", Kind.TEXT),
        Column("text", Kind.LONG),
    ]

    def factory() -> WitnessStatement:
        return WitnessStatement(witness="", text="", taken_by=user())

    return RecordTableModel(columns, factory, tz, parent)


def actions_model(
    tz: str, user: Callable[[], str], parent: QObject | None = None
) -> RecordTableModel:
    columns = [
        Column("kind", Kind.ENUM, ActionKind),
        Column("description", Kind.LONG),
        Column("at", Kind.OPT_DATETIME),
        Column("by", Kind.TEXT),
        Column("due", Kind.OPT_DATE),
        Column("done", Kind.BOOL),
    ]
    return RecordTableModel(columns, lambda: Action(kind=ActionKind.NOTE, by=user()), tz, parent)


def costs_model(tz: str, parent: QObject | None = None) -> RecordTableModel:
    columns = [
        Column("kind", Kind.ENUM, CostKind),
        Column("minutes", Kind.INT),
        Column("amount_yen", Kind.INT),
        Column("note", Kind.TEXT),
    ]
    return RecordTableModel(columns, lambda: CostEntry(kind=CostKind.ON_SITE), tz, parent)


def _who(row: ParticipantRow) -> str:
    return (
        QCoreApplication.translate("IncidentFields", "Staff member")
        if row.is_staff
        else QCoreApplication.translate("IncidentFields", "Outside person")
    )


def participants_model(tz: str, parent: QObject | None = None) -> RecordTableModel:
    columns = [
        Column("role", Kind.ENUM, ParticipantRole),
        Column(
            "who",
            Kind.CUSTOM,
            display=_who,
            header=QCoreApplication.translate("IncidentFields", "Who"),
        ),
        Column("name", Kind.CUSTOM, display=lambda r: r.name),
        Column(
            "details",
            Kind.CUSTOM,
            display=lambda r: r.details,
            header=QCoreApplication.translate("IncidentFields", "Details"),
        ),
        Column("note", Kind.TEXT),
    ]
    return RecordTableModel(columns, ParticipantRow, tz, parent)
