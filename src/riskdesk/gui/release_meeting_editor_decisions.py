"""Decisions at the release meeting: what, who is responsible (and their name), by when,
and which checklist area it serves. One row each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import CHECKLIST_AREA_LABELS, ChecklistArea, Decision
from riskdesk.gui.optional_date_edit import OptionalDateEdit

WHAT, RESPONSIBLE, NAME, DUE, AREA = range(5)


class DecisionsEditor(QWidget):
    """Rows of decisions. Every row is read back, so that the row numbers in validation
    problems match what the user sees."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Responsible"),
                self.tr("Name"),
                self.tr("Due"),
                self.tr("Area"),
            ]
        )
        self.table.setAccessibleName(self.tr("Decisions"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((RESPONSIBLE, 170), (NAME, 140), (DUE, 200), (AREA, 190)):
            header.resizeSection(column, width)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self.changed)

        self.add_button = QPushButton(self.tr("Add decision"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove decision"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_row(self, decision: Decision | None = None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, WHAT, QTableWidgetItem(decision.what if decision else ""))
        self.table.setItem(
            row, NAME, QTableWidgetItem(decision.responsible_name if decision else "")
        )
        self.table.blockSignals(False)
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
        if decision is None:
            self.table.setCurrentCell(row, WHAT)
            self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

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

    def mark_problem(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, WHAT)
            self.table.setFocus()

    def clear(self) -> None:
        self.table.setRowCount(0)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget
