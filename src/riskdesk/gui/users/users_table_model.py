"""The users screen's table: user name, full name, role, active or not, last login."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.user import ROLE_LABELS, User, UserOverview

_Index = QModelIndex | QPersistentModelIndex
_DEACTIVATED_COLOUR = QColor("#6b6b6b")


def last_login_text(moment: datetime) -> str:
    """``30.11.2026 08:05`` in the machine's own time (the trail keeps UTC)."""
    local = moment.astimezone()
    return f"{dmy(local.date())} {local:%H:%M}"


class UsersTableModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, *, language: Language, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._language = language
        self._lines: list[UserOverview] = []
        self._headers = (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Active"),
            self.tr("Last login"),
        )

    def set_lines(self, lines: Sequence[UserOverview]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def user_at(self, row: int) -> User | None:
        return self._lines[row].user if 0 <= row < len(self._lines) else None

    def row_of(self, username: str) -> int | None:
        for row, line in enumerate(self._lines):
            if line.user.username == username:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.COLUMNS
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not line.user.active:
            return QBrush(_DEACTIVATED_COLOUR)
        return None

    def _text(self, line: UserOverview, column: int) -> str | None:
        user = line.user
        if column == 0:
            return user.username
        if column == 1:
            return user.display_name
        if column == 2:
            return ROLE_LABELS[user.role].text(self._language)
        if column == 3:
            return self.tr("Active") if user.active else self.tr("Deactivated")
        if column == 4:
            return last_login_text(line.last_login) if line.last_login else self.tr("Never")
        return None
