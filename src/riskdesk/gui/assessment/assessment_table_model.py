"""The rows of a person's assessment list, one :class:`AssessmentRecord` each."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.gui.widgets.record_table_model import RecordTableModel


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


class AssessmentTableModel(RecordTableModel[AssessmentRecord, Column]):
    """A person's assessments in the order given (the service gives newest first). Band
    and level come from the snapshot, so a draft shows neither. The instrument reads as
    :meth:`set_instrument_title` says (its title in the catalogue), its stored id@version
    until then."""

    columns = Column

    def __init__(self, *, language: Language, parent: Any = None) -> None:
        super().__init__(language=language, parent=parent)
        self._instrument_title: Callable[[AssessmentDraft], str] = lambda d: d.instrument_ref

    def set_instrument_title(self, title: Callable[[AssessmentDraft], str]) -> None:
        self._instrument_title = title

    def header(self, column: Column) -> str:
        return _header(column)

    def display(self, record: AssessmentRecord, column: Column) -> str:
        snapshot = record.snapshot
        match column:
            case Column.DATE:
                return dmy(record.draft.assessment_date)
            case Column.INSTRUMENT:
                return self._instrument_title(record.draft)
            case Column.STATUS:
                return _status(record)
            case Column.BAND:
                return snapshot.final_band_label.text(self._language) if snapshot else ""
            case Column.LEVEL:
                return self._level_name(snapshot.level) if snapshot else ""
            case Column.BY:
                return record.finalised_by or record.created_by
