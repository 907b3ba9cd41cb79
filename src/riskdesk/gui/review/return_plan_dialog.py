"""The supervisor sends a plan back with a comment saying what to change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import CommentTarget
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.review.review_comments_panel import fill_target_box, select_target

Returner = Callable[[str, CommentTarget], object]
"""``return_plan(comment, target)``; raises ``ReviewRefused`` (an empty comment too)."""


class ReturnPlanDialog(QDialog):
    """Calls ``return_plan(comment, target)``. The service decides whether the comment
    will do, so an empty one is refused (and audited) like any other refusal; the dialog
    then shows why and keeps what was typed."""

    def __init__(
        self,
        *,
        return_plan: Returner,
        plan: ActionPlan,
        target: CommentTarget,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._return_plan = return_plan
        self._language = language
        self.setWindowTitle(self.tr("Return the action plan"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "The caseworker sees the plan among their returned plans with this comment, "
                "edits it and submits it again."
            )
        )
        intro.setWordWrap(True)
        self.target_box = QComboBox()
        self.target_box.setAccessibleName(self.tr("The comment is about"))
        fill_target_box(self.target_box, plan)
        select_target(self.target_box, target)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.setPlaceholderText(self.tr("What must be changed before approval?"))
        self.comment_edit.setTabChangesFocus(True)
        form = QFormLayout()
        about = QLabel(self.tr("Ab&out:"))
        about.setBuddy(self.target_box)
        form.addRow(about, self.target_box)
        comment = QLabel(self.tr("&Comment:"))
        comment.setBuddy(self.comment_edit)
        form.addRow(comment, self.comment_edit)

        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.return_button = buttons.addButton(
            self.tr("&Return to the caseworker"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.return_plan)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.comment_edit.setFocus()

    def return_plan(self) -> bool:
        """True when the plan was returned (the dialog then closes)."""
        target = self.target_box.currentData()
        try:
            self._return_plan(
                self.comment_edit.toPlainText(),
                target if isinstance(target, CommentTarget) else CommentTarget.whole_plan(),
            )
        except (Refusal, VaultError) as error:
            self.message_label.setText(error.text(self._language))
            self.message_label.show()
            self.comment_edit.setFocus()
            return False
        self.accept()
        return True
