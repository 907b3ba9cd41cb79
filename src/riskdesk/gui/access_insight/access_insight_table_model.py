"""The rows of an access insight: one audit event each, oldest first until the user sorts."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from riskdesk.domain.access_insight import AccessInsightEntry
from riskdesk.gui.widgets.record_table_model import RecordTableModel
from riskdesk.gui.widgets.shown_times import dmy_hms

SORT_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    TIME = 0
    USER = 1
    ROLE = 2
    ACTION = 3
    RECORD = 4


def _header(column: Column) -> str:
    # Literal translate() calls, one per text, so that pyside6-lupdate finds them.
    match column:
        case Column.TIME:
            return QCoreApplication.translate("AccessInsightTableModel", "Time")
        case Column.USER:
            return QCoreApplication.translate("AccessInsightTableModel", "User")
        case Column.ROLE:
            return QCoreApplication.translate("AccessInsightTableModel", "Role")
        case Column.ACTION:
            return QCoreApplication.translate("AccessInsightTableModel", "What was done")
        case Column.RECORD:
            return QCoreApplication.translate("AccessInsightTableModel", "Record")


class AccessInsightTableModel(RecordTableModel[AccessInsightEntry, Column]):
    """Times in the machine's local time. :data:`SORT_ROLE` sorts the time column by the
    log's own order (two events can share a second) and the others by their text."""

    columns = Column

    def header(self, column: Column) -> str:
        return _header(column)

    def display(self, record: AccessInsightEntry, column: Column) -> str:
        match column:
            case Column.TIME:
                if record.until is None:
                    return dmy_hms(record.at)
                # A day's searches or a session's autosaves: from the first to the last.
                until = record.until.astimezone()
                return f"{dmy_hms(record.at)}–{until:%H:%M:%S}"
            case Column.USER:
                return f"{record.user.display_name} ({record.user.username})"
            case Column.ROLE:
                return record.user.role_label.text(self._language)
            case Column.ACTION:
                return record.what.text(self._language)
            case Column.RECORD:
                return record.record.text(self._language)

    def role_data(self, record: AccessInsightEntry, column: Column, role: int) -> Any:
        if role == SORT_ROLE:
            return record.sequence if column is Column.TIME else self.display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.ACTION:
            # A day's searches name what was searched for, more than a narrow cell holds.
            return self.display(record, column)
        return None
