"""A user changes their own password: only their key slot is rewrapped, off the UI thread
(the key derivation takes a moment by design)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.operations import Operation, run_op

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

Changer = Callable[[str, str], object]


def open_for(window: QMainWindow, desk: Desk, language: Language) -> ChangePasswordDialog:
    """File → Change password…: the dialog for the logged-in user, who is told in the
    window's status bar once it is changed."""
    users = desk.users
    dialog = ChangePasswordDialog(
        changer=lambda old, new: users.change_password(old_password=old, new_password=new),
        language=language,
        parent=window,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    changed = QCoreApplication.translate("MainWindow", "Your password is changed.")
    dialog.accepted.connect(lambda: window.statusBar().showMessage(changed, 6000))
    dialog.open()
    return dialog


class ChangePasswordDialog(QDialog):
    """Runs ``changer(old_password, new_password)`` as an operation. The fields are
    cleared as soon as it starts (passwords are never kept around); on a problem the
    reason is shown and the dialog stays open, on success it is accepted."""

    def __init__(
        self, *, changer: Changer, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._changer = changer
        self._language = language
        self.operation: Operation | None = None
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

    @property
    def running(self) -> bool:
        return self.operation is not None and not self.operation.done

    def _change(self) -> None:
        if self.running:
            return
        if self.new_edit.text() != self.repeat_edit.text():
            self._show(self.tr("The two new passwords are not the same."))
            return
        changer, old, new = self._changer, self.old_edit.text(), self.new_edit.text()
        self.wipe()

        def change() -> VaultError | None:
            # A wrong current password is an answer for this dialog, not a vault failure.
            try:
                changer(old, new)
            except VaultError as error:
                return error
            return None

        self.change_button.setEnabled(False)
        self.operation = run_op(
            self,
            change,
            self._changed,
            on_refused=self._refused,
            label=self.tr("Changing the password…"),
        )
        self.operation.finished.connect(self._finished)

    def _changed(self, error: VaultError | None) -> None:
        if error is not None:
            self._show(error.text(self._language))
        else:
            self.accept()

    def _finished(self) -> None:
        self.change_button.setEnabled(True)

    def _refused(self, refusal: Refusal) -> None:
        self._show(refusal.text(self._language))

    def reject(self) -> None:
        # Closed mid-change, the user would not learn which password is now theirs.
        if not self.running:
            super().reject()

    def _show(self, message: str) -> None:
        self.wipe()
        self.message_label.setText(message)
        self.message_label.show()
        self.old_edit.setFocus()

    def wipe(self) -> None:
        for field in (self.old_edit, self.new_edit, self.repeat_edit):
            field.clear()
