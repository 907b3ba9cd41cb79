"""The release meeting (løsladelsesmøde) of the case chosen in the case list: the facts,
who takes part, the checklist with a live readiness summary, the release timeline, the
decisions (carried into the action plan with one click), and the agenda and minutes."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal, UserInputError
from riskdesk.domain.release_meeting import (
    CHECKLIST_AREA_LABELS,
    ChecklistArea,
    ReleaseMeeting,
    blank_checklist,
    meeting_from,
    readiness,
)
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.release.release_meeting_editor_checklist import ChecklistEditor
from riskdesk.gui.release.release_meeting_editor_decisions import DecisionsEditor
from riskdesk.gui.release.release_meeting_editor_participants import ParticipantsEditor
from riskdesk.gui.release.release_meeting_editor_timeline import TimelineView
from riskdesk.gui.widgets.document_export_dialog import export_document
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit
from riskdesk.services.document_export import DocumentKind, ExportedDocument

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

MEETING_TAB, CHECKLIST_TAB, DECISIONS_TAB = range(3)

# Danish file names: the documents are Danish and go to Danish partners. The case number
# names the case; a person's name never goes into a file name or the audit log.
_FILE_NAMES = {
    DocumentKind.RELEASE_AGENDA: "Dagsorden løsladelsesmøde {case}.docx",
    DocumentKind.RELEASE_MINUTES: "Referat løsladelsesmøde {case}.docx",
}


class ReleaseMeetingPage(QWidget):
    """Edits the release meeting of one case (:meth:`show_case`). Nothing is written until
    Save (or a button that needs the saved meeting: adding decisions to the plan, export);
    a validation problem is listed at the top and leaves every field as typed.
    :attr:`meeting_saved` carries the case id after each save, so the case list can
    update its overdue marks."""

    meeting_saved = Signal(int)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self._case_id: CaseId | None = None
        self._case_number = ""
        self._has_plan = False
        self._dirty = False
        self._loading = False
        self.today: Callable[[], date] = date.today
        self._checklist: ChecklistEditor | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problems"))
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readiness_label = QLabel()
        self.readiness_label.setTextFormat(Qt.TextFormat.RichText)
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setAccessibleName(self.tr("Readiness"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._meeting_tab(), self.tr("&Meeting"))
        self.checklist_area = QScrollArea()
        self.checklist_area.setWidgetResizable(True)
        self.tabs.addTab(self.checklist_area, self.tr("C&hecklist"))
        self.tabs.addTab(self._decisions_tab(), self.tr("&Decisions and next meeting"))

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the release meeting (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
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
        save_shortcut.activated.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.info_label, 1)
        for button in (self.agenda_button, self.minutes_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.readiness_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.clear()

    # ----- building -----------------------------------------------------------------

    def _meeting_tab(self) -> QWidget:
        self.prison_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.release_edit = OptionalDateEdit(accessible_name=self.tr("Expected release"))
        self.meeting_edit = OptionalDateEdit(accessible_name=self.tr("Meeting date"))
        self.conditions_edit = QPlainTextEdit()
        self.supervision_edit = QPlainTextEdit()
        for edit in (self.conditions_edit, self.supervision_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        facts = QFormLayout()
        facts.addRow(self.tr("&Prison:"), self.prison_edit)
        facts.addRow(self.tr("E&xpected release:"), self.release_edit)
        facts.addRow(self.tr("Meeting &date:"), self.meeting_edit)
        facts.addRow(self.tr("P&lace:"), self.place_edit)
        facts.addRow(self.tr("C&onditions:"), self.conditions_edit)
        facts.addRow(self.tr("S&upervision:"), self.supervision_edit)
        facts_box = QGroupBox(self.tr("The meeting"))
        facts_box.setLayout(facts)

        self.participants = ParticipantsEditor(language=self._language)
        participants_box = QGroupBox(self.tr("Participants"))
        QVBoxLayout(participants_box).addWidget(self.participants)

        self.timeline = TimelineView(language=self._language)
        timeline_box = QGroupBox(self.tr("Release timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        left = QVBoxLayout()
        left.addWidget(facts_box)
        left.addWidget(timeline_box, 1)
        tab = QWidget()
        columns = QHBoxLayout(tab)
        columns.addLayout(left, 1)
        columns.addWidget(participants_box, 1)

        for line in (self.prison_edit, self.place_edit):
            line.textChanged.connect(self._edited)
        for text in (self.conditions_edit, self.supervision_edit):
            text.textChanged.connect(self._edited)
        for date_edit in (self.release_edit, self.meeting_edit):
            date_edit.changed.connect(self._edited)
        self.participants.changed.connect(self._edited)
        return tab

    def _decisions_tab(self) -> QWidget:
        self.decisions = DecisionsEditor(language=self._language)
        self.decisions.changed.connect(self._edited)
        self.to_plan_button = QPushButton(self.tr("Add decisions to the action &plan"))
        self.to_plan_button.setToolTip(
            self.tr("Save the meeting and add each decision as an action in the case's plan")
        )
        self.to_plan_button.setAutoDefault(False)
        self.to_plan_button.clicked.connect(self.add_decisions_to_plan)
        self.decisions.buttons.addWidget(self.to_plan_button)

        self.next_meeting_edit = OptionalDateEdit(accessible_name=self.tr("Next meeting"))
        self.next_meeting_edit.changed.connect(self._edited)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.textChanged.connect(self._edited)
        below = QFormLayout()
        below.addRow(self.tr("Ne&xt meeting:"), self.next_meeting_edit)
        below.addRow(self.tr("N&otes:"), self.notes_edit)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.decisions, 3)
        layout.addLayout(below, 2)
        return tab

    def _ensure_checklist(self) -> ChecklistEditor | None:
        """The checklist is built from the form, which is read on first use."""
        if self._checklist is None and self._desk is not None:
            self._checklist = ChecklistEditor(
                form=self._desk.release_meetings.form, language=self._language
            )
            self._checklist.changed.connect(self._edited)
            self.checklist_area.setWidget(self._checklist)
        return self._checklist

    # ----- the page protocol --------------------------------------------------------

    def title(self) -> str:
        return self.tr("Release meeting")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk

    def clear(self) -> None:
        """Forget the case and wipe every field (the desk is locking)."""
        self._desk = None
        self._show_meeting(None, ReleaseMeeting())
        self.heading.setText(self.tr("Release meeting"))
        self.info_label.setText(
            self.tr("Choose a case in the case list; its release meeting is shown here.")
        )

    # ----- showing ------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        """Show the meeting of ``case_id``. The case shown already keeps what was typed;
        for another case, unsaved changes are saved or dropped as the user chooses."""
        if self._desk is None:
            return
        if case_id is not None and case_id == self._case_id:
            return
        if self._dirty and self._case_id is not None and not self._settle_unsaved():
            return
        if case_id is None:
            self._show_meeting(None, ReleaseMeeting())
            self.heading.setText(self.tr("Release meeting"))
            self.info_label.setText(self.tr("Choose a case in the case list first."))
            return
        try:
            case = self._desk.cases.get(CaseId(case_id))
            person = self._desk.persons.get(case.person_id)
            meeting = self._desk.release_meetings.get(case.id or CaseId(case_id))
            self._has_plan = self._desk.plans.current(CaseId(case_id)) is not None
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self._case_number = case.case_number
        self.heading.setText(
            self.tr("Release meeting of %1 (case %2)")
            .replace("%1", person.name)
            .replace("%2", case.case_number)
        )
        self.info_label.setText(
            ""
            if meeting
            else self.tr("No release meeting is recorded for this case yet; fill it in and save.")
        )
        self._show_meeting(CaseId(case_id), meeting or ReleaseMeeting(checklist=blank_checklist()))

    def _show_meeting(self, case_id: CaseId | None, meeting: ReleaseMeeting) -> None:
        self._loading = True
        self._case_id = case_id
        if case_id is None:
            self._has_plan = False
            self._case_number = ""
        self.prison_edit.setText(meeting.prison)
        self.place_edit.setText(meeting.place)
        self.release_edit.set_value(meeting.expected_release)
        self.meeting_edit.set_value(meeting.meeting_on)
        self.conditions_edit.setPlainText(meeting.conditions)
        self.supervision_edit.setPlainText(meeting.supervision)
        self.participants.set_participants(meeting.participants)
        self.decisions.set_decisions(meeting.decisions)
        self.next_meeting_edit.set_value(meeting.next_meeting_on)
        self.notes_edit.setPlainText(meeting.notes)
        checklist = self._ensure_checklist() if case_id is not None else self._checklist
        if checklist is not None:
            checklist.set_items(meeting.checklist)
        self._loading = False
        self._dirty = False
        self._show_message("")
        has_case = case_id is not None
        self.tabs.setEnabled(has_case)
        for button in (self.save_button, self.agenda_button, self.minutes_button):
            button.setEnabled(has_case)
        self._update_summary()

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_summary()

    def _update_summary(self) -> None:
        """Readiness and timeline from what is on screen now, saved or not."""
        if self._case_id is None or self._desk is None or self._checklist is None:
            self.readiness_label.clear()
            self.timeline.set_entries(())
            return
        shown = ReleaseMeeting(
            expected_release=self.release_edit.value(),
            meeting_on=self.meeting_edit.value(),
            checklist=self._checklist.statuses(),
        )
        count, rest = self._readiness_parts(shown)
        self.readiness_label.setText(f"<b>{html.escape(count)}</b>{html.escape(rest)}")
        self.timeline.set_entries(
            self._desk.release_meetings.timeline(shown, has_plan=self._has_plan, today=self.today())
        )

    def readiness_text(self, meeting: ReleaseMeeting) -> str:
        """ "7 of 10 in place; missing: …; in progress: …" in the user's language."""
        return "".join(self._readiness_parts(meeting))

    def _readiness_parts(self, meeting: ReleaseMeeting) -> tuple[str, str]:
        counts = readiness(meeting)
        count = (
            self.tr("%1 of %2 in place")
            .replace("%1", str(counts.in_place))
            .replace("%2", str(counts.total))
        )
        rest = ""
        if counts.missing_areas:
            rest += self.tr("; missing: %1").replace("%1", self._area_names(counts.missing_areas))
        if counts.in_progress_areas:
            rest += self.tr("; in progress: %1").replace(
                "%1", self._area_names(counts.in_progress_areas)
            )
        return count, rest

    def _area_names(self, areas: Iterable[ChecklistArea]) -> str:
        return ", ".join(CHECKLIST_AREA_LABELS[area].text(self._language) for area in areas)

    # ----- reading the form ---------------------------------------------------------

    def meeting_data(self) -> dict[str, Any]:
        return {
            "prison": self.prison_edit.text(),
            "expected_release": self.release_edit.value(),
            "meeting_on": self.meeting_edit.value(),
            "place": self.place_edit.text(),
            "conditions": self.conditions_edit.toPlainText(),
            "supervision": self.supervision_edit.toPlainText(),
            "participants": self.participants.participants(),
            "checklist": self._checklist.items() if self._checklist else [],
            "decisions": self.decisions.decisions(),
            "next_meeting_on": self.next_meeting_edit.value(),
            "notes": self.notes_edit.toPlainText(),
        }

    # ----- actions ------------------------------------------------------------------

    def save(self) -> ReleaseMeeting | None:
        """Validate and store the meeting; None (problems shown, fields kept) on failure."""
        if self._desk is None or self._case_id is None:
            return None
        self._show_message("")
        try:
            meeting = meeting_from(self.meeting_data())
            saved = self._desk.release_meetings.save(self._case_id, meeting)
        except UserInputError as error:
            self._show_problems(error.problems)
            return None
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return None
        self._dirty = False
        self.info_label.setText(self.tr("The release meeting is saved."))
        self.meeting_saved.emit(int(self._case_id))
        return saved

    def add_decisions_to_plan(self) -> None:
        """Save, then carry every decision into the case's action plan as an action."""
        if self._desk is None or self._case_id is None:
            return
        meeting = self.save()
        if meeting is None:
            return
        if not meeting.decisions:
            self.info_label.setText(self.tr("There are no decisions to add to the plan."))
            return
        try:
            plan = self._desk.release_meetings.add_decisions_to_plan(self._case_id)
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self._has_plan = True
        self._update_summary()
        self.info_label.setText(
            self.tr(
                "%n decision(s) are now actions in version %1 of the action plan.",
                "",
                len(meeting.decisions),
            ).replace("%1", str(plan.version))
        )
        self.meeting_saved.emit(int(self._case_id))

    def export(self, kind: DocumentKind) -> ExportedDocument | None:
        """Save, then let the user save the agenda or the minutes as a Word document."""
        desk, case_id = self._desk, self._case_id
        if desk is None or case_id is None or self.save() is None:
            return None

        def run(path: Path, pdf: bool) -> ExportedDocument:
            return desk.documents.export(kind, case_id, path, pdf=pdf)

        title = (
            self.tr("Save the release meeting's agenda")
            if kind is DocumentKind.RELEASE_AGENDA
            else self.tr("Save the release meeting's minutes")
        )
        # The dialog shows document problems itself and stays open for another try.
        exported = export_document(
            self,
            language=self._language,
            suggested_name=_FILE_NAMES[kind].format(case=self._case_number),
            export=run,
            title=title,
        )
        if exported is not None:
            self.info_label.setText(
                self.tr("Saved %1 (not encrypted).").replace("%1", str(exported.docx))
            )
        return exported

    # ----- problems -----------------------------------------------------------------

    def _settle_unsaved(self) -> bool:
        """Ask whether to save the shown meeting before another case is shown; False
        keeps this case on screen (saving failed)."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved release meeting"),
            self.tr("The release meeting of case %1 has unsaved changes. Save them?").replace(
                "%1", self._case_number
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        return True

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        texts = [self._problem_text(problem) for problem in problems]
        self._show_message("\n".join(f"• {text}" for text in texts))
        first = problems[0].field.split(".") if problems else []
        if first and first[0] in ("participants", "decisions") and len(first) > 1:
            tab = MEETING_TAB if first[0] == "participants" else DECISIONS_TAB
            self.tabs.setCurrentIndex(tab)
            editor = self.participants if first[0] == "participants" else self.decisions
            editor.mark_problem(int(first[1]))
        elif first and first[0] == "checklist":
            self.tabs.setCurrentIndex(CHECKLIST_TAB)
        elif first and first[0] in ("next_meeting_on", "notes", "__root__"):
            self.tabs.setCurrentIndex(DECISIONS_TAB)

    def _problem_text(self, problem: Problem) -> str:
        """The problem, with the row it is in for participants and decisions."""
        parts = problem.field.split(".")
        text = problem.text(self._language)
        if len(parts) > 1 and parts[1].isdigit():
            row = str(int(parts[1]) + 1)
            if parts[0] == "participants":
                return self.tr("Participant %1: %2").replace("%1", row).replace("%2", text)
            if parts[0] == "decisions":
                return self.tr("Decision %1: %2").replace("%1", row).replace("%2", text)
        return text

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def has_unsaved_changes(self) -> bool:
        return self._dirty
