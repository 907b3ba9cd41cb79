"""A user changes their own password: only their key slot is rewrapped."""

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

Changer = Callable[[str, str], object]


class ChangePasswordDialog(QDialog):
    """Calls ``changer(old_password, new_password)``. On a problem the fields are
    cleared (passwords are never kept around) and the reason is shown."""

    def __init__(
        self, *, changer: Changer, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._changer = changer
        self._language = language
        self.setWindowTitle(self.tr("Change password"))

        self.old_edit = self._password_field(self.tr("Current password"))
        self.new_edit = self._password_field(self.tr("New password"))
        self.repeat_edit = self._password_field(self.tr("Repeat new password"))
        form = QFormLayout()
        for text, field in (
            (self.tr("&Current password:"), self.old_edit),
            (self.tr("&New password:"), self.new_edit),
            (self.tr("&Repeat new password:"), self.repeat_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = buttons.addButton(
            self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        buttons.accepted.connect(self._change)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("The other users' passwords are not affected."), wordWrap=True)
        )
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.old_edit.setFocus()

    def _password_field(self, accessible_name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible_name)
        return field

    def _change(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self._show(self.tr("The two new passwords are not the same."))
            return
        try:
            self._changer(self.old_edit.text(), self.new_edit.text())
        except (Refusal, VaultError) as error:
            self._show(error.text(self._language))
            return
        self.wipe()
        self.accept()

    def _show(self, message: str) -> None:
        self.wipe()
        self.message_label.setText(message)
        self.message_label.show()
        self.old_edit.setFocus()

    def wipe(self) -> None:
        for field in (self.old_edit, self.new_edit, self.repeat_edit):
            field.clear()
