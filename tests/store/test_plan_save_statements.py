"""A plan's save (store/action_plan_repository.py) asks whether the case is there and reads
the version's row in one statement, and does not read back the row it has just inserted;
saved in place, it claims the row and writes its content in one UPDATE: two statements
fewer per save either way, and the demo saves thousands. A copy of the row that the
session holds from another read (the review's) learns the new content; a missing case
is refused as before."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanGoal
from riskdesk.domain.case import Case
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.person import Person
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import NotFound
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.tables import ActionPlanRow
from riskdesk.store.vault import Vault

ADMIN = "admin"  # as in conftest.py
_GOAL = PlanGoal(need_area=NeedArea.EDUCATION, text="Går i skole")


@contextmanager
def _statements(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(" ".join(statement.split()))

    engine = vault._require_open()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _case(vault: Vault) -> CaseId:
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        person = uow.persons.add(Person(name="Testperson Plan", birth_date=date(2010, 1, 1)))
        assert person.id is not None
        case = uow.cases.add(
            Case(person_id=person.id, level=2, opened_on=date(2026, 1, 5), caseworker=ADMIN)
        )
    assert case.id is not None
    return case.id


def _plan(case_id: CaseId, text: str = "Går i skole") -> ActionPlan:
    goal = _GOAL.model_copy(update={"text": text})
    return ActionPlan(case_id=case_id, made_on=date(2026, 2, 1), goals=(goal,))


def _reads(statements: list[str]) -> list[str]:
    """The reads of cases and plans (not the audit's head, which every use case reads)."""
    return [
        s
        for s in statements
        if s.startswith("SELECT") and ("action_plans" in s or "FROM cases" in s)
    ]


def test_a_first_plan_is_one_read_and_one_insert(vault: Vault) -> None:
    case_id = _case(vault)
    with _statements(vault) as statements, vault.unit_of_work(UseCase.PLAN_SAVE) as uow:
        saved = uow.plans.save(_plan(case_id))
    assert len(_reads(statements)) == 1
    assert "FROM cases LEFT OUTER JOIN action_plans" in _reads(statements)[0]
    assert len([s for s in statements if s.startswith("INSERT INTO action_plans")]) == 1
    assert saved.row_version == 1
    with vault.unit_of_work(UseCase.PLAN_VIEW) as uow:
        assert uow.plans.current(case_id) == saved


def test_a_plan_saved_in_place_reads_its_row_once(vault: Vault) -> None:
    case_id = _case(vault)
    with vault.unit_of_work(UseCase.PLAN_SAVE) as uow:
        first = uow.plans.save(_plan(case_id))
    with _statements(vault) as statements, vault.unit_of_work(UseCase.PLAN_SAVE) as uow:
        saved = uow.plans.save(_plan(case_id, "Går i skole hver dag"))
    assert len(_reads(statements)) == 1
    # The compare-and-set and the content in one UPDATE; the author added without a look.
    assert len([s for s in statements if s.startswith("UPDATE action_plans")]) == 1
    assert not [s for s in statements if s.startswith("SELECT") and "plan_authors" in s]
    assert saved.row_version == (first.row_version or 0) + 1
    with vault.unit_of_work(UseCase.PLAN_VIEW) as uow:
        assert uow.plans.current(case_id) == saved
    # The copy saved from is stale now, and still refused.
    with vault.unit_of_work(UseCase.PLAN_SAVE) as uow, pytest.raises(StaleRecord):
        uow.plans.save(_plan(case_id, "Forældet").model_copy(update={"row_version": 1}))


def test_a_copy_the_session_holds_reads_the_new_content(vault: Vault) -> None:
    case_id = _case(vault)
    with vault.unit_of_work(UseCase.PLAN_SAVE) as uow:
        uow.plans.save(_plan(case_id))
    with vault.unit_of_work(UseCase.PLAN_SAVE) as uow:
        plan_id = uow.reviews.current_id(case_id)
        assert plan_id is not None
        # Held here as a review step holds it while it works (the session keeps only
        # the rows someone holds).
        held = uow.plans._session.get_one(ActionPlanRow, plan_id)
        assert "Går i skole" in held.plan_json
        uow.plans.save(_plan(case_id, "Går i skole hver dag"))
        assert uow.reviews.plan(PlanId(plan_id)).goals[0].text == "Går i skole hver dag"
        assert "hver dag" in held.plan_json


def test_a_missing_case_is_refused_as_before(vault: Vault) -> None:
    case_id = _case(vault)
    with vault.unit_of_work(UseCase.PLAN_SAVE) as uow, pytest.raises(NotFound):
        uow.plans.save(_plan(CaseId(case_id + 1000)))
    with vault.unit_of_work(UseCase.PLAN_SAVE) as uow, pytest.raises(NotFound):
        uow.plans.save(_plan(case_id).model_copy(update={"case_id": None}))
