"""The release meeting (løsladelsesmøde) of the case chosen in the case list: the facts,
who takes part, the checklist with a live readiness summary, the release timeline, the
decisions (carried into the action plan with one click), and the agenda and minutes.

What is typed lives in a :class:`ReleaseMeetingEditor`; the tabs draw it and hand every
edit back to it. Reading and writing go through :func:`run_op`."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.changes import Changes
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import Refusal, UserInputError
from riskdesk.domain.release_meeting import ReleaseMeeting, ReleaseMeetingForm
from riskdesk.domain.release_meeting_editor import ReleaseMeetingEditor
from riskdesk.domain.unsaved_text import release_meeting_unsaved
from riskdesk.gui.live.elsewhere import changed_elsewhere
from riskdesk.gui.operations import Operation, read_now, redraw_on_changes, run_op
from riskdesk.gui.release.release_meeting_editor_tabs import ReleaseMeetingTabs
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.stale_record_dialog import offer_reload
from riskdesk.services.document_export import DocumentKind, ExportedDocument

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


@dataclass(frozen=True)
class _Shown:
    """Everything the page reads to show one case's meeting."""

    case_id: CaseId
    case_number: str
    person_id: PersonId
    person_name: str
    meeting: ReleaseMeeting | None
    has_plan: bool
    form: ReleaseMeetingForm


def _read(desk: Desk, case_id: CaseId) -> _Shown:
    view = desk.release_meetings.view(case_id)
    return _Shown(
        case_id=case_id,
        case_number=view.case_number,
        person_id=view.person_id,
        person_name=view.person_name,
        meeting=view.meeting,
        has_plan=view.has_plan,
        form=desk.release_meetings.form,
    )


