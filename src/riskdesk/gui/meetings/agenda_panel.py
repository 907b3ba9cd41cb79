"""The agenda of the meeting being edited: its cases (number, person, level, plan status,
whether decided), "Add the selected case" and "Remove case", and below, the chosen case's
summary, notes and decision with every decision the case has had.

Rows and texts come from the :class:`MeetingEditor`; the facts about each case (number,
person, level, plan) from the agenda read, which the page hands over. Typing goes
straight into the editor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MEETING_KIND_LABELS, MeetingDecision
from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.domain.problems import FieldPath
from riskdesk.gui.concerns.agenda_concerns import AgendaConcerns
from riskdesk.gui.meetings.decision_details import DecisionDetails
from riskdesk.services.meeting_service import AgendaEntry

_ID_ROLE = Qt.ItemDataRole.UserRole
_UNKNOWN = "…"
"""Shown for a fact not read yet."""


class AgendaPanel(QWidget):
    """:attr:`case_chosen` carries the agenda case the user picked (or None)."""

    case_chosen = Signal(object)
    add_requested = Signal()
    remove_requested = Signal()
    record_requested = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._editor: MeetingEditor | None = None
        self._facts: Mapping[CaseId, AgendaEntry] = {}

        self.agenda = QTreeWidget()
        self.agenda.setAccessibleName(self.tr("Cases on the agenda"))
        self.agenda.setHeaderLabels(
            [self.tr("Case"), self.tr("Person"), self.tr("Level"), self.tr("Plan"), "✓"]
        )
        self.agenda.setRootIsDecorated(False)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.currentItemChanged.connect(self._chosen)
        self.add_case_button = QPushButton(self.tr("&Add the selected case"))
        self.add_case_button.setToolTip(self.tr("Adds the case selected in the case list"))
        self.add_case_button.clicked.connect(self.add_requested)
        self.remove_case_button = QPushButton(self.tr("Re&move case"))
        self.remove_case_button.clicked.connect(self.remove_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_case_button)
        buttons.addWidget(self.remove_case_button)
        buttons.addStretch(1)
        agenda_part = QWidget()
        agenda_layout = QVBoxLayout(agenda_part)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(QLabel(self.tr("Cases on the agenda")))
        agenda_layout.addWidget(self.agenda, 1)
        self.concerns = AgendaConcerns(language=language)  # a coordination meeting's
        agenda_layout.addWidget(self.concerns)
        agenda_layout.addLayout(buttons)

        # The agenda and the chosen case share the height; the user moves the line.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(agenda_part)
        splitter.addWidget(self._build_case_box())
        # Small minimum heights let the agenda show five cases or more on a laptop
        # screen; the agenda takes most of a taller window, the texts grow when the
        # user moves the line.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.summary_edit.textChanged.connect(self._summary_changed)
        self.notes_edit.textChanged.connect(self._notes_changed)
        self.decision_edit.textChanged.connect(self._decision_changed)
        self.show_editor(None)

    def _build_case_box(self) -> QGroupBox:
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Summary for the meeting"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(48)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(36)
        self.notes_edit.setMaximumHeight(60)
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setAccessibleName(self.tr("Decision"))
        self.decision_edit.setTabChangesFocus(True)
        self.decision_edit.setMinimumHeight(48)
        self.record_button = QPushButton(self.tr("Record &decision"))
        self.record_button.clicked.connect(self.record_requested)
        self.decisions_list = QTreeWidget()
        self.decisions_list.setAccessibleName(self.tr("Decisions about this case"))
        self.decisions_list.setHeaderLabels(
            [self.tr("Date"), self.tr("Meeting"), self.tr("Decision")]
        )
        self.decisions_list.setRootIsDecorated(False)
        self.decisions_list.setMinimumHeight(60)
        self.decisions_list.setMaximumHeight(110)
        form = self._case_form = QFormLayout()
        form.addRow(self.tr("Summar&y:"), self.summary_edit)
        form.addRow(self.tr("No&tes:"), self.notes_edit)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_edit, 1)
        self.decision_details = DecisionDetails()
        decision_buttons = QVBoxLayout()
        decision_buttons.addWidget(self.record_button)
        decision_buttons.addWidget(self.decision_details.to_plan_button)
        decision_buttons.addStretch(1)
        decision_row.addLayout(decision_buttons)
        decision_label = QLabel(self.tr("Decisi&on:"))
        decision_label.setBuddy(self.decision_edit)
        form.addRow(decision_label, decision_row)
        form.addRow("", self.decision_details)
        # Shown only for a case with decisions: the room goes to the agenda otherwise.
        form.addRow(self.tr("All its decisions:"), self.decisions_list)
        form.setRowVisible(self.decisions_list, False)
        self.case_box = QGroupBox(self.tr("The selected case"))
        self.case_box.setLayout(form)
        return self.case_box

    # ----- showing -------------------------------------------------------------------

    def show_editor(self, editor: MeetingEditor | None) -> None:
        """Show ``editor``'s agenda (None: none) with no facts yet (see :meth:`show_facts`)."""
        self._editor = editor
        self._facts = {}
        self.show_rows()

    def show_facts(self, facts: Mapping[CaseId, AgendaEntry]) -> None:
        """The agenda read: what to show about each case, by case id."""
        self._facts = facts
        self.show_rows()

    def lacks_facts(self) -> bool:
        """Whether a case on the agenda has no facts read yet."""
        editor = self._editor
        return editor is not None and any(c not in self._facts for c in editor.case_ids)

    def show_rows(self) -> None:
        """Redraw the rows from the editor, the shown case selected, and the case box."""
        editor = self._editor
        shown = editor.shown_case if editor else None
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for item in editor.items if editor else ():
            entry = self._facts.get(item.case_id)
            row = QTreeWidgetItem(
                [
                    entry.case_number if entry else _UNKNOWN,
                    entry.person_name if entry else "",
                    str(entry.level) if entry else "",
                    entry.plan_status.text(self._language) if entry else "",
                    "✓" if item.decision else "",
                ]
            )
            row.setData(0, _ID_ROLE, item.case_id)
            self.agenda.addTopLevelItem(row)
            if item.case_id == shown:
                self.agenda.setCurrentItem(row)
        self.agenda.blockSignals(False)
        self.show_item()

    def show_item(self) -> None:
        """Fill the case box from the shown case (empty and locked when none is shown)."""
        editor = self._editor
        item = editor.shown_item if editor else None
        self.case_box.setEnabled(item is not None)
        self.remove_case_button.setEnabled(item is not None)
        for edit, text in (
            (self.summary_edit, item.summary if item else ""),
            (self.notes_edit, item.notes if item else ""),
            (self.decision_edit, item.decision_text if item else ""),
        ):
            # Only when it differs: resetting the text would move the cursor mid-typing.
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        self._show_details()
        entry = self._facts.get(item.case_id) if item else None
        if item is None:
            self.case_box.setTitle(self.tr("The selected case"))
            self.show_decisions(())
        else:
            number = entry.case_number if entry else _UNKNOWN
            self.case_box.setTitle(self.tr("Case %1").replace("%1", number))

    def show_decisions(self, decisions: Sequence[MeetingDecision]) -> None:
        """Every decision the shown case has had, newest first; none: the list is hidden."""
        self._case_form.setRowVisible(self.decisions_list, bool(decisions))
        self.decisions_list.clear()
        for decision in decisions:
            self.decisions_list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        dmy(decision.held_on),
                        MEETING_KIND_LABELS[decision.kind].text(self._language),
                        decision.text,
                    ]
                )
            )

    def problem_routes(self) -> dict[FieldPath | str, QWidget]:
        """Which widget shows the problems under each field path: the shown case's texts
        for its item, the agenda for anything else about the cases."""
        routes: dict[FieldPath | str, QWidget] = {
            ("items",): self.agenda,
            ("decision",): self.decision_edit,
        }
        editor = self._editor
        shown = editor.shown_case if editor else None
        if editor is not None and shown is not None:
            index = editor.case_ids.index(shown)
            routes[("items", index, "summary")] = self.summary_edit
            routes[("items", index, "notes")] = self.notes_edit
            routes[("items", index, "decision_owner")] = self.decision_details.owner_edit
            routes[("items", index, "decision_budget")] = self.decision_details.budget_edit
        return routes

    # ----- edits ---------------------------------------------------------------------

    def _chosen(self, current: QTreeWidgetItem | None) -> None:
        case_id = CaseId(int(current.data(0, _ID_ROLE))) if current is not None else None
        self.case_chosen.emit(case_id)

    def _summary_changed(self) -> None:
        if self._editor is not None and self._editor.shown_case is not None:
            self._editor.set_summary(self.summary_edit.toPlainText())

    def _notes_changed(self) -> None:
        if self._editor is not None and self._editor.shown_case is not None:
            self._editor.set_notes(self.notes_edit.toPlainText())

    def _decision_changed(self) -> None:
        if self._editor is not None and self._editor.shown_case is not None:
            self._editor.set_decision_text(self.decision_edit.toPlainText())
            self._show_details()

    def _show_details(self) -> None:
        # Owner, budget and deadline only once there is a decision to give them to: the
        # room goes to the agenda while the meeting prepares.
        editor = self._editor
        item = editor.shown_item if editor else None
        decided = item is not None and bool(item.decision_text or item.decision)
        self._case_form.setRowVisible(self.decision_details, decided)
        self.decision_details.to_plan_button.setVisible(decided)
        self.decision_details.show_editor(editor if item is not None else None)
