"""The fields of an outcome, at closing or at a follow-up: a new charge or conviction
(yes, no, unknown, with its date), school or education, job, housing, substance use and
a note. Shared by the close-case dialog and the outcome dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from riskdesk.domain.case_outcome import (
    DEVELOPMENT_LABELS,
    NEW_CHARGE_LABELS,
    CaseOutcome,
    Development,
    NewCharge,
)
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit


class OutcomeFields(QWidget):
    """:meth:`values` are the fields as the outcome service takes them; unknown until
    chosen, so an outcome nobody knows yet is recorded as unknown, never guessed."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.charge_combo = self._combo(NEW_CHARGE_LABELS, NewCharge.UNKNOWN)
        self.charge_combo.setAccessibleName(self.tr("New charge or conviction"))
        self.charge_date = OptionalDateEdit(accessible_name=self.tr("Date of the charge"))
        self.charge_combo.currentIndexChanged.connect(self._charge_changed)
        self.area_combos: dict[str, QComboBox] = {}
        labels = {
            "education": self.tr("School or &education:"),
            "job": self.tr("&Job:"),
            "housing": self.tr("&Housing:"),
            "substance_use": self.tr("&Substance use:"),
        }
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)
        self.note_edit.setAccessibleName(self.tr("Note on the outcome"))

        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._row(form, self.tr("New &charge or conviction:"), self.charge_combo)
        self._row(form, self.tr("Date of the c&harge:"), self.charge_date)
        for field, text in labels.items():
            combo = self._combo(DEVELOPMENT_LABELS, Development.UNKNOWN)
            combo.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.area_combos[field] = combo
            self._row(form, text, combo)
        self._row(form, self.tr("N&ote:"), self.note_edit)
        self._charge_changed()

    def _combo(self, labels: dict[Any, Any], chosen: object) -> QComboBox:
        combo = QComboBox()
        for value, label in labels.items():
            combo.addItem(label.text(self._language), value.value)
        combo.setCurrentIndex(combo.findData(getattr(chosen, "value", chosen)))
        return combo

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _charge_changed(self) -> None:
        yes = self.charge_combo.currentData() == NewCharge.YES.value
        self.charge_date.setEnabled(yes)
        if not yes:
            self.charge_date.set_value(None)

    def values(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {
            "new_charge": self.charge_combo.currentData(),
            "new_charge_on": self.charge_date.value(),
            "note": self.note_edit.toPlainText().strip(),
        }
        for field, combo in self.area_combos.items():
            chosen[field] = combo.currentData()
        return chosen

    def show_outcome(self, outcome: CaseOutcome) -> None:
        """Fill the fields from an outcome recorded before, to correct it."""
        self.charge_combo.setCurrentIndex(self.charge_combo.findData(outcome.new_charge.value))
        self.charge_date.set_value(outcome.new_charge_on)
        for field, combo in self.area_combos.items():
            combo.setCurrentIndex(combo.findData(getattr(outcome, field).value))
        self.note_edit.setPlainText(outcome.note)

    def first_field(self, problems: Sequence[Problem]) -> QWidget | None:
        """The field the first problem is about, to put the cursor there."""
        for problem in problems:
            name = str(problem.path[-1]) if problem.path else ""
            if name == "new_charge_on":
                return self.charge_date
            if name == "new_charge":
                return self.charge_combo
            if name in self.area_combos:
                return self.area_combos[name]
            if name == "note":
                return self.note_edit
        return None

    def wipe(self) -> None:
        self.note_edit.clear()
