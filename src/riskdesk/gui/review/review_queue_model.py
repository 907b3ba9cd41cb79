"""The supervisor's review queue: one row per submitted plan version, oldest first."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import AssessmentOverrides, ReviewQueueItem
from riskdesk.gui.widgets.record_table_model import RecordTableModel


class QueueColumn(IntEnum):
    CASE = 0
    LEVEL = 1
    CASEWORKER = 2
    SUBMITTED = 3
    WAITING = 4
    NEXT_MEETING = 5
    OVERRIDES = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewQueueModel", text)


def _header(column: QueueColumn) -> str:
    # Literal translate() calls, one per text, so that pyside6-lupdate finds them.
    match column:
        case QueueColumn.CASE:
            return QCoreApplication.translate("ReviewQueueModel", "Case")
        case QueueColumn.LEVEL:
            return QCoreApplication.translate("ReviewQueueModel", "Level")
        case QueueColumn.CASEWORKER:
            return QCoreApplication.translate("ReviewQueueModel", "Caseworker")
        case QueueColumn.SUBMITTED:
            return QCoreApplication.translate("ReviewQueueModel", "Submitted")
        case QueueColumn.WAITING:
            return QCoreApplication.translate("ReviewQueueModel", "Days waiting")
        case QueueColumn.NEXT_MEETING:
            return QCoreApplication.translate("ReviewQueueModel", "Next meeting")
        case QueueColumn.OVERRIDES:
            return QCoreApplication.translate("ReviewQueueModel", "Assessment overrides")


def overrides_marker(overrides: AssessmentOverrides | None) -> str:
    """A short text naming what the assessment behind the plan overrode; empty when
    nothing was overridden."""
    if overrides is None or not overrides.any:
        return ""
    if overrides.band_overridden and overrides.level_overridden:
        return QCoreApplication.translate("ReviewQueueModel", "⚑ Band and level overridden")
    if overrides.band_overridden:
        return QCoreApplication.translate("ReviewQueueModel", "⚑ Band overridden")
    return QCoreApplication.translate("ReviewQueueModel", "⚑ Level overridden")


def overrides_lines(overrides: AssessmentOverrides, language: Language) -> list[str]:
    """One sentence per override: what was computed, what was decided, and why."""
    lines: list[str] = []
    if overrides.band_overridden:
        lines.append(
            QCoreApplication.translate(
                "ReviewQueueModel", "Overall risk overridden from %1 to %2. Reason: %3"
            )
            .replace("%1", overrides.band.text(language))
            .replace("%2", overrides.final_band.text(language))
            .replace("%3", overrides.band_override_reason or "")
        )
    if overrides.level_overridden:
        lines.append(
            QCoreApplication.translate(
                "ReviewQueueModel", "Level overridden from %1 to %2. Reason: %3"
            )
            .replace("%1", str(overrides.computed_level))
            .replace("%2", str(overrides.level))
            .replace("%3", overrides.level_override_reason or "")
        )
    return lines


class ReviewQueueModel(RecordTableModel[ReviewQueueItem, QueueColumn]):
    """Rows in the order given (the service gives the oldest submission first). The
    caseworker column shows ``user_name(username)``; the overrides column has the reasons
    as its tooltip."""

    columns = QueueColumn

    def __init__(
        self,
        *,
        language: Language,
        level_name: Callable[[int], str] = str,
        user_name: Callable[[str], str] = str,
        parent: Any = None,
    ) -> None:
        super().__init__(language=language, level_name=level_name, parent=parent)
        self._user_name = user_name

    def set_user_name(self, user_name: Callable[[str], str]) -> None:
        self._user_name = user_name

    def header(self, column: QueueColumn) -> str:
        return _header(column)

    def display(self, record: ReviewQueueItem, column: QueueColumn) -> str:
        match column:
            case QueueColumn.CASE:
                return (
                    _tr("%1 (version %2)")
                    .replace("%1", record.case_number)
                    .replace("%2", str(record.version))
                )
            case QueueColumn.LEVEL:
                return self._level_name(record.level)
            case QueueColumn.CASEWORKER:
                return self._user_name(record.author)
            case QueueColumn.SUBMITTED:
                return dmy(record.submitted_at.astimezone().date())
            case QueueColumn.WAITING:
                return str(record.days_waiting)
            case QueueColumn.NEXT_MEETING:
                if record.next_meeting is None:
                    return _tr("none planned")
                return dmy(record.next_meeting)
            case QueueColumn.OVERRIDES:
                return overrides_marker(record.overrides)

    def role_data(self, record: ReviewQueueItem, column: QueueColumn, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column is QueueColumn.OVERRIDES
            and record.overrides is not None
            and record.overrides.any
        ):
            return "\n".join(overrides_lines(record.overrides, self._language))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is QueueColumn.WAITING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
