"""The people side of a plan: the mentor, the citizen's own view, the parents' view for a
minor, and whether the citizen agrees with the plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import AGREEMENT_LABELS, ActionPlan, CitizenAgreement
from riskdesk.domain.localized import Language

CITIZEN_KEYS = ("mentor", "citizen_view", "parents_view", "agreement", "agreement_note")


class CitizenSection(QWidget):
    """:meth:`data` gives the plan input for :data:`CITIZEN_KEYS`. The parents' view is
    shown for a minor, and for an adult only when it already holds text."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.fields: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.cells: dict[str, QWidget] = {}
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        # Spare height goes below the form, not between its rows.
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.mentor_edit = QLineEdit()
        self.mentor_edit.setPlaceholderText(self.tr("Name of the mentor, if there is one"))
        self._add("mentor", self.tr("&Mentor:"), self.mentor_edit)
        self.citizen_view_edit = self._text_edit()
        self._add("citizen_view", self.tr("The &citizen's view:"), self.citizen_view_edit)
        self.parents_view_edit = self._text_edit()
        self._add("parents_view", self.tr("The &parents' view:"), self.parents_view_edit)

        self.agreement_group = QButtonGroup(self)
        self.agreement_buttons: dict[CitizenAgreement, QRadioButton] = {}
        agreement = QWidget()
        agreement_layout = QVBoxLayout(agreement)
        agreement_layout.setContentsMargins(0, 0, 0, 0)
        for choice in CitizenAgreement:
            button = QRadioButton(AGREEMENT_LABELS[choice].text(language))
            self.agreement_group.addButton(button)
            self.agreement_buttons[choice] = button
            agreement_layout.addWidget(button)
            button.toggled.connect(self.changed)
        self._add("agreement", self.tr("A&greement:"), agreement)
        self.agreement_note_edit = self._text_edit(height=56)
        self._add("agreement_note", self.tr("&Note on agreement:"), self.agreement_note_edit)
        self.mentor_edit.textChanged.connect(self.changed)

    def _text_edit(self, height: int = 80) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(self.changed)
        return edit

    def _add(self, key: str, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        problem = QLabel()
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.hide()
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(problem)
        self.form.addRow(label, cell)
        self.fields[key] = field
        self.problem_labels[key] = problem
        self.cells[key] = cell

    def set_plan(self, plan: ActionPlan, *, minor: bool) -> None:
        self.mentor_edit.setText(plan.mentor)
        self.citizen_view_edit.setPlainText(plan.citizen_view)
        self.parents_view_edit.setPlainText(plan.parents_view)
        self.agreement_group.setExclusive(False)
        for choice, button in self.agreement_buttons.items():
            button.setChecked(plan.agreement is choice)
        self.agreement_group.setExclusive(True)
        self.agreement_note_edit.setPlainText(plan.agreement_note)
        self.form.setRowVisible(self.cells["parents_view"], minor or bool(plan.parents_view))

    def data(self) -> dict[str, Any]:
        agreement = next(
            (
                choice.value
                for choice, button in self.agreement_buttons.items()
                if button.isChecked()
            ),
            None,
        )
        return {
            "mentor": self.mentor_edit.text(),
            "citizen_view": self.citizen_view_edit.toPlainText(),
            "parents_view": self.parents_view_edit.toPlainText(),
            "agreement": agreement,
            "agreement_note": self.agreement_note_edit.toPlainText(),
        }

    def parents_view_shown(self) -> bool:
        return self.form.isRowVisible(self.cells["parents_view"])

    def clear(self) -> None:
        self.mentor_edit.clear()
        for edit in (self.citizen_view_edit, self.parents_view_edit, self.agreement_note_edit):
            edit.clear()
