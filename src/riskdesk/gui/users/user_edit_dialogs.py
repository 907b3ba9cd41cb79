"""The users screen's small dialogs: add a user, change a role, reset a password. Each
writes through :func:`run_op` (a new key slot runs the slow key derivation), shows a
refusal under its fields in the user's language and stays open, and is accepted once
the write is done. Passwords are cleared as soon as they are handed over, and by
:meth:`wipe` (the main window calls it when RiskDesk locks)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.user import ROLE_LABELS, Role, User
from riskdesk.gui.operations import Operation, run_op
from riskdesk.gui.users.new_password_rows import STRENGTH_COLOURS, NewPasswordRows
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class _UserDialog(QDialog):
    """A form, a problem line and OK/Cancel; :meth:`_write` runs the write."""

    def __init__(
        self, *, desk: Desk, language: Language, title: str, ok: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self.operation: Operation | None = None
        self.setWindowTitle(title)
        self.setStyleSheet(STRENGTH_COLOURS)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.problem_line = ProblemLine(language=language, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self._column = QVBoxLayout(self)
        self._column.addLayout(self.form)
        self._column.addWidget(self.problem_line)
        self._column.addWidget(buttons)
        self._fields: dict[str, QWidget] = {}

    def _note(self, text: str) -> None:
        note = QLabel(text)
        note.setObjectName("hint")
        note.setWordWrap(True)
        self._column.insertWidget(0, note)

    def _row(self, text: str, field: QWidget, *, key: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)
        self._fields[key] = field

    def _submit(self) -> None:
        raise NotImplementedError

    def _write(self, write: Callable[[], object], label: str) -> None:
        if self.operation is not None and not self.operation.done:
            return
        self.problem_line.clear()
        self.ok_button.setEnabled(False)
        self.operation = run_op(self, write, lambda _: self.accept(), label=label)
        self.operation.finished.connect(lambda: self.ok_button.setEnabled(True))

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problem_line.show_problems(problems)
        for problem in problems:
            field = self._fields.get(problem.field.split(".")[0])
            if field is not None:
                field.setFocus()
                break

    def reject(self) -> None:
        # Closed mid-write, the administrator would not learn whether it was done.
        if self.operation is None or self.operation.done:
            self.wipe()
            super().reject()

    def wipe(self) -> None:
        """Clear what must not stay on screen (passwords)."""


def _role_box(language: Language, current: Role = Role.CASEWORKER) -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(ROLE_LABELS[role].text(language), role.value)
    box.setCurrentIndex(box.findData(current.value))
    return box


class AddUserDialog(_UserDialog):
    def __init__(self, *, desk: Desk, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(
            desk=desk,
            language=language,
            title=self.tr("Add user"),
            ok=self.tr("Add user"),
            parent=parent,
        )
        self.user_edit = QLineEdit()
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.role_box = _role_box(language)
        self.role_box.setAccessibleName(self.tr("Role"))
        self._row(self.tr("&User name:"), self.user_edit, key="username")
        self._row(self.tr("&Full name:"), self.name_edit, key="display_name")
        self._row(self.tr("&Role:"), self.role_box, key="role")
        self.passwords = NewPasswordRows(
            language=language,
            first_label=self.tr("First &password:"),
            again_label=self.tr("First password a&gain:"),
            parent=self,
        )
        self.passwords.add_to(self.form)
        self._fields["password"] = self.passwords.password_edit
        self.user_edit.textChanged.connect(lambda text: self.passwords.set_username(text.strip()))
        self._note(
            self.tr(
                "Give the new user their first password in person. At their first login "
                "they choose their own, which no one else knows."
            )
        )
        self.user_edit.setFocus()

    def _submit(self) -> None:
        if self.passwords.mismatch():
            self.passwords.clear()
            self.problem_line.show_texts([self.tr("The two passwords are not the same.")])
            self.passwords.password_edit.setFocus()
            return
        users = self._desk.users
        username, name = self.user_edit.text().strip(), self.name_edit.text()
        role = Role(self.role_box.currentData())
        password = self.passwords.passwords()[0]
        self.passwords.clear()
        self._write(
            lambda: users.add(username=username, display_name=name, role=role, password=password),
            self.tr("Adding the user…"),
        )

    def wipe(self) -> None:
        self.passwords.clear()


class ChangeRoleDialog(_UserDialog):
    def __init__(
        self, *, desk: Desk, language: Language, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            desk=desk,
            language=language,
            title=self.tr("Change role"),
            ok=self.tr("Change role"),
            parent=parent,
        )
        self._user = user
        self.role_box = _role_box(language, user.role)
        self.role_box.setAccessibleName(self.tr("Role"))
        self._row(
            self.tr("&Role of %1:").replace("%1", user.display_name), self.role_box, key="role"
        )
        self._note(
            self.tr(
                "A caseworker works in cases; a supervisor also approves plans; an "
                "administrator manages users and does no casework."
            )
        )

    def _submit(self) -> None:
        users, user = self._desk.users, self._user
        role = Role(self.role_box.currentData())
        self._write(
            lambda: users.set_role(username=user.username, role=role, active=user.active),
            self.tr("Changing the role…"),
        )


class ResetPasswordDialog(_UserDialog):
    def __init__(
        self, *, desk: Desk, language: Language, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            desk=desk,
            language=language,
            title=self.tr("Reset password"),
            ok=self.tr("Reset password"),
            parent=parent,
        )
        self._user = user
        self.passwords = NewPasswordRows(
            language=language,
            first_label=self.tr("&New password:"),
            again_label=self.tr("New password a&gain:"),
            username=user.username,
            parent=self,
        )
        self.passwords.add_to(self.form)
        self._fields["password"] = self.passwords.password_edit
        self._fields["new_password"] = self.passwords.password_edit
        self._note(
            self.tr(
                "%1 gets this password from you in person and chooses their own at their "
                "next login. Until then they cannot work."
            ).replace("%1", user.display_name)
        )
        self.passwords.password_edit.setFocus()

    def _submit(self) -> None:
        if self.passwords.mismatch():
            self.passwords.clear()
            self.problem_line.show_texts([self.tr("The two passwords are not the same.")])
            self.passwords.password_edit.setFocus()
            return
        users, username = self._desk.users, self._user.username
        password = self.passwords.passwords()[0]
        self.passwords.clear()
        self._write(
            lambda: users.reset_password(username=username, new_password=password),
            self.tr("Resetting the password…"),
        )

    def wipe(self) -> None:
        self.passwords.clear()
