"""The two halves of the person-and-case editor: the person's fields (with the guardians
of a minor) and the case's fields. Each input writes through to the
:class:`PersonCaseForm` as it is typed, and has a problem label beneath it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case import (
    KIND_LABELS,
    LEGAL_BASIS_LABELS,
    REFERRAL_LABELS,
    CaseKind,
    LegalBasis,
    ReferralSource,
)
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.person_case_form import PersonCaseForm
from riskdesk.domain.person_case_inputs import GUARDIANS, CaseInput
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.gui.cases.guardians_editor import GuardiansEditor
from riskdesk.gui.widgets.problem_routing import route_problems

Input = QLineEdit | QPlainTextEdit | QComboBox | QDateEdit | GuardiansEditor


class _FieldsBox(QGroupBox):
    """A titled form of inputs by key, each with its label as buddy and a hidden problem
    label beneath. :attr:`edited` fires after every change made in an input (by the user
    or a program), never while :meth:`load` shows the form."""

    edited = Signal()

    def __init__(self, form: PersonCaseForm, language: Language) -> None:
        super().__init__()
        self._form = form
        self._language = language
        self._loading = False
        self.inputs: dict[str, Input] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self._cells: dict[str, QWidget] = {}
        self._labels_above: dict[str, QLabel] = {}
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def bind(self, form: PersonCaseForm) -> None:
        self._form = form
        self.load()

    def load(self) -> None:
        """Show what the form holds."""
        self._loading = True
        try:
            self._show_form()
        finally:
            self._loading = False
        self._loaded()

    def _show_form(self) -> None:
        raise NotImplementedError

    def _loaded(self) -> None:
        """What follows from the values just shown (a description, a row shown)."""

    def _add(self, key: str, text: str, field: Input, *, under_label: bool = False) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        # The accessible name is the label without its mnemonic marker and colon.
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        if isinstance(field, QPlainTextEdit):
            field.setTabChangesFocus(True)
            field.setFixedHeight(72)
            # Fixed, so that height the column has to spare goes below the last row
            # instead of opening a gap above the input.
            field.setSizePolicy(field.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        problem = QLabel()
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.hide()
        cell = QWidget()
        # Wide enough for an address or a whole problem message on one line.
        cell.setMinimumWidth(260)
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(field)
        cell_layout.addWidget(problem)
        if under_label:
            # A table under its label takes the box's whole width, so its columns are read
            # whole ("Aya Madsen", "22 40 06 89") instead of wrapped beside a long label.
            self._layout.addRow(label)
            self._labels_above[key] = label
            self._layout.addRow(cell)
        else:
            self._layout.addRow(label, cell)
        self.inputs[key] = field
        self.problem_labels[key] = problem
        self._cells[key] = cell

    def show_problems(self, problems: Sequence[Problem]) -> Input | None:
        """Show problems about this part (paths starting with an input's key) beside
        their inputs; the first input that has one."""
        routes: dict[FieldPath | str, str] = {(key,): key for key in self.inputs}
        first: Input | None = None
        for key, found in route_problems(problems, routes).by_target.items():
            label = self.problem_labels[key]
            label.setText("\n".join(p.text(self._language) for p in found))
            label.show()
            first = first or self.inputs[key]
        return first

    def clear_problems(self) -> None:
        for label in self.problem_labels.values():
            label.clear()
            label.hide()

    def _changed(self, apply: Callable[[], object]) -> None:
        if not self._loading:
            apply()
            self.edited.emit()

    def _set_text(self, key: str, value: str) -> None:
        field = self.inputs[key]
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(value)
        elif isinstance(field, QLineEdit):
            field.setText(value)

    def _text_of(self, key: str) -> str:
        field = self.inputs[key]
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText()
        assert isinstance(field, QLineEdit)
        return field.text()


class PersonFields(_FieldsBox):
    """The person. The guardians' row shows only while
    :attr:`PersonCaseForm.shows_guardians`: a CPR number or birth date of a minor, or
    guardians already there."""

    def __init__(self, form: PersonCaseForm, language: Language) -> None:
        super().__init__(form, language)
        self.setTitle(self.tr("Person"))
        self._text("name", self.tr("&Name:"), QLineEdit())
        cpr = QLineEdit()
        cpr.setPlaceholderText(self.tr("DDMMYY-SSSS"))
        self._text("cpr", self.tr("&CPR number:"), cpr)
        birth = QLineEdit()
        birth.setPlaceholderText(self.tr("DD.MM.YYYY, only without a CPR number"))
        self._text("birth_date", self.tr("Date of &birth:"), birth)
        self._text("phone", self.tr("P&hone:"), QLineEdit())
        self._text("email", self.tr("&Email:"), QLineEdit())
        self._text("address", self.tr("&Address:"), QLineEdit())
        postal_code = QLineEdit()
        postal_code.setToolTip(self.tr("Four digits; the town is filled in as you type"))
        self._text("postal_code", self.tr("P&ostal code:"), postal_code)
        city = QLineEdit()
        # Filled in from the postal code: drawn as a field that is not typed in.
        city.setStyleSheet("QLineEdit:read-only { background: palette(window); }")
        city.setToolTip(
            self.tr(
                "Filled in from the postal code. Type a town only for an address outside "
                "Denmark, with no postal code."
            )
        )
        self._text("city", self.tr("C&ity:"), city)
        self.guardians_editor = GuardiansEditor(form)
        self.guardians_editor.edited.connect(self.edited)
        self._add(
            GUARDIANS, self.tr("&Guardians (minors):"), self.guardians_editor, under_label=True
        )
        self._text("notes", self.tr("Notes about the &person:"), QPlainTextEdit())
        # A CPR number or birth date typed decides whether the person is a minor.
        self.edited.connect(self._loaded)

    def _text(self, key: str, text: str, field: QLineEdit | QPlainTextEdit) -> None:
        self._add(key, text, field)

        def write() -> None:
            self._form.set_person_text(key, self._text_of(key))
            if key == "postal_code":
                self._show_city()

        field.textChanged.connect(lambda *_: self._changed(write))

    def _show_city(self) -> None:
        """The town the form took from the postal code just typed."""
        city = self.inputs["city"]
        assert isinstance(city, QLineEdit)
        if city.text() != self._form.person.city:
            city.setText(self._form.person.city)

    def _show_form(self) -> None:
        person = self._form.person
        for key in self.inputs:
            if key != GUARDIANS:
                self._set_text(key, getattr(person, key))
        self.guardians_editor.bind(self._form)

    def show_problems(self, problems: Sequence[Problem]) -> Input | None:
        first = super().show_problems(problems)
        self.guardians_editor.show_problems(
            [Problem(p.path[1:], p.message) for p in problems if p.under(GUARDIANS)],
            self._language,
        )
        return first

    def clear_problems(self) -> None:
        super().clear_problems()
        self.guardians_editor.clear_problems()

    def _loaded(self) -> None:
        shown = self._form.shows_guardians
        self._layout.setRowVisible(self._labels_above[GUARDIANS], shown)
        self._layout.setRowVisible(self._cells[GUARDIANS], shown)
        city = self.inputs["city"]
        assert isinstance(city, QLineEdit)
        city.setReadOnly(self._form.city_from_postal_code)


class CaseFields(_FieldsBox):
    """The case: its level (the level rules' levels, the chosen one described), kind,
    referral, legal basis, opening date and notes."""

    def __init__(self, form: PersonCaseForm, language: Language) -> None:
        super().__init__(form, language)
        self.setTitle(self.tr("Case"))
        self.level_combo = QComboBox()
        for definition in form.levels:
            self.level_combo.addItem(definition.name.text(language), definition.number)
        self._add("level", self.tr("&Level:"), self.level_combo)
        self.level_description = QLabel()
        self.level_description.setObjectName("hint")
        self.level_description.setWordWrap(True)
        self._layout.addRow("", self.level_description)
        self.kind_combo = self._choice("kind", self.tr("&Kind:"), CaseKind, KIND_LABELS)
        self.referral_combo = self._choice(
            "referral_source", self.tr("&Referred by:"), ReferralSource, REFERRAL_LABELS
        )
        self.legal_basis_combo = self._choice(
            "legal_basis", self.tr("Le&gal basis for sharing:"), LegalBasis, LEGAL_BASIS_LABELS
        )
        note = QLineEdit()
        self._add("legal_basis_note", self.tr("No&te on the legal basis:"), note)
        self.opened_edit = QDateEdit()
        self.opened_edit.setCalendarPopup(True)
        # The Danish UI writes dates dd.mm.åååå everywhere (issue #16, item 8).
        danish = Language(language) is Language.DANISH
        self.opened_edit.setDisplayFormat("dd.MM.yyyy" if danish else "yyyy-MM-dd")
        self._add("opened_on", self.tr("Opene&d on:"), self.opened_edit)
        notes = QPlainTextEdit()
        self._add("notes", self.tr("Notes on the ca&se:"), notes)
        combos = (self.level_combo, self.kind_combo, self.referral_combo, self.legal_basis_combo)
        for combo in combos:
            combo.currentIndexChanged.connect(self._read)
        note.textChanged.connect(self._read)
        notes.textChanged.connect(self._read)
        self.opened_edit.dateChanged.connect(self._read)

    def _choice(
        self, key: str, text: str, enum: type[StrEnum], labels: Mapping[Any, LocalizedText]
    ) -> QComboBox:
        combo = QComboBox()
        for member in enum:
            combo.addItem(labels[member].text(self._language), member.value)
        self._add(key, text, combo)
        return combo

    def _read(self) -> None:
        def write() -> None:
            self._form.case = CaseInput(
                level=int(self.level_combo.currentData()),
                opened_on=_date(self.opened_edit.date()),
                kind=CaseKind(self.kind_combo.currentData()),
                referral_source=ReferralSource(self.referral_combo.currentData()),
                legal_basis=LegalBasis(self.legal_basis_combo.currentData()),
                legal_basis_note=self._text_of("legal_basis_note"),
                notes=self._text_of("notes"),
            )

        self._changed(write)
        self._loaded()

    def _show_form(self) -> None:
        case = self._form.case
        if self.level_combo.findData(case.level) < 0:
            # A level the rules no longer have stays shown (and reported), not replaced.
            self.level_combo.addItem(str(case.level), case.level)
        _select(self.level_combo, case.level)
        _select(self.kind_combo, case.kind.value)
        _select(self.referral_combo, case.referral_source.value)
        _select(self.legal_basis_combo, case.legal_basis.value)
        self._set_text("legal_basis_note", case.legal_basis_note)
        self._set_text("notes", case.notes)
        self.opened_edit.setDate(QDate(case.opened_on))

    def _loaded(self) -> None:
        level = self._form.level()
        self.level_description.setText(level.description.text(self._language) if level else "")


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
