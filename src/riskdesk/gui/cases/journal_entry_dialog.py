"""A new entry in a case's journal: the date, the kind, who took part (from the list and
in free text), a short text and a follow-up date. "Bekymringssamtale efter døgnrapport"
fills in the concern talk after the police daily report in one click."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.ids import CaseId
from riskdesk.domain.journal import (
    JOURNAL_KIND_LABELS,
    PARTICIPANT_LABELS,
    JournalEntry,
    JournalKind,
    Participant,
)
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.operations import run_op
from riskdesk.gui.widgets.optional_date_edit import DATE_FORMAT, OptionalDateEdit
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_PARTICIPANT_COLUMNS = 4


class JournalEntryDialog(QDialog):
    """:attr:`entry_added` carries the stored :class:`JournalEntry`, then the dialog
    accepts; a refusal is shown here with everything typed kept."""

    entry_added = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        case_id: CaseId,
        language: Language,
        template: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._case_id = case_id
        self._language = language
        self.setWindowTitle(self.tr("New journal entry"))
        self.setMinimumWidth(640)

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.kind_combo = QComboBox()
        for kind, label in JOURNAL_KIND_LABELS.items():
            self.kind_combo.addItem(label.text(language), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(JournalKind.CONVERSATION.value))
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.participant_boxes: dict[Participant, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (participant, label) in enumerate(PARTICIPANT_LABELS.items()):
            box = QCheckBox(label.text(language))
            self.participant_boxes[participant] = box
            grid.addWidget(box, index // _PARTICIPANT_COLUMNS, index % _PARTICIPANT_COLUMNS)
        participants = QWidget()
        participants.setLayout(grid)
        self.others_edit = QLineEdit()
        self.others_edit.setAccessibleName(self.tr("Other participants"))
        self.others_edit.setPlaceholderText(self.tr("Anyone else, e.g. an uncle or a coach"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(120)
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.follow_up_edit = OptionalDateEdit(accessible_name=self.tr("Follow-up date"))
        self.template_button = QPushButton(self.tr("Concern talk after the police daily report"))
        self.template_button.setAutoDefault(False)
        self.template_button.setToolTip(
            self.tr("Fill in a concern talk with the parents after the police daily report")
        )
        self.template_button.clicked.connect(self.fill_daily_report)
        self.message_label = ProblemLine(language=language)

        form = QFormLayout()
        self._fields_by_name: dict[str, QWidget] = {
            "happened_on": self.date_edit,
            "kind": self.kind_combo,
            "participants": participants,
            "other_participants": self.others_edit,
            "text": self.text_edit,
            "follow_up_on": self.follow_up_edit,
        }
        for text, field in (
            (self.tr("&Date:"), self.date_edit),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("Participants:"), participants),
            (self.tr("&Others:"), self.others_edit),
            (self.tr("&Text:"), self.text_edit),
            (self.tr("&Follow-up:"), self.follow_up_edit),
        ):
            row_label = QLabel(text)
            row_label.setBuddy(field)
            form.addRow(row_label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save entry"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        if template is not None:
            self.fill(template)
        self.text_edit.setFocus()

    def fill_daily_report(self) -> None:
        self.fill(self._desk.journal.daily_report_template(language=self._language.value))

    def fill(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (as the template gives them) in the fields."""
        day = values.get("happened_on")
        if isinstance(day, date):
            self.date_edit.setDate(QDate(day))
        kind = values.get("kind")
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(JournalKind(kind).value))
        chosen = {Participant(p) for p in values.get("participants", ())}
        for participant, box in self.participant_boxes.items():
            box.setChecked(participant in chosen)
        self.others_edit.setText(str(values.get("other_participants", "")))
        self.text_edit.setPlainText(str(values.get("text", "")))
        follow_up = values.get("follow_up_on")
        self.follow_up_edit.set_value(follow_up if isinstance(follow_up, date) else None)
        self.text_edit.setFocus()
        cursor = self.text_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text_edit.setTextCursor(cursor)

    def values(self) -> dict[str, Any]:
        chosen = self.date_edit.date()
        return {
            "happened_on": date(chosen.year(), chosen.month(), chosen.day()),
            "kind": self.kind_combo.currentData(),
            "participants": [
                p.value for p, box in self.participant_boxes.items() if box.isChecked()
            ],
            "other_participants": self.others_edit.text(),
            "text": self.text_edit.toPlainText(),
            "follow_up_on": self.follow_up_edit.value(),
        }

    def save(self) -> None:
        desk, case_id, values = self._desk, self._case_id, self.values()
        self.message_label.clear()
        self.save_button.setEnabled(False)
        run_op(
            self, lambda: desk.journal.add(case_id=case_id, **values), self._added
        ).finished.connect(lambda: self.save_button.setEnabled(True))

    def _added(self, entry: JournalEntry) -> None:
        self.entry_added.emit(entry)
        self.accept()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)
        for problem in problems:
            field = self._fields_by_name.get(str(problem.path[0]) if problem.path else "")
            if field is not None:
                field.setFocus()
                break

    def wipe(self) -> None:
        self.text_edit.clear()
        self.others_edit.clear()
