"""A person's assessments: start one, continue a draft, view or correct a final one, and
compare two."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.changes import Changes
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.assessment.assessment_table_model import AssessmentTableModel, Column
from riskdesk.gui.assessment.assessment_wizard import AssessmentWizard
from riskdesk.gui.assessment.instrument_title import instrument_title
from riskdesk.gui.assessment.reassessment_view import ReassessmentView
from riskdesk.gui.live.elsewhere import changed_elsewhere
from riskdesk.gui.operations import Operation, read_now, redraw_on_changes, run_op
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class AssessmentsPage(QWidget):
    """Shows the assessments of the person of one case (:meth:`show_case`) and redraws
    when assessments changed, keeping the selected one. A new assessment is tied to that
    case, so finalising it sets the case's level.

    While a wizard opened from here is open, the list waits and is read once after the
    wizard closes, behind the wizard's last save: a read between two autosaves would
    keep the audit log from folding one editing session's saves into one event."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self._case_id: CaseId | None = None
        self._person_id: PersonId | None = None
        self._open_wizards = 0
        self._closing_read: Operation | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.message_label = ProblemLine(language=language)

        self.model = AssessmentTableModel(language=language, parent=self)
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Assessments"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Two rows may be chosen (Shift/Ctrl with the arrows or the mouse) to compare them.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        # A person has a handful of assessments: each column fits its contents, and the
        # instrument's title takes the rest.
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.INSTRUMENT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

        self.new_button = QPushButton(self.tr("&New assessment"))
        self.new_button.setToolTip(self.tr("New assessment for this person (Ctrl+Shift+A)"))
        self.new_button.clicked.connect(self.new_assessment)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Continue a draft, or view a final assessment"))
        self.open_button.setAccessibleName(self.tr("Open the selected assessment"))
        self.open_button.clicked.connect(self._open_current)
        self.correct_button = QPushButton(self.tr("Co&rrect…"))
        self.correct_button.setToolTip(self.tr("Start a correction of the final assessment"))
        self.correct_button.setAccessibleName(self.tr("Correct the selected assessment"))
        self.correct_button.clicked.connect(self._correct_current)
        self.compare_button = QPushButton(self.tr("Co&mpare"))
        self.compare_button.setToolTip(
            self.tr("Compare the two selected assessments, or the selected one with the one before")
        )
        self.compare_button.setAccessibleName(self.tr("Compare assessments"))
        self.compare_button.clicked.connect(self._compare_selected)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        for button in (
            self.new_button,
            self.open_button,
            self.correct_button,
            self.compare_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.clear()
        redraw_on_changes(self, self._redraw)

    def title(self) -> str:
        return self.tr("Assessments")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self.model.set_level_name(lambda n: desk.levels.get(n).name.text(self._language))
        self.model.set_instrument_title(
            lambda draft: instrument_title(
                desk.assessments.catalogue.registry, draft, self._language
            )
        )

    def clear(self) -> None:
        self._desk = None
        self._case_id = self._person_id = None
        self.model.clear()
        self.model.set_level_name(str)
        self.model.set_instrument_title(lambda draft: draft.instrument_ref)
        self.heading.setText(self.tr("Assessments"))
        self.hint_label.setText(
            self.tr("Choose a case in the case list; its person's assessments are shown here.")
        )
        self.message_label.clear()
        self._update_buttons()

    # ----- showing ------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        """Show the assessments of the person of ``case_id`` (None: no case chosen)."""
        if self._desk is None:
            return
        if case_id is None:
            self.clear_case()
            return
        desk = self._desk
        # One use case: the heading's case and person, and the person's assessments.
        shown = read_now(self, lambda: desk.assessments.for_case(CaseId(case_id)))
        if shown is None:
            return
        person, case = shown.person, shown.case
        self._case_id, self._person_id = case.id, person.id
        self.heading.setText(
            self.tr("Assessments of %1 (case %2)")
            .replace("%1", person.name)
            .replace("%2", case.case_number)
        )
        self.hint_label.setText(
            self.tr("Enter opens; select two with Shift or Ctrl to compare them.")
        )
        self._show_rows(list(shown.records), None)

    def clear_case(self) -> None:
        self._case_id = self._person_id = None
        self.model.clear()
        self.heading.setText(self.tr("Assessments"))
        self._update_buttons()

    def _redraw(self, changes: Changes, initiator: object) -> None:
        # Hidden, the page is drawn again by show_case when it is shown.
        if not changes.assessments or not self.isVisible():
            return
        if changed_elsewhere(initiator, (self._case_id,), person_id=self._person_id):
            return
        if self._open_wizards or self._closing_read is not None:
            return
        current = self.selected_records()
        self.refresh(select=int(current[0].id) if len(current) == 1 else None)

    def refresh(self, select: int | None = None) -> None:
        desk, person_id = self._desk, self._person_id
        if desk is None or person_id is None:
            return
        rows = read_now(self, lambda: desk.assessments.for_person(person_id))
        if rows is not None:
            self._show_rows(rows, select)

    def _show_rows(self, rows: list[AssessmentRecord], select: int | None) -> None:
        self.message_label.clear()
        self.model.set_rows(rows)
        if select is not None:
            self.select_assessment(select)
        elif rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def select_assessment(self, assessment_id: int) -> bool:
        """Whether the list shows it (it is then the current row)."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == assessment_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ----- actions ------------------------------------------------------------------

    def new_assessment(self) -> Operation | None:
        """Start a draft for the shown case's person and open it in the wizard."""
        if self._desk is None or self._person_id is None:
            self.message_label.show_texts([self.tr("Choose a case in the case list first.")])
            return None
        desk, person_id, case_id = self._desk, self._person_id, self._case_id
        return run_op(
            self,
            lambda: desk.assessments.start(person_id=person_id, case_id=case_id),
            self._started,
        )

    def _started(self, record: AssessmentRecord) -> None:
        # The changes were broadcast before this callback, so a shown list has it already.
        if not self.select_assessment(int(record.id)):
            self.refresh(select=int(record.id))
        self.open_assessment(record)

    def open_assessment(self, record: AssessmentRecord) -> AssessmentWizard | None:
        desk = self._desk
        if desk is None:
            return None
        wizard = read_now(
            self,
            lambda: AssessmentWizard(
                desk=desk, record=record, language=self._language, parent=self.window()
            ),
        )
        if wizard is None:
            return None
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result, i=int(record.id): self._wizard_closed(i))
        self._open_wizards += 1
        wizard.open()
        return wizard

    def _wizard_closed(self, assessment_id: int) -> None:
        self._open_wizards -= 1
        desk, person_id = self._desk, self._person_id
        if desk is None or person_id is None or self._closing_read is not None:
            return
        # An operation, so it runs after the save the wizard started as it closed.
        self._closing_read = run_op(
            self,
            lambda: desk.assessments.for_person(person_id),
            lambda rows: self._show_read(rows, desk, assessment_id),
        )
        self._closing_read.finished.connect(self._closing_read_done)

    def _show_read(self, rows: list[AssessmentRecord], desk: Desk, assessment_id: int) -> None:
        # The wizard also closes when the desk locks; the page is cleared by then.
        if self._desk is desk:
            self._show_rows(rows, assessment_id)

    def _closing_read_done(self) -> None:
        self._closing_read = None

    def selected_records(self) -> list[AssessmentRecord]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.record(row) for row in rows]

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_assessment(self.model.record(row))

    def _correct_current(self) -> Operation | None:
        records = self.selected_records()
        if self._desk is None or len(records) != 1:
            return None
        desk, assessment_id = self._desk, records[0].id
        return run_op(self, lambda: desk.assessments.start_correction(assessment_id), self._started)

    def compare_pair(self) -> tuple[AssessmentRecord, AssessmentRecord] | None:
        """The two selected assessments, or the selected one and the one before it; older
        first (by date, then by when it was made)."""
        records = self.selected_records()
        if len(records) == 1:
            row = next(
                r for r in range(self.model.rowCount()) if self.model.record(r) is records[0]
            )
            # Newest first: the one before it is the next row down.
            if row + 1 >= self.model.rowCount():
                return None
            records.append(self.model.record(row + 1))
        if len(records) != 2:
            return None
        older, newer = sorted(records, key=lambda r: (r.draft.assessment_date, r.created_at))
        return older, newer

    def _compare_selected(self) -> ReassessmentView | None:
        pair = self.compare_pair()
        if self._desk is None or pair is None:
            return None
        older, newer = pair
        desk = self._desk
        comparison = read_now(self, lambda: desk.assessments.compare(older.id, newer.id))
        if comparison is None:
            return None
        view = ReassessmentView(
            comparison=comparison,
            older=older,
            newer=newer,
            registry=desk.assessments.catalogue.registry,
            language=self._language,
            parent=self.window(),
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open()
        return view

    def _update_buttons(self) -> None:
        has_person = self._person_id is not None and self._desk is not None
        records = self.selected_records() if has_person else []
        single = records[0] if len(records) == 1 else None
        self.new_button.setEnabled(has_person)
        self.open_button.setEnabled(single is not None)
        self.correct_button.setEnabled(
            single is not None and single.is_final and single.corrected_by is None
        )
        self.compare_button.setEnabled(has_person and self.compare_pair() is not None)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A refused read, start or correction: none of its problems has a field here."""
        self.message_label.show_problems(problems)
