"""The supervisor sends a plan back with a comment saying what to change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import CommentTarget
from riskdesk.gui.operations import Operation
from riskdesk.gui.review.review_comments_panel import fill_target_box, select_target
from riskdesk.gui.review.review_step_dialog import ReviewStepDialog

Returner = Callable[[str, CommentTarget], object]
"""``return_plan(comment, target)``; raises ``ReviewRefused`` (an empty comment too)."""


class ReturnPlanDialog(ReviewStepDialog):
    """Runs ``return_plan(comment, target)`` as an operation. The service decides whether
    the comment will do, so an empty one is refused (and audited) like any other refusal;
    the dialog then shows why and keeps what was typed."""

    def __init__(
        self,
        *,
        return_plan: Returner,
        plan: ActionPlan,
        target: CommentTarget,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language=language, minimum_width=520, parent=parent)
        self._return_plan = return_plan
        self.setWindowTitle(self.tr("Return the action plan"))
        self.intro_label.setText(
            self.tr(
                "The caseworker sees the plan among their returned plans with this comment, "
                "edits it and submits it again."
            )
        )
        self.target_box = QComboBox()
        self.target_box.setAccessibleName(self.tr("The comment is about"))
        fill_target_box(self.target_box, plan)
        select_target(self.target_box, target)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.setPlaceholderText(self.tr("What must be changed before approval?"))
        self.comment_edit.setTabChangesFocus(True)
        about = QLabel(self.tr("Ab&out:"))
        about.setBuddy(self.target_box)
        self.form.addRow(about, self.target_box)
        comment = QLabel(self.tr("&Comment:"))
        comment.setBuddy(self.comment_edit)
        self.form.addRow(comment, self.comment_edit)
        self.return_button = self.action_button
        self.return_button.setText(self.tr("&Return to the caseworker"))
        self.comment_edit.setFocus()

    def take_step(self) -> Operation:
        """Return the plan; the dialog closes once it is returned."""
        target = self.target_box.currentData()
        chosen = target if isinstance(target, CommentTarget) else CommentTarget.whole_plan()
        text = self.comment_edit.toPlainText()
        return_plan = self._return_plan
        return self.run_step(
            lambda: return_plan(text, chosen), label=self.tr("Returning the action plan…")
        )

    def retry_widget(self) -> QWidget:
        return self.comment_edit
