"""Who sits at the release meeting's table: name, role and organisation, one row each."""

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

from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import PARTICIPANT_ROLE_LABELS, Participant, ParticipantRole

NAME, ROLE, ORGANISATION = range(3)


class ParticipantsEditor(QWidget):
    """Rows of participants. Every row is read back, an empty one too, so that the
    row numbers in validation problems match what the user sees."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation")]
        )
        self.table.setAccessibleName(self.tr("Participants"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ROLE, 170)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self.changed)

        self.add_button = QPushButton(self.tr("Add participant"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove participant"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, participant: Participant | None = None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(participant.name if participant else ""))
        self.table.setItem(
            row, ORGANISATION, QTableWidgetItem(participant.organisation if participant else "")
        )
        self.table.blockSignals(False)
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Role"))
        for role in ParticipantRole:
            combo.addItem(PARTICIPANT_ROLE_LABELS[role].text(self._language), role)
        role = participant.role if participant else ParticipantRole.OTHER
        combo.setCurrentIndex(combo.findData(role))
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, ROLE, combo)
        if participant is None:
            self.table.setCurrentCell(row, NAME)
            self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_participants(self, participants: Sequence[Participant]) -> None:
        self.clear()
        for participant in participants:
            self.add_row(participant)

    def participants(self) -> list[dict[str, Any]]:
        return [
            {
                "name": self._text(row, NAME),
                "role": self._role(row),
                "organisation": self._text(row, ORGANISATION),
            }
            for row in range(self.table.rowCount())
        ]

    def mark_problem(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, NAME)
            self.table.setFocus()

    def clear(self) -> None:
        self.table.setRowCount(0)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def _role(self, row: int) -> ParticipantRole:
        combo = self.table.cellWidget(row, ROLE)
        assert isinstance(combo, QComboBox)
        return ParticipantRole(combo.currentData())
