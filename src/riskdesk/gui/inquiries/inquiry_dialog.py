"""The quick-entry dialog for an inquiry (henvendelse): opened from anywhere with
Ctrl+Shift+H and done by keyboard alone in a few keystrokes. Focus starts on the type
(the date is today's); typing the first letters picks a type and a source, Tab moves on
and Enter saves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.inquiry import (
    INQUIRY_KIND_LABELS,
    INQUIRY_SOURCE_LABELS,
    NOTE_MAX,
    Inquiry,
)
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.gui.operations import run_op
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class InquiryDialog(QDialog):
    """Registers one inquiry through ``desk.inquiries.add`` in an operation. A refusal
    is shown here with everything typed kept and focus on the first field named;
    :attr:`saved` carries the stored :class:`Inquiry`, then the dialog accepts."""

    saved = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        language: Language,
        case_number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self.setWindowTitle(self.tr("New inquiry"))

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            "dd.MM.yyyy" if Language(language) is Language.DANISH else "yyyy-MM-dd"
        )
        self.date_edit.setAccessibleName(self.tr("Date received"))
        self.kind_box = _choices(INQUIRY_KIND_LABELS, language)
        self.kind_box.setAccessibleName(self.tr("Type"))
        self.source_box = _choices(INQUIRY_SOURCE_LABELS, language)
        self.source_box.setAccessibleName(self.tr("Source"))
        self.received_by_label = QLabel(desk.user.display_name)
        self.case_edit = QLineEdit(case_number)
        self.case_edit.setAccessibleName(self.tr("Case number"))
        self.case_edit.setPlaceholderText(self.tr("optional, e.g. 2026-0012"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setFixedHeight(70)
        self.note_warning = QLabel(
            self.tr(
                "Do not write names, CPR numbers, birth dates, addresses, phone numbers "
                "or e-mail addresses in the note. Link the case instead. At most %1 "
                "characters."
            ).replace("%1", str(NOTE_MAX))
        )
        self.note_warning.setWordWrap(True)
        self.note_warning.setObjectName("hint")

        form = QFormLayout()
        form.addRow(_label(self.tr("&Date:"), self.date_edit), self.date_edit)
        form.addRow(_label(self.tr("&Type:"), self.kind_box), self.kind_box)
        form.addRow(_label(self.tr("&Source:"), self.source_box), self.source_box)
        form.addRow(self.tr("Received by:"), self.received_by_label)
        form.addRow(_label(self.tr("&Case number:"), self.case_edit), self.case_edit)
        form.addRow(_label(self.tr("&Note:"), self.note_edit), self.note_edit)
        form.addRow("", self.note_warning)

        self.message_label = ProblemLine(language=language)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter saves from every field but the note; Cancel must never take the default.
        cancel.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)
        self._fields: dict[str, QWidget] = {
            "received_on": self.date_edit,
            "kind": self.kind_box,
            "source": self.source_box,
            "case_number": self.case_edit,
            "note": self.note_edit,
        }
        self.kind_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        desk = self._desk
        chosen = self.date_edit.date()
        received_on = date(chosen.year(), chosen.month(), chosen.day())
        kind, source = str(self.kind_box.currentData()), str(self.source_box.currentData())
        case_number, note = self.case_edit.text(), self.note_edit.toPlainText()

        def add() -> Inquiry:
            return desk.inquiries.add(
                received_on=received_on,
                kind=kind,
                source=source,
                case_number=case_number,
                note=note,
            )

        self.save_button.setEnabled(False)
        operation = run_op(self, add, self._saved)
        operation.finished.connect(lambda: self.save_button.setEnabled(True))

    def _saved(self, inquiry: Inquiry) -> None:
        self.saved.emit(inquiry)
        self.accept()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)
        for problem in problems:
            widget = self._fields.get(problem.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def wipe(self) -> None:
        self.note_edit.clear()
        self.case_edit.clear()


def _choices[E: StrEnum](labels: Mapping[E, LocalizedText], language: Language) -> QComboBox:
    box = QComboBox()
    for value, label in labels.items():
        box.addItem(label.text(language), value.value)
    return box


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
