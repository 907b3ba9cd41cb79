"""The release checklist: every area with its status, owner and note, and the agenda's
question for it as help text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import (
    CHECKLIST_AREA_LABELS,
    ITEM_STATUS_LABELS,
    ChecklistItem,
    ItemStatus,
    ReleaseMeetingForm,
)


class _Row:
    def __init__(self, status: QComboBox, owner: QComboBox, note: QLineEdit) -> None:
        self.status = status
        self.owner = owner
        self.note = note


class ChecklistEditor(QWidget):
    """One row per checklist area of ``form``, in the form's order. :attr:`changed`
    fires on every edit, so a readiness summary can follow along."""

    changed = Signal()

    def __init__(
        self, *, form: ReleaseMeetingForm, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
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
                widget.currentIndexChanged.connect(self.changed)
            note.textChanged.connect(self.changed)
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

    def set_items(self, items: Sequence[ChecklistItem]) -> None:
        """Show ``items``; an area not among them shows as missing, with no owner."""
        given = {item.area.value: item for item in items}
        for area, row in self.rows.items():
            item = given.get(area)
            for combo, value in (
                (row.status, item.status if item else ItemStatus.MISSING),
                (row.owner, item.owner if item else None),
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.blockSignals(False)
            row.note.blockSignals(True)
            row.note.setText(item.note if item else "")
            row.note.blockSignals(False)
        self.changed.emit()

    def set_status(self, area: str, status: ItemStatus) -> None:
        combo = self.rows[area].status
        combo.setCurrentIndex(combo.findData(status))

    def items(self) -> list[dict[str, Any]]:
        return [
            {
                "area": area,
                "status": ItemStatus(row.status.currentData()),
                "owner": row.owner.currentData(),
                "note": row.note.text(),
            }
            for area, row in self.rows.items()
        ]

    def statuses(self) -> tuple[ChecklistItem, ...]:
        """The chosen statuses alone (no notes), always valid: enough for the readiness
        summary and the timeline while the rest of the form may still hold mistakes."""
        return tuple(
            ChecklistItem.model_validate({"area": area, "status": row.status.currentData()})
            for area, row in self.rows.items()
        )

    def clear(self) -> None:
        self.set_items(())
