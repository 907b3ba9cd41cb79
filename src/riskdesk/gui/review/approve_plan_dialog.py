"""The supervisor confirms an approval with their own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.vault_errors import VaultError
from riskdesk.services.document_export import DocumentProblem

Approver = Callable[[str], object]
"""``approve(password)``; raises ``ReviewRefused`` and friends when it does not happen."""


class ApprovePlanDialog(QDialog):
    """Calls ``approve(password)``. A refusal (a wrong password, the supervisor's own
    plan, a plan that moved on) is shown with the service's text and the dialog stays
    open with the password field cleared; the password is never kept."""

    def __init__(
        self,
        *,
        approve: Approver,
        plan_text: str,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._approve = approve
        self._language = language
        self.setWindowTitle(self.tr("Approve the action plan"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "You are approving %1. The approved version is frozen and its document is "
                "stored in the vault with your name. Confirm with your own password."
            ).replace("%1", plan_text)
        )
        intro.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Your password"))
        form = QFormLayout()
        label = QLabel(self.tr("Your &password:"))
        label.setBuddy(self.password_edit)
        form.addRow(label, self.password_edit)

        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = buttons.addButton(
            self.tr("&Approve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setDefault(True)
        buttons.accepted.connect(self.approve)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def approve(self) -> bool:
        """True when the plan was approved (the dialog then closes)."""
        password = self.password_edit.text()
        self.password_edit.clear()
        try:
            self._approve(password)
        except (Refusal, VaultError, DocumentProblem) as error:
            self.message_label.setText(error.text(self._language))
            self.message_label.show()
            self.password_edit.setFocus()
            return False
        self.accept()
        return True