class ReleaseMeetingPage(QWidget):
    """Edits the release meeting of one case (:meth:`show_case`). Nothing is written until
    Save (or a button that needs the saved meeting: adding decisions to the plan, export);
    a problem is listed at the top, the cursor goes to its field, and every field stays
    as typed. Another page's change to the case, its plan or its meeting is shown when
    nothing is typed here; otherwise only the timeline follows it."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self.editor: ReleaseMeetingEditor | None = None
        self._wanted: CaseId | None = None
        self._case_number = ""
        self._person_id: PersonId | None = None
        self._stale = False
        self.today: Callable[[], date] = date.today

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.message_label = ProblemLine(language=language)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readiness_label = QLabel()
        self.readiness_label.setTextFormat(Qt.TextFormat.RichText)
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setAccessibleName(self.tr("Readiness"))

        self.tabs = ReleaseMeetingTabs(language=language)
        self.tabs.edited.connect(self._update_summary)
        self.tabs.decisions_tab.to_plan_button.clicked.connect(self.add_decisions_to_plan)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the release meeting (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.agenda_button = QPushButton(self.tr("Export &agenda…"))
        self.agenda_button.setToolTip(
            self.tr("Save the agenda as a Word document, to print before the meeting")
        )
        self.agenda_button.clicked.connect(lambda: self.export(DocumentKind.RELEASE_AGENDA))
        self.minutes_button = QPushButton(self.tr("Export mi&nutes…"))
        self.minutes_button.setToolTip(self.tr("Save the minutes as a Word document"))
        self.minutes_button.clicked.connect(lambda: self.export(DocumentKind.RELEASE_MINUTES))
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(lambda: self.save())

        buttons = QHBoxLayout()
        buttons.addWidget(self.info_label, 1)
        for button in (self.agenda_button, self.minutes_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.readiness_label)
        layout.addWidget(self.tabs.timeline.next_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        redraw_on_changes(self, self._changed)
        self.clear()

    # ----- the page protocol --------------------------------------------------------

    def title(self) -> str:
        return self.tr("Release meeting")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk

    def clear(self) -> None:
        """Forget the case and wipe every field (the desk is locking)."""
        self._desk = None
        self._wanted = None
        self._show_editor(None)
        self.heading.setText(self.tr("Release meeting"))
        self.info_label.setText(
            self.tr("Choose a case in the case list; its release meeting is shown here.")
        )

    def has_unsaved_changes(self) -> bool:
        return self.editor is not None and self.editor.dirty

    # ----- showing ------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        """Show the meeting of ``case_id``. The case shown already keeps what was typed;
        for another case, unsaved changes are saved or dropped as the user chooses, and
        a failed save keeps this case on screen."""
        desk = self._desk
        if desk is None:
            return
        editor = self.editor
        if editor is not None and case_id == editor.case_id:
            self._wanted = editor.case_id
            if self._stale:
                self._load(editor.case_id)
            return
        if editor is not None and editor.dirty and self._save_first():
            self.save(then=lambda _saved: self.show_case(case_id))
            return
        if case_id is None:
            self._wanted = None
            self._show_editor(None)
            self.heading.setText(self.tr("Release meeting"))
            self.info_label.setText(self.tr("Choose a case in the case list first."))
            return
        self._load(CaseId(case_id))

    def _load(self, case_id: CaseId) -> None:
        desk = self._desk
        if desk is None:
            return
        self._wanted = case_id
        self._stale = False
        run_op(self, lambda: _read(desk, case_id), self._loaded)

    def _loaded(self, shown: _Shown) -> None:
        if shown.case_id != self._wanted:
            return  # another case was chosen (or the desk locked) while this one was read
        self._case_number = shown.case_number
        self._person_id = shown.person_id
        self.heading.setText(
            self.tr("Release meeting of %1 (case %2)")
            .replace("%1", shown.person_name)
            .replace("%2", shown.case_number)
        )
        editor = self.editor
        if editor is not None and editor.case_id == shown.case_id and editor.dirty:
            # Keep what is typed; only the plan milestone follows the vault.
            editor.has_plan = shown.has_plan
            self._update_summary()
            return
        editor = ReleaseMeetingEditor(
            case_id=shown.case_id, form=shown.form, meeting=shown.meeting, has_plan=shown.has_plan
        )
        self._show_editor(editor)
        self.info_label.setText(
            ""
            if editor.recorded
            else self.tr("No release meeting is recorded for this case yet; fill it in and save.")
        )

    def _show_editor(self, editor: ReleaseMeetingEditor | None) -> None:
        self.editor = editor
        if editor is None:
            self._case_number = ""
            self._person_id = None
        self.tabs.show_editor(editor)
        self.message_label.clear()
        for button in (self.save_button, self.agenda_button, self.minutes_button):
            button.setEnabled(editor is not None)
        self._update_summary()

    def _update_summary(self) -> None:
        """Readiness and timeline from what is typed now, saved or not."""
        editor = self.editor
        if editor is None:
            self.readiness_label.clear()
            self.tabs.timeline.set_entries(())
            return
        count, rest = editor.readiness_parts(self._language)
        self.readiness_label.setText(f"<b>{html.escape(count)}</b>{html.escape(rest)}")
        self.tabs.timeline.set_entries(editor.timeline(today=self.today()))

    def _changed(self, changes: Changes, initiator: object) -> None:
        # What this page or its export dialog did, it already shows.
        widget = initiator if isinstance(initiator, QWidget) else None
        while widget is not None and widget is not self:
            widget = widget.parentWidget()
        if self.editor is None or widget is self:
            return
        # The page shows its person's name: their changes are its own.
        if changed_elsewhere(initiator, (self.editor.case_id,), person_id=self._person_id):
            return
        if changes.release_meetings or changes.plans or changes.cases or changes.persons:
            # A hidden page reads again when it is shown (show_case), not on every change.
            if self.isVisible():
                self._load(self.editor.case_id)
            else:
                self._stale = True

    # ----- actions ------------------------------------------------------------------

    def save(self, then: Callable[[ReleaseMeeting], object] | None = None) -> Operation | None:
        """Check and store the meeting, then call ``then`` with what was stored; None
        (problems shown, fields kept) when the meeting cannot be saved as typed."""
        desk, editor = self._desk, self.editor
        if desk is None or editor is None:
            return None
        self.message_label.clear()
        try:
            meeting = editor.to_meeting()
        except UserInputError as error:
            self.show_problems(error.problems)
            return None
        saving = editor.state

        def saved(stored: ReleaseMeeting) -> None:
            editor.mark_saved(saving, row_version=stored.row_version)
            if editor is self.editor:
                self.info_label.setText(self.tr("The release meeting is saved."))
                if then is not None:
                    then(stored)

        return run_op(
            self,
            lambda: desk.release_meetings.save(editor.case_id, meeting),
            saved,
            on_refused=self._refused,
            label=self.tr("Saving the release meeting…"),
        )

    def _refused(self, refusal: Refusal) -> None:
        self.show_problems(refusal.problems)
        editor = self.editor
        if isinstance(refusal, StaleRecord) and editor is not None:
            unsaved = release_meeting_unsaved(editor)
            offer_reload(self, refusal, unsaved, language=self._language, reload=self.reload)

    def reload(self) -> bool:
        """Show the meeting as stored now, dropping what was typed (after a save was
        refused because someone else saved first)."""
        desk, editor = self._desk, self.editor
        if desk is None or editor is None:
            return False
        case_id = editor.case_id
        shown = read_now(self, lambda: _read(desk, case_id))
        if shown is None:
            return False
        self._wanted = case_id
        self.editor = None
        self._loaded(shown)
        return True

    def add_decisions_to_plan(self) -> None:
        """Save, then carry every decision into the case's action plan as an action."""
        desk, editor = self._desk, self.editor
        if desk is None or editor is None:
            return

        def added(plan: ActionPlan, count: int) -> None:
            editor.has_plan = True
            if editor is self.editor:
                self._update_summary()
                self.info_label.setText(
                    self.tr(
                        "%n decision(s) are now actions in version %1 of the action plan.",
                        "",
                        count,
                    ).replace("%1", str(plan.version))
                )

        def saved(meeting: ReleaseMeeting) -> None:
            if not meeting.decisions:
                self.info_label.setText(self.tr("There are no decisions to add to the plan."))
                return
            run_op(
                self,
                lambda: desk.release_meetings.add_decisions_to_plan(editor.case_id),
                lambda plan: added(plan, len(meeting.decisions)),
                label=self.tr("Adding the decisions to the action plan…"),
            )

        self.save(then=saved)

    def export(self, kind: DocumentKind) -> Operation | None:
        """Save, then let the user save the agenda or the minutes as a Word document."""
        return self.save(then=lambda _saved: self._open_export(kind))

    def _open_export(self, kind: DocumentKind) -> None:
        desk, editor = self._desk, self.editor
        if desk is None or editor is None:
            return
        title = (
            self.tr("Save the release meeting's agenda")
            if kind is DocumentKind.RELEASE_AGENDA
            else self.tr("Save the release meeting's minutes")
        )
        # The dialog shows document problems itself and stays open for another try.
        dialog = read_now(
            self,
            lambda: DocumentExportDialog(
                desk=desk,
                kind=kind,
                record_id=editor.case_id,
                language=self._language,
                title=title,
                parent=self,
            ),
        )
        if dialog is None:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.document_exported.connect(self._exported)
        dialog.open()

    def _exported(self, exported: ExportedDocument) -> None:
        self.info_label.setText(
            self.tr("Saved %1 (not encrypted).").replace("%1", str(exported.docx))
        )

    # ----- problems -----------------------------------------------------------------

    def _save_first(self) -> bool:
        """Whether the user wants the shown meeting saved before another case is shown."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved release meeting"),
            self.tr("The release meeting of case %1 has unsaved changes. Save them?").replace(
                "%1", self._case_number
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """List every problem at the top and put the cursor at the first one's field."""
        self.message_label.show_problems(problems)
        self.tabs.point_at(problems)
