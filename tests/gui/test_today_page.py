"""The start page is the first page after unlocking; a due action made in the test is
listed, and Enter on it opens the case's action plan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.today import Section
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.today.today_page import TodayPage

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.set_desk(desk, demo_vault)
    main.show()
    yield main
    main.clear()


def test_the_start_page_lists_a_due_action_and_enter_opens_its_plan(
    qtbot, window, desk, tmp_path, wait_for_operations
) -> None:
    assert isinstance(window.stack.currentWidget(), TodayPage)
    _, case = desk.cases.create_person_with_case(
        person={"name": "Forside Testesen", "birth_date": date(2010, 1, 2)},
        case={"level": 2, "kind": "individual", "referral_source": "school"},
    )
    # Long overdue, so it is first among the demo vault's actions, however many are due.
    due = date.today() - timedelta(days=3650)
    plan = ActionPlan(
        case_id=case.id,
        made_on=date.today(),
        goals=(
            PlanGoal(
                need_area=NeedArea.EDUCATION,
                text="Går i skole",
                actions=(PlanAction(what="Skolemøde", responsible=Responsible.SCHOOL, due=due),),
            ),
        ),
    )
    desk.plans.save(case.id, plan)
    page = window.today
    page.refresh()
    mine = [line for line in page.lines() if line.case_id == case.id]
    assert [line.section for line in mine] == [Section.ACTIONS]
    assert "Forside Testesen: Skolemøde" in mine[0].text.en
    window.grab().save(str(tmp_path / "today-1280.png"))

    row = next(
        i
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == mine[0]
    )
    page.tree.setCurrentItem(page.tree.topLevelItem(row))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    wait_for_operations()
    assert window.stack.currentWidget() is window.plans
    assert window.plans.case_id == case.id
    assert "Forside Testesen" in window.plans.heading.text()


def test_clear_forgets_the_day(window) -> None:
    window.today.refresh()
    assert window.today.tree.topLevelItemCount() > 0
    window.clear()
    assert window.today.tree.topLevelItemCount() == 0
    assert window.today.summary_label.text() == ""


def test_a_long_section_says_how_many_more_it_holds(window) -> None:
    page = window.today
    page.refresh()
    assert page.shown is not None
    more = page.shown.more.get(Section.ACTIONS)
    assert more, "the demo vault gives the coordinator more actions than a section shows"
    texts = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    shown = len(page.shown.section(Section.ACTIONS))
    assert any(text.endswith(f"({shown} of {shown + more})") for text in texts)
    assert f"… and {more} more after these." in texts
    assert str(page.shown.total) in page.summary_label.text()
