"""Who sits at the release meeting's table: name, role and organisation, one row each,
shown from and read back as the editor's rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import PARTICIPANT_ROLE_LABELS, ParticipantRole
from riskdesk.domain.release_meeting_editor import ParticipantRow
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
        # Every column as wide as its longest text ("Kriminalpræventiv koordinator",
        # "Den Kriminalpræventive Enhed"), never cut short: on a narrow screen the table
        # scrolls sideways instead, as the decisions table does.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def add_row(self, participant: ParticipantRow | None = None) -> int:
        shown = participant or ParticipantRow()
        row = self._insert_row({NAME: shown.name, ORGANISATION: shown.organisation})
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Role"))
        for role in ParticipantRole:
            combo.addItem(PARTICIPANT_ROLE_LABELS[role].text(self._language), role)
        combo.setCurrentIndex(combo.findData(shown.role))
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, ROLE, combo)
        return self._row_added(row, new=participant is None)

    def set_rows(self, participants: Sequence[ParticipantRow]) -> None:
        self.clear()
        for participant in participants:
            self.add_row(participant)

    def rows(self) -> tuple[ParticipantRow, ...]:
        return tuple(
            ParticipantRow(
                name=self._text(row, NAME),
                role=ParticipantRole(self.combo(row, ROLE).currentData()),
                organisation=self._text(row, ORGANISATION),
            )
            for row in range(self.table.rowCount())
        )
