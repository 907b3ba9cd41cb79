"""File → Users…: an administrator's list of users, and the ways to change them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.changes import Changes
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.user import User
from riskdesk.gui.operations import read_now, redraw_on_changes, run_op
from riskdesk.gui.users.user_edit_dialogs import (
    AddUserDialog,
    ChangeRoleDialog,
    ResetPasswordDialog,
)
from riskdesk.gui.users.users_table_model import UsersTableModel
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class UsersDialog(QDialog):
    """The users with their role, whether they are active and their last login, read in
    one use case and read again after every change of users. The services refuse what
    the rules refuse (the last active administrator stays, no one deactivates
    themselves); the refusal is shown above the buttons."""

    def __init__(self, *, desk: Desk, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self.setObjectName("UsersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.resize(760, 420)

        intro = QLabel(
            self.tr(
                "Who may open this vault, and as what. A deactivated user cannot log in; "
                "their cases, plans and log stay."
            )
        )
        intro.setWordWrap(True)
        self.model = UsersTableModel(language=language, parent=self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.change_role())

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.reset_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        self.problem_line = ProblemLine(language=language, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_line)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._fit_buttons())
        redraw_on_changes(self, self._redraw)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        selected = self.selected_user()
        keep = select or (selected.username if selected is not None else None)
        lines = read_now(self, self._desk.users.overview)
        if lines is None:
            return
        self.model.set_lines(lines)
        row = self.model.row_of(keep) if keep else None
        self.table.selectRow(row if row is not None else 0)
        self._fit_buttons()

    def _redraw(self, changes: Changes, _initiator: object) -> None:
        if changes.users:
            self.refresh()

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _fit_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.role_button, self.active_button, self.reset_button):
            button.setEnabled(user is not None)
        deactivate = user is None or user.active
        self.active_button.setText(self.tr("&Deactivate…") if deactivate else self.tr("A&ctivate"))
        # One's own password is changed under File → Change password.
        self.reset_button.setEnabled(user is not None and user.username != self._desk.user.username)

    def add_user(self) -> None:
        self._open(AddUserDialog(desk=self._desk, language=self._language, parent=self))

    def change_role(self) -> None:
        user = self.selected_user()
        if user is not None:
            dialog = ChangeRoleDialog(
                desk=self._desk, language=self._language, user=user, parent=self
            )
            self._open(dialog)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None and user.username != self._desk.user.username:
            dialog = ResetPasswordDialog(
                desk=self._desk, language=self._language, user=user, parent=self
            )
            self._open(dialog)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate user"),
                self.tr(
                    "Deactivate %1? They can no longer log in. Their cases, plans and log "
                    "stay, and they can be activated again."
                ).replace("%1", user.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.set_active(user, not user.active)

    def set_active(self, user: User, active: bool) -> None:
        self.problem_line.clear()
        users = self._desk.users
        run_op(
            self,
            lambda: users.set_active(username=user.username, active=active),
            label=self.tr("Changing the user…"),
        )

    def _open(self, dialog: QDialog) -> None:
        self.problem_line.clear()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problem_line.show_problems(problems)
