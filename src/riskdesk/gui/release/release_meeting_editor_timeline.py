"""The release timeline: each milestone's deadline counted back from the release date,
marked done, overdue or upcoming."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.release_progress import (
    MILESTONE_STATE_LABELS,
    MilestoneState,
    TimelineEntry,
)
from riskdesk.domain.release_timeline import MILESTONE_LABELS

MILESTONE, DUE, STATE = range(3)

# Dark enough to read on white; the state is also written out, never colour alone.
_STATE_COLOURS = {
    MilestoneState.DONE: QColor("#2b6a2f"),
    MilestoneState.OVERDUE: QColor("#a4161a"),
    MilestoneState.UPCOMING: QColor("#3a4a58"),
}
_STATE_MARKS = {
    MilestoneState.DONE: "✓",
    MilestoneState.OVERDUE: "⚠",
    MilestoneState.UPCOMING: "○",
}


class TimelineView(QWidget):
    """Read-only: the page hands it the entries from the release-meeting service."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Milestone"), self.tr("Deadline"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Release timeline"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(MILESTONE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.empty_label = QLabel(self.tr("Enter the expected release date to see the deadlines."))
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        self.set_entries(())

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.tree.clear()
        for entry in entries:
            state = MILESTONE_STATE_LABELS[entry.state].text(self._language)
            item = QTreeWidgetItem(
                [
                    MILESTONE_LABELS[entry.milestone].text(self._language),
                    entry.due.isoformat(),
                    f"{_STATE_MARKS[entry.state]} {state}",
                ]
            )
            brush = QBrush(_STATE_COLOURS[entry.state])
            for column in (MILESTONE, DUE, STATE):
                item.setForeground(column, brush)
                item.setToolTip(column, item.text(MILESTONE))
            if entry.state is MilestoneState.OVERDUE:
                bold = QFont(item.font(STATE))
                bold.setBold(True)
                item.setFont(STATE, bold)
            self.tree.addTopLevelItem(item)
        self.empty_label.setVisible(not entries)

    def states(self) -> list[tuple[str, str]]:
        """What each row says (deadline and state), for tests and screen readers alike."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [(item.text(DUE), item.text(STATE)) for item in items if item is not None]
