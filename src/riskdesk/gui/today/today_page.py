"""The start page, "I dag": the logged-in user's day in sections — actions due, follow-ups,
release deadlines, plans returned or waiting, meetings ahead, reassessments and cases
without a plan. Enter or a double-click opens what a line names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.changes import Changes
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.today import SECTION_TITLES, Section, Today, TodayLine
from riskdesk.gui.backup.backup_warning import BackupWarning
from riskdesk.gui.operations import read_now, redraw_on_changes
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_LINE_ROLE = Qt.ItemDataRole.UserRole
_OVERDUE = QBrush(QColor("#a4161a"))


class TodayTree(QTreeWidget):
    """Sections with their lines; Enter on a line asks to open it."""

    line_chosen = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            line = item.data(0, _LINE_ROLE) if item is not None else None
            if isinstance(line, TodayLine):
                self.line_chosen.emit(line)
                return
        super().keyPressEvent(event)


class TodayPage(QWidget):
    """:attr:`open_requested` carries the :class:`TodayLine` the user chose; the main
    window opens the page or dialog it names."""

    open_requested = Signal(object)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self.today_is = date.today
        self.shown: Today | None = None

        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("heading")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("hint")
        self.message_label = ProblemLine(language=language)
        self.backup_warning = BackupWarning(language=language)
        self.tree = TodayTree()
        self.tree.setObjectName("todayTree")
        self.tree.setAccessibleName(self.tr("Today's work"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("When")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.line_chosen.connect(self.open_requested)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.hint_label = QLabel(self.tr("Enter or a double-click opens what a line names."))
        self.hint_label.setObjectName("hint")

        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.backup_warning)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        redraw_on_changes(self, self._redraw)

    # ----- the page protocol --------------------------------------------------------

    def title(self) -> str:
        return self.tr("Today")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        # Read only as the window's current page (the main window reads it when it is
        # chosen): unlocking onto another page, a coordinator with 10,000 open cases
        # waited a second for this one off screen.
        if self.isVisibleTo(self.window()):
            self.refresh()

    def clear(self) -> None:
        self._desk = None
        self.shown = None
        self.tree.clear()
        self.summary_label.clear()
        self.message_label.clear()
        self.backup_warning.clear()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)

    # ----- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        desk = self._desk
        if desk is None:
            return
        day = self.today_is()
        shown = read_now(self, lambda: desk.today.view(today=day))
        if shown is None:
            return
        self.message_label.clear()
        self.backup_warning.show_for(desk)
        self.shown = shown
        self._fill(shown, day)

    def _redraw(self, changes: Changes, _initiator: object) -> None:
        # Hidden, the page is read again when it is shown (the main window refreshes it).
        if self._desk is None or not self.isVisible():
            return
        if (
            changes.plans
            or changes.comments
            or changes.cases
            or changes.assessments
            or changes.release_meetings
            or changes.meetings
            or changes.journal
            or changes.outcomes
        ):
            self.refresh()

    def _fill(self, shown: Today, day: date) -> None:
        keep = self._current_line()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in Section:
            lines = shown.section(section)
            if not lines:
                continue
            more = shown.more.get(section, 0)
            shown_count = (
                self.tr("%1 of %2")
                .replace("%1", str(len(lines)))
                .replace("%2", str(len(lines) + more))
                if more
                else str(len(lines))
            )
            header = QTreeWidgetItem(
                [f"{SECTION_TITLES[section].text(self._language)} ({shown_count})", ""]
            )
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(header)
            for line in lines:
                item = QTreeWidgetItem([line.text.text(self._language), _when(line)])
                item.setData(0, _LINE_ROLE, line)
                item.setToolTip(0, line.text.text(self._language))
                if line.overdue:
                    item.setForeground(0, _OVERDUE)
                    item.setForeground(1, _OVERDUE)
                self.tree.addTopLevelItem(item)
                if line == keep:
                    self.tree.setCurrentItem(item)
            if more:
                rest = QTreeWidgetItem(
                    [
                        self.tr("… and %1 more after these.").replace("%1", str(more)),
                        "",
                    ]
                )
                rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
                rest.setForeground(0, QBrush(self.palette().placeholderText().color()))
                self.tree.addTopLevelItem(rest)
        count = shown.total
        self.summary_label.setText(
            self.tr("%1 things for today, %2.").replace("%1", str(count)).replace("%2", dmy(day))
            if count
            else self.tr("Nothing due today, %1.").replace("%1", dmy(day))
        )

    def _current_line(self) -> TodayLine | None:
        item = self.tree.currentItem()
        line = item.data(0, _LINE_ROLE) if item is not None else None
        return line if isinstance(line, TodayLine) else None

    def _activated(self, item: QTreeWidgetItem) -> None:
        line = item.data(0, _LINE_ROLE)
        if isinstance(line, TodayLine):
            self.open_requested.emit(line)

    def lines(self) -> list[TodayLine]:
        """The lines as shown, top to bottom (for the keyboard and tests)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            line = item.data(0, _LINE_ROLE) if item is not None else None
            if isinstance(line, TodayLine):
                found.append(line)
        return found


def _when(line: TodayLine) -> str:
    return dmy(line.when) if line.when is not None else ""
