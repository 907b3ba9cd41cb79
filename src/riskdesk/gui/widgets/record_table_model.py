"""The shared shape of RiskDesk's read-only lists: rows of domain records, replaced
wholesale, with columns named by an ``IntEnum``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from riskdesk.domain.localized import Language

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel[R, C: IntEnum](QAbstractTableModel):
    """Rows replaced by :meth:`set_rows`, one reset per change (which keeps 10,000 rows
    cheap). A subclass names its ``columns`` and says how a record reads in a column
    (:meth:`display`) and, optionally, for other roles (:meth:`role_data`)."""

    columns: type[C]

    def __init__(
        self,
        *,
        language: Language,
        level_name: Callable[[int], str] = str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._language = language
        self._level_name = level_name

    def set_level_name(self, level_name: Callable[[int], str]) -> None:
        self._level_name = level_name

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.header(self.columns(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        return self.role_data(record, column, role)

    def header(self, column: C) -> str:
        raise NotImplementedError

    def display(self, record: R, column: C) -> str:
        raise NotImplementedError

    def role_data(self, record: R, column: C, role: int) -> Any:
        return None
