"""The release checklist: every area with its status, owner and note, and the agenda's
question for it as help text, bound to the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import (
    CHECKLIST_AREA_LABELS,
    ITEM_STATUS_LABELS,
    ChecklistArea,
    ItemStatus,
    ReleaseMeetingForm,
)
from riskdesk.domain.release_meeting_editor import ChecklistRow, ReleaseMeetingEditor


class _Row:
    def __init__(self, status: QComboBox, owner: QComboBox, note: QLineEdit) -> None:
        self.status = status
        self.owner = owner
        self.note = note


class ChecklistEditor(QWidget):
    """One row per checklist area of ``form``, in the form's order. :meth:`show_editor`
    draws an editor's checklist (or a blank one); every edit goes into that editor and
    then fires :attr:`changed`, so a readiness summary can follow along."""

    changed = Signal()

    def __init__(
        self, *, form: ReleaseMeetingForm, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._editor: ReleaseMeetingEditor | None = None
        self.rows: dict[str, _Row] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        for column, text in enumerate(
            (self.tr("Area"), self.tr("Status"), self.tr("Owner"), self.tr("Note"))
        ):
            heading = QLabel(f"<b>{text}</b>")
            grid.addWidget(heading, 0, column)
        for index, entry in enumerate(form.checklist):
            area_name = CHECKLIST_AREA_LABELS[entry.area].text(language)
            prompt = entry.prompt.text(language)
            area_label = QLabel(area_name)
            bold = area_label.font()
            bold.setBold(True)
            area_label.setFont(bold)
            area_label.setWordWrap(True)
            prompt_label = QLabel(prompt)
            prompt_label.setObjectName("hint")
            prompt_label.setWordWrap(True)
            status = QComboBox()
            for value in ItemStatus:
                status.addItem(ITEM_STATUS_LABELS[value].text(language), value)
            status.setAccessibleName(self.tr("Status: %1").replace("%1", area_name))
            status.setAccessibleDescription(prompt)
            owner = QComboBox()
            owner.addItem(self.tr("(not decided)"), None)
            for responsible in Responsible:
                owner.addItem(RESPONSIBLE_LABELS[responsible].text(language), responsible)
            owner.setAccessibleName(self.tr("Owner: %1").replace("%1", area_name))
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note: %1").replace("%1", area_name))
            note.setPlaceholderText(self.tr("Note"))
            area_label.setBuddy(status)
            for widget in (status, owner):
                widget.currentIndexChanged.connect(self._edited)
            note.textChanged.connect(self._edited)
            # Each area takes two grid rows: the inputs, then the agenda's question
            # across the whole width, so the question stays readable without a tooltip.
            row = 1 + index * 2
            grid.addWidget(area_label, row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(owner, row, 2)
            grid.addWidget(note, row, 3)
            grid.addWidget(prompt_label, row + 1, 0, 1, 4, Qt.AlignmentFlag.AlignTop)
            grid.setRowMinimumHeight(row + 1, 30)
            self.rows[entry.area.value] = _Row(status, owner, note)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 3)
        grid.setRowStretch(1 + len(form.checklist) * 2, 1)

    def show_editor(self, editor: ReleaseMeetingEditor | None) -> None:
        self._editor = None
        shown = {row.area.value: row for row in editor.checklist} if editor is not None else {}
        for area, row in self.rows.items():
            item = shown.get(area) or ChecklistRow(area=ChecklistArea(area))
            row.status.setCurrentIndex(max(0, row.status.findData(item.status)))
            row.owner.setCurrentIndex(max(0, row.owner.findData(item.owner)))
            row.note.setText(item.note)
        self._editor = editor

    def set_status(self, area: str, status: ItemStatus) -> None:
        combo = self.rows[area].status
        combo.setCurrentIndex(combo.findData(status))

    def checklist_rows(self) -> tuple[ChecklistRow, ...]:
        return tuple(
            ChecklistRow(
                area=ChecklistArea(area),
                status=ItemStatus(row.status.currentData()),
                owner=row.owner.currentData(),
                note=row.note.text(),
            )
            for area, row in self.rows.items()
        )

    def mark_problem(self, index: int) -> None:
        """Put the cursor in the note of the ``index``-th area (the only free text)."""
        rows = list(self.rows.values())
        if 0 <= index < len(rows):
            rows[index].note.setFocus()

    def _edited(self) -> None:
        if self._editor is not None:
            self._editor.set_checklist(self.checklist_rows())
            self.changed.emit()
