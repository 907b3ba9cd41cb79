"""The decisions SSP, KSP, PSP and other meetings made about a case, as one short block
of text to place beside the case's plan, so the caseworker sees what was agreed."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MEETING_KIND_LABELS, MeetingDecision

SHOWN = 3
"""The newest decisions shown; the meetings page lists them all."""


class MeetingDecisionsLabel(QLabel):
    """Hidden when the case has no meeting decisions."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setObjectName("meetingDecisions")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Meeting decisions"))
        self.hide()

    def show_decisions(self, decisions: Sequence[MeetingDecision]) -> None:
        """Show the newest of ``decisions`` (newest first, as the case's page reads them)."""
        if not decisions:
            self.clear()
            return
        lines = [
            f"{dmy(d.held_on)}, "
            f"{html.escape(MEETING_KIND_LABELS[d.kind].text(self._language))}: "
            f"{html.escape(d.text)}"
            for d in decisions[:SHOWN]
        ]
        more = len(decisions) - SHOWN
        if more > 0:
            lines.append(
                html.escape(self.tr("… and %1 more on the Meetings page").replace("%1", str(more)))
            )
        heading = html.escape(self.tr("Meeting decisions"))
        self.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()
