"""A caseworker's plans sent back by a supervisor, with the comments still open."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import ReturnedPlan
from riskdesk.gui.widgets.record_table_model import RecordTableModel


class ReturnedColumn(IntEnum):
    CASE = 0
    RETURNED_BY = 1
    RETURNED_ON = 2
    OPEN_COMMENTS = 3
    FIRST_COMMENT = 4


def _header(column: ReturnedColumn) -> str:
    # Literal translate() calls, one per text, so that pyside6-lupdate finds them.
    match column:
        case ReturnedColumn.CASE:
            return QCoreApplication.translate("ReturnedPlanModel", "Case")
        case ReturnedColumn.RETURNED_BY:
            return QCoreApplication.translate("ReturnedPlanModel", "Returned by")
        case ReturnedColumn.RETURNED_ON:
            return QCoreApplication.translate("ReturnedPlanModel", "Returned")
        case ReturnedColumn.OPEN_COMMENTS:
            return QCoreApplication.translate("ReturnedPlanModel", "Open comments")
        case ReturnedColumn.FIRST_COMMENT:
            return QCoreApplication.translate("ReturnedPlanModel", "Comment")


class ReturnedPlanModel(RecordTableModel[ReturnedPlan, ReturnedColumn]):
    """Rows in the order given; the comment column shows the first open comment on one
    line, and every open comment in its tooltip."""

    columns = ReturnedColumn

    def __init__(
        self,
        *,
        language: Language,
        user_name: Callable[[str], str] = str,
        parent: Any = None,
    ) -> None:
        super().__init__(language=language, parent=parent)
        self._user_name = user_name

    def set_user_name(self, user_name: Callable[[str], str]) -> None:
        self._user_name = user_name

    def header(self, column: ReturnedColumn) -> str:
        return _header(column)

    def display(self, record: ReturnedPlan, column: ReturnedColumn) -> str:
        state = record.state
        match column:
            case ReturnedColumn.CASE:
                return (
                    QCoreApplication.translate("ReturnedPlanModel", "%1 (version %2)")
                    .replace("%1", state.case_number)
                    .replace("%2", str(state.version))
                )
            case ReturnedColumn.RETURNED_BY:
                return self._user_name(state.reviewed_by) if state.reviewed_by else ""
            case ReturnedColumn.RETURNED_ON:
                return dmy(state.reviewed_at.astimezone().date()) if state.reviewed_at else ""
            case ReturnedColumn.OPEN_COMMENTS:
                return str(len(record.open_comments))
            case ReturnedColumn.FIRST_COMMENT:
                first = record.open_comments[0].text if record.open_comments else ""
                return " ".join(first.split())

    def role_data(self, record: ReturnedPlan, column: ReturnedColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column is ReturnedColumn.FIRST_COMMENT:
            return "\n\n".join(c.text for c in record.open_comments) or None
        return None
