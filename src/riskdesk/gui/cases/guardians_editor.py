"""The guardians (holders of custody) of a minor: one row each, edited in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.person import Guardian

_KEYS = ("name", "relation", "phone", "email")


class GuardiansEditor(QWidget):
    """Rows of name, relation, phone and email. Empty rows are dropped when read, so an
    added-but-unused row never becomes a guardian without a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(_KEYS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Email")]
        )
        self.table.setAccessibleName(self.tr("Guardians"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setFixedHeight(96)
        self.add_button = QPushButton(self.tr("Add guardian"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove guardian"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove_selected)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: Sequence[str] = ("", "", "", "")) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_guardians(self, guardians: Sequence[Guardian]) -> None:
        self.clear()
        for guardian in guardians:
            self.add_row([getattr(guardian, key) for key in _KEYS])

    def guardians(self) -> list[dict[str, Any]]:
        rows = []
        for row in range(self.table.rowCount()):
            values = {
                key: (item.text() if (item := self.table.item(row, column)) else "")
                for column, key in enumerate(_KEYS)
            }
            if any(value.strip() for value in values.values()):
                rows.append(values)
        return rows

    def clear(self) -> None:
        self.table.setRowCount(0)
