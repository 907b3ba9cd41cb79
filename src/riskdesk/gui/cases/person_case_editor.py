"""Create a person with a first case, or edit a person and one of their cases."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case import STATUS_LABELS, Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.person import CprAlreadyFiled, Person
from riskdesk.domain.person_case_form import CASE, PERSON, PersonCaseForm
from riskdesk.domain.problems import Problem
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.user import Role
from riskdesk.gui.access_insight.access_insight_dialog import AccessInsightDialog
from riskdesk.gui.cases.close_case_dialog import CloseCaseDialog
from riskdesk.gui.cases.journal_panel import JournalPanel
from riskdesk.gui.cases.mentor_course_panel import MentorCoursePanel
from riskdesk.gui.cases.person_case_closing import close_case, reopen_case
from riskdesk.gui.cases.person_case_fields import CaseFields, Input, PersonFields
from riskdesk.gui.cases.person_case_reload import offer_reload
from riskdesk.gui.operations import Operation, read_now, run_op
from riskdesk.gui.widgets.form_cells import action_button
from riskdesk.gui.widgets.height_fit import fit_height
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

__all__ = ["CASE", "PERSON", "PersonCaseEditor"]


class PersonCaseEditor(QDialog):
    """Edits one person and one case (a :class:`PersonCaseForm`) and saves both through
    the desk, off the UI thread.

    ``case_id=None`` creates a new person with a case; otherwise the constructor reads
    the case and its person, so it raises what ``desk.cases.get`` raises. Problems are
    shown beside their fields and listed at the top; the form keeps everything typed.
    :attr:`saved` carries the case id after every successful save, close or reopening.
    """

    saved = Signal(int)

    def __init__(
        self,
        *,
        desk: Desk,
        language: Language,
        case_id: int | None = None,
        parent: QWidget | None = None,
        create: Callable[..., tuple[Person, Case]] | None = None,
    ) -> None:
        # Read first: a refused read must not leave a half-built dialog in ``parent``.
        stored = desk.cases.with_person(CaseId(case_id)) if case_id is not None else None
        levels, postal_codes = desk.levels, desk.cases.postal_codes
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._saving: Operation | None = None
        # ``create`` files a new person and case another way (a concern escalated).
        self._create = create or desk.cases.create_person_with_case
        self._levels = levels
        self._postal_codes = postal_codes
        if stored is None:
            self.form = self._new_form(desk.user.username)
        else:
            self.form = self._existing_form(*stored)
        self.setObjectName("PersonCaseEditor")
        self.setMinimumWidth(1000)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.case_info = QLabel()
        self.case_info.setObjectName("hint")
        self.message_label = ProblemLine(language=language)
        # Offered when the CPR number is another person's: that person's case.
        self.open_existing_button = QPushButton()
        self.open_existing_button.setObjectName("openExistingCase")
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self.open_existing_case)
        self._existing_case: CaseId | None = None

        self.person_fields = PersonFields(self.form, language)
        self.case_fields = CaseFields(self.form, language)
        self.guardians_editor = self.person_fields.guardians_editor
        self.level_combo = self.case_fields.level_combo
        for fields in (self.person_fields, self.case_fields):
            fields.edited.connect(self._edited)
        columns = QHBoxLayout()
        columns.addWidget(self.person_fields, 1)
        columns.addWidget(self.case_fields, 1)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.close_case_button = action_button(buttons, self.tr("Close case…"), self._close_case)
        self.close_case_button.setAccessibleName(self.tr("Close the case"))
        self.reopen_case_button = action_button(buttons, self.tr("Reopen case"), self._reopen_case)
        self.access_insight_button = action_button(
            buttons, self.tr("Access &insight…"), self._show_access_insight
        )
        self.access_insight_button.setToolTip(
            self.tr("Who looked at or changed this person's data, and when")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.case_info)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.message_label, 1)
        problem_row.addWidget(self.open_existing_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(problem_row)
        layout.addLayout(columns, 1)
        self.journal_panel = JournalPanel(desk=desk, language=language, parent=self)
        layout.addWidget(self.journal_panel)
        self.mentor_course_panel = MentorCoursePanel(desk=desk, language=language, parent=self)
        layout.addWidget(self.mentor_course_panel)
        layout.addWidget(buttons)

        self.person_fields.load()
        self.case_fields.load()
        self._guardians_shown = self.form.shows_guardians
        self._show_state()
        self._show_stored_problems()
        self.field(PERSON, "name").setFocus()

    def _new_form(self, caseworker: str) -> PersonCaseForm:
        return PersonCaseForm.new(
            levels=self._levels,
            caseworker=caseworker,
            today=date.today(),
            postal_codes=self._postal_codes,
        )

    def _existing_form(self, person: Person, case: Case) -> PersonCaseForm:
        return PersonCaseForm.existing(
            levels=self._levels,
            person=person,
            case=case,
            today=date.today(),
            postal_codes=self._postal_codes,
        )

    def _show_stored_problems(self) -> None:
        """What a stored person holds that today's rules refuse (a phone number saved
        before numbers were checked, say), shown at once beside its field: it must be
        corrected before the next save."""
        if not self.form.is_new:
            problems = self.form.problems()
            if problems:
                self._show_located(problems, focus=False)

    # ----- access -------------------------------------------------------------------

    def field(self, part: str, key: str) -> Input:
        return self._fields_of(part).inputs[key]

    def problem_label(self, part: str, key: str) -> QLabel:
        return self._fields_of(part).problem_labels[key]

    def inputs(self) -> dict[tuple[str, str], Input]:
        return {
            (part, key): field
            for part in (PERSON, CASE)
            for key, field in self._fields_of(part).inputs.items()
        }

    def _fields_of(self, part: str) -> PersonFields | CaseFields:
        return self.person_fields if part == PERSON else self.case_fields

    # ----- showing the form ----------------------------------------------------------

    def _show_state(self) -> None:
        """Title, heading, case line and buttons as the form stands."""
        form = self.form
        stored = form.stored_person
        if form.is_new or stored is None:
            title = self.tr("New person and case")
            self.heading.setText(title)
            self.case_info.setText(self.tr("The case number is given when the case is saved."))
        else:
            title = self.tr("Person and case")
            self.heading.setText(stored.name)
            case = form.stored_case
            assert case is not None
            self.case_info.setText(
                self.tr("Case %1 · %2 · caseworker %3")
                .replace("%1", case.case_number)
                .replace("%2", STATUS_LABELS[case.status].text(self._language))
                .replace("%3", case.caseworker)
            )
        # "[*]" is where Qt puts the mark of unsaved changes.
        self.setWindowTitle(f"{title}[*]")
        self.setWindowModified(form.dirty)
        # Closing, reopening and the access insight are about a stored person and case.
        self.close_case_button.setVisible(not form.is_new)
        self.close_case_button.setEnabled(form.can_close)
        self.reopen_case_button.setVisible(not form.is_new and form.can_reopen)
        self.access_insight_button.setVisible(not form.is_new and form.person_id is not None)
        # A mentor sees the case and its courses, not its journal (domain/mentor_access.py).
        mentor = self._desk.user.role is Role.MENTOR
        self.journal_panel.show_case(None if form.is_new or mentor else form.case_id)
        self.mentor_course_panel.show_case(None if form.is_new else form.case_id)
        if mentor:  # who reads the case: the services refuse their save, close or insight
            for button in (self.save_button, self.close_case_button, self.access_insight_button):
                button.hide()
            self.reopen_case_button.hide()

    def _edited(self) -> None:
        self.setWindowModified(self.form.dirty)
        if self.form.shows_guardians != self._guardians_shown:
            self._guardians_shown = self.form.shows_guardians
            fit_height(self)

    # ----- saving, closing, reopening -------------------------------------------------

    def save(self) -> None:
        """Check the form, then save it in an operation; problems are shown here."""
        if self._saving is not None:
            return
        self._clear_problems()
        problems = self.form.problems()
        if problems:
            self._show_located(problems)
            return
        form, desk = self.form, self._desk
        person, case = form.person_data(), form.case_data()
        person_id, case_id, create = form.person_id, form.case_id, self._create
        versions = form.loaded_versions
        if person_id is None or case_id is None:
            self._saving = run_op(
                self,
                lambda: create(person=person, case=case),
                self._saved,
                on_refused=self._refused,
            )
        elif form.dirty:
            self._saving = run_op(
                self,
                lambda: desk.cases.update_person_and_case(
                    case_id, person=person, case=case, **versions
                ),
                self._saved,
                on_refused=self._refused,
            )
        else:
            self._finished(case_id)
            return
        self.save_button.setEnabled(False)
        self._saving.finished.connect(self._save_ended)

    def _saved(self, stored: tuple[Person, Case]) -> None:
        person, case = stored
        self.form.saved(person, case)
        assert case.id is not None
        self._finished(case.id)

    def _refused(self, refusal: Refusal) -> None:
        self.show_problems(refusal.problems)
        if isinstance(refusal, StaleRecord):
            offer_reload(self, refusal, self._language)
        if isinstance(refusal, CprAlreadyFiled) and refusal.case_id is not None:
            self._existing_case = refusal.case_id
            self.open_existing_button.setText(
                self.tr("Open case %1 instead").replace("%1", refusal.case_number or "")
            )
            self.open_existing_button.show()

    def open_existing_case(self) -> None:
        """Leave what was typed and edit the case the refused CPR number belongs to."""
        if self._existing_case is not None:
            self.reload(self._existing_case)

    def reload(self, case_id: CaseId) -> bool:
        """Show the case and its person as stored now, dropping what was typed."""
        desk = self._desk
        stored = read_now(self, lambda: desk.cases.with_person(case_id))
        if stored is None:
            return False
        self._clear_problems()
        self.form = self._existing_form(*stored)
        for fields in (self.person_fields, self.case_fields):
            fields.bind(self.form)
        self._guardians_shown = self.form.shows_guardians
        self._show_state()
        self._show_stored_problems()
        fit_height(self)
        self.field(PERSON, "name").setFocus()
        return True

    def _finished(self, case_id: CaseId) -> None:
        self.saved.emit(int(case_id))
        self.accept()

    def _save_ended(self) -> None:
        self._saving = None
        self.save_button.setEnabled(True)

    def _close_case(self) -> None:
        close_case(self, self._desk, self._language, changed=self._case_changed)

    def _reopen_case(self) -> None:
        reopen_case(self, self._desk, changed=self._case_changed, refused=self._refused)

    def _case_changed(self, case: Case) -> None:
        self.form.case_changed(case)
        self._show_state()
        assert case.id is not None
        self.saved.emit(int(case.id))

    def _show_access_insight(self) -> None:
        person_id = self.form.person_id
        if person_id is not None:
            AccessInsightDialog.open_for(
                self, desk=self._desk, language=self._language, person_id=person_id
            )

    # ----- problems -----------------------------------------------------------------

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A refusal of a save: its problems as the services reported them."""
        self._clear_problems()
        self._show_located(self.form.located(problems))

    def _show_located(self, problems: Sequence[Problem], *, focus: bool = True) -> None:
        shown = [
            self._fields_of(part).show_problems(
                [Problem(p.path[1:], p.message) for p in problems if p.under(part)]
            )
            for part in (PERSON, CASE)
        ]
        self.message_label.show_problems(problems)
        fit_height(self)
        first = next((field for field in shown if field is not None), None)
        if first is not None and focus:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_problems(self) -> None:
        self._existing_case = None
        self.open_existing_button.hide()
        self.message_label.clear()
        self.person_fields.clear_problems()
        self.case_fields.clear_problems()

    # ----- locking ------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget everything shown or typed, before the desk locks."""
        for dialog in self.findChildren(CloseCaseDialog):
            dialog.wipe()
            dialog.reject()
        self.journal_panel.wipe()
        self.mentor_course_panel.wipe()
        self.form = self._new_form("")
        for fields in (self.person_fields, self.case_fields):
            fields.bind(self.form)
        for label in (self.heading, self.case_info, self.message_label):
            label.clear()
        self._clear_problems()
        self._show_state()
