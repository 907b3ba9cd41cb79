"""The plans' due dates as stored (``plan_dues``) and as the plans' JSON gives them, for
tests on either store."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk


def rows(desk: Desk, sql: str) -> list[Any]:
    with desk._context.work(UseCase.TODAY_VIEW, audited=False) as uow:  # type: ignore[attr-defined]
        return list(uow.today._session.execute(text(sql)))  # type: ignore[attr-defined]


def from_json(desk: Desk) -> list[tuple[Any, ...]]:
    """Every plan version's dates as its JSON holds them."""
    expected: list[tuple[Any, ...]] = []
    for plan_id, case_id, stored in rows(desk, "SELECT id, case_id, plan_json FROM action_plans"):
        plan = json.loads(stored)
        for g, goal in enumerate(plan.get("goals", [])):
            for a, action in enumerate(goal.get("actions", [])):
                if action.get("due") is not None:
                    due, what, status = action["due"], action["what"], action["status"]
                    expected.append((plan_id, case_id, "action", due, g, a, what, status))
        for f, day in enumerate(plan.get("follow_up_dates", [])):
            expected.append((plan_id, case_id, "follow_up", day, None, f, None, None))
    return sorted(expected, key=repr)


def stored(desk: Desk) -> list[tuple[Any, ...]]:
    found = rows(
        desk, "SELECT plan_id, case_id, kind, due, goal, item, what, status FROM plan_dues"
    )
    return sorted((tuple(row) for row in found), key=repr)
