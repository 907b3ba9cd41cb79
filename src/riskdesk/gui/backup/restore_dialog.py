"""First run: make a new vault from a backup ("Gendan fra sikkerhedskopi…"), offered in
the dialog that creates a vault. The restore verifies the backup's checksum, integrity
and audit trail before the new vault counts; then it opens as the user who restored it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.operations import Operation, run_op
from riskdesk.gui.widgets.form_cells import buddy, choose_new_vault_file, row, stacked
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.problem_routing import route_problems
from riskdesk.gui.widgets.progress_report import ProgressReport, follow_progress

if TYPE_CHECKING:
    from riskdesk.gui.session.create_vault_dialog import CreateVaultDialog
    from riskdesk.services.desk import Desk

Restorer = Callable[..., "Desk"]
"""Called as ``restorer(backup, vault_path, username=, password=, progress=)`` on the
operations thread; see :func:`riskdesk.services.backup_restore.restore_and_open`."""


def _restore_and_open(
    backup: Path, vault_path: Path, *, username: str, password: str, progress: ProgressReport
) -> Desk:
    from riskdesk.services.backup_restore import restore_and_open

    return restore_and_open(
        backup, vault_path, username=username, password=password, progress=progress
    )


class RestoreDialog(QDialog):
    """On success :attr:`desk` is the restored vault, open, and the dialog is accepted."""

    def __init__(
        self,
        *,
        language: Language,
        path: Path,
        restorer: Restorer = _restore_and_open,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._restorer = restorer
        self.desk: Desk | None = None
        self.operation: Operation | None = None
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("RiskDesk – restore from a backup"))
        self.setMinimumWidth(520)

        heading = QLabel(self.tr("Restore a vault from a backup"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "The backup becomes a new vault; no existing file is replaced. Its checksum, "
                "its pages and its audit trail are checked before it is used. Log in as an "
                "administrator or supervisor of the vault the backup was taken of."
            )
        )
        intro.setWordWrap(True)
        self.backup_edit = _line(self.tr("Backup file"))
        self.backup_button = QPushButton(self.tr("B&rowse…"))
        self.backup_button.setAccessibleName(self.tr("Browse for the backup file"))
        self.backup_button.clicked.connect(self._browse_backup)
        self.path_edit = _line(self.tr("New vault file"), str(path))
        self.path_button = QPushButton(self.tr("Br&owse…"))
        self.path_button.setAccessibleName(self.tr("Browse for a place for the new vault"))
        self.path_button.clicked.connect(self._browse_path)
        self.user_edit = _line(self.tr("User name"))
        self.password_edit = _line(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem_lines = {
            key: ProblemLine(language=language)
            for key in ("backup", "path", "username", "password")
        }
        self.problem_line = ProblemLine(language=language)

        form = QFormLayout()
        form.addRow(
            buddy(self.tr("&Backup:"), self.backup_edit),
            stacked(row(self.backup_edit, self.backup_button), self.problem_lines["backup"]),
        )
        form.addRow(
            buddy(self.tr("&New vault:"), self.path_edit),
            stacked(row(self.path_edit, self.path_button), self.problem_lines["path"]),
        )
        form.addRow(
            buddy(self.tr("&User name:"), self.user_edit),
            stacked(self.user_edit, self.problem_lines["username"]),
        )
        form.addRow(
            buddy(self.tr("&Password:"), self.password_edit),
            stacked(self.password_edit, self.problem_lines["password"]),
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setDefault(True)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.problem_line)
        layout.addWidget(buttons)
        self.backup_edit.setFocus()

    def vault_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def username(self) -> str:
        return self.user_edit.text().strip()

    @property
    def running(self) -> bool:
        return self.operation is not None and not self.operation.done

    def _restore(self) -> None:
        if self.running:
            return
        for line in (*self.problem_lines.values(), self.problem_line):
            line.clear()
        restorer, vault = self._restorer, self.vault_path()
        backup = Path(self.backup_edit.text().strip()).expanduser()
        username, password = self.username(), self.password_edit.text()
        self.restore_button.setEnabled(False)
        report = ProgressReport()
        self.operation = run_op(
            self,
            lambda: restorer(backup, vault, username=username, password=password, progress=report),
            self._restored,
            on_refused=self._refused,
            label=self.tr("Restoring and checking the backup…"),
        )
        follow_progress(self.operation, report, self._checking)
        self.operation.finished.connect(lambda: self.restore_button.setEnabled(True))

    def _checking(self, done: int, total: int) -> str:
        locale = QLocale()
        return (
            self.tr("Checking the audit trail: %1 of %2 events")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )

    def _restored(self, desk: Desk) -> None:
        self.desk = desk
        self.wipe()
        self.accept()

    def _refused(self, refusal: Refusal) -> None:
        self.show_problems(refusal.problems)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        routed = route_problems(problems, {key: key for key in self.problem_lines})
        for key, line in self.problem_lines.items():
            line.show_problems(routed.of(key))
        self.problem_line.show_problems(routed.unmatched)

    def _browse_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup"),
            self.backup_edit.text(),
            self.tr("RiskDesk backups (*.rdbackup)"),
        )
        if chosen:
            self.backup_edit.setText(chosen)

    def _browse_path(self) -> None:
        title = self.tr("Where should the restored vault go?")
        chosen = choose_new_vault_file(self, title, self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)

    def wipe(self) -> None:
        self.password_edit.clear()

    def reject(self) -> None:
        if self.running:
            return
        self.wipe()
        super().reject()


def offer_restore(create: CreateVaultDialog) -> RestoreDialog:
    """The create-vault dialog's "Restore from backup…": a vault restored so leaves it
    as a created one would, open, with its path and user name (see :class:`UnlockDialog`)."""
    dialog = RestoreDialog(language=create._language, path=create.vault_path(), parent=create)

    def restored() -> None:
        create.desk = dialog.desk
        create.path_edit.setText(str(dialog.vault_path()))
        create.user_edit.setText(dialog.username())
        create.wipe()
        create.accept()

    dialog.accepted.connect(restored)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _line(accessible_name: str, text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setAccessibleName(accessible_name)
    return field
