"""The case journal on the case page: entries newest first, a new entry, the one-click
concern talk after the police daily report, a follow-up marked done, and the case's
outcomes (at closing, and the 6- and 12-month follow-ups once it is closed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case_outcome import POINT_LABELS, OutcomePoint
from riskdesk.domain.changes import Changes
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId
from riskdesk.domain.journal import JOURNAL_KIND_LABELS, PARTICIPANT_LABELS, JournalEntry
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.cases.journal_entry_dialog import JournalEntryDialog
from riskdesk.gui.cases.outcome_dialog import OutcomeDialog
from riskdesk.gui.live.elsewhere import changed_elsewhere
from riskdesk.gui.operations import read_now, redraw_on_changes, run_op
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.outcome_service import CaseOutcomes

_ENTRY_ROLE = Qt.ItemDataRole.UserRole
_MINIMUM_ROWS = 2


class JournalPanel(QWidget):
    """Shows the journal of the case given to :meth:`show_case` and redraws itself when
    the journal, the outcomes or cases change."""

    def __init__(self, *, desk: Desk, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._case_id: CaseId | None = None
        self.entries: list[JournalEntry] = []
        self.outcomes: CaseOutcomes | None = None

        heading = QLabel(self.tr("Journal"))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("hint")
        # A long line of outcomes is cut, never widens the case page (whole in its tooltip).
        self.outcome_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.outcome_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message_label = ProblemLine(language=language)
        self.tree = QTreeWidget()
        self.tree.setObjectName("journalTree")
        self.tree.setAccessibleName(self.tr("Case journal, newest first"))
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Participants"),
                self.tr("Text"),
                self.tr("Follow-up"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Two entries at least on a small screen; the room the page has to spare beyond.
        row = self.tree.fontMetrics().height() + 3
        heading_row = self.tree.header().sizeHint().height()
        frame = 2 * self.tree.frameWidth()
        self.tree.setMinimumHeight(heading_row + row * _MINIMUM_ROWS + frame)
        self.tree.currentItemChanged.connect(self._show_buttons)

        self.new_button = self._button(self.tr("&New entry…"), self.new_entry)
        self.daily_report_button = self._button(
            self.tr("Concern talk after daily report…"), self.daily_report_entry
        )
        self.daily_report_button.setToolTip(
            self.tr("A concern talk with the parents after the police daily report, filled in")
        )
        self.done_button = self._button(self.tr("Follow-up &done"), self.mark_done)
        self.outcome_button = self._button(self.tr("O&utcome…"), self.open_outcome)

        # One line for the heading, the buttons and the outcomes: the case page must fit
        # a 1024 by 700 screen beside the person's and the case's fields.
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(heading)
        for button in (self.new_button, self.daily_report_button, self.done_button):
            top.addWidget(button)
        top.addWidget(self.outcome_label, 1)
        top.addWidget(self.outcome_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Every pixel counts at 700 high: the buttons' own margins part them from the list.
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tree, 1)
        redraw_on_changes(self, self._redraw)
        self.hide()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def show_case(self, case_id: CaseId | None) -> None:
        """Show the journal of ``case_id`` (None: a new case, nothing to show yet); the
        same case again is not read again (changes redraw it)."""
        self.setVisible(case_id is not None)
        if case_id != self._case_id:
            self._case_id = case_id
            self.refresh()

    def refresh(self) -> None:
        desk, case_id = self._desk, self._case_id
        self.tree.clear()
        self.entries, self.outcomes = [], None
        if case_id is None:
            return
        read = read_now(self, lambda: desk.journal.case_page(case_id))
        if read is None:
            return
        self.message_label.clear()
        self.entries, self.outcomes = read
        for entry in self.entries:
            item = QTreeWidgetItem(
                [
                    dmy(entry.happened_on),
                    JOURNAL_KIND_LABELS[entry.kind].text(self._language),
                    self._participants(entry),
                    entry.text.splitlines()[0] if entry.text else "",
                    self._follow_up(entry),
                ]
            )
            item.setData(0, _ENTRY_ROLE, entry)
            item.setToolTip(3, entry.text)
            self.tree.addTopLevelItem(item)
        self._show_outcomes()
        self._show_buttons()

    def _participants(self, entry: JournalEntry) -> str:
        names = [PARTICIPANT_LABELS[p].text(self._language) for p in entry.participants]
        if entry.other_participants:
            names.append(entry.other_participants)
        return ", ".join(names)

    def _follow_up(self, entry: JournalEntry) -> str:
        if entry.follow_up_on is None:
            return ""
        if entry.follow_up_done_on is not None:
            return self.tr("%1 (done)").replace("%1", dmy(entry.follow_up_on))
        return dmy(entry.follow_up_on)

    def _show_outcomes(self) -> None:
        outcomes = self.outcomes
        if outcomes is None or outcomes.closed_on is None:
            self.outcome_label.setText(self.tr("Outcomes: when the case is closed"))
            self.outcome_label.setToolTip(self.outcome_label.text())
            return
        short = {
            OutcomePoint.CLOSING: self.tr("at closing"),
            OutcomePoint.SIX_MONTHS: self.tr("6 months"),
            OutcomePoint.TWELVE_MONTHS: self.tr("12 months"),
        }
        parts = [f"{short[o.point]} ✓" for o in outcomes.recorded]
        parts += [f"{short[point]} {dmy(day)}" for point, day in outcomes.due.items()]
        text = self.tr("Outcomes: %1").replace("%1", " · ".join(parts))
        self.outcome_label.setText(text)
        recorded = [POINT_LABELS[o.point].text(self._language) for o in outcomes.recorded]
        self.outcome_label.setToolTip("\n".join([text, *recorded]))

    def select_entry(self, entry_id: int) -> None:
        """Make the entry current (a start-page line names it), so its follow-up can be
        marked done at once."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and _entry_of(item) == entry_id:
                self.tree.setCurrentItem(item)
                self.tree.setFocus()
                return

    def selected(self) -> JournalEntry | None:
        item = self.tree.currentItem()
        entry = item.data(0, _ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, JournalEntry) else None

    def _show_buttons(self) -> None:
        entry = self.selected()
        self.done_button.setEnabled(entry is not None and entry.follow_up_open)
        self.outcome_button.setEnabled(
            self.outcomes is not None and self.outcomes.closed_on is not None
        )

    def _redraw(self, changes: Changes, initiator: object) -> None:
        if changed_elsewhere(initiator, (self._case_id,)):
            return
        if self._case_id is not None and (changes.journal or changes.outcomes or changes.cases):
            self.refresh()

    # ----- actions ----------------------------------------------------------------------

    def new_entry(self) -> JournalEntryDialog | None:
        return self._open_entry_dialog(template=False)

    def daily_report_entry(self) -> JournalEntryDialog | None:
        return self._open_entry_dialog(template=True)

    def _open_entry_dialog(self, *, template: bool) -> JournalEntryDialog | None:
        if self._case_id is None:
            return None
        values = (
            self._desk.journal.daily_report_template(language=self._language.value)
            if template
            else None
        )
        dialog = JournalEntryDialog(
            desk=self._desk,
            case_id=self._case_id,
            language=self._language,
            template=values,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def mark_done(self) -> None:
        entry = self.selected()
        if entry is None or entry.id is None:
            return
        desk, entry_id = self._desk, entry.id
        run_op(self, lambda: desk.journal.mark_follow_up_done(entry_id), lambda _: None)

    def open_outcome(self) -> OutcomeDialog | None:
        if self._case_id is None:
            return None
        dialog = OutcomeDialog.open_for(
            self, desk=self._desk, case_id=self._case_id, point=None, language=self._language
        )
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)

    def wipe(self) -> None:
        """Forget what is shown, and anything typed in an open dialog, before locking."""
        for dialog in self.findChildren(JournalEntryDialog) + self.findChildren(OutcomeDialog):
            dialog.wipe()
            dialog.reject()
        self._case_id = None
        self.tree.clear()
        self.entries, self.outcomes = [], None
        self.outcome_label.clear()
        self.message_label.clear()


def _entry_of(item: QTreeWidgetItem) -> int | None:
    entry = item.data(0, _ENTRY_ROLE)
    return entry.id if isinstance(entry, JournalEntry) else None
