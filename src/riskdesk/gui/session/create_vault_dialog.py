"""First run: a new vault, its place and its administrator."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.password_strength import password_strength
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.backup.restore_dialog import offer_restore
from riskdesk.gui.operations import Operation, read_now, run_op
from riskdesk.gui.widgets.form_cells import buddy, choose_new_vault_file, row, stacked
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.problem_routing import route_problems

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

Creator = Callable[..., "Desk"]
"""Called as ``creator(path, username=, display_name=, password=, password_again=)``
on the operations thread; see :func:`riskdesk.gui.session.desk_loader.create_vault`."""

_STRENGTH_COLOURS = """
QLabel#strength[strength="too_short"] { color: #a4161a; }
QLabel#strength[strength="weak"] { color: #8a5a00; }
QLabel#strength[strength="good"] { color: #2b6a30; }
"""


class CreateVaultDialog(QDialog):
    """Asks where the new vault goes and who administers it, then creates it with
    ``creator`` through :func:`run_op` (the key derivation takes a second). Every
    refusal is shown under its field, and the dialog stays open; the passwords are
    cleared when one of them was refused. On success :attr:`desk` is the new vault,
    open as its administrator, and the dialog is accepted.

    While the vault is being made the dialog cannot be closed: the desk it makes must
    reach the caller, never be left open behind a closed window."""

    def __init__(
        self,
        *,
        creator: Creator,
        language: Language,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._creator = creator
        self._language = language
        self.desk: Desk | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("RiskDesk – new vault"))
        self.setObjectName("CreateVaultDialog")
        self.setMinimumWidth(520)
        self.setStyleSheet(_STRENGTH_COLOURS)

        heading = QLabel(self.tr("Create a new vault"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "The vault keeps your unit's records encrypted. You become its "
                "administrator and add the other users. If the only administrator "
                "forgets the password, nobody can open the vault again."
            )
        )
        intro.setWordWrap(True)

        self.path_edit = self._line(self.tr("Vault file"), str(path))
        self.path_edit.editingFinished.connect(self._check_place)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for a place for the new vault"))
        self.browse_button.clicked.connect(self._browse)
        self.place_note = QLabel()
        self.place_note.setObjectName("hint")
        self.place_note.setWordWrap(True)
        self.place_note.hide()

        self.user_edit = self._line(self.tr("User name"))
        user_hint = QLabel(
            self.tr("Small letters a–z, digits, dot, dash or underscore; you log in with it.")
        )
        user_hint.setObjectName("hint")
        user_hint.setWordWrap(True)
        self.name_edit = self._line(self.tr("Full name"))
        self.password_edit = self._line(self.tr("Password"), password=True)
        self.password_edit.textChanged.connect(self._show_strength)
        self.user_edit.textChanged.connect(self._show_strength)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strength")
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName(self.tr("Password strength"))
        self.again_edit = self._line(self.tr("Repeat password"), password=True)

        self.problem_lines = {
            field: ProblemLine(language=language)
            for field in ("path", "username", "display_name", "password", "password_again")
        }
        self._fields: dict[str, QLineEdit] = {
            "path": self.path_edit,
            "username": self.user_edit,
            "display_name": self.name_edit,
            "password": self.password_edit,
            "password_again": self.again_edit,
        }
        lines = self.problem_lines
        # A problem goes once its field is typed in again (the two passwords together).
        for key, field in self._fields.items():
            field.textEdited.connect(lines[key].clear)
        self.password_edit.textEdited.connect(lines["password_again"].clear)
        self.again_edit.textEdited.connect(lines["password"].clear)
        form = QFormLayout()
        form.addRow(
            buddy(self.tr("&Vault file:"), self.path_edit),
            stacked(row(self.path_edit, self.browse_button), self.place_note, lines["path"]),
        )
        form.addRow(
            buddy(self.tr("&User name:"), self.user_edit),
            stacked(self.user_edit, user_hint, lines["username"]),
        )
        form.addRow(
            buddy(self.tr("&Full name:"), self.name_edit),
            stacked(self.name_edit, lines["display_name"]),
        )
        form.addRow(
            buddy(self.tr("&Password:"), self.password_edit),
            stacked(self.password_edit, self.strength_label, lines["password"]),
        )
        form.addRow(
            buddy(self.tr("&Repeat password:"), self.again_edit),
            stacked(self.again_edit, lines["password_again"]),
        )
        self.problem_line = ProblemLine(language=language)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("&Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore from &backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(lambda: offer_restore(self))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.problem_line)
        layout.addWidget(buttons)

        self._show_strength()
        self.user_edit.setFocus()

    def _line(self, accessible_name: str, text: str = "", *, password: bool = False) -> QLineEdit:
        field = QLineEdit(text)
        field.setAccessibleName(accessible_name)
        if password:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def vault_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def username(self) -> str:
        return self.user_edit.text().strip()

    @property
    def running(self) -> bool:
        return self.operation is not None and not self.operation.done

    def _show_strength(self) -> None:
        result = password_strength(self.password_edit.text(), username=self.username())
        self.strength_label.setText(result.hint.text(self._language))
        # Nothing typed yet: the rule is said plainly, not as a warning.
        typed = bool(self.password_edit.text())
        self.strength_label.setProperty("strength", result.strength.value if typed else "")
        # A dynamic property is only styled again after a re-polish.
        self.strength_label.style().unpolish(self.strength_label)
        self.strength_label.style().polish(self.strength_label)
        self.password_edit.setAccessibleDescription(self.strength_label.text())
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when a hint or problem wraps onto more lines: Qt does not grow a window
        for its word-wrapped labels, it squeezes the spacing and then the text. Measured
        once the labels have their new text laid out."""
        QTimer.singleShot(0, self._grow_now)

    def _grow_now(self) -> None:
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _browse(self) -> None:
        title = self.tr("Where should the new vault go?")
        chosen = choose_new_vault_file(self, title, self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)
            self._check_place()
            self.user_edit.setFocus()

    def _check_place(self) -> None:
        """Says at once what is wrong with the place, or what to know about it."""
        from riskdesk.services.vault_creation import check_vault_place

        path = self.vault_path()
        line = self.problem_lines["path"]
        line.clear()
        self.place_note.hide()
        # Shown on the path's own line: leaving the field must not move the focus back.
        place = read_now(line, lambda: check_vault_place(path))
        if place is not None and place.notes:
            self.place_note.setText(" ".join(note.text(self._language) for note in place.notes))
            self.place_note.show()
        self._grow_to_fit()

    def _create(self) -> None:
        if self.running:
            return
        self._clear_problems()
        creator, path = self._creator, self.vault_path()
        details = {
            "username": self.username(),
            "display_name": self.name_edit.text(),
            "password": self.password_edit.text(),
            "password_again": self.again_edit.text(),
        }
        self._set_enabled(False)
        self.operation = run_op(
            self,
            lambda: creator(path, **details),
            self._created,
            on_refused=self._refused,
            label=self.tr("Creating the vault…"),
        )
        self.operation.finished.connect(lambda: self._set_enabled(True))

    def _created(self, desk: Desk) -> None:
        self.desk = desk
        self.wipe()
        self.accept()

    def _refused(self, refusal: Refusal) -> None:
        self.show_problems(refusal.problems)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Each problem under its field (the first such field gets the focus); a problem
        about a password clears both, so they are typed again together."""
        routed = route_problems(problems, {key: key for key in self.problem_lines})
        for field, line in self.problem_lines.items():
            line.show_problems(routed.of(field))
        self.problem_line.show_problems(routed.unmatched)
        if routed.of("password") or routed.of("password_again"):
            self.wipe()
        first = next(iter(routed.by_target), None)
        if first is not None:
            self._fields[first].setFocus()
        self._grow_to_fit()

    def _clear_problems(self) -> None:
        for line in (*self.problem_lines.values(), self.problem_line):
            line.clear()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self._fields.values(), self.browse_button, self.create_button):
            widget.setEnabled(enabled)

    def wipe(self) -> None:
        self.password_edit.clear()
        self.again_edit.clear()

    def reject(self) -> None:
        if self.running:
            return
        self.wipe()
        super().reject()
