"""The rows of the case list, one :class:`CaseSummary` each, with a mark for cases whose
release deadlines have passed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from riskdesk.domain.case import KIND_LABELS, STATUS_LABELS, CaseStatus, CaseSummary
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.release_timeline import MILESTONE_LABELS, Deadline
from riskdesk.gui.widgets.record_table_model import RecordTableModel

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
    RELEASE = 8


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
        case Column.RELEASE:
            return QCoreApplication.translate("CaseTableModel", "Release deadlines")


_OVERDUE = QBrush(QColor("#a4161a"))


class CaseTableModel(RecordTableModel[CaseSummary, Column]):
    """The case list. :data:`SORT_ROLE` gives keys that sort naturally, and
    :data:`CASE_ID_ROLE` the case id of a row."""

    columns = Column

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._overdue: dict[CaseId, tuple[Deadline, ...]] = {}

    def set_overdue(self, overdue: Mapping[CaseId, Sequence[Deadline]]) -> None:
        """The passed release deadlines per case; cases not named have none."""
        self._overdue = {case_id: tuple(late) for case_id, late in overdue.items()}
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, Column.RELEASE), self.index(self.rowCount() - 1, Column.RELEASE)
            )

    def overdue(self, case_id: CaseId) -> tuple[Deadline, ...]:
        return self._overdue.get(case_id, ())

    def header(self, column: Column) -> str:
        return _header(column)

    def role_data(self, record: CaseSummary, column: Column, role: int) -> Any:
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == CASE_ID_ROLE:
            return int(record.case_id)
        if role == Qt.ItemDataRole.ForegroundRole and record.status is CaseStatus.CLOSED:
            # Closed cases stay findable but recede, so the open work stands out.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if column is Column.RELEASE:
            return self._release_data(record, role)
        return None

    def _release_data(self, record: CaseSummary, role: int) -> Any:
        late = self.overdue(record.case_id)
        if not late:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole:
            heading = QCoreApplication.translate("CaseTableModel", "Overdue release deadlines:")
            lines = [
                f"{MILESTONE_LABELS[d.milestone].text(self._language)} – {self._date(d.due)}"
                for d in late
            ]
            return "\n".join([heading, *lines])
        return None

    def display(self, row: CaseSummary, column: Column) -> str:
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
                return self._date(row.opened_on)
            case Column.RELEASE:
                late = self.overdue(row.case_id)
                if not late:
                    return ""
                return QCoreApplication.translate("CaseTableModel", "⚠ %n overdue", "", len(late))

    def _date(self, day: date) -> str:
        """dd.mm.åååå in the Danish list, ISO in the English one."""
        return dmy(day) if Language(self._language) is Language.DANISH else day.isoformat()

    def _sort_key(self, row: CaseSummary, column: Column) -> str | int:
        match column:
            case Column.RELEASE:
                return len(self.overdue(row.case_id))
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
                return self.display(row, column).casefold()


def _date_key(value: date) -> int:
    return value.toordinal()
