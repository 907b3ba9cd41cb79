"""Under a case's decision: who carries it out, its budget and its deadline (the operative
group shares out the work on a niveau 3 case this way), and "Carry into the plan", which
puts the recorded decision into the case's action plan as an action with that owner and
deadline. Typing goes straight into the :class:`MeetingEditor`; the details are saved with
the meeting."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit


class DecisionDetails(QWidget):
    """:attr:`to_plan_requested` asks for the shown case's decision to go into its plan."""

    to_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor: MeetingEditor | None = None
        self.owner_edit = QLineEdit()
        self.owner_edit.setAccessibleName(self.tr("Responsible for the decision"))
        self.owner_edit.setPlaceholderText(self.tr("Responsible"))
        self.budget_edit = QLineEdit()
        self.budget_edit.setAccessibleName(self.tr("Budget for the decision"))
        self.budget_edit.setPlaceholderText(self.tr("Budget"))
        self.budget_edit.setMaxLength(64)
        self.owner_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 8)
        self.budget_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 6)
        self.deadline_edit = OptionalDateEdit(accessible_name=self.tr("Deadline"))
        self.to_plan_button = QPushButton(self.tr("&Carry into the plan"))
        self.to_plan_button.setToolTip(
            self.tr("Puts the recorded decision into the case's action plan as an action")
        )
        self.to_plan_button.clicked.connect(self.to_plan_requested)
        deadline_label = QLabel(self.tr("Deadline:"))
        deadline_label.setBuddy(self.deadline_edit)

        # One line under the decision; the agenda panel puts the button beside the
        # decision, under "Record decision", so the agenda keeps its rows at 1024×700.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.owner_edit, 3)
        layout.addWidget(self.budget_edit, 1)
        layout.addWidget(deadline_label)
        layout.addWidget(self.deadline_edit)

        self.owner_edit.textChanged.connect(self._changed)
        self.budget_edit.textChanged.connect(self._changed)
        self.deadline_edit.changed.connect(self._changed)

    def show_editor(self, editor: MeetingEditor | None) -> None:
        """Show the details of ``editor``'s shown case (none: empty)."""
        self._editor = None  # filling the fields is no edit
        item = editor.shown_item if editor else None
        owner = item.decision_owner if item else ""
        budget = item.decision_budget if item else ""
        if self.owner_edit.text() != owner:
            self.owner_edit.setText(owner)
        if self.budget_edit.text() != budget:
            self.budget_edit.setText(budget)
        self.deadline_edit.set_value(item.decision_deadline if item else None)
        self.to_plan_button.setEnabled(item is not None and bool(item.decision))
        self._editor = editor

    def _changed(self) -> None:
        editor = self._editor
        if editor is not None and editor.shown_case is not None:
            editor.set_decision_details(
                owner=self.owner_edit.text(),
                budget=self.budget_edit.text(),
                deadline=self.deadline_edit.value(),
            )
