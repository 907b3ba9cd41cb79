"""The guardians (holders of custody) of a minor: one row each, edited in place, bound to
the rows of a :class:`PersonCaseForm`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.person_case_form import PersonCaseForm
from riskdesk.domain.person_case_inputs import GUARDIAN_FIELDS, GuardianRow
from riskdesk.domain.problems import Problem

_PROBLEM = QBrush(QColor("#fbe3e4"))


class GuardiansEditor(QWidget):
    """Rows of name, relation, phone and email, written through to the form as they are
    typed. Rows left empty stay on screen but are never saved (the form drops them).
    :attr:`edited` fires after every change the user makes."""

    edited = Signal()

    def __init__(self, form: PersonCaseForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self.table = QTableWidget(0, len(GUARDIAN_FIELDS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Email")]
        )
        self.table.setAccessibleName(self.tr("Guardians"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Relation and phone are short; the room goes to the name and the e-mail address.
        for short in (1, 2):
            header.setSectionResizeMode(short, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setFixedHeight(96)
        self.table.setSizePolicy(
            self.table.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed
        )
        self.table.itemChanged.connect(self._item_changed)
        # Short words under the table, where "guardian" goes without saying; the whole
        # phrase for screen readers and as a tooltip.
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add guardian"))
        self.add_button.setToolTip(self.tr("Add guardian"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove guardian"))
        self.remove_button.setToolTip(self.tr("Remove guardian"))
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

    def bind(self, form: PersonCaseForm) -> None:
        self._form = form
        self.load()

    def load(self) -> None:
        """Show the form's rows, as after loading or saving."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in self._form.person.guardians:
            self._append(row)
        self.table.blockSignals(False)

    def add_row(self, values: Sequence[str] = ("", "", "", "")) -> None:
        row = GuardianRow(**dict(zip(GUARDIAN_FIELDS, values, strict=True)))
        self._form.add_guardian(row)
        self.table.blockSignals(True)
        self._append(row)
        self.table.blockSignals(False)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()
        self.edited.emit()

    def show_problems(self, problems: Sequence[Problem], language: Language) -> None:
        """Mark the cells the problems are about (paths ``(row, field)`` inside the
        guardians) and move to the first; each cell's tooltip says what is wrong."""
        self.clear_problems()
        first: QTableWidgetItem | None = None
        # Marking a cell is a change of the item; it is no edit of the guardian.
        self.table.blockSignals(True)
        for problem in problems:
            match problem.path:
                case (int(row), str(key), *_) if key in GUARDIAN_FIELDS:
                    item = self.table.item(row, GUARDIAN_FIELDS.index(key))
                case _:
                    item = None
            if item is None:
                continue
            item.setBackground(_PROBLEM)
            item.setToolTip(problem.text(language))
            first = first or item
        self.table.blockSignals(False)
        if first is not None:
            self.table.setCurrentItem(first)

    def clear_problems(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setToolTip("")
        self.table.blockSignals(False)

    def clear(self) -> None:
        self.table.setRowCount(0)

    def _append(self, row: GuardianRow) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        for column, key in enumerate(GUARDIAN_FIELDS):
            self.table.setItem(index, column, QTableWidgetItem(row.value(key)))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        self._form.set_guardian(item.row(), GUARDIAN_FIELDS[item.column()], item.text())
        self.edited.emit()

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self._form.remove_guardian(row)
            self.table.removeRow(row)
            self.edited.emit()
