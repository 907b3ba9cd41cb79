"""Starting and ending a mentor course from the case page. The start dialog offers the
users with the mentor role, or a named external mentor; the end dialog asks why it
ended and whether the young person reoffended during it. A refusal is shown in the
dialog beside what was typed, which is kept."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.mentor_course import (
    END_REASON_LABELS,
    REOFFENDED_LABELS,
    MentorCourseId,
    Reoffended,
)
from riskdesk.domain.problems import Problem
from riskdesk.gui.operations import run_op
from riskdesk.gui.widgets.optional_date_edit import DATE_FORMAT, OptionalDateEdit
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.domain.user import User
    from riskdesk.services.desk import Desk

_EXTERNAL = ""
"""The mentor choice that means someone outside RiskDesk, named in the line below it."""
_PLANNED_MONTHS = 10
"""The seed's typical course: the planned end offered at first."""


def _date_edit(accessible_name: str, day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setAccessibleName(accessible_name)
    return edit


def _python_date(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class _CourseDialog(QDialog):
    def __init__(self, *, desk: Desk, language: Language, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self.setMinimumWidth(560)
        self.message_label = ProblemLine(language=language)
        self.form = QFormLayout()
        self._fields_by_name: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

    def _row(self, text: str, field: QWidget, *names: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)
        for name in names:
            self._fields_by_name[name] = field

    def _finish_layout(self, save_text: str) -> None:
        self.save_button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, write: Any) -> None:
        self.message_label.clear()
        self.save_button.setEnabled(False)
        run_op(self, write, lambda _: self.accept()).finished.connect(
            lambda: self.save_button.setEnabled(True)
        )

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)
        for problem in problems:
            field = self._fields_by_name.get(str(problem.path[0]) if problem.path else "")
            if field is not None:
                field.setFocus()
                break

    def wipe(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.clear()


class StartMentorCourseDialog(_CourseDialog):
    def __init__(
        self,
        *,
        desk: Desk,
        case_id: CaseId,
        mentors: Sequence[User],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk=desk, language=language, parent=parent)
        self._case_id = case_id
        self.setWindowTitle(self.tr("Start mentor course"))
        self.mentor_combo = QComboBox()
        self.mentor_combo.setAccessibleName(self.tr("Mentor"))
        for mentor in mentors:
            self.mentor_combo.addItem(mentor.display_name, mentor.username)
        self.mentor_combo.addItem(self.tr("External mentor (write the name below)"), _EXTERNAL)
        self.external_edit = QLineEdit()
        self.external_edit.setAccessibleName(self.tr("External mentor"))
        self.external_edit.setPlaceholderText(self.tr("Name of a mentor outside RiskDesk"))
        today = QDate.currentDate()
        self.start_edit = _date_edit(self.tr("Start date"), today)
        self.planned_edit = OptionalDateEdit(accessible_name=self.tr("Planned end"))
        self._planned_by_hand = False
        self._setting_plan = False
        self._plan_from_start()
        self.start_edit.dateChanged.connect(self._plan_from_start)
        self.planned_edit.changed.connect(self._planned_edited)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self._row(self.tr("&Mentor:"), self.mentor_combo, "mentor", "mentor_username")
        self._row(self.tr("E&xternal mentor:"), self.external_edit, "external_mentor")
        self._row(self.tr("&Start:"), self.start_edit, "started_on")
        self._row(self.tr("&Planned end:"), self.planned_edit, "planned_end")
        self._row(self.tr("N&ote:"), self.note_edit, "note")
        self._finish_layout(self.tr("Start course"))
        self.mentor_combo.currentIndexChanged.connect(self._mentor_chosen)
        self._mentor_chosen()

    def _plan_from_start(self) -> None:
        # The planned end follows the start until the user chooses one themselves.
        if self._planned_by_hand:
            return
        planned = self.start_edit.date().addMonths(_PLANNED_MONTHS)
        self._setting_plan = True
        self.planned_edit.set_value(date(planned.year(), planned.month(), planned.day()))
        self._setting_plan = False

    def _planned_edited(self) -> None:
        if not self._setting_plan:
            self._planned_by_hand = True

    def _mentor_chosen(self) -> None:
        self.external_edit.setEnabled(self.mentor_combo.currentData() == _EXTERNAL)

    def values(self) -> dict[str, Any]:
        username = self.mentor_combo.currentData()
        return {
            "mentor_username": username or None,
            "external_mentor": self.external_edit.text() if not username else "",
            "started_on": _python_date(self.start_edit),
            "planned_end": self.planned_edit.value(),
            "note": self.note_edit.text(),
        }

    def save(self) -> None:
        desk, case_id, values = self._desk, self._case_id, self.values()
        self._run(lambda: desk.mentor_courses.start(case_id, **values))


class EndMentorCourseDialog(_CourseDialog):
    def __init__(
        self,
        *,
        desk: Desk,
        course_id: MentorCourseId,
        mentor_name: str,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk=desk, language=language, parent=parent)
        self._course_id = course_id
        self.setWindowTitle(self.tr("End mentor course"))
        self.mentor_label = QLabel(mentor_name)
        self.end_edit = _date_edit(self.tr("End date"), QDate.currentDate())
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Reason for ending"))
        for reason, label in END_REASON_LABELS.items():
            self.reason_combo.addItem(label.text(language), reason.value)
        self.reoffended_combo = QComboBox()
        self.reoffended_combo.setAccessibleName(self.tr("Reoffended during the course"))
        for answer, label in REOFFENDED_LABELS.items():
            self.reoffended_combo.addItem(label.text(language), answer.value)
        self.reoffended_combo.setCurrentIndex(
            self.reoffended_combo.findData(Reoffended.UNKNOWN.value)
        )
        self.reoffended_edit = OptionalDateEdit(accessible_name=self.tr("Date of reoffending"))
        self.reoffended_edit.set_value(None)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self._row(self.tr("Mentor:"), self.mentor_label)
        self._row(self.tr("&End date:"), self.end_edit, "ended_on")
        self._row(self.tr("&Reason:"), self.reason_combo, "end_reason")
        self._row(self.tr("Re&offended during the course:"), self.reoffended_combo, "reoffended")
        self._row(self.tr("&Date of reoffending:"), self.reoffended_edit, "reoffended_on")
        self._row(self.tr("N&ote:"), self.note_edit, "note")
        self._finish_layout(self.tr("End course"))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "ended_on": _python_date(self.end_edit),
            "reason": self.reason_combo.currentData(),
            "reoffended": self.reoffended_combo.currentData(),
            "reoffended_on": self.reoffended_edit.value(),
        }
        if self.note_edit.text():
            values["note"] = self.note_edit.text()
        return values

    def save(self) -> None:
        desk, course_id, values = self._desk, self._course_id, self.values()
        self._run(lambda: desk.mentor_courses.end(course_id, **values))
