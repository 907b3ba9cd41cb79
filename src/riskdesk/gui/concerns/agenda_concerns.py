"""The line under a coordination meeting's agenda that lists its niveau-1 concerns by
number and topic ("B-12 Skolefravær · B-15 Vold"), nothing else: the meetings page shows
it for the meeting on show, and it redraws when concerns change. Concerns are put on an
agenda from the concern register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from riskdesk.domain.changes import Changes
from riskdesk.domain.concern_agenda import agenda_lines
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MeetingId
from riskdesk.gui.operations import read_now, redraw_on_changes

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class AgendaConcerns(QLabel):
    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._desk: Desk | None = None
        self._meeting_id: MeetingId | None = None
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Concerns on the agenda"))
        self.hide()
        redraw_on_changes(self, self._redraw)

    def show_meeting(self, desk: Desk | None, meeting_id: int | None) -> None:
        """Show the concerns on the stored meeting ``meeting_id`` (hidden when there are
        none, for another kind of meeting, or for a meeting not saved yet)."""
        self._desk = desk
        self._meeting_id = MeetingId(meeting_id) if meeting_id is not None else None
        self._read()

    def _read(self) -> None:
        desk, meeting_id = self._desk, self._meeting_id
        found = None
        if desk is not None and meeting_id is not None:
            found = read_now(
                self,
                lambda: agenda_lines(
                    desk.concerns.agenda(meeting_id), desk.concerns.topics, self._language
                ),
            )
        if not found:
            self.clear()
            self.hide()
            return
        self.setText(
            self.tr("Level-1 concerns on the agenda (%n):", "", len(found))
            + " "
            + " · ".join(found)
        )
        self.show()

    def _redraw(self, changes: Changes, initiator: object) -> None:
        if changes.concerns and self._meeting_id is not None:
            self._read()
