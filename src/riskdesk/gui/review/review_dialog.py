"""One plan version under review: the assessment's overrides at the top, the plan beside
its last approved version with every difference marked, the comments, and what the user
may do with it (approve, return, submit again, export the approved document)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.ids import PlanId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_diff import DIFF_FIELD_LABELS, PlanDiff
from riskdesk.domain.plan_review import (
    REVIEW_STATUS_LABELS,
    AssessmentOverrides,
    CommentTarget,
    PlanReviewState,
    ReviewStatus,
    may_write_plans,
)
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.plans.plan_view import PlanView
from riskdesk.gui.review.approve_plan_dialog import ApprovePlanDialog
from riskdesk.gui.review.plan_diff_tree import TARGET_ROLE, PlanDiffTree
from riskdesk.gui.review.return_plan_dialog import ReturnPlanDialog
from riskdesk.gui.review.review_comments_panel import ReviewCommentsPanel
from riskdesk.gui.review.review_queue_model import overrides_lines
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.services.document_export import ExportedDocument

if TYPE_CHECKING:
    from datetime import date

    from riskdesk.services.desk import Desk

_OVERRIDES_STYLE = (
    "QFrame#overrides { background: #fdf0e6; border: 2px solid #b85c00; border-radius: 4px; }"
)


class ReviewDialog(QDialog):
    """Reads everything through ``desk.review``; raises :class:`VaultError` (such as
    ``NotFound``) from the constructor when the version cannot be read. After every
    change :attr:`review_changed` carries the case id. Approve and Return are only there
    for a supervisor; with assessment overrides, Approve waits for :attr:`confirm_box`."""

    review_changed = Signal(int)

    def __init__(
        self,
        *,
        desk: Desk,
        plan_id: PlanId,
        language: Language,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._plan_id = plan_id
        self._language = language
        self._today = today
        self.state: PlanReviewState = desk.review.state(plan_id)
        self.plan: ActionPlan = desk.review.plan(plan_id)
        self.diff: PlanDiff | None = desk.review.diff_with_last_approved(plan_id)
        last_approved_id = desk.review.last_approved_id(plan_id)
        self.last_approved = (
            desk.review.plan(last_approved_id) if last_approved_id is not None else None
        )
        self.overrides: AssessmentOverrides | None = desk.review.assessment_overrides(plan_id)
        case = desk.cases.get(self.state.case_id)
        person = desk.persons.get(case.person_id)
        self.is_supervisor = desk.user.role is Role.SUPERVISOR
        self.setObjectName("ReviewDialog")
        self.setWindowTitle(
            self.tr("Review of the action plan – case %1, version %2")
            .replace("%1", self.state.case_number)
            .replace("%2", str(self.state.version))
        )
        self.resize(1150, 720)

        self.heading = QLabel(
            self.tr("Action plan of %1 (case %2), version %3")
            .replace("%1", person.name)
            .replace("%2", self.state.case_number)
            .replace("%3", str(self.state.version))
        )
        self.heading.setObjectName("heading")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Review status"))

        self.overrides_frame = self._overrides_frame()

        self.diff_tree = PlanDiffTree(language=language)
        self.diff_tree.show_diff(self.plan, self.diff)
        self.diff_tree.currentItemChanged.connect(self._row_chosen)
        self.compare_label = QLabel(self._compare_text())
        self.compare_label.setObjectName("hint")
        self.compare_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.compare_label)
        left_layout.addWidget(self.diff_tree, 1)

        # The last approved version first: the tree beside it already shows this one.
        self.tabs = QTabWidget()
        self.approved_view = PlanView(language=language)
        if self.last_approved is not None:
            self.approved_view.show_plan(self.last_approved, today=today)
            self.tabs.addTab(
                self.approved_view,
                self.tr("Last approved (version %1)").replace(
                    "%1", str(self.last_approved.version)
                ),
            )
        self.this_view = PlanView(language=language)
        self.this_view.show_plan(self.plan, today=today)
        self.tabs.addTab(
            self.this_view,
            self.tr("This version (%1) in full").replace("%1", str(self.state.version)),
        )
        plans: QWidget
        if self.diff is None:
            # Nothing to compare with: the plan itself, with its details, is what to read.
            left_layout.removeWidget(self.compare_label)
            left.hide()
            plans = QWidget()
            plans_layout = QVBoxLayout(plans)
            plans_layout.setContentsMargins(0, 0, 0, 0)
            plans_layout.addWidget(self.compare_label)
            plans_layout.addWidget(self.tabs, 1)
            plans_layout.addWidget(left)
        else:
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(left)
            splitter.addWidget(self.tabs)
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 1)
            splitter.setChildrenCollapsible(False)
            # Room for the change, goal, responsible and due columns of the marked tree.
            splitter.setSizes([840, 340])
            plans = splitter

        self.comments = ReviewCommentsPanel(
            desk=desk, plan_id=plan_id, plan=self.plan, language=language
        )
        self.comments.problem.connect(self._show_problem)
        self.comments.changed.connect(self._changed)
        comments_box = QWidget()
        comments_layout = QVBoxLayout(comments_box)
        comments_layout.setContentsMargins(0, 4, 0, 0)
        self.comments_heading = QLabel()
        self.comments_heading.setObjectName("sectionHeading")
        comments_layout.addWidget(self.comments_heading)
        comments_layout.addWidget(self.comments, 1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(plans)
        body.addWidget(comments_box)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setSizes([460, 190])

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()

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
        layout.addWidget(body, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self._update()

    def _button(self, box: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _overrides_frame(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("overrides")
        frame.setStyleSheet(_OVERRIDES_STYLE)
        layout = QVBoxLayout(frame)
        overrides = self.overrides
        self.confirm_box = QCheckBox(
            self.tr("I have read the overrides and confirm them for this plan")
        )
        if overrides is None or not overrides.any:
            frame.hide()
            return frame
        title = QLabel(
            self.tr("⚑ The assessment of %1 behind this plan has professional overrides").replace(
                "%1", overrides.assessed_on.isoformat()
            )
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.overrides_label = QLabel("\n".join(overrides_lines(overrides, self._language)))
        self.overrides_label.setWordWrap(True)
        self.overrides_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.overrides_label)
        self.confirm_box.toggled.connect(lambda _on: self._update())
        layout.addWidget(self.confirm_box)
        return frame

    def _compare_text(self) -> str:
        if self.diff is None:
            return self.tr("No earlier version was approved, so there is nothing to compare with.")
        if self.diff.unchanged:
            return self.tr("No changes since the approved version %1.").replace(
                "%1", str(self.diff.before_version)
            )
        text = self.tr("Compared with the approved version %1.").replace(
            "%1", str(self.diff.before_version)
        )
        if self.diff.fields:
            names = ", ".join(
                DIFF_FIELD_LABELS[name].text(self._language) for name in self.diff.fields
            )
            text += " " + self.tr("Also changed: %1.").replace("%1", names)
        return text

    # ----- state --------------------------------------------------------------------

    @property
    def plan_id(self) -> PlanId:
        return self._plan_id

    @property
    def needs_confirmation(self) -> bool:
        return self.overrides is not None and self.overrides.any

    def _update(self) -> None:
        state = self.state
        status = REVIEW_STATUS_LABELS[state.status].text(self._language)
        parts = [self.tr("Status: %1").replace("%1", status)]
        parts.append(self.tr("written by %1").replace("%1", state.created_by))
        if state.submitted_at is not None:
            parts.append(
                self.tr("submitted %1 by %2")
                .replace("%1", state.submitted_at.date().isoformat())
                .replace("%2", state.submitted_by or "")
            )
        if state.reviewed_at is not None and state.reviewed_by is not None:
            parts.append(
                self.tr("reviewed %1 by %2")
                .replace("%1", state.reviewed_at.date().isoformat())
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
        confirmed = not self.needs_confirmation or self.confirm_box.isChecked()
        self.approve_button.setVisible(self.is_supervisor)
        self.return_button.setVisible(self.is_supervisor)
        self.approve_button.setEnabled(reviewable and confirmed)
        self.approve_button.setToolTip(
            ""
            if confirmed
            else self.tr("Confirm the assessment's overrides above before approving")
        )
        self.return_button.setEnabled(reviewable)
        self.confirm_box.setVisible(self.is_supervisor and reviewable)
        self.submit_button.setVisible(
            may_write_plans(self._desk.user)
            and state.is_current
            and state.status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED)
        )
        self.export_button.setVisible(state.status is ReviewStatus.APPROVED)

    def _reload(self) -> None:
        try:
            self.state = self._desk.review.state(self._plan_id)
        except (Refusal, VaultError) as error:
            self._show_problem(error.text(self._language))
            return
        self._update()

    def _changed(self) -> None:
        self._reload()
        self.review_changed.emit(int(self.state.case_id))

    def _row_chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        target = item.data(0, TARGET_ROLE)
        self.comments.set_target(target if isinstance(target, CommentTarget) else None)

    # ----- actions ------------------------------------------------------------------

    def approve(self) -> ApprovePlanDialog | None:
        """Ask for the supervisor's password; approving happens in that dialog."""
        if not self.approve_button.isEnabled():
            return None
        plan_id = self._plan_id
        dialog = ApprovePlanDialog(
            approve=lambda password: self._desk.review.approve(
                plan_id, password, today=self._today
            ),
            plan_text=self.tr("version %1 of the plan for case %2")
            .replace("%1", str(self.state.version))
            .replace("%2", self.state.case_number),
            language=self._language,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(lambda _result: self._reload())
        dialog.open()
        return dialog

    def return_plan(self) -> ReturnPlanDialog | None:
        if not self.return_button.isEnabled():
            return None
        plan_id = self._plan_id
        dialog = ReturnPlanDialog(
            return_plan=lambda text, target: self._desk.review.return_plan(
                plan_id, text, target=target
            ),
            plan=self.plan,
            target=self.comments.current_target(),
            language=self._language,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._returned)
        dialog.open()
        return dialog

    def _returned(self) -> None:
        self.comments.refresh()
        self._changed()

    def submit(self) -> PlanReviewState | None:
        try:
            state = self._desk.review.submit(self._plan_id)
        except (Refusal, VaultError) as error:
            self._show_problem(error.text(self._language))
            return None
        self._show_problem("")
        self._changed()
        return state

    def export_approved(self, *, folder: Path | None = None) -> DocumentExportDialog | None:
        """The export dialog for the document frozen at approval, saved byte for byte (so
        there is no PDF option: a PDF would be a new rendering)."""
        if self.state.status is not ReviewStatus.APPROVED:
            return None
        plan_id = self._plan_id

        def export(path: Path, _pdf: bool) -> ExportedDocument:
            return ExportedDocument(docx=self._desk.review.export_frozen(plan_id, path))

        dialog = DocumentExportDialog(
            language=self._language,
            suggested_name=(
                f"handleplan-{self.state.case_number}-v{self.state.version}-godkendt.docx"
            ),
            export=export,
            title=self.tr("Export the approved action plan"),
            folder=folder,
            parent=self,
        )
        dialog.pdf_box.setChecked(False)
        dialog.pdf_box.hide()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
