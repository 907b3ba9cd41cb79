"""A new password typed twice, with the strength hint under it: two rows of a form,
shown when a user must choose their own password (the unlock dialog) and when an
administrator gives one (adding a user, resetting a password)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.password_strength import password_strength

STRENGTH_COLOURS = """
QLabel#strength[strength="too_short"] { color: #a4161a; }
QLabel#strength[strength="weak"] { color: #8a5a00; }
QLabel#strength[strength="good"] { color: #2b6a30; }
"""


class NewPasswordRows(QObject):
    """:attr:`password_edit` and :attr:`again_edit` with :attr:`strength_label`; put them
    in a form with :meth:`add_to`. :meth:`mismatch` says whether the two differ."""

    def __init__(
        self,
        *,
        language: Language,
        first_label: str,
        again_label: str,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._username = username
        self._form: QFormLayout | None = None
        self.password_edit = _password_field(first_label)
        self.again_edit = _password_field(again_label)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strength")
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName(self.tr("Password strength"))
        self.password_edit.textChanged.connect(self._show_strength)
        self._labels = (QLabel(first_label), QLabel(again_label))
        self._labels[0].setBuddy(self.password_edit)
        self._labels[1].setBuddy(self.again_edit)
        self._cell = QWidget()
        column = QVBoxLayout(self._cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.password_edit)
        column.addWidget(self.strength_label)
        self._show_strength()

    def add_to(self, form: QFormLayout) -> None:
        self._form = form
        form.addRow(self._labels[0], self._cell)
        form.addRow(self._labels[1], self.again_edit)

    def set_visible(self, visible: bool) -> None:
        if self._form is not None:
            self._form.setRowVisible(self._cell, visible)
            self._form.setRowVisible(self.again_edit, visible)

    def set_username(self, username: str) -> None:
        self._username = username
        self._show_strength()

    def passwords(self) -> tuple[str, str]:
        return self.password_edit.text(), self.again_edit.text()

    def mismatch(self) -> bool:
        first, again = self.passwords()
        return first != again

    def clear(self) -> None:
        self.password_edit.clear()
        self.again_edit.clear()

    def _show_strength(self) -> None:
        result = password_strength(self.password_edit.text(), username=self._username)
        self.strength_label.setText(result.hint.text(self._language))
        typed = bool(self.password_edit.text())
        self.strength_label.setProperty("strength", result.strength.value if typed else "")
        # A dynamic property is only styled again after a re-polish.
        self.strength_label.style().unpolish(self.strength_label)
        self.strength_label.style().polish(self.strength_label)
        self.password_edit.setAccessibleDescription(self.strength_label.text())


def _password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name.replace("&", "").rstrip(":"))
    return field
