"""One plan version under review: the assessment's overrides and the plan's checklist at
the top, the plan beside its last approved version with every difference marked, the
comments, and what the user may do with it (approve, return, submit again, export the
approved document)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.changes import Changes
from riskdesk.domain.ids import PlanId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import (
    REVIEW_STATUS_LABELS,
    CommentTarget,
    PlanReviewState,
    ReviewStatus,
    may_write_plans,
)
from riskdesk.domain.problems import Problem
from riskdesk.domain.user import Role
from riskdesk.gui.live.elsewhere import changed_elsewhere
from riskdesk.gui.operations import Operation, read_now, redraw_on_changes, run_op
from riskdesk.gui.review.approve_plan_dialog import ApprovePlanDialog
from riskdesk.gui.review.return_plan_dialog import ReturnPlanDialog
from riskdesk.gui.review.review_checklist_frame import ReviewChecklistFrame
from riskdesk.gui.review.review_comments_panel import ReviewCommentsPanel
from riskdesk.gui.review.review_overrides_frame import ReviewOverridesFrame
from riskdesk.gui.review.review_plans_panel import ReviewPlansPanel
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.screen_fit import resize_within_screen
from riskdesk.gui.widgets.shown_times import dmy_hm
from riskdesk.services.document_export import DocumentKind

if TYPE_CHECKING:
    from datetime import date

    from riskdesk.services.desk import Desk


class ReviewDialog(QDialog):
    """Reads everything through ``desk.review`` (and the person through ``desk.cases``);
    the constructor raises what they raise (such as ``NotFound``) when the version cannot
    be read. Every step runs as an operation and the dialog redraws from the changes it
    reports, like every other window. Approve and Return are only there for a supervisor;
    with assessment overrides, Approve waits for the overrides' confirm box."""

    def __init__(
        self,
        *,
        desk: Desk,
        plan_id: PlanId,
        language: Language,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        # Read first: a refused read must not leave a half-built dialog in ``parent``.
        view = desk.review.view(plan_id)
        state, plan, last_approved = view.state, view.plan, view.last_approved
        comments, overrides, diff = view.comments, view.overrides, view.diff
        super().__init__(parent)
        self._desk = desk
        self._plan_id = plan_id
        self._language = language
        self._today = today
        self.state: PlanReviewState = state
        self.plan = plan
        self.is_supervisor = desk.user.role is Role.SUPERVISOR
        self.setObjectName("ReviewDialog")
        self.setWindowTitle(
            self.tr("Review of the action plan – case %1, version %2")
            .replace("%1", self.state.case_number)
            .replace("%2", str(self.state.version))
        )

        self.heading = QLabel(
            self.tr("Action plan of %1 (case %2), version %3")
            .replace("%1", view.person_name)
            .replace("%2", self.state.case_number)
            .replace("%3", str(self.state.version))
        )
        self.heading.setObjectName("heading")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Review status"))

        self.overrides_frame = ReviewOverridesFrame(overrides=overrides, language=language)
        self.checklist = ReviewChecklistFrame(completeness=view.completeness, language=language)
        self.overrides_frame.confirm_box.toggled.connect(lambda _on: self._update())
        self.plans = ReviewPlansPanel(
            plan=self.plan,
            version=self.state.version,
            diff=diff,
            last_approved=last_approved,
            language=language,
            today=today,
        )
        self.plans.target_chosen.connect(self._target_chosen)

        self.comments = ReviewCommentsPanel(
            desk=desk, plan_id=plan_id, plan=self.plan, comments=comments, language=language
        )
        comments_box = QWidget()
        comments_layout = QVBoxLayout(comments_box)
        comments_layout.setContentsMargins(0, 4, 0, 0)
        self.comments_heading = QLabel()
        self.comments_heading.setObjectName("sectionHeading")
        comments_layout.addWidget(self.comments_heading)
        comments_layout.addWidget(self.comments, 1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.plans)
        body.addWidget(comments_box)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setSizes([460, 190])

        self.problem_label = ProblemLine(language=language)

        buttons = QDialogButtonBox()
        self.approve_button = self._button(buttons, self.tr("A&pprove…"), self.approve)
        self.return_button = self._button(
            buttons, self.tr("&Return with comment…"), self.return_plan
        )
        self.submit_button = self._button(buttons, self.tr("Su&bmit for review"), self.submit)
        self.export_button = self._button(
            buttons, self.tr("E&xport approved document…"), self.export_approved
        )
        self.export_button.setToolTip(
            self.tr("Save the document stored when this version was approved, unchanged")
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.overrides_frame)
        layout.addWidget(self.checklist)
        layout.addWidget(body, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        resize_within_screen(self, 1150, 720)
        self._update()
        redraw_on_changes(self, self._redraw)

    def _button(self, box: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ----- state --------------------------------------------------------------------

    @property
    def plan_id(self) -> PlanId:
        return self._plan_id

    def _update(self) -> None:
        state = self.state
        status = REVIEW_STATUS_LABELS[state.status].text(self._language)
        parts = [self.tr("Status: %1").replace("%1", status)]
        parts.append(self.tr("written by %1").replace("%1", state.created_by))
        if state.submitted_at is not None:
            parts.append(
                self.tr("submitted %1 by %2")
                .replace("%1", dmy_hm(state.submitted_at))
                .replace("%2", state.submitted_by or "")
            )
        if state.reviewed_at is not None and state.reviewed_by is not None:
            parts.append(
                self.tr("reviewed %1 by %2")
                .replace("%1", dmy_hm(state.reviewed_at))
                .replace("%2", state.reviewed_by)
            )
        if not state.is_current:
            parts.append(self.tr("a newer version exists"))
        self.status_label.setText(" · ".join(parts))
        self.comments_heading.setText(
            self.tr("Comments (%1 open of %2)")
            .replace("%1", str(self.comments.open_count))
            .replace("%2", str(len(self.comments.comments)))
        )

        reviewable = state.status is ReviewStatus.SUBMITTED and state.is_current
        confirmed = self.overrides_frame.confirmed
        self.approve_button.setVisible(self.is_supervisor)
        self.return_button.setVisible(self.is_supervisor)
        # Approving would be refused: the plan goes back to be completed instead.
        complete = self.checklist.complete
        self.approve_button.setEnabled(reviewable and confirmed and complete)
        if not complete:
            tip = self.tr(
                "The plan lacks what the checklist above names; return it to be completed"
            )
        elif not confirmed:
            tip = self.tr("Confirm the assessment's overrides above before approving")
        else:
            tip = ""
        self.approve_button.setToolTip(tip)
        self.return_button.setEnabled(reviewable)
        self.overrides_frame.confirm_box.setVisible(self.is_supervisor and reviewable)
        self.submit_button.setVisible(
            may_write_plans(self._desk.user)
            and state.is_current
            and state.status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED)
        )
        self.export_button.setVisible(state.status is ReviewStatus.APPROVED)

    def _reload(self) -> None:
        desk, plan_id = self._desk, self._plan_id
        state = read_now(self, lambda: desk.review.state(plan_id))
        if state is not None:
            self.state = state
            self._update()

    def _redraw(self, changes: Changes, initiator: object) -> None:
        if changed_elsewhere(initiator, (self.state.case_id,)):
            return
        # Another window (or user) may have moved this version on, so every change to
        # plans or comments is read again, not only the steps taken here.
        if changes.plans or changes.comments:
            if self._took_step(initiator):
                # What was refused before is stale once a step taken here succeeded.
                self.problem_label.clear()
            self.comments.refresh()
            self._reload()

    def _took_step(self, initiator: object) -> bool:
        """Whether ``initiator`` is this dialog or a widget or dialog inside it."""
        widget = initiator if isinstance(initiator, QWidget) else None
        while widget is not None and widget is not self:
            widget = widget.parentWidget()
        return widget is self

    def _target_chosen(self, target: CommentTarget | None) -> None:
        self.comments.set_target(target)

    # ----- actions ------------------------------------------------------------------

    def approve(self) -> ApprovePlanDialog | None:
        """Ask for the supervisor's password; approving happens in that dialog."""
        if not self.approve_button.isEnabled():
            return None
        desk, plan_id, today = self._desk, self._plan_id, self._today
        dialog = ApprovePlanDialog(
            approve=lambda password: desk.review.approve(plan_id, password, today=today),
            plan_text=self.tr("version %1 of the plan for case %2")
            .replace("%1", str(self.state.version))
            .replace("%2", self.state.case_number),
            language=self._language,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A refusal may mean the version moved on meanwhile: read its state again.
        dialog.finished.connect(lambda _result: self._reload())
        dialog.open()
        return dialog

    def return_plan(self) -> ReturnPlanDialog | None:
        if not self.return_button.isEnabled():
            return None
        desk, plan_id = self._desk, self._plan_id
        dialog = ReturnPlanDialog(
            return_plan=lambda text, target: desk.review.return_plan(plan_id, text, target=target),
            plan=self.plan,
            target=self.comments.current_target(),
            language=self._language,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def submit(self) -> Operation:
        desk, plan_id = self._desk, self._plan_id
        return run_op(
            self,
            lambda: desk.review.submit(plan_id),
            label=self.tr("Submitting the action plan…"),
        )

    def export_approved(self, *, folder: Path | None = None) -> DocumentExportDialog | None:
        """The export dialog for the document frozen at approval, saved byte for byte (so
        there is no PDF option: a PDF would be a new rendering)."""
        if self.state.status is not ReviewStatus.APPROVED:
            return None
        desk, plan_id = self._desk, self._plan_id
        dialog = read_now(
            self,
            lambda: DocumentExportDialog(
                desk=desk,
                kind=DocumentKind.FROZEN_PLAN,
                record_id=plan_id,
                language=self._language,
                title=self.tr("Export the approved action plan"),
                folder=folder,
                parent=self,
            ),
        )
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A refused step or read of this dialog or its comments: nothing here has
        fields of its own, so every problem is listed under the plan."""
        self.problem_label.show_problems(problems)
