"""The start page as a use case: one transaction, the user's own work only, audited as a
list view (counted, without naming each person), and a due action made now shows at once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.today import Opens, Section
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)


def _plan_due(case_id, due: date) -> ActionPlan:
    return ActionPlan(
        case_id=case_id,
        made_on=TODAY,
        goals=(
            PlanGoal(
                need_area=NeedArea.EDUCATION,
                text="Går i skole hver dag",
                actions=(
                    PlanAction(
                        what="Møde med skolen om fremmøde",
                        responsible=Responsible.SCHOOL,
                        due=due,
                    ),
                ),
            ),
        ),
        follow_up_dates=(TODAY + timedelta(days=10),),
    )


def test_a_due_action_and_follow_up_on_my_new_case_are_on_my_start_page(desk: Desk) -> None:
    _, case = desk.cases.create_person_with_case(
        person={"name": "Idag Testesen", "birth_date": date(2010, 1, 2)},
        case={"level": 2, "kind": "individual", "referral_source": "school"},
    )
    # Long overdue, so it is first among the demo vault's actions, however many are due.
    desk.plans.save(case.id, _plan_due(case.id, date(2020, 1, 6)))
    before = len(desk.audit.events())

    today = desk.today.view(today=TODAY)

    (action,) = [line for line in today.section(Section.ACTIONS) if line.case_id == case.id]
    assert action.text.da == (
        f"{case.case_number} Idag Testesen: Møde med skolen om fremmøde"
        " (frist 06.01.2020, overskredet)"
    )
    assert (action.opens, action.overdue) == (Opens.PLAN, True)
    (follow_up,) = [f for f in today.section(Section.FOLLOW_UPS) if f.case_id == case.id]
    assert follow_up.when == TODAY + timedelta(days=10)
    (event,) = desk.audit.events()[before:]
    assert event.details["use_case"] == "today.view"
    assert "person_ids" not in event.details  # a list of one's own work, like the case list


def test_only_my_cases_and_a_supervisor_sees_the_queue(demo_location: Path | str) -> None:
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        waiting = desk.review.queue(today=TODAY)
        today = desk.today.view(today=TODAY)
    # The demo's cases are the coordinator's: the leader has no actions, only the queue.
    assert today.section(Section.ACTIONS) == ()
    assert [line.plan_id for line in today.section(Section.REVIEW)] == [
        item.plan_id for item in waiting
    ]
    assert all(line.opens is Opens.REVIEW for line in today.section(Section.REVIEW))
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        mine = desk.today.view(today=TODAY)
    assert mine.section(Section.REVIEW) == ()
    assert len(mine.section(Section.RETURNED)) == 1  # the demo returns one plan to them
