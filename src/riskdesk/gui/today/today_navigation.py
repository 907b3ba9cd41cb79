"""Opening what a start-page line names: a case's plan, release meeting or assessments
(the case chosen in the case list too, so the other case pages follow), a plan version's
review, or a meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from riskdesk.domain.today import Opens, TodayLine
from riskdesk.gui.today.case_follow_up_opening import open_case_follow_up

if TYPE_CHECKING:
    from riskdesk.gui.main_window import MainWindow
    from riskdesk.gui.page import CasePage


def open_line(window: MainWindow, line: TodayLine) -> None:
    if open_case_follow_up(window, line):
        return
    if line.opens is Opens.REVIEW and line.plan_id is not None:
        window.review.open_review(line.plan_id)
        return
    if line.opens is Opens.MEETING and line.meeting_id is not None:
        window.navigation.setCurrentRow(window.pages.index(window.meetings))
        window.meetings.select_meeting(line.meeting_id)
        return
    if line.case_id is None:
        return
    window.case_list.select_case(line.case_id)
    pages: dict[Opens, CasePage] = {
        Opens.PLAN: window.plans,
        Opens.RELEASE_MEETING: window.release_meeting,
        Opens.ASSESSMENTS: window.assessments,
    }
    page = pages.get(line.opens)
    if page is None:
        return
    window.navigation.setCurrentRow(window.pages.index(page))
    # The case list may be filtered so that it does not show the case: show it anyway.
    page.show_case(line.case_id)
