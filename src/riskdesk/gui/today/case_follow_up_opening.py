"""Opening a start-page line about the case journal or an outcome follow-up: the case
page with the entry chosen in its journal (where the follow-up is marked done), or the
outcome dialog at the follow-up's point."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from riskdesk.domain.case_outcome import OutcomePoint
from riskdesk.domain.today import Opens, TodayLine
from riskdesk.gui.cases.outcome_dialog import OutcomeDialog
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
from riskdesk.gui.operations import language_of

if TYPE_CHECKING:
    from riskdesk.gui.main_window import MainWindow


def open_case_follow_up(window: MainWindow, line: TodayLine) -> bool:
    """Whether ``line`` was a journal or outcome follow-up (and is now open)."""
    if line.case_id is None or line.opens not in (Opens.JOURNAL, Opens.OUTCOME):
        return False
    if line.opens is Opens.JOURNAL:
        window.open_case(int(line.case_id))
        editors = [e for e in window.findChildren(PersonCaseEditor) if e.isVisible()]
        if editors and line.entry_id is not None:
            editors[-1].journal_panel.select_entry(line.entry_id)
        return True
    desk = window.desk
    if desk is None:
        return True
    point = OutcomePoint(line.outcome_point) if line.outcome_point else None
    dialog = OutcomeDialog.open_for(
        window, desk=desk, case_id=line.case_id, point=point, language=language_of(window)
    )
    if dialog is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return True
