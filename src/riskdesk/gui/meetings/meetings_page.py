"""SSP, KSP, PSP, operative-group and coordination meetings: the list (upcoming first), an
editor for the meeting and its agenda of cases (a summary before, a decision after), the
decisions each case has had, and the agenda, pseudonymised agenda and minutes as Word.

The meeting being edited is a :class:`MeetingEditor`; the widgets only draw it and hand
edits back. Every write is one operation (:class:`MeetingWrites`), and the page redraws
when one changed meetings, cases, persons or plans, while on show (:class:`ReadWhenShown`):
hidden, it reads its list and an open agenda once when next shown, never at each change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from riskdesk.domain.changes import Changes
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import Meeting, MeetingDecision, MeetingId
from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import UserInputError
from riskdesk.gui.live.elsewhere import changed_elsewhere
from riskdesk.gui.meetings.agenda_panel import AgendaPanel
from riskdesk.gui.meetings.meeting_exports import MeetingExports
from riskdesk.gui.meetings.meeting_form import MeetingForm
from riskdesk.gui.meetings.meeting_list import MeetingList
from riskdesk.gui.meetings.meeting_writes import MeetingWrites
from riskdesk.gui.meetings.stale_meeting import offer_meeting_reload
from riskdesk.gui.operations import read_now, redraw_on_changes, run_op
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.problem_routing import route_problems
from riskdesk.gui.widgets.read_when_shown import ReadWhenShown

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.meeting_service import AgendaEntry


class MeetingsPage(QWidget):
    """:meth:`show_case` tells the page which case is selected in the case list, so
    "Add the selected case" can put it on the agenda. Adding or removing a case saves the
    meeting at once, and so does moving to another case or meeting with unsaved edits;
    problems are shown in :attr:`message_label`, the field of the first one focused, and
    nothing is half-saved."""

    status_message = Signal(str)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self._editor: MeetingEditor | None = None
        self._selected_case: CaseId | None = None
        self._to_select: MeetingId | None = None  # chosen before the list was read
        self._when_shown = ReadWhenShown(self, self._read_list)
        self._facts_when_shown = ReadWhenShown(self, lambda: self._load_facts(always=True))

        self.message_label = ProblemLine(language=language)

        self.meeting_list = MeetingList(language=language)
        self.form = MeetingForm(language=language)
        self.agenda_panel = AgendaPanel(language=language)
        self.save_button = QPushButton(self.tr("&Save meeting"))
        self._writes = MeetingWrites(
            self, saved=self._saved, show_problems=self._write_refused, stale=self._stale_save
        )
        self.exports = MeetingExports(language=language, writes=self._writes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.exports)
        editor_side = QWidget()
        editor_layout = QVBoxLayout(editor_side)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.form)
        editor_layout.addWidget(self.agenda_panel, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.meeting_list)
        splitter.addWidget(editor_side)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([self.meeting_list.minimumSizeHint().width(), 800])
        # The buttons run under both sides: above the editor alone they would make it
        # too wide to leave the list room for its meetings' names at 1024 pixels.
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.meeting_list.meeting_chosen.connect(self._meeting_chosen)
        self.meeting_list.new_requested.connect(self.new_meeting)
        self.meeting_list.upcoming_toggled.connect(self.refresh)
        self.agenda_panel.case_chosen.connect(self._agenda_case_chosen)
        self.agenda_panel.add_requested.connect(self.add_selected_case)
        self.agenda_panel.remove_requested.connect(self.remove_case)
        self.agenda_panel.record_requested.connect(self.record_decision)
        self.agenda_panel.decision_details.to_plan_requested.connect(self.decision_to_plan)
        self.save_button.clicked.connect(self.save)
        self.exports.document_saved.connect(
            lambda: self.status_message.emit(self.tr("Document saved."))
        )
        redraw_on_changes(self, self._vault_changed)
        self.clear()

    # ----- the page protocol ---------------------------------------------------------

    def title(self) -> str:
        return self.tr("Meetings")

    def set_desk(self, desk: Desk) -> None:
        self._desk = self._writes.desk = desk
        self._when_shown.unread()

    def _read_list(self) -> None:
        desk = self._desk
        if desk is not None and not self.form.area_combo.count():  # once per unlock
            self.form.set_areas(read_now(self, desk.meetings.areas) or ())
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown from the vault (the desk is locking)."""
        self._writes.forget_waiting()
        self._when_shown.forget()
        self._facts_when_shown.forget()
        self._desk = self._writes.desk = None
        self._selected_case = self._to_select = None
        self.form.set_areas(())
        self.meeting_list.clear()
        self._open(None)

    def show_case(self, case_id: int | None) -> None:
        """The case selected in the case list, offered by "Add the selected case"."""
        self._selected_case = CaseId(case_id) if case_id is not None else None
        self._update_buttons()

    # ----- the list ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the meetings again (an operation; the list is redrawn when it is done)."""
        desk = self._desk
        if desk is None:
            return
        upcoming = self.meeting_list.upcoming_only

        def show(meetings: list[Meeting]) -> None:
            if self._desk is desk:
                current = self._editor.meeting_id if self._editor else None
                self.meeting_list.show_meetings(meetings, current=current)
                chosen, self._to_select = self._to_select, None
                if chosen is not None and self.meeting_list.meeting(chosen) is not None:
                    self.select_meeting(chosen)

        run_op(self, lambda: desk.meetings.list(upcoming_only=upcoming), show)

    def select_meeting(self, meeting_id: MeetingId) -> None:
        meeting = self.meeting_list.meeting(meeting_id)
        if meeting is None:
            self._to_select = meeting_id  # as the page is first shown: once it is read
        else:
            self.meeting_list.select(meeting_id)
            self._meeting_chosen(meeting)

    def new_meeting(self) -> None:
        """A blank SSP meeting dated today; stored when saved."""
        self._leave_meeting()
        self.meeting_list.select(None)
        self._open(MeetingEditor.new(today=date.today()))
        self.form.kind_combo.setFocus()

    def _meeting_chosen(self, meeting: Meeting) -> None:
        if self._editor is not None and self._editor.meeting_id == meeting.id:
            return
        self._leave_meeting()
        self._open(MeetingEditor(meeting))

    def _leave_meeting(self) -> None:
        # What was typed for a stored meeting goes with it, as moving between its cases
        # does; a new meeting is stored only when the user saves it.
        editor = self._editor
        if editor is not None and editor.is_stored and editor.dirty and not editor.problems():
            self._writes.save(editor)

    def _open(self, editor: MeetingEditor | None) -> None:
        self._editor = editor if self._desk is not None else None
        self.message_label.clear()
        self.form.show_editor(self._editor)
        self.agenda_panel.show_editor(self._editor)
        self.agenda_panel.concerns.show_meeting(self._desk, editor.meeting_id if editor else None)
        self._load_facts()
        self._update_buttons()

    # ----- the agenda ----------------------------------------------------------------

    def _agenda_case_chosen(self, case_id: CaseId | None) -> None:
        editor = self._editor
        if editor is None:
            return
        editor.show_case(case_id)
        self.agenda_panel.show_item()
        self._load_decisions()
        self._update_buttons()
        # Moving on keeps what was typed for the case left: it is saved with the meeting.
        if editor.is_stored and editor.dirty:
            self._writes.save(editor)

    def add_selected_case(self) -> None:
        editor, case_id = self._editor, self._selected_case
        if editor is None or case_id is None:
            return
        problems = editor.problems()
        if problems:
            self.show_problems(problems)
            return
        try:
            editor.add_case(case_id)
        except UserInputError as error:
            self.show_problems(error.problems)
            return
        self.agenda_panel.show_rows()
        self._update_buttons()

        def added(_stored: Meeting) -> None:
            if editor is self._editor:
                self._load_facts()
                self._load_decisions()
                self.agenda_panel.summary_edit.setFocus()

        def undo() -> None:
            if case_id in editor.case_ids:
                editor.remove_case(case_id)

        self._writes.save(editor, then=added, undo=undo)

    def remove_case(self) -> None:
        editor = self._editor
        item = editor.shown_item if editor else None
        if editor is None or item is None:
            return
        problems = editor.problems()
        if problems:
            self.show_problems(problems)
            return
        editor.remove_case(item.case_id)
        self.agenda_panel.show_rows()
        self._update_buttons()
        self._writes.save(editor)

    def record_decision(self) -> None:
        """Save the meeting when it has unsaved edits, then record the typed decision for
        the shown case (refused before the meeting is held)."""
        editor = self._editor
        item = editor.shown_item if editor else None
        if editor is None or item is None or (editor.dirty and not self._writes.save(editor)):
            return

        def recorded(_stored: Meeting) -> None:
            if editor is self._editor:
                self.message_label.clear()
                self.agenda_panel.show_rows()
                self._load_decisions()
                self.status_message.emit(self.tr("Decision recorded."))

        self._writes.record_decision(editor, item.case_id, item.decision_text, then=recorded)

    def decision_to_plan(self) -> None:
        """Save the meeting when it has unsaved edits, then put the shown case's recorded
        decision into its action plan with its owner and deadline."""
        editor = self._editor
        item = editor.shown_item if editor else None
        if editor is None or item is None or (editor.dirty and not self._writes.save(editor)):
            return

        def carried(_plan: object) -> None:
            self.status_message.emit(self.tr("The decision is in the action plan."))

        self._writes.decision_to_plan(editor, item.case_id, then=carried)

    # ----- saving and exporting ------------------------------------------------------

    def save(self) -> bool:
        """Store the meeting as edited (a new one with its repeats, when chosen); False
        (with the problems shown) when it cannot be saved as it is. The save itself runs
        as an operation."""
        editor = self._editor
        if editor is None:
            return False
        try:
            repeat = None if editor.is_stored else self.form.repeat_picker.arguments()
        except UserInputError as error:
            self.show_problems(error.problems)
            return False

        def stored(_meeting: Meeting) -> None:
            # The series is made: the meeting goes on as the first of it.
            self.form.repeat_picker.reset()
            self.form.show_repeat(False)

        return self._writes.save(editor, repeat=repeat, then=stored)

    def _saved(self, editor: MeetingEditor, stored: Meeting) -> None:
        if editor is self._editor:
            self.message_label.clear()
            self.meeting_list.select(stored.id)
            self._update_buttons()
        self.status_message.emit(self.tr("Meeting saved."))

    # ----- reading and redrawing -----------------------------------------------------

    def _vault_changed(self, changes: Changes, initiator: object) -> None:
        if self._desk is None:
            return
        if changes.meetings:
            self._when_shown.unread()
        # The agenda shows its persons' names without knowing who they are.
        agenda = self._editor.case_ids if self._editor is not None else ()
        if changed_elsewhere(initiator, agenda, person_unknown=True):
            return
        # Not this page's own writes (they change no fact shown, or read them when done).
        if initiator is not self and (
            changes.meetings or changes.cases or changes.persons or changes.plans
        ):
            self._facts_when_shown.unread()

    # Reads are operations too: they queue behind the writes before them, so they see
    # what those stored, and never wait for the vault on this thread.

    def _load_facts(self, *, always: bool = False) -> None:
        """Read what the agenda shows about its cases, when a case lacks it (or
        ``always``): one read for the whole agenda."""
        desk, editor = self._desk, self._editor
        if desk is None or editor is None or editor.meeting_id is None or not editor.items:
            return
        if not (always or self.agenda_panel.lacks_facts()):
            return
        meeting_id = editor.meeting_id

        def show(entries: list[AgendaEntry]) -> None:
            if editor is self._editor:
                self.agenda_panel.show_facts({entry.case_id: entry for entry in entries})

        run_op(self, lambda: desk.meetings.agenda(meeting_id), show)

    def _load_decisions(self) -> None:
        desk, editor = self._desk, self._editor
        case_id = editor.shown_case if editor else None
        # Emptied, not hidden, until the read: the case box keeps its layout meanwhile.
        self.agenda_panel.decisions_list.clear()
        if desk is None or editor is None or case_id is None:
            self.agenda_panel.show_decisions(())
            return

        def show(decisions: list[MeetingDecision]) -> None:
            if editor is self._editor and editor.shown_case == case_id:
                self.agenda_panel.show_decisions(decisions)

        run_op(self, lambda: desk.meetings.decisions_for_case(case_id), show)

    def _update_buttons(self) -> None:
        editor = self._editor
        self.save_button.setEnabled(editor is not None)
        self.agenda_panel.add_case_button.setEnabled(
            editor is not None and self._selected_case is not None
        )
        self.exports.show_editor(editor)

    # ----- problems ------------------------------------------------------------------

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Why the core refused: every problem in :attr:`message_label`, and the field of
        the first one focused."""
        self.message_label.show_problems(problems)
        routes: dict[FieldPath | str, QWidget] = {
            **self.form.problem_routes(),
            **self.agenda_panel.problem_routes(),
        }
        routed = route_problems(problems, routes)
        if routed.by_target:
            next(iter(routed.by_target)).setFocus(Qt.FocusReason.OtherFocusReason)

    def _stale_save(self, editor: MeetingEditor, refusal: StaleRecord) -> None:
        if self._desk is not None:
            offer_meeting_reload(
                self, self._desk, editor, refusal, language=self._language, reopen=self._reopen
            )

    def _reopen(self, meeting: Meeting) -> None:
        self._open(MeetingEditor(meeting))
        self.meeting_list.select(meeting.id)

    def _write_refused(self, editor: MeetingEditor, problems: Sequence[Problem]) -> None:
        if editor is self._editor:
            self.agenda_panel.show_rows()
            self.show_problems(problems)
