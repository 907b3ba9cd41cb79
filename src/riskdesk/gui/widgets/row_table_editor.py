"""A table of rows the user adds and removes under it, each row one item of a list in
the domain (participants, decisions). Every row is read back, an empty one too, so that
the row numbers in validation problems match what the user sees."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


class RowTableEditor(QWidget):
    """``table`` with ``add_button`` and ``remove_button`` in ``buttons`` below it.
    A subclass names its columns and buttons with :meth:`_set_texts` (after this
    ``__init__``, so its own ``tr()`` context is used), adds a row's cell widgets after
    :meth:`_insert_row` and then calls :meth:`_row_added`. ``first_column`` is where the
    cursor goes on a new or wrong row."""

    changed = Signal()

    def __init__(self, *, first_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_column = first_column
        self.table = QTableWidget()
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self.changed)

        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton()
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

    def _set_texts(
        self, *, headers: Sequence[str], accessible_name: str, add_text: str, remove_text: str
    ) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(accessible_name)
        self.add_button.setText(add_text)
        self.remove_button.setText(remove_text)

    def add_row(self) -> int:
        raise NotImplementedError

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def mark_problem(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, self._first_column)
            self.table.setFocus()

    def clear(self) -> None:
        self.table.setRowCount(0)

    def combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def _insert_row(self, texts: Mapping[int, str]) -> int:
        """A new last row with ``texts`` in their columns, without a change signal."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in texts.items():
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        return row

    def _row_added(self, row: int, *, new: bool) -> int:
        """A row the user added gets the cursor and counts as a change; a loaded one not."""
        # The header sized its columns when the row was inserted, before its choices
        # were in it: a column sized to its contents is measured again now.
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            if header.sectionResizeMode(column) is QHeaderView.ResizeMode.ResizeToContents:
                self.table.resizeColumnToContents(column)
        if new:
            self.table.setCurrentCell(row, self._first_column)
            self.changed.emit()
        return row
