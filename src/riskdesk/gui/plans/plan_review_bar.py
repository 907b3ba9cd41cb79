"""The review line of the plan page: the current version's review status and open
comments, Submit for review, and the review dialog (Review… for a supervisor,
Comments… for the others)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import (
    REVIEW_STATUS_LABELS,
    PlanReviewState,
    ReviewStatus,
    may_write_plans,
)
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.operations import Operation, run_op
from riskdesk.gui.review.review_dialog import ReviewDialog

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class PlanReviewBar(QWidget):
    """:meth:`show_case` reads the case's newest version through ``desk.review``.
    Submitting runs as an operation; the page redraws the bar from the changes it made.
    :attr:`problem` carries a refusal's text (empty: clear it)."""

    problem = Signal(str)

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

    def show_case(self, desk: Desk, case_id: CaseId, *, today: date) -> None:
        self._desk = desk
        self.today = today
        try:
            plan_id = desk.review.current_plan_id(case_id)
            self.state = desk.review.state(plan_id) if plan_id is not None else None
            comments = desk.review.comments(plan_id) if plan_id is not None else []
        except (Refusal, VaultError) as error:
            self.problem.emit(error.text(self._language))
            self.clear()
            return
        self.open_comments = sum(1 for comment in comments if comment.open)
        if self.state is None:
            self.clear()
            self._desk = desk
            return
        status = REVIEW_STATUS_LABELS[self.state.status].text(self._language)
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
            lambda _state: self.problem.emit(""),
            on_refused=lambda refusal: self.problem.emit(refusal.text(self._language)),
            label=self.tr("Submitting the plan for review…"),
        )
        operation.finished.connect(self._update_buttons)
        return operation

    def open_review(self) -> ReviewDialog | None:
        desk, plan_id = self._desk, self.plan_id
        if desk is None or plan_id is None:
            return None
        try:
            dialog = ReviewDialog(
                desk=desk,
                plan_id=plan_id,
                language=self._language,
                today=self.today,
                parent=self.window(),
            )
        except (Refusal, VaultError) as error:
            self.problem.emit(error.text(self._language))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
