"""The Danish screens write dates as dd.mm.åååå, never as 2026-11-29: every page of a
demo vault (a release case and a case with a plan and assessments chosen, every meeting
and agenda case gone through), the assessment and access insight dialogs, the plan editor
(an action chosen) and the review dialog (of a returned and of a submitted plan) are read,
labels, fields, buttons and every cell, for an ISO date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gui.screen_fit import ISO_DATE, danish, shown_texts
from riskdesk.domain.case import CaseKind
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.gui.access_insight.access_insight_dialog import AccessInsightDialog
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.meetings.meetings_page import MeetingsPage

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def window(qtbot, desk, demo_vault, wait_for_operations) -> Iterator[MainWindow]:
    with danish():
        main = MainWindow(language=Language.DANISH)
        qtbot.addWidget(main)
        main.resize(1280, 800)
        main.set_desk(desk, demo_vault)
        main.show()
        wait_for_operations()
        yield main
        main.clear()


def _iso_dates(texts: list[str]) -> list[str]:
    return [text for text in texts if ISO_DATE.search(text)]


def _cases_to_show(desk) -> list[int]:
    cases = desk.cases.search()
    release = next(c for c in cases if c.kind is CaseKind.RELEASE)
    planned = next(
        c
        for c in cases
        if c.kind is not CaseKind.RELEASE
        and desk.plans.current(c.case_id) is not None
        and any(r.is_final for r in desk.assessments.for_person(c.person_id))
    )
    return [int(release.case_id), int(planned.case_id)]


def _every_meeting_and_agenda_case(page: MeetingsPage, desk, wait) -> Iterator[None]:
    for meeting in desk.meetings.list():
        page.select_meeting(meeting.id)
        wait()
        agenda = page.agenda_panel.agenda
        for row in range(agenda.topLevelItemCount()):
            agenda.setCurrentItem(agenda.topLevelItem(row))
            wait()
            yield


@pytest.mark.parametrize(
    "page_name",
    [
        "TodayPage",
        "CaseListPage",
        "AssessmentsPage",
        "PlanPage",
        "ReleaseMeetingPage",
        "ReviewPage",
        "MeetingsPage",
    ],
)
def test_no_page_shows_an_iso_date(
    qtbot, window: MainWindow, desk, wait_for_operations, page_name: str
) -> None:
    page = next(p for p in window.pages if type(p).__name__ == page_name)
    found: list[str] = []
    for case_id in _cases_to_show(desk):
        window.case_list.select_case(case_id)
        wait_for_operations()
        window.navigation.setCurrentRow(window.pages.index(page))
        wait_for_operations()
        found += _iso_dates(shown_texts(page))  # type: ignore[arg-type]
        if isinstance(page, MeetingsPage):
            for _ in _every_meeting_and_agenda_case(page, desk, wait_for_operations):
                found += _iso_dates(shown_texts(page))
    assert found == []


def test_the_assessment_and_access_insight_dialogs_show_no_iso_date(
    qtbot, window: MainWindow, desk, wait_for_operations
) -> None:
    case = next(
        c
        for c in desk.cases.search()
        if sum(r.is_final for r in desk.assessments.for_person(c.person_id)) >= 2
    )
    window.case_list.select_case(int(case.case_id))
    window.show_assessments()
    wait_for_operations()
    page = window.assessments
    found = _iso_dates(shown_texts(page))

    wizard = page.open_assessment(page.model.record(0))
    while True:
        found += _iso_dates(shown_texts(wizard))
        if not wizard.flow.can_go_next:
            break
        wizard.next()
    wizard.reject()
    wait_for_operations()

    page.view.selectAll()
    comparison = page._compare_selected()
    assert comparison is not None
    found += _iso_dates(shown_texts(comparison))
    comparison.reject()

    insight = AccessInsightDialog(
        desk=desk, language=Language.DANISH, person_id=case.person_id, parent=window
    )
    found += _iso_dates(shown_texts(insight))
    insight.reject()
    assert found == []


def test_the_plan_editor_and_the_review_dialog_show_no_iso_date(
    qtbot, window: MainWindow, desk, wait_for_operations
) -> None:
    # A shared plan: the editor's notice names the day it was shared.
    case = next(
        (c for c in desk.cases.search() if (p := desk.plans.current(c.case_id)) and p.shared_on),
        next(c for c in desk.cases.search() if desk.plans.current(c.case_id) is not None),
    )
    window.case_list.select_case(int(case.case_id))
    window.navigation.setCurrentRow(window.pages.index(window.plans))
    wait_for_operations()
    editor = window.plans.edit_plan()
    assert editor is not None
    tree = editor.goals.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    found = _iso_dates(shown_texts(editor))
    editor.reject()

    plan_ids = [desk.review.current_plan_id(c.case_id) for c in desk.cases.search()]
    states = [desk.review.state(i) for i in plan_ids if i is not None]
    for status in (ReviewStatus.RETURNED, ReviewStatus.SUBMITTED):
        plan_id = next(s.plan_id for s in states if s.status is status)
        dialog = window.review.open_review(plan_id)
        assert dialog is not None
        found += _iso_dates(shown_texts(dialog))
        dialog.reject()
    wait_for_operations()
    assert found == []


def test_the_close_case_dialog_shows_no_iso_date(qtbot, window: MainWindow, desk) -> None:
    from riskdesk.gui.cases.close_case_dialog import CloseCaseDialog

    case = next(c for c in desk.cases.search() if c.closed_on is None)
    dialog = CloseCaseDialog(
        desk=desk, case_id=case.case_id, language=Language.DANISH, parent=window
    )
    qtbot.addWidget(dialog)
    assert _iso_dates(shown_texts(dialog)) == []
