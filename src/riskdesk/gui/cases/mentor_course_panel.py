"""The case's mentor courses on the case page: the active course and how long it has
run, the earlier ones below it, and starting or ending a course. A mentor user sees the
panel for their own courses and may end them; starting one is a caseworker's."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
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
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.mentor_course import (
    END_REASON_LABELS,
    REOFFENDED_LABELS,
    MentorCourseLine,
    Reoffended,
)
from riskdesk.domain.problems import Problem
from riskdesk.domain.user import Role
from riskdesk.gui.cases.mentor_course_dialogs import (
    EndMentorCourseDialog,
    StartMentorCourseDialog,
)
from riskdesk.gui.live.elsewhere import changed_elsewhere
from riskdesk.gui.operations import read_now, redraw_on_changes
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_LINE_ROLE = Qt.ItemDataRole.UserRole
_VISIBLE_ROWS = 3


class MentorCoursePanel(QWidget):
    """Shows the courses of the case given to :meth:`show_case`, and redraws itself when
    courses or cases change."""

    def __init__(self, *, desk: Desk, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._case_id: CaseId | None = None
        self.lines: list[MentorCourseLine] = []

        heading = QLabel(self.tr("Mentor course"))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.active_label = QLabel()
        self.active_label.setObjectName("mentorCourseActive")
        self.active_label.setWordWrap(True)
        self.message_label = ProblemLine(language=language)
        self.tree = QTreeWidget()
        self.tree.setObjectName("mentorCourseTree")
        self.tree.setAccessibleName(self.tr("Mentor courses, newest first"))
        self.tree.setHeaderLabels(
            [
                self.tr("Mentor"),
                self.tr("Start"),
                self.tr("Planned end"),
                self.tr("End"),
                self.tr("Reason"),
                self.tr("Reoffended"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.hide()
        self.tree.currentItemChanged.connect(self._show_buttons)

        self.start_button = QPushButton(self.tr("Start mentor course…"))
        self.end_button = QPushButton(self.tr("End mentor course…"))
        for button, slot in (
            (self.start_button, self.start_course),
            (self.end_button, self.end_course),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        self.start_button.setVisible(desk.user.role is not Role.MENTOR)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.active_label, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tree)
        redraw_on_changes(self, self._redraw)
        self.hide()

    def show_case(self, case_id: CaseId | None) -> None:
        """Show the courses of ``case_id`` (None: a new case, nothing to show yet)."""
        self.setVisible(case_id is not None)
        if case_id != self._case_id:
            self._case_id = case_id
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        desk, case_id = self._desk, self._case_id
        self.tree.clear()
        self.lines = []
        if case_id is None:
            return
        lines = read_now(self, lambda: desk.mentor_courses.for_case(case_id))
        if lines is None:
            return
        self.message_label.clear()
        self.lines = lines
        for line in lines:
            item = QTreeWidgetItem(self._cells(line))
            item.setData(0, _LINE_ROLE, line)
            if line.course.note:
                item.setToolTip(0, line.course.note)
            self.tree.addTopLevelItem(item)
        self.active_label.setText(self._active_text(today or date.today()))
        # Most cases have no course: the list takes room only for the courses there are,
        # so the case page still fits a small screen.
        row = self.tree.fontMetrics().height() + 8
        self.tree.setFixedHeight(row * (min(len(lines), _VISIBLE_ROWS) + 1) + 4)
        self.tree.setVisible(bool(lines))
        active = next((i for i, line in enumerate(lines) if line.course.active), None)
        current = self.tree.topLevelItem(active) if active is not None else None
        if current is not None:
            self.tree.setCurrentItem(current)
        self._show_buttons()

    def _cells(self, line: MentorCourseLine) -> list[str]:
        course, lang = line.course, self._language
        reoffended = REOFFENDED_LABELS[course.reoffended].text(lang)
        if course.reoffended is Reoffended.YES and course.reoffended_on is not None:
            reoffended = f"{reoffended} ({dmy(course.reoffended_on)})"
        return [
            line.mentor_name,
            dmy(course.started_on),
            dmy(course.planned_end) if course.planned_end else "",
            dmy(course.ended_on) if course.ended_on else self.tr("running"),
            END_REASON_LABELS[course.end_reason].text(lang) if course.end_reason else "",
            reoffended,
        ]

    def _active_text(self, today: date) -> str:
        active = [line for line in self.lines if line.course.active]
        if not active:
            if not self.lines:
                return self.tr("No mentor course.")
            return self.tr("No active course.")
        return " · ".join(self._running_text(line, today) for line in active)

    def _running_text(self, line: MentorCourseLine, today: date) -> str:
        months = line.course.months_run(today)
        text = (
            self.tr("%1 since %2 (1 month)")
            if months == 1
            else self.tr("%1 since %2 (%3 months)").replace("%3", str(months))
        )
        return text.replace("%1", line.mentor_name).replace("%2", dmy(line.course.started_on))

    def selected(self) -> MentorCourseLine | None:
        item = self.tree.currentItem()
        line = item.data(0, _LINE_ROLE) if item is not None else None
        return line if isinstance(line, MentorCourseLine) else None

    def _show_buttons(self) -> None:
        line = self.selected()
        mine = self._desk.user.role is not Role.MENTOR or (
            line is not None and line.course.mentor_username == self._desk.user.username
        )
        self.end_button.setEnabled(line is not None and line.course.active and mine)

    def _redraw(self, changes: Changes, initiator: object) -> None:
        if changed_elsewhere(initiator, (self._case_id,)):
            return
        if self._case_id is not None and (changes.mentor_courses or changes.cases):
            self.refresh()

    # ----- actions ----------------------------------------------------------------------

    def start_course(self) -> StartMentorCourseDialog | None:
        desk, case_id = self._desk, self._case_id
        if case_id is None:
            return None
        mentors = read_now(self, desk.mentor_courses.mentors)
        if mentors is None:
            return None
        dialog = StartMentorCourseDialog(
            desk=desk, case_id=case_id, mentors=mentors, language=self._language, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def end_course(self) -> EndMentorCourseDialog | None:
        line = self.selected()
        if line is None or line.course.id is None or not line.course.active:
            return None
        dialog = EndMentorCourseDialog(
            desk=self._desk,
            course_id=line.course.id,
            mentor_name=line.mentor_name,
            language=self._language,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)

    def wipe(self) -> None:
        """Forget what is shown, and anything typed in an open dialog, before locking."""
        dialogs = self.findChildren(StartMentorCourseDialog) + self.findChildren(
            EndMentorCourseDialog
        )
        for dialog in dialogs:
            dialog.wipe()
            dialog.reject()
        self._case_id = None
        self.tree.clear()
        self.tree.hide()
        self.lines = []
        self.active_label.clear()
        self.message_label.clear()
