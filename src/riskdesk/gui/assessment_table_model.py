"""The rows of a person's assessment list, one :class:`AssessmentRecord` each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.localized import Language

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    INSTRUMENT = 1
    STATUS = 2
    BAND = 3
    LEVEL = 4
    BY = 5


def _header(column: Column) -> str:
    # Literal translate() calls, one per text, so that pyside6-lupdate finds them.
    match column:
        case Column.DATE:
            return QCoreApplication.translate("AssessmentTableModel", "Date")
        case Column.INSTRUMENT:
            return QCoreApplication.translate("AssessmentTableModel", "Instrument")
        case Column.STATUS:
            return QCoreApplication.translate("AssessmentTableModel", "Status")
        case Column.BAND:
            return QCoreApplication.translate("AssessmentTableModel", "Overall risk")
        case Column.LEVEL:
            return QCoreApplication.translate("AssessmentTableModel", "Level")
        case Column.BY:
            return QCoreApplication.translate("AssessmentTableModel", "Made by")


def _status(record: AssessmentRecord) -> str:
    if record.is_final and record.corrected_by is not None:
        return QCoreApplication.translate("AssessmentTableModel", "Final (corrected later)")
    if record.is_final:
        return QCoreApplication.translate("AssessmentTableModel", "Final")
    if record.corrects is not None:
        return QCoreApplication.translate("AssessmentTableModel", "Draft (correction)")
    return QCoreApplication.translate("AssessmentTableModel", "Draft")


class AssessmentTableModel(QAbstractTableModel):
    """Read-only rows in the order given (the service gives newest first), replaced
    wholesale by :meth:`set_rows`; :meth:`record` gives a row's record. Band and level
    come from the snapshot, so a draft shows neither."""

    def __init__(
        self,
        *,
        language: Language,
        level_name: Callable[[int], str] = str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentRecord] = []
        self._language = language
        self._level_name = level_name

    def set_level_name(self, level_name: Callable[[int], str]) -> None:
        self._level_name = level_name

    def set_rows(self, rows: Sequence[AssessmentRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> AssessmentRecord:
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
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, Column(index.column()))
        return None

    def _display(self, record: AssessmentRecord, column: Column) -> str:
        snapshot = record.snapshot
        match column:
            case Column.DATE:
                return record.draft.assessment_date.isoformat()
            case Column.INSTRUMENT:
                return record.instrument_ref
            case Column.STATUS:
                return _status(record)
            case Column.BAND:
                return snapshot.final_band_label.text(self._language) if snapshot else ""
            case Column.LEVEL:
                return self._level_name(snapshot.level) if snapshot else ""
            case Column.BY:
                return record.finalised_by or record.created_by
