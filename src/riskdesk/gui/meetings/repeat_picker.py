"""How a new meeting repeats: not at all, every N weeks until a date, or on dates typed
one after another. Offered only while the meeting is new: a stored meeting's series is
made already."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from riskdesk.domain.meeting_series import MAX_WEEKS, parse_dates

_ONCE, _WEEKLY, _DATES = 0, 1, 2


class RepeatPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_box = QComboBox()
        self.mode_box.addItems(
            [self.tr("Does not repeat"), self.tr("Every … weeks"), self.tr("On these dates")]
        )
        self.mode_box.setAccessibleName(self.tr("Repeat"))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, MAX_WEEKS)
        self.weeks_spin.setValue(2)
        self.weeks_spin.setAccessibleName(self.tr("Every how many weeks"))
        self.until_label = QLabel(self.tr("until"))
        self.until_edit = QDateEdit(QDate.currentDate().addMonths(6))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("dd.MM.yyyy")
        self.until_edit.setAccessibleName(self.tr("Last meeting of the series"))
        self.until_label.setBuddy(self.until_edit)
        self.dates_edit = QLineEdit()
        self.dates_edit.setAccessibleName(self.tr("Dates of the following meetings"))
        self.dates_edit.setPlaceholderText(self.tr("e.g. 03.02.2027, 03.03.2027"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode_box)
        layout.addWidget(self.weeks_spin)
        layout.addWidget(self.until_label)
        layout.addWidget(self.until_edit)
        layout.addWidget(self.dates_edit, 1)
        layout.addStretch(0)
        self.mode_box.currentIndexChanged.connect(self._show_mode)
        self._show_mode()

    def reset(self) -> None:
        self.mode_box.setCurrentIndex(_ONCE)
        self.dates_edit.clear()

    def arguments(self) -> dict[str, Any] | None:
        """``save_series``'s arguments, or None for a single meeting. Raises
        :class:`UserInputError` on ``dates`` for a date typed wrong."""
        mode = self.mode_box.currentIndex()
        if mode == _WEEKLY:
            until = self.until_edit.date()
            return {
                "every_weeks": self.weeks_spin.value(),
                "until": date(until.year(), until.month(), until.day()),
            }
        if mode == _DATES:
            return {"dates": parse_dates(self.dates_edit.text())}
        return None

    def _show_mode(self) -> None:
        mode = self.mode_box.currentIndex()
        for widget in (self.weeks_spin, self.until_label, self.until_edit):
            widget.setVisible(mode == _WEEKLY)
        self.dates_edit.setVisible(mode == _DATES)
