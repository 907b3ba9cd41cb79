"""SSP, KSP, PSP, operative-group and coordination meetings: the list (upcoming first), an
editor for the meeting and its agenda of cases (a summary before, a decision after), the
decisions each case has had, and the agenda, pseudonymised agenda and minutes as Word."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import (
    LEGAL_BASIS_LINES,
    MEETING_KIND_LABELS,
    AgendaItem,
    Meeting,
    MeetingId,
    MeetingKind,
    meeting_from,
)
from riskdesk.domain.refusals import Refusal, UserInputError
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.services.document_export import ExportedDocument
from riskdesk.services.meeting_service import AgendaEntry, MeetingDocumentKind

if TYPE_CHECKING:
    from pathlib import Path

    from riskdesk.services.desk import Desk

# Danish file names: the documents are Danish and go to Danish partners. The meeting's
# kind and date name it; a person's name never goes into a file name.
_FILE_NAMES = {
    MeetingDocumentKind.AGENDA: "Dagsorden {kind} {date}.docx",
    MeetingDocumentKind.PSEUDONYMISED_AGENDA: "Dagsorden {kind} {date} pseudonymiseret.docx",
    MeetingDocumentKind.MINUTES: "Referat {kind} {date}.docx",
}
_ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingsPage(QWidget):
    """:meth:`show_case` tells the page which case is selected in the case list, so
    "Add the selected case" can put it on the agenda. Every change is saved at once;
    problems are shown in :attr:`message_label` and nothing is half-saved."""

    status_message = Signal(str)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self._meeting: Meeting | None = None
        self._selected_case: CaseId | None = None
        self._entries: list[AgendaEntry] = []
        self._shown_item: CaseId | None = None
        self.export_dialog: DocumentExportDialog | None = None

        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problems"))
        self.message_label.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 800])

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        self.clear()

    # ----- building -----------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.meeting_list = QTreeWidget()
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        self.meeting_list.setHeaderLabels([self.tr("Date"), self.tr("Meeting"), self.tr("Cases")])
        self.meeting_list.setRootIsDecorated(False)
        self.meeting_list.setAlternatingRowColors(True)
        self.meeting_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.meeting_list.currentItemChanged.connect(self._meeting_chosen)
        self.upcoming_box = QCheckBox(self.tr("&Upcoming only"))
        self.upcoming_box.toggled.connect(self.refresh)
        self.new_button = QPushButton(self.tr("&New meeting"))
        self.new_button.clicked.connect(self.new_meeting)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.upcoming_box)
        layout.addWidget(self.meeting_list, 1)
        layout.addWidget(self.new_button)
        return panel

    def _build_editor(self) -> QWidget:
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(MEETING_KIND_LABELS[kind].text(self._language), kind.value)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.time_box = QCheckBox(self.tr("at"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_box.toggled.connect(self.time_edit.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_box)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        self.place_edit = QLineEdit()
        self.participants_edit = QPlainTextEdit()
        self.participants_edit.setPlaceholderText(
            self.tr("One per line: name; organisation or role")
        )
        self.participants_edit.setMaximumHeight(90)
        self.participants_edit.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("&Save meeting"))
        self.save_button.clicked.connect(self.save)

        facts = QFormLayout()
        facts.addRow(self.tr("&Kind:"), self.kind_combo)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        facts.addRow(date_label, when)
        facts.addRow(self.tr("&Place:"), self.place_edit)
        facts.addRow(self.tr("Pa&rticipants:"), self.participants_edit)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.participants_edit.setAccessibleName(self.tr("Participants"))
        self.kind_combo.setAccessibleName(self.tr("Kind"))

        self.agenda = QTreeWidget()
        self.agenda.setAccessibleName(self.tr("Cases on the agenda"))
        self.agenda.setHeaderLabels(
            [self.tr("Case"), self.tr("Person"), self.tr("Level"), self.tr("Plan"), "✓"]
        )
        self.agenda.setRootIsDecorated(False)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.currentItemChanged.connect(self._agenda_case_chosen)
        self.add_case_button = QPushButton(self.tr("&Add the selected case"))
        self.add_case_button.setToolTip(self.tr("Adds the case selected in the case list"))
        self.add_case_button.clicked.connect(self.add_selected_case)
        self.remove_case_button = QPushButton(self.tr("Re&move case"))
        self.remove_case_button.clicked.connect(self.remove_case)
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(self.add_case_button)
        agenda_buttons.addWidget(self.remove_case_button)
        agenda_buttons.addStretch(1)

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Summary for the meeting"))
        self.summary_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(60)
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setAccessibleName(self.tr("Decision"))
        self.decision_edit.setTabChangesFocus(True)
        self.record_button = QPushButton(self.tr("Record &decision"))
        self.record_button.clicked.connect(self.record_decision)
        self.decisions_list = QTreeWidget()
        self.decisions_list.setAccessibleName(self.tr("Decisions about this case"))
        self.decisions_list.setHeaderLabels(
            [self.tr("Date"), self.tr("Meeting"), self.tr("Decision")]
        )
        self.decisions_list.setRootIsDecorated(False)
        self.decisions_list.setMaximumHeight(110)
        case_form = QFormLayout()
        case_form.addRow(self.tr("Summar&y:"), self.summary_edit)
        case_form.addRow(self.tr("No&tes:"), self.notes_edit)
        case_form.addRow(self.tr("Decisi&on:"), self.decision_edit)
        case_form.addRow("", self.record_button)
        case_form.addRow(self.tr("All its decisions:"), self.decisions_list)
        self.case_box = QGroupBox(self.tr("The selected case"))
        self.case_box.setLayout(case_form)

        self.export_agenda_button = QPushButton(self.tr("Export &agenda…"))
        self.export_agenda_button.clicked.connect(lambda: self.export(MeetingDocumentKind.AGENDA))
        self.export_pseudonymised_button = QPushButton(self.tr("Export &pseudonymised agenda…"))
        self.export_pseudonymised_button.clicked.connect(
            lambda: self.export(MeetingDocumentKind.PSEUDONYMISED_AGENDA)
        )
        self.export_minutes_button = QPushButton(self.tr("Export m&inutes…"))
        self.export_minutes_button.clicked.connect(lambda: self.export(MeetingDocumentKind.MINUTES))
        exports = QHBoxLayout()
        exports.addWidget(self.save_button)
        exports.addStretch(1)
        for button in (
            self.export_agenda_button,
            self.export_pseudonymised_button,
            self.export_minutes_button,
        ):
            exports.addWidget(button)

        self.legal_label = QLabel()
        self.legal_label.setWordWrap(True)
        self.legal_label.setObjectName("disclaimer")

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(facts)
        layout.addWidget(self.legal_label)
        agenda_panel = QWidget()
        agenda_layout = QVBoxLayout(agenda_panel)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(QLabel(self.tr("Cases on the agenda")))
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addLayout(agenda_buttons)
        # The agenda and the chosen case share the height; the user moves the line.
        cases_split = QSplitter(Qt.Orientation.Vertical)
        cases_split.setChildrenCollapsible(False)
        cases_split.addWidget(agenda_panel)
        cases_split.addWidget(self.case_box)
        cases_split.setSizes([220, 300])
        layout.addWidget(cases_split, 1)
        layout.addLayout(exports)
        self.kind_combo.currentIndexChanged.connect(self._show_legal_basis)
        return panel

    # ----- the page protocol --------------------------------------------------------

    def title(self) -> str:
        return self.tr("Meetings")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown from the vault (the desk is locking)."""
        self._desk = None
        self._meeting = None
        self._selected_case = None
        self._entries = []
        self._shown_item = None
        self.meeting_list.clear()
        self._fill_editor(None)
        self._show_message("")

    def show_case(self, case_id: int | None) -> None:
        """The case selected in the case list, offered by "Add the selected case"."""
        self._selected_case = CaseId(case_id) if case_id is not None else None
        self.add_case_button.setEnabled(self._meeting_editable and case_id is not None)

    # ----- the list -----------------------------------------------------------------

    def refresh(self) -> None:
        if self._desk is None:
            return
        keep = self._meeting.id if self._meeting is not None else None
        try:
            meetings = self._desk.meetings.list(upcoming_only=self.upcoming_box.isChecked())
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        today = date.today()
        for meeting in meetings:
            item = QTreeWidgetItem(
                [
                    meeting.held_on.strftime("%d.%m.%Y"),
                    MEETING_KIND_LABELS[meeting.kind].text(self._language),
                    str(len(meeting.items)),
                ]
            )
            item.setData(0, _ID_ROLE, meeting.id)
            if meeting.held_on < today:
                item.setForeground(0, self.palette().placeholderText())
            self.meeting_list.addTopLevelItem(item)
            if meeting.id == keep:
                self.meeting_list.setCurrentItem(item)
        self.meeting_list.blockSignals(False)

    def select_meeting(self, meeting_id: MeetingId) -> None:
        for index in range(self.meeting_list.topLevelItemCount()):
            item = self.meeting_list.topLevelItem(index)
            if item is not None and item.data(0, _ID_ROLE) == meeting_id:
                self.meeting_list.setCurrentItem(item)
                return

    def _meeting_chosen(self, current: QTreeWidgetItem | None) -> None:
        if self._desk is None or current is None:
            return
        try:
            meeting = self._desk.meetings.get(MeetingId(int(current.data(0, _ID_ROLE))))
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self._show_message("")
        self._fill_editor(meeting)

    def new_meeting(self) -> None:
        """A blank SSP meeting two weeks ahead; stored when saved."""
        self.meeting_list.clearSelection()
        self.meeting_list.blockSignals(True)
        self.meeting_list.setCurrentIndex(self.meeting_list.rootIndex())
        self.meeting_list.blockSignals(False)
        self._show_message("")
        self._fill_editor(None, blank=True)
        self.kind_combo.setFocus()

    # ----- the editor ---------------------------------------------------------------

    @property
    def _meeting_editable(self) -> bool:
        return self._desk is not None and self.kind_combo.isEnabled()

    def _fill_editor(self, meeting: Meeting | None, *, blank: bool = False) -> None:
        self._meeting = meeting
        editable = meeting is not None or blank
        for widget in (
            self.kind_combo,
            self.date_edit,
            self.time_box,
            self.place_edit,
            self.participants_edit,
            self.save_button,
        ):
            widget.setEnabled(editable and self._desk is not None)
        held_on = meeting.held_on if meeting else date.today()
        kind = meeting.kind if meeting else MeetingKind.SSP
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.date_edit.setDate(QDate(held_on.year, held_on.month, held_on.day))
        starts = meeting.starts_at if meeting else None
        self.time_box.setChecked(starts is not None)
        self.time_edit.setEnabled(editable and starts is not None)
        self.time_edit.setTime(QTime(starts.hour, starts.minute) if starts else QTime(9, 0))
        self.place_edit.setText(meeting.place if meeting else "")
        self.participants_edit.setPlainText(
            "\n".join(
                f"{p.name}; {p.organisation}" if p.organisation else p.name
                for p in (meeting.participants if meeting else ())
            )
        )
        self._show_legal_basis()
        self._fill_agenda()

    def _fill_agenda(self) -> None:
        keep = self._shown_item
        self._entries = []
        if self._desk is not None and self._meeting is not None and self._meeting.id is not None:
            try:
                self._entries = self._desk.meetings.agenda(self._meeting.id)
            except (Refusal, VaultError) as error:
                self._show_message(error.text(self._language))
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for entry in self._entries:
            item = QTreeWidgetItem(
                [
                    entry.case_number,
                    entry.person_name,
                    str(entry.level),
                    entry.plan_status.text(self._language),
                    "✓" if entry.decision else "",
                ]
            )
            item.setData(0, _ID_ROLE, entry.case_id)
            self.agenda.addTopLevelItem(item)
            if entry.case_id == keep:
                self.agenda.setCurrentItem(item)
        self.agenda.blockSignals(False)
        stored = self._meeting is not None and self._meeting.id is not None
        self.add_case_button.setEnabled(self._meeting_editable and self._selected_case is not None)
        for button in (
            self.export_agenda_button,
            self.export_pseudonymised_button,
            self.export_minutes_button,
        ):
            button.setEnabled(stored)
        self._show_case(self._current_entry())

    def _current_entry(self) -> AgendaEntry | None:
        item = self.agenda.currentItem()
        if item is None:
            return None
        case_id = item.data(0, _ID_ROLE)
        return next((e for e in self._entries if e.case_id == case_id), None)

    def _agenda_case_chosen(self) -> None:
        self._save_summary()
        self._show_case(self._current_entry())

    def _show_case(self, entry: AgendaEntry | None) -> None:
        self._shown_item = entry.case_id if entry else None
        self.case_box.setEnabled(entry is not None)
        self.remove_case_button.setEnabled(entry is not None)
        self.summary_edit.setPlainText(entry.summary if entry else "")
        self.notes_edit.setPlainText(entry.notes if entry else "")
        self.decision_edit.setPlainText(entry.decision if entry else "")
        self.decisions_list.clear()
        if entry is None or self._desk is None:
            self.case_box.setTitle(self.tr("The selected case"))
            return
        self.case_box.setTitle(self.tr("Case %1").replace("%1", entry.case_number))
        try:
            decisions = self._desk.meetings.decisions_for_case(entry.case_id)
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        for decision in decisions:
            self.decisions_list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        decision.held_on.strftime("%d.%m.%Y"),
                        MEETING_KIND_LABELS[decision.kind].text(self._language),
                        decision.text,
                    ]
                )
            )

    def _show_legal_basis(self) -> None:
        kind = MeetingKind(self.kind_combo.currentData())
        line = LEGAL_BASIS_LINES.get(kind)
        self.legal_label.setText(line.text(self._language) if line else "")
        self.legal_label.setVisible(line is not None)

    # ----- actions ------------------------------------------------------------------

    def _form_data(self) -> dict[str, Any]:
        qdate = self.date_edit.date()
        participants = []
        for line in self.participants_edit.toPlainText().splitlines():
            if not line.strip():
                continue
            name, _, organisation = line.partition(";")
            participants.append({"name": name, "organisation": organisation})
        items = [item.model_dump() for item in (self._meeting.items if self._meeting else ())]
        return {
            "id": self._meeting.id if self._meeting else None,
            "kind": self.kind_combo.currentData(),
            "held_on": date(qdate.year(), qdate.month(), qdate.day()),
            "starts_at": self.time_edit.time().toPython() if self.time_box.isChecked() else None,
            "place": self.place_edit.text(),
            "participants": participants,
            "items": items,
        }

    def save(self) -> Meeting | None:
        """Validate and store the meeting with the shown case's summary; None (with the
        problems shown) when it cannot be saved."""
        if self._desk is None:
            return None
        try:
            meeting = meeting_from(self._form_data())
            meeting = self._with_shown_summary(meeting)
            stored = self._desk.meetings.save(meeting)
        except UserInputError as error:
            self._show_message(error.text(self._language))
            return None
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return None
        self._show_message("")
        self._fill_editor(stored)
        self.refresh()
        self.status_message.emit(self.tr("Meeting saved."))
        return stored

    def _with_shown_summary(self, meeting: Meeting) -> Meeting:
        if self._shown_item is None or meeting.item(self._shown_item) is None:
            return meeting
        texts = {"summary": self.summary_edit.toPlainText(), "notes": self.notes_edit.toPlainText()}
        items = tuple(
            AgendaItem.model_validate(i.model_dump() | texts)
            if i.case_id == self._shown_item
            else i
            for i in meeting.items
        )
        return meeting.model_copy(update={"items": items})

    def _save_summary(self) -> None:
        # Moving to another case keeps what was typed for the one left.
        if self._desk is None or self._meeting is None or self._meeting.id is None:
            return
        entry = next((e for e in self._entries if e.case_id == self._shown_item), None)
        summary, notes = self.summary_edit.toPlainText(), self.notes_edit.toPlainText()
        if entry is None or (entry.summary, entry.notes) == (summary, notes):
            return
        try:
            self._meeting = self._desk.meetings.set_summary(
                self._meeting.id, entry.case_id, summary, notes=notes
            )
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self._entries = [
            e.model_copy(update={"summary": summary, "notes": notes})
            if e.case_id == entry.case_id
            else e
            for e in self._entries
        ]

    def add_selected_case(self) -> None:
        if self._desk is None or self._selected_case is None:
            return
        stored = self.save()
        if stored is None or stored.id is None:
            return
        try:
            self._meeting = self._desk.meetings.add_case(stored.id, self._selected_case)
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self._shown_item = self._selected_case
        self._fill_agenda()
        self.refresh()
        self.summary_edit.setFocus()

    def remove_case(self) -> None:
        entry = self._current_entry()
        if self._desk is None or self._meeting is None or self._meeting.id is None:
            return
        if entry is None:
            return
        try:
            self._meeting = self._desk.meetings.remove_case(self._meeting.id, entry.case_id)
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return
        self._shown_item = None
        self._fill_agenda()
        self.refresh()

    def record_decision(self) -> None:
        entry = self._current_entry()
        if self._desk is None or entry is None:
            return
        # Read before saving: saving shows the stored (not yet decided) case again.
        text = self.decision_edit.toPlainText()
        stored = self.save()
        if stored is None or stored.id is None:
            return
        try:
            self._meeting = self._desk.meetings.record_decision(stored.id, entry.case_id, text)
        except (Refusal, VaultError) as error:
            self.decision_edit.setPlainText(text)
            self._show_message(error.text(self._language))
            return
        self._show_message("")
        self._shown_item = entry.case_id
        self._fill_agenda()
        self.status_message.emit(self.tr("Decision recorded."))

    def export(self, kind: MeetingDocumentKind) -> DocumentExportDialog | None:
        """Save pending edits, then open the export dialog (kept in :attr:`export_dialog`)."""
        desk = self._desk
        stored = self.save()
        if desk is None or stored is None or stored.id is None:
            return None
        meeting_id = stored.id

        def run(path: Path, pdf: bool) -> ExportedDocument:
            return desk.meetings.export(kind, meeting_id, path, pdf=pdf)

        name = _FILE_NAMES[kind].format(
            kind=MEETING_KIND_LABELS[stored.kind].da, date=stored.held_on.isoformat()
        )
        titles = {
            MeetingDocumentKind.AGENDA: self.tr("Export the agenda"),
            MeetingDocumentKind.PSEUDONYMISED_AGENDA: self.tr("Export the pseudonymised agenda"),
            MeetingDocumentKind.MINUTES: self.tr("Export the minutes"),
        }
        dialog = DocumentExportDialog(
            language=self._language,
            suggested_name=name,
            export=run,
            title=titles[kind],
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.document_exported.connect(
            lambda _: self.status_message.emit(self.tr("Document saved."))
        )
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
