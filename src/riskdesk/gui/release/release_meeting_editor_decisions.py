"""Decisions at the release meeting: what, who is responsible (and their name), by when,
and which checklist area it serves, one row each; and the tab that holds them with the
next meeting and the notes, bound to the editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import CHECKLIST_AREA_LABELS, ChecklistArea
from riskdesk.domain.release_meeting_editor import DecisionRow, ReleaseMeetingEditor
from riskdesk.gui.release.release_meeting_editor_facts import FactFields
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit
from riskdesk.gui.widgets.row_table_editor import RowTableEditor

WHAT, RESPONSIBLE, NAME, DUE, AREA = range(5)


class DecisionsEditor(RowTableEditor):
    """Rows of decisions; see :class:`RowTableEditor`."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(first_column=WHAT, parent=parent)
        self._language = language
        self._set_texts(
            headers=[
                self.tr("What"),
                self.tr("Responsible"),
                self.tr("Name"),
                self.tr("Due"),
                self.tr("Area"),
            ],
            accessible_name=self.tr("Decisions"),
            add_text=self.tr("Add decision"),
            remove_text=self.tr("Remove decision"),
        )
        header = self.table.horizontalHeader()
        # The choices as wide as their longest text ("Den Kriminalpræventive Enhed"); on a
        # narrow screen the table scrolls sideways rather than cut them off.
        header.setMinimumSectionSize(140)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, 140)
        for column in (RESPONSIBLE, DUE, AREA):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(32)

    def add_row(self, decision: DecisionRow | None = None) -> int:
        shown = decision or DecisionRow()
        row = self._insert_row({WHAT: shown.what, NAME: shown.responsible_name})
        responsible = QComboBox()
        responsible.setAccessibleName(self.tr("Responsible"))
        for who in Responsible:
            responsible.addItem(RESPONSIBLE_LABELS[who].text(self._language), who)
        responsible.setCurrentIndex(responsible.findData(shown.responsible))
        area = QComboBox()
        area.setAccessibleName(self.tr("Area"))
        for value in ChecklistArea:
            area.addItem(CHECKLIST_AREA_LABELS[value].text(self._language), value)
        area.setCurrentIndex(area.findData(shown.area))
        due = OptionalDateEdit(accessible_name=self.tr("Due"))
        due.set_value(shown.due)
        for combo in (responsible, area):
            combo.currentIndexChanged.connect(self.changed)
        due.changed.connect(self.changed)
        self.table.setCellWidget(row, RESPONSIBLE, responsible)
        self.table.setCellWidget(row, DUE, due)
        self.table.setCellWidget(row, AREA, area)
        return self._row_added(row, new=decision is None)

    def set_rows(self, decisions: Sequence[DecisionRow]) -> None:
        self.clear()
        for decision in decisions:
            self.add_row(decision)

    def rows(self) -> tuple[DecisionRow, ...]:
        return tuple(
            DecisionRow(
                what=self._text(row, WHAT),
                responsible=Responsible(self.combo(row, RESPONSIBLE).currentData()),
                responsible_name=self._text(row, NAME),
                due=self.due_edit(row).value(),
                area=ChecklistArea(self.combo(row, AREA).currentData()),
            )
            for row in range(self.table.rowCount())
        )

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is not None:
            item.setText(text)

    def due_edit(self, row: int) -> OptionalDateEdit:
        widget = self.table.cellWidget(row, DUE)
        assert isinstance(widget, OptionalDateEdit)
        return widget


class DecisionsTab(QWidget):
    """The decisions, the button that carries them into the plan (:attr:`to_plan_button`,
    the page's to connect), the next meeting and the notes. :meth:`show_editor` draws an
    editor (or nothing); every edit goes into it and then fires :attr:`edited`."""

    edited = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor: ReleaseMeetingEditor | None = None
        self.decisions = DecisionsEditor(language=language)
        self.decisions.changed.connect(self._decisions_changed)
        self.to_plan_button = QPushButton(self.tr("Add decisions to the action &plan"))
        self.to_plan_button.setToolTip(
            self.tr("Save the meeting and add each decision as an action in the case's plan")
        )
        self.to_plan_button.setAutoDefault(False)
        self.decisions.buttons.addWidget(self.to_plan_button)

        self.fields = FactFields(self)
        self.fields.edited.connect(self.edited)
        self.next_meeting_edit = self.fields.add(
            "next_meeting_on", OptionalDateEdit(accessible_name=self.tr("Next meeting"))
        )
        self.notes_edit = self.fields.add("notes", QPlainTextEdit())
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        below = QFormLayout()
        below.addRow(self.tr("Ne&xt meeting:"), self.next_meeting_edit)
        below.addRow(self.tr("N&otes:"), self.notes_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.decisions, 3)
        layout.addLayout(below, 2)

    def show_editor(self, editor: ReleaseMeetingEditor | None) -> None:
        self._editor = None
        self.fields.show_editor(editor)
        self.decisions.set_rows(editor.decisions if editor is not None else ())
        self._editor = editor

    def _decisions_changed(self) -> None:
        if self._editor is not None:
            self._editor.set_decisions(self.decisions.rows())
            self.edited.emit()
