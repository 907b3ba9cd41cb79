"""The supervisor confirms an approval with their own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from riskdesk.domain.localized import Language
from riskdesk.gui.operations import Operation
from riskdesk.gui.review.review_step_dialog import ReviewStepDialog

Approver = Callable[[str], object]
"""``approve(password)``; raises ``ReviewRefused`` and friends when it does not happen."""


class ApprovePlanDialog(ReviewStepDialog):
    """Runs ``approve(password)`` as an operation (checking the password and rendering
    the document take seconds). A refusal (a wrong password, the supervisor's own plan, a
    plan that moved on) is shown with the service's text and the dialog stays open with
    the password field cleared; the password is never kept."""

    def __init__(
        self,
        *,
        approve: Approver,
        plan_text: str,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(language=language, minimum_width=460, parent=parent)
        self._approve = approve
        self.setWindowTitle(self.tr("Approve the action plan"))
        self.intro_label.setText(
            self.tr(
                "You are approving %1. The approved version is frozen and its document is "
                "stored in the vault with your name. Confirm with your own password."
            ).replace("%1", plan_text)
        )
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Your password"))
        label = QLabel(self.tr("Your &password:"))
        label.setBuddy(self.password_edit)
        self.form.addRow(label, self.password_edit)
        self.approve_button = self.action_button
        self.approve_button.setText(self.tr("&Approve"))
        self.approve_button.setDefault(True)
        self.password_edit.setFocus()

    def take_step(self) -> Operation:
        """Approve; the dialog closes once the plan is approved."""
        password = self.password_edit.text()
        self.password_edit.clear()
        approve = self._approve
        return self.run_step(
            lambda: approve(password),
            label=self.tr("Checking your password and storing the approved document…"),
        )

    def retry_widget(self) -> QWidget:
        return self.password_edit
