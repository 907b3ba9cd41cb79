"""A meeting's save refused because someone else saved it first: the refusal and what was
typed, with Reload to show the newest version in the editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import Meeting
from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.unsaved_text import meeting_unsaved
from riskdesk.gui.operations import read_now
from riskdesk.gui.widgets.stale_record_dialog import offer_reload

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


def offer_meeting_reload(
    page: QWidget,
    desk: Desk,
    editor: MeetingEditor,
    refusal: StaleRecord,
    *,
    language: Language,
    reopen: Callable[[Meeting], None],
) -> None:
    """Reload reads the meeting and hands it to ``reopen``."""
    meeting_id = editor.meeting_id
    if meeting_id is None:
        return

    def reload() -> bool:
        meeting = read_now(page, lambda: desk.meetings.get(meeting_id))
        if meeting is None:
            return False
        reopen(meeting)
        return True

    offer_reload(page, refusal, meeting_unsaved(editor), language=language, reload=reload)
