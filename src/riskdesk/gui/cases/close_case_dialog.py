"""Closing a case asks for the date and the reason, both required by the domain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.vault_errors import VaultError

Closer = Callable[[date, str], object]


class CloseCaseDialog(QDialog):
    """Calls ``closer(closed_on, reason)``; problems are shown here and the dialog
    stays open with the text kept, so the reason is never typed twice."""

    def __init__(
        self, *, closer: Closer, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._closer = closer
        self._language = language
        self.setWindowTitle(self.tr("Close case"))

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Closing date"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reason for closing"))
        self.reason_edit.setFixedHeight(90)
        date_label = QLabel(self.tr("Closing &date:"))
        date_label.setBuddy(self.date_edit)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)

        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        form = QFormLayout()
        form.addRow(date_label, self.date_edit)
        form.addRow(reason_label, self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(
            self.tr("Close case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._close_case)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def _close_case(self) -> None:
        try:
            chosen = self.date_edit.date()
            closed_on = date(chosen.year(), chosen.month(), chosen.day())
            self._closer(closed_on, self.reason_edit.toPlainText().strip())
        except (Refusal, VaultError) as error:
            self.message_label.setText(error.text(self._language))
            self.message_label.show()
            return
        self.accept()

    def wipe(self) -> None:
        self.reason_edit.clear()
