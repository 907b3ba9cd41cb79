"""The release timeline: each milestone of Kriminalforsorgen's Køreplan and of the unit's
own practice, who owns it, its deadline, and whether it is done (on time or late),
overdue or upcoming; the next milestone above. The prison's milestones are marked reached
here, with their day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting_editor import MARKABLE
from riskdesk.domain.release_progress import (
    MILESTONE_STATE_LABELS,
    MilestoneState,
    TimelineEntry,
    next_milestone,
)
from riskdesk.domain.release_timeline import MILESTONE_LABELS, SOURCE_LABELS, Milestone

MILESTONE, SOURCE, OWNER, DUE, STATE = range(5)
_MILESTONE_ROLE = Qt.ItemDataRole.UserRole

# Dark enough to read on white; the state is also written out, never colour alone.
_STATE_COLOURS = {
    MilestoneState.DONE: QColor("#2b6a2f"),
    MilestoneState.DONE_LATE: QColor("#8a5a00"),
    MilestoneState.OVERDUE: QColor("#a4161a"),
    MilestoneState.UPCOMING: QColor("#3a4a58"),
}
_STATE_MARKS = {
    MilestoneState.DONE: "✓",
    MilestoneState.DONE_LATE: "✓!",
    MilestoneState.OVERDUE: "⚠",
    MilestoneState.UPCOMING: "○",
}


class TimelineView(QWidget):
    """The page hands it the entries (from the editor, which follows every keystroke),
    and places :attr:`next_label`, the next milestone and who owns it, where every tab
    shows it.
    :attr:`reached_changed` ``(milestone, day or None)`` asks to mark a prison milestone
    reached on that day, or not reached."""

    reached_changed = Signal(object, object)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._entries: tuple[TimelineEntry, ...] = ()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next milestone"))
        # A table, not a tree: a table's rows grow to show a long milestone wrapped in
        # its column, where a tree's rows keep one line and cut it off.
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Milestone"),
                self.tr("Source"),
                self.tr("Owner"),
                self.tr("Deadline"),
                self.tr("State"),
            ]
        )
        self.table.setAccessibleName(self.tr("Release timeline"))
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MILESTONE, QHeaderView.ResizeMode.Stretch)
        for column in (SOURCE, OWNER, DUE, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty_label = QLabel(
            self.tr("Enter the admission and the expected release to see the deadlines.")
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.reached_date = QDateEdit()
        self.reached_date.setCalendarPopup(True)
        self.reached_date.setDisplayFormat("dd.MM.yyyy")
        self.reached_date.setAccessibleName(self.tr("Day reached"))
        self.reached_date.setDate(QDate.currentDate())
        self.mark_button = QPushButton(self.tr("&Mark reached"))
        self.mark_button.setToolTip(
            self.tr("The prison's milestones are marked here when Kriminalforsorgen says so")
        )
        self.mark_button.clicked.connect(self._mark)
        self.unmark_button = QPushButton(self.tr("Not reached"))
        self.unmark_button.clicked.connect(self._unmark)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reached_date)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.unmark_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_entries(())

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        keep = self._current_milestone()
        self._entries = tuple(entries)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            texts = (
                MILESTONE_LABELS[entry.milestone].text(self._language),
                SOURCE_LABELS[entry.source].text(self._language),
                RESPONSIBLE_LABELS[entry.owner].text(self._language),
                dmy(entry.due),
                self._state_text(entry),
            )
            brush = QBrush(_STATE_COLOURS[entry.state])
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setForeground(brush)
                item.setToolTip(texts[MILESTONE])
                self.table.setItem(row, column, item)
            self._item(row, MILESTONE).setData(_MILESTONE_ROLE, entry.milestone.value)
            if entry.state is MilestoneState.OVERDUE:
                state = self._item(row, STATE)
                bold = QFont(state.font())
                bold.setBold(True)
                state.setFont(bold)
            if entry.milestone == keep:
                self.table.setCurrentCell(row, MILESTONE)
        self.empty_label.setVisible(not self._entries)
        self._show_next()
        self._update_buttons()

    def states(self) -> list[tuple[str, str]]:
        """What each row says (deadline and state), for tests and screen readers alike."""
        rows = range(self.table.rowCount())
        return [(self._item(row, DUE).text(), self._item(row, STATE).text()) for row in rows]

    def select(self, milestone: Milestone) -> None:
        for row in range(self.table.rowCount()):
            if self._item(row, MILESTONE).data(_MILESTONE_ROLE) == milestone.value:
                self.table.setCurrentCell(row, MILESTONE)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _state_text(self, entry: TimelineEntry) -> str:
        state = MILESTONE_STATE_LABELS[entry.state].text(self._language)
        text = f"{_STATE_MARKS[entry.state]} {state}"
        if entry.done_on is not None:
            text += f" ({dmy(entry.done_on)})"
        return text

    def _show_next(self) -> None:
        upcoming = next_milestone(self._entries)
        if upcoming is None:
            self.next_label.setText(self.tr("Every milestone is reached.") if self._entries else "")
            return
        self.next_label.setText(
            self.tr("Next: %1 by %2 – %3")
            .replace("%1", MILESTONE_LABELS[upcoming.milestone].text(self._language))
            .replace("%2", dmy(upcoming.due))
            .replace("%3", RESPONSIBLE_LABELS[upcoming.owner].text(self._language))
        )

    def _current_milestone(self) -> Milestone | None:
        row = self.table.currentRow()
        value = self._item(row, MILESTONE).data(_MILESTONE_ROLE) if row >= 0 else None
        return Milestone(value) if isinstance(value, str) else None

    def _update_buttons(self) -> None:
        milestone = self._current_milestone()
        markable = milestone in MARKABLE
        entry = next((e for e in self._entries if e.milestone == milestone), None)
        self.mark_button.setEnabled(markable)
        self.reached_date.setEnabled(markable)
        self.unmark_button.setEnabled(markable and entry is not None and entry.done)

    def _mark(self) -> None:
        milestone = self._current_milestone()
        if milestone in MARKABLE:
            day: date = self.reached_date.date().toPython()  # type: ignore[assignment]
            self.reached_changed.emit(milestone, day)

    def _unmark(self) -> None:
        milestone = self._current_milestone()
        if milestone in MARKABLE:
            self.reached_changed.emit(milestone, None)
