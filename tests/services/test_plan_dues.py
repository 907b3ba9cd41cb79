"""The plans' due dates (migration 0017) are the plans' JSON, row for row, on both
stores: as the demo build left them (on the server after ``server import``), and after
random plans are saved in place, saved as new versions, and deleted with their case by
retention; the start page's actions and follow-ups are the ones the JSON gives."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from plan_dues_rows import from_json, rows, stored
from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    NeedArea,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.ids import CaseId
from riskdesk.domain.plan_review import ReviewRefused
from riskdesk.domain.retention import DeletionOrder
from riskdesk.domain.today import Section
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)


def _random_plan(draw: random.Random) -> ActionPlan:
    def action(n: int) -> PlanAction:
        due = TODAY + timedelta(days=draw.randint(-60, 30)) if draw.random() < 0.8 else None
        return PlanAction(
            what=f"Handling {n}",
            responsible=draw.choice(list(Responsible)),
            due=due,
            no_date_reason="" if due else "Løbende",
            status=draw.choice(list(ActionStatus)),
        )

    goals = tuple(
        PlanGoal(
            need_area=draw.choice(list(NeedArea)),
            text=f"Mål {g}",
            actions=tuple(action(g * 10 + a) for a in range(draw.randint(0, 4))),
        )
        for g in range(draw.randint(0, 3))
    )
    follow_ups = tuple(
        sorted({TODAY + timedelta(days=draw.randint(-5, 20)) for _ in range(draw.randint(0, 3))})
    )
    return ActionPlan(made_on=TODAY, goals=goals, follow_up_dates=follow_ups)


def test_the_table_is_the_plans_json_through_saves_versions_and_deletion(
    demo_location: Path | str,
) -> None:
    draw = random.Random(17)  # noqa: S311 - test data, not a secret
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        assert stored(desk) == from_json(desk)
        assert stored(desk)
        mine = [case.case_id for case in desk.cases.search() if case.caseworker == "koordinator"][
            :12
        ]
        for case_id in mine:
            for _ in range(2):
                try:
                    if desk.plans.current(case_id) is not None and draw.random() < 0.5:
                        desk.plans.mark_shared(case_id, TODAY)  # the next save: a new version
                    desk.plans.save(case_id, _random_plan(draw))
                except ReviewRefused:
                    continue  # waiting for review: the demo's, left as it is
        assert stored(desk) == from_json(desk)
        _same_page_as_the_json(desk)
        gone = mine[0]
        (case,) = [c for c in desk.cases.search() if c.case_id == gone]
        person_id = desk.cases.get(gone).person_id
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        order = DeletionOrder(
            case_id=gone,
            case_number=case.case_number,
            person_id=person_id,
            rule_id="test",
            delete_person=False,
        )
        with desk.vault.unit_of_work(UseCase.RETENTION_DELETE) as uow:
            uow.case_deletion.delete([order])
        assert stored(desk) == from_json(desk)
        assert not [row for row in stored(desk) if row[1] == gone]


def _same_page_as_the_json(desk: Desk) -> None:
    """The page's actions and follow-ups, from the table, are those the newest plan
    versions' JSON give for the user's open cases."""
    rules = desk.today.rules
    open_cases = {
        CaseId(case_id): number
        for case_id, number in rows(
            desk,
            "SELECT id, case_number FROM cases "
            "WHERE caseworker = 'koordinator' AND status = 'open'",
        )
    }
    newest = {
        case_id: json.loads(stored)
        for case_id, stored in rows(
            desk,
            "SELECT case_id, plan_json FROM action_plans AS p WHERE version = "
            "(SELECT max(version) FROM action_plans WHERE case_id = p.case_id)",
        )
        if case_id in open_cases
    }
    until = TODAY + timedelta(days=rules.actions_days)
    actions = sorted(
        (date.fromisoformat(action["due"]), case_id)
        for case_id, plan in newest.items()
        for goal in plan.get("goals", [])
        for action in goal.get("actions", [])
        if action.get("due") is not None
        and date.fromisoformat(action["due"]) <= until
        and action["status"] in (ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value)
    )
    ahead = TODAY + timedelta(days=rules.ahead_days)
    follow_ups = sorted(
        (date.fromisoformat(day), case_id)
        for case_id, plan in newest.items()
        for day in plan.get("follow_up_dates", [])
        if TODAY <= date.fromisoformat(day) <= ahead
    )
    page = desk.today.view(today=TODAY)
    limit = rules.lines_per_section
    shown = page.section(Section.ACTIONS)
    assert [(line.when, line.case_id) for line in shown] == actions[:limit]
    assert page.more.get(Section.ACTIONS, 0) == max(0, len(actions) - limit)
    shown = page.section(Section.FOLLOW_UPS)
    # The section holds the journal's and outcomes' follow-ups too, in date order.
    from_plans = [
        (line.when, line.case_id)
        for line in shown
        if line.entry_id is None and line.outcome_point is None
    ]
    assert follow_ups
    assert from_plans == follow_ups[: len(from_plans)]
