"""The users page's table: display name, login, role and when each user was added; a user
whose key slot a data-key change removed is marked "no passphrase"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.roles import Role
from ...domain.vocabulary import fill
from ..time_display import Zone, format_datetime
from .role_names import role_label

DISPLAY_NAME, LOGIN, ROLE, ADDED = range(4)
Index = QModelIndex | QPersistentModelIndex


class UserRow(Protocol):
    """What the table reads of a ``services.users.UserInfo``."""

    @property
    def login(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def created_at(self) -> int: ...
    @property
    def is_self(self) -> bool: ...
    @property
    def has_passphrase(self) -> bool: ...


class UsersTableModel(QAbstractTableModel):
    """One row per user; ``tz`` is the shop's zone (every time shown is in it)."""

    def __init__(self, parent: Any = None, tz: Zone = None) -> None:
        super().__init__(parent)
        self._rows: list[UserRow] = []
        self.tz = tz

    def set_users(self, users: Sequence[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, login: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.login == login), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Added"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and not user.has_passphrase:
            return self.tr(
                "This user has no passphrase since the data key was changed and cannot unlock "
                "until you reset it."
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DISPLAY_NAME:
            if user.is_self:
                return fill(self.tr("%1 (you)"), user.display_name)
            if not user.has_passphrase:
                return fill(self.tr("%1 (no passphrase)"), user.display_name)
            return user.display_name
        if column == LOGIN:
            return user.login
        if column == ROLE:
            return role_label(user.role)
        added = datetime.fromtimestamp(user.created_at, UTC) if user.created_at else None
        return format_datetime(added, self.tz)
