"""The review line of the plan page: the current version's review status and open
comments, Submit for review, and the review dialog (Review… for a supervisor,
Comments… for the others)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from riskdesk.domain.ids import PlanId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import (
    REVIEW_STATUS_LABELS,
    PlanComment,
    PlanReviewState,
    ReviewStatus,
    may_write_plans,
)
from riskdesk.domain.user import Role
from riskdesk.gui.operations import Operation, read_now, run_op
from riskdesk.gui.review.review_dialog import ReviewDialog

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class PlanReviewBar(QWidget):
    """:meth:`show_review` shows the newest version's review state and comments, as the
    page read them. Submitting runs as an operation; a refusal (such as a plan that is
    not complete yet) is carried by :attr:`submit_refused` for the page to show, and the
    page redraws the bar from the changes a submission made."""

    submit_refused = Signal(object)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._desk: Desk | None = None
        self.today = date.today()
        self.state: PlanReviewState | None = None
        self.open_comments = 0

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Review status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.submit_button = QPushButton(self.tr("Su&bmit for review"))
        self.submit_button.setToolTip(
            self.tr("Send this version to a supervisor; it cannot be edited while it waits")
        )
        self.submit_button.clicked.connect(self.submit)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.open_review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label, 1)
        for button in (self.submit_button, self.review_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.clear()

    def show_review(
        self,
        desk: Desk,
        state: PlanReviewState | None,
        comments: Sequence[PlanComment],
        *,
        today: date,
    ) -> None:
        """Show ``state`` (None: the case has no plan) and its ``comments``."""
        self.clear()
        self._desk = desk
        self.today = today
        self.state = state
        self.open_comments = sum(1 for comment in comments if comment.open)
        if state is not None:
            status = REVIEW_STATUS_LABELS[state.status].text(self._language)
            text = self.tr("Review: %1").replace("%1", status)
            text += " · " + self.tr("%1 open comment(s) of %2").replace(
                "%1", str(self.open_comments)
            ).replace("%2", str(len(comments)))
            self.status_label.setText(text)
        self._update_buttons()

    def clear(self) -> None:
        self._desk = None
        self.state = None
        self.open_comments = 0
        self.status_label.setText(self.tr("Review: no plan"))
        self._update_buttons()

    @property
    def plan_id(self) -> PlanId | None:
        return self.state.plan_id if self.state is not None else None

    def _update_buttons(self) -> None:
        desk, state = self._desk, self.state
        supervisor = desk is not None and desk.user.role is Role.SUPERVISOR
        self.review_button.setText(self.tr("&Review…") if supervisor else self.tr("Co&mments…"))
        self.review_button.setEnabled(state is not None)
        self.submit_button.setVisible(desk is None or may_write_plans(desk.user))
        self.submit_button.setEnabled(
            desk is not None
            and state is not None
            and state.status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED)
        )

    def submit(self) -> Operation | None:
        desk, plan_id = self._desk, self.plan_id
        if desk is None or plan_id is None:
            return None
        self.submit_button.setEnabled(False)
        operation = run_op(
            self,
            lambda: desk.review.submit(plan_id),
            on_refused=self.submit_refused.emit,
            label=self.tr("Submitting the plan for review…"),
        )
        operation.finished.connect(self._update_buttons)
        return operation

    def open_review(self) -> ReviewDialog | None:
        desk, plan_id = self._desk, self.plan_id
        if desk is None or plan_id is None:
            return None
        dialog = read_now(
            self,
            lambda: ReviewDialog(
                desk=desk,
                plan_id=plan_id,
                language=self._language,
                today=self.today,
                parent=self.window(),
            ),
        )
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
