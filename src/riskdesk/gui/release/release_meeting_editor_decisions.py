"""Decisions at the release meeting: what, who is responsible (and their name), by when,
and which checklist area it serves. One row each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QWidget,
)

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import CHECKLIST_AREA_LABELS, ChecklistArea, Decision
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit
from riskdesk.gui.widgets.row_table_editor import RowTableEditor

WHAT, RESPONSIBLE, NAME, DUE, AREA = range(5)


class DecisionsEditor(RowTableEditor):
    """Rows of decisions; see :class:`RowTableEditor`."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(first_column=WHAT, parent=parent)
        self._language = language
        self._set_texts(
            headers=[
                self.tr("What"),
                self.tr("Responsible"),
                self.tr("Name"),
                self.tr("Due"),
                self.tr("Area"),
            ],
            accessible_name=self.tr("Decisions"),
            add_text=self.tr("Add decision"),
            remove_text=self.tr("Remove decision"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((RESPONSIBLE, 170), (NAME, 140), (DUE, 200), (AREA, 190)):
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(32)

    def add_row(self, decision: Decision | None = None) -> int:
        row = self._insert_row(
            {
                WHAT: decision.what if decision else "",
                NAME: decision.responsible_name if decision else "",
            }
        )
        responsible = QComboBox()
        responsible.setAccessibleName(self.tr("Responsible"))
        for who in Responsible:
            responsible.addItem(RESPONSIBLE_LABELS[who].text(self._language), who)
        responsible.setCurrentIndex(
            responsible.findData(decision.responsible if decision else Responsible.UNIT)
        )
        area = QComboBox()
        area.setAccessibleName(self.tr("Area"))
        for value in ChecklistArea:
            area.addItem(CHECKLIST_AREA_LABELS[value].text(self._language), value)
        area.setCurrentIndex(area.findData(decision.area if decision else ChecklistArea.HOUSING))
        due = OptionalDateEdit(accessible_name=self.tr("Due"))
        due.set_value(decision.due if decision else None)
        for combo in (responsible, area):
            combo.currentIndexChanged.connect(self.changed)
        due.changed.connect(self.changed)
        self.table.setCellWidget(row, RESPONSIBLE, responsible)
        self.table.setCellWidget(row, DUE, due)
        self.table.setCellWidget(row, AREA, area)
        return self._row_added(row, new=decision is None)

    def set_decisions(self, decisions: Sequence[Decision]) -> None:
        self.clear()
        for decision in decisions:
            self.add_row(decision)

    def decisions(self) -> list[dict[str, Any]]:
        return [
            {
                "what": self._text(row, WHAT),
                "responsible": self.combo(row, RESPONSIBLE).currentData(),
                "responsible_name": self._text(row, NAME),
                "due": self.due_edit(row).value(),
                "area": self.combo(row, AREA).currentData(),
            }
            for row in range(self.table.rowCount())
        ]

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is not None:
            item.setText(text)

    def due_edit(self, row: int) -> OptionalDateEdit:
        widget = self.table.cellWidget(row, DUE)
        assert isinstance(widget, OptionalDateEdit)
        return widget
