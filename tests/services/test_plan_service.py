from datetime import date

import pytest

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId
from riskdesk.domain.instrument import Rating
from riskdesk.domain.refusals import NotFound, UserInputError
from riskdesk.services.desk import Desk
from riskdesk.services.plan_service import newest_final

GOAL = PlanGoal(
    need_area=NeedArea.EDUCATION,
    text="Går i skole hver dag",
    actions=(PlanAction(what="Skolemøde", responsible=Responsible.SCHOOL),),
)


def _plan(*goals: PlanGoal) -> ActionPlan:
    return ActionPlan(made_on=date(2026, 11, 1), goals=goals)


def _first_case(desk: Desk) -> CaseId:
    return sorted(desk.cases.search(), key=lambda c: c.case_id)[0].case_id


def test_a_case_without_a_plan_has_none(desk: Desk) -> None:
    case_id = _first_case(desk)
    if desk.plans.current(case_id) is not None:
        pytest.skip("the demo gave this case a plan")
    assert desk.plans.versions(case_id) == []


def test_an_unshared_plan_is_edited_in_place_and_a_shared_one_gets_a_new_version(
    desk: Desk,
) -> None:
    case_id = _first_case(desk)
    before = len(desk.plans.versions(case_id))
    first = desk.plans.save(case_id, _plan())
    assert first.case_id == case_id
    edited = desk.plans.save(case_id, _plan(GOAL))
    assert edited.version == first.version
    assert len(desk.plans.versions(case_id)) == max(before, 1)

    shared = desk.plans.mark_shared(case_id, date(2026, 11, 10))
    assert shared.shared_on == date(2026, 11, 10)
    assert desk.plans.save(case_id, _plan(GOAL)) == shared  # no change, no new version

    revised = desk.plans.save(case_id, _plan(GOAL, GOAL.model_copy(update={"text": "Mere"})))
    assert revised.version == shared.version + 1
    assert revised.shared_on is None
    versions = desk.plans.versions(case_id)
    assert [v.version for v in versions][-2:] == [shared.version, revised.version]
    assert versions[-2].shared_on == date(2026, 11, 10)  # the shared version is kept as it was
    assert desk.plans.current(case_id) == revised

    events = [e for e in desk.audit.events() if e.entity is AuditEntity.PLAN]
    assert {AuditAction.CREATE, AuditAction.UPDATE, AuditAction.READ} <= {e.action for e in events}


def test_marking_shared_needs_a_plan_and_saving_needs_a_case(desk: Desk) -> None:
    with pytest.raises(NotFound):
        desk.plans.save(CaseId(999_999), _plan())
    case_id = _first_case(desk)
    if desk.plans.current(case_id) is None:
        with pytest.raises(UserInputError):
            desk.plans.mark_shared(case_id)


def test_goals_are_suggested_from_the_newest_final_assessment(desk: Desk) -> None:
    for summary in desk.cases.search():
        record = newest_final(desk.assessments.for_person(summary.person_id))
        if record is not None and record.snapshot is not None:
            break
    else:
        pytest.fail("the demo vault has no final assessment")
    suggestions = desk.plans.suggest_goals(summary.case_id)
    needs = {
        d.domain_id for d in record.snapshot.domains if d.rating in (Rating.MODERATE, Rating.HIGH)
    }
    assert {s.domain for s in suggestions} <= needs
    assert all(s.goal.da for s in suggestions)
