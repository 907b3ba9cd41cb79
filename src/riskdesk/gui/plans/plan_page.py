"""The action plan of the case chosen in the case list: its version and sharing, goals and
actions with late ones marked, the next follow-up, and the ways to change or export it.
The page redraws itself after any operation that changed plans, cases, persons,
assessments, review comments or meetings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.case import Case
from riskdesk.domain.changes import Changes
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_completeness import MissingItem, PlanIncomplete
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.live.elsewhere import changed_elsewhere
from riskdesk.gui.operations import read_now, redraw_on_changes
from riskdesk.gui.plans.meeting_decisions_label import MeetingDecisionsLabel
from riskdesk.gui.plans.plan_editor import PlanEditor
from riskdesk.gui.plans.plan_review_bar import PlanReviewBar
from riskdesk.gui.plans.plan_shared_dialog import PlanSharedDialog
from riskdesk.gui.plans.plan_status_label import PlanStatusLabel
from riskdesk.gui.plans.plan_versions_dialog import PlanVersionsDialog
from riskdesk.gui.plans.plan_view import PlanView
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.services.document_export import DocumentKind

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class PlanPage(QWidget):
    """Shows the plan of one case (:meth:`show_case`). Its buttons sit in
    :attr:`actions_layout`, so more (such as review) can be added beside them.
    :attr:`status_message` carries what an export saved, for the status bar."""

    status_message = Signal(str)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self._case: Case | None = None
        self._plan: ActionPlan | None = None
        self.today = date.today()

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.status_label = PlanStatusLabel()
        self.message_label = ProblemLine(language=language)
        # What a refused submission said the plan lacks, for the editor to open at.
        self.missing: tuple[MissingItem, ...] = ()
        self.first_missing_button = self._button(
            self.tr("&Go to the first missing item…"), self.go_to_first_missing
        )
        self.first_missing_button.setToolTip(
            self.tr("Open the plan in the editor at the first thing it lacks")
        )
        self.view = PlanView(language=language)
        self.view.tree.activated.connect(lambda _index: self.edit_plan())
        # What SSP and other meetings decided about the case, beside the plan it shapes.
        self.decisions_label = MeetingDecisionsLabel(language=language)

        self.create_button = self._button(self.tr("&Create plan…"), self.edit_plan)
        self.create_button.setToolTip(
            self.tr("Start a plan from the goals the assessment suggests")
        )
        self.edit_button = self._button(self.tr("&Edit plan…"), self.edit_plan)
        self.share_button = self._button(self.tr("&Mark as shared…"), self.mark_shared)
        self.versions_button = self._button(self.tr("&Versions…"), self.show_versions)
        self.export_button = self._button(self.tr("E&xport…"), self.export_plan)
        self.export_button.setToolTip(self.tr("Save the plan as a Word document (not encrypted)"))
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        # Supervisor review (issue 5): status, submit and the review dialog on a line of
        # their own above the plan's buttons.
        self.review_bar = PlanReviewBar(language=language)
        self.review_bar.submit_refused.connect(self._submit_refused)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.addWidget(self.hint_label, 1)
        for button in (
            self.create_button,
            self.edit_button,
            self.share_button,
            self.versions_button,
            self.export_button,
        ):
            self.actions_layout.addWidget(button)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.first_missing_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addLayout(message_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.decisions_label)
        layout.addWidget(self.review_bar)
        layout.addLayout(self.actions_layout)
        self.clear()
        redraw_on_changes(self, self._redraw)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def title(self) -> str:
        return self.tr("Action plan")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk

    def clear(self) -> None:
        self._desk = None
        self.clear_case()

    # ----- showing ------------------------------------------------------------------

    @property
    def case_id(self) -> CaseId | None:
        return self._case.id if self._case is not None else None

    @property
    def plan(self) -> ActionPlan | None:
        return self._plan

    def show_case(self, case_id: int | None) -> None:
        """Show the plan of ``case_id`` (None: no case chosen)."""
        if self._desk is None:
            return
        if case_id is None:
            self.clear_case()
            return
        self._show(CaseId(case_id))

    def _show(self, case_id: CaseId) -> None:
        # One use case reads all the page shows: heading, plan, review and decisions.
        desk = self._desk
        if desk is None:
            return
        shown = read_now(self, lambda: desk.plans.overview(case_id))
        if shown is None:
            return
        self._case = shown.case
        self.heading.setText(
            self.tr("Action plan of %1 (case %2)")
            .replace("%1", shown.person.name)
            .replace("%2", shown.case.case_number)
        )
        self._plan = shown.plan
        self._clear_message()
        if self._plan is None:
            self.view.clear()
            self.view.show_placeholder(
                self.tr("No action plan yet. Create plan… starts from the suggested goals.")
            )
            self.hint_label.setText(
                self.tr("Create plan starts from the goals the newest final assessment suggests.")
            )
        else:
            self.view.show_plan(self._plan, today=self.today)
            self.hint_label.setText(self.tr("Enter on a row edits the plan."))
        self.status_label.show_plan(self._plan, today=self.today)
        self.review_bar.show_review(desk, shown.review, shown.comments, today=self.today)
        self._update_buttons()
        self.decisions_label.show_decisions(shown.decisions)

    def clear_case(self) -> None:
        self._case = None
        self._plan = None
        self.view.clear()
        self.heading.setText(self.tr("Action plan"))
        self.status_label.clear()
        self.hint_label.setText(
            self.tr("Choose a case in the case list; its action plan is shown here.")
        )
        self._clear_message()
        self.review_bar.clear()
        self.decisions_label.clear()
        self._update_buttons()

    def _redraw(self, changes: Changes, initiator: object) -> None:
        # A hidden page is not redrawn: showing it again always shows the chosen case.
        if self._case is None or not self.isVisible():
            return
        if changed_elsewhere(initiator, (self._case.id,), person_id=self._case.person_id):
            return
        if (
            changes.cases
            or changes.persons
            or changes.plans
            or changes.comments
            or changes.assessments
            or changes.meetings
        ):
            self.refresh()

    def refresh(self) -> None:
        if self.case_id is not None:
            self._show(self.case_id)

    def _update_buttons(self) -> None:
        has_case = self._desk is not None and self._case is not None
        has_plan = has_case and self._plan is not None
        self.create_button.setVisible(has_case and self._plan is None)
        self.edit_button.setVisible(not (has_case and self._plan is None))
        # A submitted version is the supervisor's to read, not the caseworker's to change.
        state = self.review_bar.state
        under_review = has_plan and state is not None and state.status is ReviewStatus.SUBMITTED
        self.edit_button.setEnabled(has_plan and not under_review)
        self.edit_button.setToolTip(
            self.tr("The plan waits for the supervisor's review and cannot be changed now.")
            if under_review
            else ""
        )
        # Handing out a version the supervisor may still return would hand out the wrong one.
        self.share_button.setEnabled(
            has_plan and self._plan is not None and not self._plan.shared and not under_review
        )
        self.share_button.setToolTip(
            self.tr(
                "The plan waits for the supervisor's review; mark it as shared once it is "
                "approved or returned."
            )
            if under_review
            else self.tr(
                "Record that this version was handed out; later changes make a new version"
            )
        )
        self.versions_button.setEnabled(has_plan)
        self.export_button.setEnabled(has_plan)

    # ----- actions ------------------------------------------------------------------

    def edit_plan(self) -> PlanEditor | None:
        """Open the editor on the shown case's plan (a new plan when it has none)."""
        desk, case_id = self._desk, self.case_id
        if desk is None or case_id is None:
            self.message_label.show_texts([self.tr("Choose a case in the case list first.")])
            return None
        return self._open(
            lambda: PlanEditor(
                desk=desk,
                case_id=case_id,
                language=self._language,
                today=self.today,
                parent=self.window(),
            )
        )

    def mark_shared(self) -> PlanSharedDialog | None:
        desk, case_id, plan = self._desk, self.case_id, self._plan
        if desk is None or case_id is None or plan is None:
            return None
        return self._open(
            lambda: PlanSharedDialog(
                marker=lambda on: desk.plans.mark_shared(case_id, on),
                version=plan.version,
                language=self._language,
                parent=self.window(),
            )
        )

    def show_versions(self) -> PlanVersionsDialog | None:
        desk, case_id = self._desk, self.case_id
        if desk is None or case_id is None:
            return None
        return self._open(
            lambda: PlanVersionsDialog(
                versions=desk.plans.versions(case_id),
                language=self._language,
                today=self.today,
                parent=self.window(),
            )
        )

    def export_plan(self, *, folder: Path | None = None) -> DocumentExportDialog | None:
        """Open the export dialog for the shown plan (``folder``: where it starts)."""
        desk, case_id = self._desk, self.case_id
        if desk is None or case_id is None or self._plan is None:
            return None
        dialog = self._open(
            lambda: DocumentExportDialog(
                desk=desk,
                kind=DocumentKind.PLAN,
                record_id=case_id,
                language=self._language,
                title=self.tr("Export the action plan"),
                folder=folder,
                parent=self.window(),
            )
        )
        if dialog is not None:
            dialog.document_exported.connect(
                lambda _exported: self.status_message.emit(dialog.result_text())
            )
        return dialog

    def _open[D: QDialog](self, make: Callable[[], D]) -> D | None:
        """Make and open a dialog that is deleted when closed; a refusal met while
        reading what it shows is shown on the page instead."""
        dialog = read_now(self, make)
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def go_to_first_missing(self) -> PlanEditor | None:
        """Open the editor with what the last refused submission said the plan lacks,
        beside each field, at the first of them."""
        missing = self.missing
        editor = self.edit_plan()
        if editor is not None and missing:
            editor.show_missing(missing)
        return editor

    def _submit_refused(self, refusal: Refusal) -> None:
        if not isinstance(refusal, PlanIncomplete):
            self.show_problems(refusal.problems)
            return
        headline = refusal.message.text(self._language)
        items = "\n".join(f"• {item.message.text(self._language)}" for item in refusal.missing)
        self.message_label.show_texts([f"{headline}\n{items}"])
        self.missing = refusal.missing
        self.first_missing_button.setVisible(bool(self.missing))

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.missing = ()
        self.first_missing_button.hide()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A refused read or step of this page (none of them has a field here)."""
        self.missing = ()
        self.first_missing_button.hide()
        self.message_label.show_problems(problems)
