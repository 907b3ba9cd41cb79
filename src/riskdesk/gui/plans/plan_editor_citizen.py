"""The people side of a plan: the mentor (one of the case's mentor courses, or a name
typed for a plan without one), the citizen's own view, the parents' view for a minor, and
whether the citizen agrees with the plan. Edits go to the :class:`PlanDraft`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import AGREEMENT_LABELS, CitizenAgreement
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.mentor_course import MentorCourseLine
from riskdesk.domain.plan_draft import PlanDraft

CITIZEN_KEYS = (
    "mentor_course_id",
    "mentor",
    "citizen_view",
    "parents_view",
    "agreement",
    "agreement_note",
)


class CitizenSection(QWidget):
    """Shows and edits :data:`CITIZEN_KEYS` of :meth:`bind`'s draft; :attr:`changed`
    fires after each edit. The parents' view is shown when the draft asks for it."""

    changed = Signal()

    def __init__(
        self,
        *,
        language: Language,
        courses: Sequence[MentorCourseLine] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._courses = {line.course.id: line for line in courses}
        self._draft: PlanDraft | None = None
        self.problem_labels: dict[str, QLabel] = {}
        self.cells: dict[str, QWidget] = {}
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        # Spare height goes below the form, not between its rows.
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.course_combo = QComboBox()
        self.course_combo.addItem(self.tr("No mentor course (name the mentor below)"), None)
        for line in courses:
            course = line.course
            period = (
                dmy(course.started_on) + "–" + (dmy(course.ended_on) if course.ended_on else "")
            )
            self.course_combo.addItem(f"{line.mentor_name}, {period}", course.id)
        self.course_combo.currentIndexChanged.connect(self._course_chosen)
        self._add("mentor_course_id", self.tr("Mentor &course:"), self.course_combo)
        self.mentor_edit = QLineEdit()
        self.mentor_edit.setPlaceholderText(self.tr("Name of the mentor, if there is one"))
        self.mentor_edit.textChanged.connect(lambda text: self._edit(mentor=text))
        self._add("mentor", self.tr("&Mentor:"), self.mentor_edit)
        self.citizen_view_edit = self._text_edit(lambda text: self._edit(citizen_view=text))
        self._add("citizen_view", self.tr("The &citizen's view:"), self.citizen_view_edit)
        self.parents_view_edit = self._text_edit(lambda text: self._edit(parents_view=text))
        self._add("parents_view", self.tr("The &parents' view:"), self.parents_view_edit)

        self.agreement_group = QButtonGroup(self)
        self.agreement_buttons: dict[CitizenAgreement, QRadioButton] = {}
        agreement = QWidget()
        agreement_layout = QVBoxLayout(agreement)
        agreement_layout.setContentsMargins(0, 0, 0, 0)
        for choice in CitizenAgreement:
            button = QRadioButton(AGREEMENT_LABELS[choice].text(language))
            self.agreement_group.addButton(button)
            self.agreement_buttons[choice] = button
            agreement_layout.addWidget(button)
            button.toggled.connect(
                lambda checked, choice=choice: self._agreement_toggled(choice, checked)
            )
        self._add("agreement", self.tr("A&greement:"), agreement)
        self.agreement_note_edit = self._text_edit(
            lambda text: self._edit(agreement_note=text), height=56
        )
        self._add("agreement_note", self.tr("&Note on agreement:"), self.agreement_note_edit)

    def _text_edit(self, edited: Callable[[str], object], height: int = 80) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(lambda: edited(edit.toPlainText()))
        return edit

    def _add(self, key: str, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        problem = QLabel()
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.hide()
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(problem)
        self.form.addRow(label, cell)
        self.problem_labels[key] = problem
        self.cells[key] = cell

    def bind(self, draft: PlanDraft) -> None:
        self._draft = None
        details = draft.details
        self.course_combo.setCurrentIndex(
            max(0, self.course_combo.findData(details.mentor_course_id))
        )
        self.mentor_edit.setText(details.mentor)
        self.mentor_edit.setEnabled(details.mentor_course_id is None)
        self.citizen_view_edit.setPlainText(details.citizen_view)
        self.parents_view_edit.setPlainText(details.parents_view)
        self.agreement_group.setExclusive(False)
        for choice, button in self.agreement_buttons.items():
            button.setChecked(details.agreement is choice)
        self.agreement_group.setExclusive(True)
        self.agreement_note_edit.setPlainText(details.agreement_note)
        self.form.setRowVisible(self.cells["parents_view"], draft.asks_parents_view)
        self._draft = draft

    def parents_view_shown(self) -> bool:
        return self.form.isRowVisible(self.cells["parents_view"])

    def clear(self) -> None:
        self._draft = None
        self.course_combo.setCurrentIndex(0)
        self.mentor_edit.clear()
        for edit in (self.citizen_view_edit, self.parents_view_edit, self.agreement_note_edit):
            edit.clear()

    def _course_chosen(self) -> None:
        # The linked course names the mentor; the typed name is for a plan without one.
        line = self._courses.get(self.course_combo.currentData())
        self.mentor_edit.setEnabled(line is None)
        if line is None:
            self._edit(mentor_course_id=None)
        else:
            self.mentor_edit.setText(line.mentor_name)
            self._edit(mentor_course_id=line.course.id, mentor=line.mentor_name)

    def _agreement_toggled(self, choice: CitizenAgreement, checked: bool) -> None:
        if checked:
            self._edit(agreement=choice)

    def _edit(self, **changes: object) -> None:
        # Filling the fields from the draft (no draft bound yet) is not an edit.
        if self._draft is None:
            return
        self._draft.edit_details(**changes)
        self.changed.emit()
