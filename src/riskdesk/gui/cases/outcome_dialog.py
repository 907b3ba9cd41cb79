"""Recording a case's outcome at a follow-up, 6 or 12 months after closing (or correcting
the one at closing): opened from the start page's line or from the case page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case_outcome import POINT_LABELS, CaseOutcome, OutcomePoint
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.cases.outcome_fields import OutcomeFields
from riskdesk.gui.operations import read_now, run_op
from riskdesk.gui.widgets.optional_date_edit import DATE_FORMAT
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.outcome_service import CaseOutcomes


class OutcomeDialog(QDialog):
    """:attr:`recorded` carries the stored :class:`CaseOutcome`, then the dialog accepts.
    A refusal is shown here with everything typed kept. Build it with :meth:`open_for`,
    which reads the case's outcomes first."""

    recorded = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        outcomes: CaseOutcomes,
        point: OutcomePoint,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._outcomes = outcomes
        self._language = language
        self.setWindowTitle(self.tr("Outcome"))
        self.setMinimumWidth(520)

        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setWordWrap(True)
        self.point_combo = QComboBox()
        for value, label in POINT_LABELS.items():
            self.point_combo.addItem(label.text(language), value.value)
        self.point_combo.setAccessibleName(self.tr("When"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("Recorded on"))
        self.fields = OutcomeFields(language=language)
        self.message_label = ProblemLine(language=language)

        point_label = QLabel(self.tr("&When:"))
        point_label.setBuddy(self.point_combo)
        date_label = QLabel(self.tr("&Recorded on:"))
        date_label.setBuddy(self.date_edit)
        # In the outcome's own form, so all labels line up in one column.
        self.fields.form.insertRow(0, point_label, self.point_combo)
        self.fields.form.insertRow(1, date_label, self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Record outcome"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.fields)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.point_combo.currentIndexChanged.connect(self._point_changed)
        self.point_combo.setCurrentIndex(self.point_combo.findData(point.value))
        self._point_changed()
        self.point_combo.setFocus()

    @classmethod
    def open_for(
        cls,
        parent: QWidget,
        *,
        desk: Desk,
        case_id: CaseId,
        point: OutcomePoint | None,
        language: Language,
    ) -> OutcomeDialog | None:
        """Read the case's outcomes and open the dialog at ``point`` (None: the first
        follow-up not recorded, else the one at closing); None if the read was refused."""
        outcomes = read_now(parent, lambda: desk.outcomes.for_case(case_id=case_id))
        if outcomes is None:
            return None
        if point is None:
            point = next(iter(outcomes.due), OutcomePoint.CLOSING)
        dialog = cls(desk=desk, outcomes=outcomes, point=point, language=language, parent=parent)
        dialog.open()
        return dialog

    def point(self) -> OutcomePoint:
        return OutcomePoint(self.point_combo.currentData())

    def _point_changed(self) -> None:
        point = self.point()
        outcomes = self._outcomes
        closed = (
            self.tr("The case was closed on %1.").replace("%1", dmy(outcomes.closed_on))
            if outcomes.closed_on is not None
            else self.tr("The case is open: follow-ups can be recorded once it is closed.")
        )
        due = outcomes.due.get(point)
        due_text = (
            " " + self.tr("This follow-up is due on %1.").replace("%1", dmy(due))
            if due is not None
            else ""
        )
        earlier = next((o for o in outcomes.recorded if o.point is point), None)
        again = (
            " "
            + self.tr("Recorded on %1; saving corrects it.").replace("%1", dmy(earlier.recorded_on))
            if earlier is not None
            else ""
        )
        self.status_label.setText(closed + due_text + again)
        if earlier is not None:
            self.fields.show_outcome(earlier)

    def save(self) -> None:
        desk, case_id = self._desk, self._outcomes.case_id
        chosen = self.date_edit.date()
        values = self.fields.values() | {
            "point": self.point().value,
            "recorded_on": date(chosen.year(), chosen.month(), chosen.day()),
        }
        self.message_label.clear()
        self.save_button.setEnabled(False)
        run_op(
            self, lambda: desk.outcomes.record(case_id=case_id, outcome=values), self._recorded
        ).finished.connect(lambda: self.save_button.setEnabled(True))

    def _recorded(self, outcome: CaseOutcome) -> None:
        self.recorded.emit(outcome)
        self.accept()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)
        first = self.fields.first_field(problems)
        if any(p.field == "recorded_on" for p in problems):
            first = self.date_edit
        if first is not None:
            first.setFocus()

    def wipe(self) -> None:
        self.fields.wipe()
