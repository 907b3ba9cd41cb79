"""Who sits at the release meeting's table: name, role and organisation, one row each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import PARTICIPANT_ROLE_LABELS, Participant, ParticipantRole
from riskdesk.gui.widgets.row_table_editor import RowTableEditor

NAME, ROLE, ORGANISATION = range(3)


class ParticipantsEditor(RowTableEditor):
    """Rows of participants; see :class:`RowTableEditor`."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(first_column=NAME, parent=parent)
        self._language = language
        self._set_texts(
            headers=[self.tr("Name"), self.tr("Role"), self.tr("Organisation")],
            accessible_name=self.tr("Participants"),
            add_text=self.tr("Add participant"),
            remove_text=self.tr("Remove participant"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ROLE, 170)

    def add_row(self, participant: Participant | None = None) -> int:
        row = self._insert_row(
            {
                NAME: participant.name if participant else "",
                ORGANISATION: participant.organisation if participant else "",
            }
        )
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Role"))
        for role in ParticipantRole:
            combo.addItem(PARTICIPANT_ROLE_LABELS[role].text(self._language), role)
        role = participant.role if participant else ParticipantRole.OTHER
        combo.setCurrentIndex(combo.findData(role))
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, ROLE, combo)
        return self._row_added(row, new=participant is None)

    def set_participants(self, participants: Sequence[Participant]) -> None:
        self.clear()
        for participant in participants:
            self.add_row(participant)

    def participants(self) -> list[dict[str, Any]]:
        return [
            {
                "name": self._text(row, NAME),
                "role": ParticipantRole(self.combo(row, ROLE).currentData()),
                "organisation": self._text(row, ORGANISATION),
            }
            for row in range(self.table.rowCount())
        ]
