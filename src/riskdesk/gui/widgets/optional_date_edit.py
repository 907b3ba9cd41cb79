"""A date that may be left out: a date field beside an explicit "No date" box."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

DATE_FORMAT = "dd.MM.yyyy"
"""How a date field shows and takes a date: the Danish ``dd.mm.åååå``."""

# Shown in the disabled date field while there is no date; never read back as a date.
_NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QWidget):
    """:meth:`value` is a ``date`` or None. Ticking "No date" empties the value; unticking
    it brings back the last date shown (today at first), so a date is never set just by
    moving through the form with Tab."""

    changed = Signal()

    def __init__(self, *, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setMinimumWidth(120)
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("no date"))
        self.date_edit.setAccessibleName(accessible_name)
        self.none_box = QCheckBox(self.tr("No date"))
        self.none_box.setAccessibleName(self.tr("No date: %1").replace("%1", accessible_name))
        self._last = QDate.currentDate()
        self.date_edit.setDate(self._last)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.none_box.toggled.connect(self._none_toggled)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.none_box)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.set_value(None)

    def value(self) -> date | None:
        if self.none_box.isChecked():
            return None
        return _python_date(self.date_edit.date())

    def set_value(self, value: date | None) -> None:
        self.none_box.blockSignals(True)
        self.date_edit.blockSignals(True)
        self.none_box.setChecked(value is None)
        if value is not None:
            self._last = QDate(value)
        self.date_edit.setDate(_NO_DATE if value is None else self._last)
        self.date_edit.setEnabled(value is not None)
        self.date_edit.blockSignals(False)
        self.none_box.blockSignals(False)
        self.changed.emit()

    def _none_toggled(self, none: bool) -> None:
        self.set_value(None if none else _python_date(self._last))

    def _date_changed(self, value: QDate) -> None:
        if value != _NO_DATE:
            self._last = value
        self.changed.emit()


def _python_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
