"""Closing a case asks for the date and the reason, both required by the domain, and
records the outcome at closing (a new charge or conviction during the case, school,
job, housing, substance use) in the same use case."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case import Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.cases.outcome_fields import OutcomeFields
from riskdesk.gui.operations import run_op
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class CloseCaseDialog(QDialog):
    """Closes the case with its outcome at closing through ``desk.cases.close`` in an
    operation (both or neither are stored). A refusal is shown
    here and the dialog stays open with the text kept, so the reason is never typed
    twice; :attr:`case_closed` carries the closed :class:`Case`, then the dialog accepts."""

    case_closed = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        case_id: CaseId,
        language: Language,
        parent: QWidget | None = None,
        case_version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._case_id = case_id
        # The case as its editor shows it: a close over a colleague's newer save is
        # refused here, naming them, rather than closing a copy the editor never showed.
        self._case_version = case_version
        self._language = language
        self.setWindowTitle(self.tr("Close case"))

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            "dd.MM.yyyy" if Language(language) is Language.DANISH else "yyyy-MM-dd"
        )
        self.date_edit.setAccessibleName(self.tr("Closing date"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reason for closing"))
        self.reason_edit.setFixedHeight(90)
        date_label = QLabel(self.tr("Closing &date:"))
        date_label.setBuddy(self.date_edit)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)

        self.message_label = ProblemLine(language=language)
        self.outcome_fields = OutcomeFields(language=language)
        outcome_box = QGroupBox(self.tr("Outcome at closing"))
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_hint = QLabel(
            self.tr(
                "A new charge or conviction during the case, and how things went. Leave "
                "what you do not know as unknown."
            )
        )
        outcome_hint.setObjectName("hint")
        outcome_hint.setWordWrap(True)
        outcome_layout.addWidget(outcome_hint)
        outcome_layout.addWidget(self.outcome_fields)

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
        layout.addWidget(outcome_box)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def _close_case(self) -> None:
        desk, case_id, version = self._desk, self._case_id, self._case_version
        chosen = self.date_edit.date()
        closed_on = date(chosen.year(), chosen.month(), chosen.day())
        reason = self.reason_edit.toPlainText().strip()
        outcome = self.outcome_fields.values()

        def close() -> Case:
            return desk.cases.close(
                case_id, closed_on=closed_on, reason=reason, outcome=outcome, case_version=version
            )

        self.close_button.setEnabled(False)
        run_op(self, close, self._closed).finished.connect(self._close_ended)

    def _close_ended(self) -> None:
        self.close_button.setEnabled(True)

    def _closed(self, case: Case) -> None:
        self.case_closed.emit(case)
        self.accept()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)
        first = self.outcome_fields.first_field([p for p in problems if p.under("outcome")])
        if first is not None:
            first.setFocus()

    def wipe(self) -> None:
        self.reason_edit.clear()
        self.outcome_fields.wipe()
