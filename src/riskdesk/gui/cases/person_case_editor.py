"""Create a person with a first case, or edit a person and one of their cases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case import (
    KIND_LABELS,
    LEGAL_BASIS_LABELS,
    REFERRAL_LABELS,
    STATUS_LABELS,
    Case,
    CaseKind,
    CaseStatus,
    LegalBasis,
    ReferralSource,
)
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.person import Person
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal, UserInputError
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.access_insight.access_insight_dialog import AccessInsightDialog
from riskdesk.gui.cases.close_case_dialog import CloseCaseDialog
from riskdesk.gui.cases.guardians_editor import GuardiansEditor

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

PERSON = "person"
CASE = "case"
_DEFAULT_LEVEL = 2

Field = QLineEdit | QPlainTextEdit | QComboBox | QDateEdit | GuardiansEditor


class PersonCaseEditor(QDialog):
    """Edits one person and one case and saves both through the desk.

    ``case_id=None`` creates a new person with a case. Validation problems are shown
    beside their fields and listed at the top; the form keeps everything typed.
    :attr:`saved` carries the case id after every successful save or close.
    """

    saved = Signal(int)

    def __init__(
        self,
        *,
        desk: Desk,
        language: Language,
        case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._person: Person | None = None
        self._case_id: CaseId | None = None
        self._person_id: PersonId | None = None
        self._fields: dict[tuple[str, str], Field] = {}
        self._problem_labels: dict[tuple[str, str], QLabel] = {}
        self.setObjectName("PersonCaseEditor")
        self.setMinimumWidth(1000)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.case_info = QLabel()
        self.case_info.setObjectName("hint")
        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problems"))
        self.message_label.hide()

        columns = QHBoxLayout()
        columns.addWidget(self._person_box(), 1)
        columns.addWidget(self._case_box(), 1)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.close_case_button = QPushButton(self.tr("Close case…"))
        self.close_case_button.setAccessibleName(self.tr("Close the case"))
        self.close_case_button.setAutoDefault(False)
        self.close_case_button.clicked.connect(self._close_case)
        buttons.addButton(self.close_case_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reopen_case_button = QPushButton(self.tr("Reopen case"))
        self.reopen_case_button.setAutoDefault(False)
        self.reopen_case_button.clicked.connect(self._reopen_case)
        self.reopen_case_button.hide()
        buttons.addButton(self.reopen_case_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.access_insight_button = QPushButton(self.tr("Access &insight…"))
        self.access_insight_button.setToolTip(
            self.tr("Who looked at or changed this person's data, and when")
        )
        self.access_insight_button.setAutoDefault(False)
        self.access_insight_button.clicked.connect(self._show_access_insight)
        self.access_insight_button.hide()
        buttons.addButton(self.access_insight_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.case_info)
        layout.addWidget(self.message_label)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self._fill_choices()
        if case_id is None:
            self.setWindowTitle(self.tr("New person and case"))
            self.heading.setText(self.tr("New person and case"))
            self.case_info.setText(self.tr("The case number is given when the case is saved."))
            self.close_case_button.hide()
        else:
            self._load(CaseId(case_id))
        self.field(PERSON, "name").setFocus()

    # ----- building -----------------------------------------------------------------

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Person"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add(form, PERSON, "name", self.tr("&Name:"), QLineEdit())
        cpr = QLineEdit()
        cpr.setPlaceholderText(self.tr("DDMMYY-SSSS"))
        self._add(form, PERSON, "cpr", self.tr("&CPR number:"), cpr)
        birth = QLineEdit()
        birth.setPlaceholderText(self.tr("YYYY-MM-DD, only without a CPR number"))
        self._add(form, PERSON, "birth_date", self.tr("Date of &birth:"), birth)
        self._add(form, PERSON, "phone", self.tr("P&hone:"), QLineEdit())
        self._add(form, PERSON, "email", self.tr("&Email:"), QLineEdit())
        self._add(form, PERSON, "address", self.tr("&Address:"), QLineEdit())
        self._add(form, PERSON, "postal_code", self.tr("P&ostal code:"), QLineEdit())
        self._add(form, PERSON, "city", self.tr("C&ity:"), QLineEdit())
        self.guardians_editor = GuardiansEditor()
        self._add(form, PERSON, "guardians", self.tr("&Guardians (minors):"), self.guardians_editor)
        self._add(form, PERSON, "notes", self.tr("Notes about the &person:"), QPlainTextEdit())
        return box

    def _case_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.level_combo = QComboBox()
        self._add(form, CASE, "level", self.tr("&Level:"), self.level_combo)
        self.level_description = QLabel()
        self.level_description.setObjectName("hint")
        self.level_description.setWordWrap(True)
        form.addRow("", self.level_description)
        self.level_combo.currentIndexChanged.connect(self._show_level_description)
        self.kind_combo = QComboBox()
        self._add(form, CASE, "kind", self.tr("&Kind:"), self.kind_combo)
        self.referral_combo = QComboBox()
        self._add(form, CASE, "referral_source", self.tr("&Referred by:"), self.referral_combo)
        self.legal_basis_combo = QComboBox()
        self._add(
            form, CASE, "legal_basis", self.tr("Le&gal basis for sharing:"), self.legal_basis_combo
        )
        self._add(form, CASE, "legal_basis_note", self.tr("No&te on the legal basis:"), QLineEdit())
        self.opened_edit = QDateEdit(QDate.currentDate())
        self.opened_edit.setCalendarPopup(True)
        self.opened_edit.setDisplayFormat("yyyy-MM-dd")
        self._add(form, CASE, "opened_on", self.tr("Opene&d on:"), self.opened_edit)
        self._add(form, CASE, "notes", self.tr("Notes on the ca&se:"), QPlainTextEdit())
        return box

    def _add(self, form: QFormLayout, section: str, key: str, text: str, field: Field) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        # The accessible name is the label without its mnemonic marker and colon.
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        if isinstance(field, QPlainTextEdit):
            field.setTabChangesFocus(True)
            field.setFixedHeight(72)
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
        form.addRow(label, cell)
        self._fields[(section, key)] = field
        self._problem_labels[(section, key)] = problem

    def _fill_choices(self) -> None:
        for definition in self._desk.levels.levels:
            self.level_combo.addItem(definition.name.text(self._language), definition.number)
        _select(self.level_combo, _DEFAULT_LEVEL)
        self._fill_enum(self.kind_combo, CaseKind, KIND_LABELS)
        self._fill_enum(self.referral_combo, ReferralSource, REFERRAL_LABELS)
        self._fill_enum(self.legal_basis_combo, LegalBasis, LEGAL_BASIS_LABELS)
        self._show_level_description()

    def _fill_enum(
        self, combo: QComboBox, enum: type[Any], labels: Mapping[Any, LocalizedText]
    ) -> None:
        for member in enum:
            combo.addItem(labels[member].text(self._language), member.value)

    def _show_level_description(self) -> None:
        number = self.level_combo.currentData()
        if number is None:
            self.level_description.clear()
            return
        self.level_description.setText(
            self._desk.levels.get(number).description.text(self._language)
        )

    # ----- access -------------------------------------------------------------------

    def field(self, section: str, key: str) -> Field:
        return self._fields[(section, key)]

    def _text(self, section: str, key: str) -> str:
        field = self._fields[(section, key)]
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText()
        if isinstance(field, QLineEdit):
            return field.text()
        raise TypeError(f"{section}.{key} is not a text field")

    def _set_text(self, section: str, key: str, value: str) -> None:
        field = self._fields[(section, key)]
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(value)
        elif isinstance(field, QLineEdit):
            field.setText(value)

    # ----- loading and saving -------------------------------------------------------

    def _load(self, case_id: CaseId) -> None:
        case = self._desk.cases.get(case_id)
        person = self._desk.persons.get(case.person_id)
        self._show(person, case)

    def _show(self, person: Person, case: Case) -> None:
        self._person = person
        self._person_id, self._case_id = person.id, case.id
        self.setWindowTitle(self.tr("Person and case"))
        self.heading.setText(person.name)
        self.case_info.setText(
            self.tr("Case %1 · %2 · caseworker %3")
            .replace("%1", case.case_number)
            .replace("%2", STATUS_LABELS[case.status].text(self._language))
            .replace("%3", case.caseworker)
        )
        for key in ("name", "phone", "email", "address", "postal_code", "city", "notes"):
            self._set_text(PERSON, key, getattr(person, key))
        self._set_text(PERSON, "cpr", person.cpr or "")
        # A birth date derived from the CPR number is not shown, so that correcting the
        # CPR number alone cannot trip the "does not match" rule.
        own_birth_date = person.birth_date if person.cpr is None else None
        self._set_text(PERSON, "birth_date", own_birth_date.isoformat() if own_birth_date else "")
        self.guardians_editor.set_guardians(person.guardians)
        _select(self.level_combo, case.level)
        _select(self.kind_combo, case.kind.value)
        _select(self.referral_combo, case.referral_source.value)
        _select(self.legal_basis_combo, case.legal_basis.value)
        self._set_text(CASE, "legal_basis_note", case.legal_basis_note)
        self._set_text(CASE, "notes", case.notes)
        self.opened_edit.setDate(QDate(case.opened_on))
        self.close_case_button.setVisible(True)
        self.close_case_button.setEnabled(case.status is CaseStatus.OPEN)
        self.reopen_case_button.setVisible(case.status is CaseStatus.CLOSED)
        self.access_insight_button.show()

    def person_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            key: self._text(PERSON, key)
            for key in ("name", "phone", "email", "address", "postal_code", "city", "notes")
        }
        data["cpr"] = self._text(PERSON, "cpr").strip() or None
        data["birth_date"] = self._text(PERSON, "birth_date").strip() or None
        data["guardians"] = self.guardians_editor.guardians()
        return data

    def case_data(self) -> dict[str, Any]:
        return {
            "level": self.level_combo.currentData(),
            "kind": self.kind_combo.currentData(),
            "referral_source": self.referral_combo.currentData(),
            "legal_basis": self.legal_basis_combo.currentData(),
            "legal_basis_note": self._text(CASE, "legal_basis_note"),
            "opened_on": self.opened_edit.date().toPython(),
            "notes": self._text(CASE, "notes"),
        }

    def save(self) -> None:
        self._clear_problems()
        # The section a problem belongs to is known only when each part is saved alone.
        section: str | None = None
        try:
            if self._case_id is None or self._person_id is None:
                _, case = self._desk.cases.create_person_with_case(
                    person=self.person_data(), case=self.case_data()
                )
            else:
                section = PERSON
                self._person = self._desk.persons.update(self._person_id, self.person_data())
                section = CASE
                case = self._desk.cases.update(self._case_id, self.case_data())
        except UserInputError as error:
            self._show_problems(error.problems, section)
            return
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        if case.id is not None:
            self.saved.emit(int(case.id))
        self.accept()

    def _close_case(self) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        dialog = CloseCaseDialog(
            closer=lambda closed_on, reason: self._desk.cases.close(
                case_id, closed_on=closed_on, reason=reason
            ),
            language=self._language,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._case_closed(case_id))
        dialog.open()

    def _reopen_case(self) -> None:
        if self._case_id is None:
            return
        try:
            self._desk.cases.reopen(self._case_id)
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self._case_closed(self._case_id)

    def _case_closed(self, case_id: CaseId) -> None:
        self._load(case_id)
        self.saved.emit(int(case_id))

    # ----- problems -----------------------------------------------------------------

    def _clear_problems(self) -> None:
        self.message_label.hide()
        for label in self._problem_labels.values():
            label.clear()
            label.hide()

    def _show_access_insight(self) -> None:
        if self._person_id is None:
            return
        try:
            dialog = AccessInsightDialog(
                desk=self._desk, language=self._language, person_id=self._person_id, parent=self
            )
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _show_problems(self, problems: tuple[Problem, ...], section: str | None) -> None:
        texts: list[str] = []
        first: Field | None = None
        for problem in problems:
            text = problem.text(self._language)
            texts.append(text)
            place = self._place(problem.field, section)
            if place is None:
                continue
            label = self._problem_labels[place]
            label.setText("\n".join(filter(None, (label.text(), text))))
            label.show()
            first = first or self._fields[place]
        self._show_message("\n".join(f"• {text}" for text in texts))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self, field: str, section: str | None) -> tuple[str, str] | None:
        """Which input a problem's ``field`` (``name``, ``person.name``, ``guardians.0.name``)
        belongs to, or None when it is about no single input."""
        parts = field.split(".")
        if parts[0] in (PERSON, CASE) and len(parts) > 1:
            section, parts = parts[0], parts[1:]
        candidates = [
            place for place in self._fields if place[1] == parts[0] and section in (None, place[0])
        ]
        # "notes" is on both sides; without a prefix it cannot be placed.
        return candidates[0] if len(candidates) == 1 else None

    # ----- locking ------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget everything shown or typed, before the desk locks."""
        for dialog in self.findChildren(CloseCaseDialog):
            dialog.wipe()
            dialog.reject()
        for field in self._fields.values():
            if isinstance(field, QLineEdit | QPlainTextEdit | GuardiansEditor):
                field.clear()
        for label in (self.heading, self.case_info, self.message_label):
            label.clear()
        self._clear_problems()
        self._person = None
        self._person_id = self._case_id = None


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))
