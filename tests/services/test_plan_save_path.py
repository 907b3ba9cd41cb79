"""Saving a plan hands back what it wrote without reading it back through pydantic (the
demo saves thousands), and what it hands back is what a later read finds."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.case import CaseStatus
from riskdesk.services.desk import Desk

_PLAN = ActionPlan(
    made_on=date(2026, 11, 1),
    goals=(
        PlanGoal(
            need_area=NeedArea.EDUCATION,
            text="Går i skole hver dag",
            actions=(
                PlanAction(
                    what="Skolemøde",
                    responsible=Responsible.SCHOOL,
                    due=date(2026, 12, 1),
                    success_criterion="Skema aftalt",
                ),
            ),
        ),
    ),
    follow_up_dates=(date(2027, 2, 1),),
)


def test_a_saved_plan_is_not_read_back_and_is_what_a_read_finds(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = next(
        c.case_id
        for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
        if c.status is CaseStatus.OPEN and desk.plans.current(c.case_id) is None
    )
    reads: list[Any] = []
    validate = ActionPlan.model_validate_json

    def counted(data: Any, *args: Any, **kwargs: Any) -> ActionPlan:
        reads.append(data)
        return validate(data, *args, **kwargs)

    monkeypatch.setattr(ActionPlan, "model_validate_json", counted)
    saved = desk.plans.save(case_id, _PLAN)
    assert reads == []
    monkeypatch.undo()
    assert saved == desk.plans.current(case_id)
    assert saved.version == 1
