"""The rows of the case list, one :class:`CaseSummary` each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from riskdesk.domain.case import KIND_LABELS, STATUS_LABELS, CaseStatus, CaseSummary
from riskdesk.domain.localized import Language

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    CASE_NUMBER = 0
    NAME = 1
    CPR = 2
    LEVEL = 3
    KIND = 4
    STATUS = 5
    CASEWORKER = 6
    OPENED = 7


def _header(column: Column) -> str:
    # Literal translate() calls, one per text, so that pyside6-lupdate finds them.
    match column:
        case Column.CASE_NUMBER:
            return QCoreApplication.translate("CaseTableModel", "Case no.")
        case Column.NAME:
            return QCoreApplication.translate("CaseTableModel", "Name")
        case Column.CPR:
            return QCoreApplication.translate("CaseTableModel", "CPR number")
        case Column.LEVEL:
            return QCoreApplication.translate("CaseTableModel", "Level")
        case Column.KIND:
            return QCoreApplication.translate("CaseTableModel", "Kind")
        case Column.STATUS:
            return QCoreApplication.translate("CaseTableModel", "Status")
        case Column.CASEWORKER:
            return QCoreApplication.translate("CaseTableModel", "Caseworker")
        case Column.OPENED:
            return QCoreApplication.translate("CaseTableModel", "Opened")


class CaseTableModel(QAbstractTableModel):
    """Read-only rows, replaced wholesale by :meth:`set_rows` (one reset per search, which
    keeps 10,000 rows cheap). :data:`SORT_ROLE` gives keys that sort naturally, and
    :data:`CASE_ID_ROLE` the case id of a row."""

    def __init__(
        self,
        *,
        language: Language,
        level_name: Callable[[int], str] = str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._language = language
        self._level_name = level_name

    def set_level_name(self, level_name: Callable[[int], str]) -> None:
        self._level_name = level_name

    def set_rows(self, rows: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return _header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CASE_ID_ROLE:
            return int(row.case_id)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is CaseStatus.CLOSED:
            # Closed cases stay findable but recede, so the open work stands out.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _display(self, row: CaseSummary, column: Column) -> str:
        match column:
            case Column.CASE_NUMBER:
                return row.case_number
            case Column.NAME:
                return row.person_name
            case Column.CPR:
                return row.cpr or ""
            case Column.LEVEL:
                return self._level_name(row.level)
            case Column.KIND:
                return KIND_LABELS[row.kind].text(self._language)
            case Column.STATUS:
                return STATUS_LABELS[row.status].text(self._language)
            case Column.CASEWORKER:
                return row.caseworker
            case Column.OPENED:
                return row.opened_on.isoformat()

    def _sort_key(self, row: CaseSummary, column: Column) -> str | int:
        match column:
            case Column.LEVEL:
                return row.level
            case Column.NAME:
                return row.person_name.casefold()
            case Column.CPR:
                # Sorting by CPR means by birth date; rows without CPR sort by their birth date too.
                return _date_key(row.birth_date)
            case Column.OPENED:
                return _date_key(row.opened_on)
            case _:
                return self._display(row, column).casefold()


def _date_key(value: date) -> int:
    return value.toordinal()
