"""Recording that the current version of a plan was handed to the citizen or partners."""

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
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.operations import Operation, run_op
from riskdesk.gui.widgets.optional_date_edit import DATE_FORMAT
from riskdesk.gui.widgets.problem_line import ProblemLine

Marker = Callable[[date], object]


class PlanSharedDialog(QDialog):
    """Asks for the date the plan was shared and runs ``marker(shared_on)`` as an
    operation; the dialog closes when it succeeded, and shows a refusal and stays open
    when it did not."""

    def __init__(
        self, *, marker: Marker, version: int, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._marker = marker
        self._language = language
        self.setWindowTitle(self.tr("Mark as shared"))
        explanation = QLabel(
            self.tr(
                "Record that version %1 was handed to the citizen or the partners. From then "
                "on it is kept as it was: any change to the plan makes version %2."
            )
            .replace("%1", str(version))
            .replace("%2", str(version + 1))
        )
        explanation.setWordWrap(True)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("Shared on"))
        label = QLabel(self.tr("&Shared on:"))
        label.setBuddy(self.date_edit)
        form = QFormLayout()
        form.addRow(label, self.date_edit)
        self.message_label = ProblemLine(language=language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mark_button = buttons.addButton(
            self.tr("Mark as shared"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._mark)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _mark(self) -> Operation | None:
        if not self.mark_button.isEnabled():
            return None
        chosen = self.date_edit.date()
        on = date(chosen.year(), chosen.month(), chosen.day())
        marker = self._marker
        self.mark_button.setEnabled(False)
        self.message_label.clear()
        operation = run_op(
            self,
            lambda: marker(on),
            lambda _plan: self.accept(),
            on_refused=self._refused,
            label=self.tr("Marking the plan as shared…"),
        )
        operation.finished.connect(self._finished)
        return operation

    def _refused(self, refusal: Refusal) -> None:
        self.message_label.show_problems(refusal.problems)

    def _finished(self) -> None:
        self.mark_button.setEnabled(True)
