"""A plan sent for approval says who does what by when, how each goal is judged, on what
ground it is shared and when it is followed up; every missing item names its place."""

from __future__ import annotations

import json
from datetime import date

import pytest

from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    NeedArea,
    Partner,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.case import LegalBasis
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.plan_completeness import (
    PlanIncomplete,
    Requirement,
    plan_completeness,
    require_complete,
)
from riskdesk.domain.plan_draft import PlanDraft
from riskdesk.domain.plan_review import RefusalReason

TODAY = date(2026, 11, 21)

ACTION = PlanAction(
    what="Skolemøde",
    responsible=Responsible.SCHOOL,
    due=date(2026, 12, 1),
    success_criterion="Skema aftalt",
)
GOAL = PlanGoal(need_area=NeedArea.EDUCATION, text="Går i skole", actions=(ACTION,))


def _complete(**changes: object) -> ActionPlan:
    plan = ActionPlan(
        made_on=TODAY,
        goals=(GOAL,),
        partners=(Partner(organisation=Responsible.SCHOOL, name="Skolen"),),
        legal_basis=LegalBasis.RPL_115,
        follow_up_dates=(date(2027, 1, 15),),
    )
    return plan.model_copy(update=changes)


def _with_action(**changes: object) -> ActionPlan:
    goal = GOAL.model_copy(update={"actions": (ACTION, ACTION.model_copy(update=changes))})
    return _complete(goals=(goal,))


def _messages(plan: ActionPlan, language: str = "da") -> list[str]:
    return [item.message.text(language) for item in plan_completeness(plan).missing]


def test_a_complete_plan_lacks_nothing_and_every_checklist_line_is_met() -> None:
    completeness = plan_completeness(_complete())
    assert completeness.complete
    lines = completeness.checklist()
    assert [line.requirement for line in lines] == list(Requirement)
    assert all(line.met for line in lines)
    require_complete(_complete())


def test_the_demo_plans_are_complete() -> None:
    for seed in range(40):
        assert plan_completeness(synthetic_plan(seed=seed, today=TODAY)).complete, seed


def test_an_empty_plan_lacks_goals_and_a_follow_up() -> None:
    empty = ActionPlan(made_on=TODAY)
    assert _messages(empty) == ["Planen har ingen mål", "Opfølgning: ingen opfølgningsdato"]
    assert _messages(empty, "en") == ["The plan has no goals", "Follow-up: no follow-up date"]
    paths = [item.path for item in plan_completeness(empty).missing]
    assert paths == [("goals",), ("follow_up_dates",)]


def test_a_goal_without_actions_is_named() -> None:
    bare = PlanGoal(need_area=NeedArea.HOUSING, text="Har en bolig")
    # Named once: it has no action to write a success criterion at yet.
    (no_actions,) = plan_completeness(_complete(goals=(GOAL, bare))).missing
    assert no_actions.message.da == "Mål 2: ingen handlinger"
    assert no_actions.requirement is Requirement.GOALS
    assert no_actions.path == ("goals", 1)


def test_other_without_a_name_is_no_one_responsible() -> None:
    plan = _with_action(responsible=Responsible.OTHER)
    (item,) = plan_completeness(plan).missing
    assert item.requirement is Requirement.RESPONSIBLE
    assert item.message.da == "Mål 1, handling 2: ingen ansvarlig (»Andre« uden navn)"
    assert item.message.en == "Goal 1, action 2: no one responsible ('Other' without a name)"
    assert item.path == ("goals", 0, "actions", 1, "responsible_name")
    named = _with_action(responsible=Responsible.OTHER, responsible_name="Boligsocial vejleder")
    assert plan_completeness(named).complete


def test_an_action_needs_a_date_or_a_reason_for_none() -> None:
    undated = _with_action(due=None)
    (item,) = plan_completeness(undated).missing
    assert item.requirement is Requirement.DUE
    assert item.message.da.startswith("Mål 1, handling 2: ingen frist")
    assert item.path == ("goals", 0, "actions", 1, "no_date_reason")
    assert not plan_completeness(_with_action(due=None, no_date_reason="  ")).complete
    assert plan_completeness(_with_action(due=None, no_date_reason="Løbende")).complete


@pytest.mark.parametrize("status", [ActionStatus.DONE, ActionStatus.DROPPED])
def test_a_done_or_dropped_action_needs_no_date(status: ActionStatus) -> None:
    assert plan_completeness(_with_action(due=None, status=status)).complete


def test_a_goal_needs_a_success_criterion_at_one_of_its_actions() -> None:
    goal = GOAL.model_copy(
        update={"actions": (ACTION.model_copy(update={"success_criterion": ""}),) * 2}
    )
    (item,) = plan_completeness(_complete(goals=(goal,))).missing
    assert item.requirement is Requirement.SUCCESS_CRITERION
    assert item.message.da == "Mål 1: intet succeskriterium (skriv det ved en af målets handlinger)"
    # The form to write it in: the goal's first action.
    assert item.path == ("goals", 0, "actions", 0, "success_criterion")
    one = GOAL.model_copy(update={"actions": (goal.actions[0], ACTION)})
    assert plan_completeness(_complete(goals=(one,))).complete


def test_partners_need_a_recorded_legal_basis() -> None:
    consenting = Partner(
        organisation=Responsible.JOBCENTRE, name="Jobcentret", consent=True, consent_on=TODAY
    )
    plan = _complete(partners=(consenting,), legal_basis=LegalBasis.NOT_RECORDED)
    (item,) = plan_completeness(plan).missing
    assert item.requirement is Requirement.LEGAL_BASIS
    assert item.message.da == (
        "Hjemmel til videregivelse: ikke registreret, men planen har samarbejdspartnere"
    )
    assert item.path == ("legal_basis",)
    # Without partners there is nothing to share, so nothing to record.
    assert plan_completeness(_complete(partners=(), legal_basis=LegalBasis.NOT_RECORDED)).complete


def test_consent_as_the_basis_covers_only_the_partners_who_have_it() -> None:
    consenting = Partner(
        organisation=Responsible.JOBCENTRE, name="Jobcentret", consent=True, consent_on=TODAY
    )
    school = Partner(organisation=Responsible.SCHOOL, name="Skolen")
    plan = _complete(partners=(consenting, school), legal_basis=LegalBasis.CONSENT)
    (item,) = plan_completeness(plan).missing
    assert item.message.da.startswith("Samarbejdspartner 2 (Skole): hjemlen er samtykke")
    assert item.path == ("partners", 1, "consent")
    # The partner's own name is person data and never part of the message.
    assert "Skolen" not in item.message.da


def test_a_follow_up_date_is_needed() -> None:
    (item,) = plan_completeness(_complete(follow_up_dates=())).missing
    assert item.requirement is Requirement.FOLLOW_UP
    assert item.path == ("follow_up_dates",)


def test_the_checklist_groups_the_items_under_their_requirement() -> None:
    plan = _complete(
        goals=(
            GOAL.model_copy(update={"actions": (ACTION.model_copy(update={"due": None}),) * 2}),
        ),
        follow_up_dates=(),
    )
    lines = {line.requirement: line for line in plan_completeness(plan).checklist()}
    assert [m.message.da[:18] for m in lines[Requirement.DUE].missing] == [
        "Mål 1, handling 1:",
        "Mål 1, handling 2:",
    ]
    assert not lines[Requirement.FOLLOW_UP].met
    assert lines[Requirement.RESPONSIBLE].met
    assert lines[Requirement.DUE].label.da.startswith("Hver handling har en frist")


def test_the_refusal_lists_each_missing_item_at_its_field() -> None:
    with pytest.raises(PlanIncomplete) as refused:
        require_complete(ActionPlan(made_on=TODAY), plan_id=PlanId(7))
    refusal = refused.value
    assert refusal.reason is RefusalReason.INCOMPLETE
    assert refusal.plan_id == 7
    headline, *items = refusal.problems
    assert headline.path == ()
    assert headline.text("da") == "Handleplanen er ikke klar til godkendelse. Det mangler:"
    assert [(p.path, p.text("da")) for p in items] == [
        (("goals",), "Planen har ingen mål"),
        (("follow_up_dates",), "Opfølgning: ingen opfølgningsdato"),
    ]
    assert refusal.text("en").splitlines() == [
        "The action plan is not ready for approval. It lacks:",
        "The plan has no goals",
        "Follow-up: no follow-up date",
    ]


def test_beside_its_field_an_item_reads_without_its_place() -> None:
    (item,) = plan_completeness(_with_action(due=None)).missing
    problem = item.form_problem(with_place=False)
    assert problem.path == item.path
    assert problem.text("da").startswith("Ingen frist (sæt en dato")
    named = item.form_problem(with_place=True)
    assert named.text("da").startswith("Mål 1, handling 2: Ingen frist (sæt en dato")
    (follow_up,) = plan_completeness(_complete(follow_up_dates=())).missing
    assert follow_up.form_problem(with_place=True).text("en") == "Follow-up: No follow-up date"


def test_a_plan_stored_before_the_reason_existed_reads_as_no_reason() -> None:
    stored = json.loads(_with_action(due=None).model_dump_json())
    for goal in stored["goals"]:
        for action in goal["actions"]:
            del action["no_date_reason"]
    old = ActionPlan.model_validate_json(json.dumps(stored))
    assert old.goals[0].actions[1].no_date_reason == ""
    assert [m.requirement for m in plan_completeness(old).missing] == [Requirement.DUE]


def test_the_reason_survives_the_editor_model() -> None:
    plan = _with_action(due=None, no_date_reason="Løbende hele forløbet")
    draft = PlanDraft(case_id=CaseId(1), stored=plan, today=TODAY)
    assert draft.action(0, 1).no_date_reason == "Løbende hele forløbet"
    assert draft.to_plan().goals[0].actions[1].no_date_reason == "Løbende hele forløbet"
    assert not draft.dirty


def test_giving_an_action_a_date_drops_its_reason_for_none() -> None:
    plan = _with_action(due=None, no_date_reason="Løbende")
    draft = PlanDraft(case_id=CaseId(1), stored=plan, today=TODAY)
    draft.edit_action(0, 1, due=None)
    assert draft.action(0, 1).no_date_reason == "Løbende"
    draft.edit_action(0, 1, due=date(2027, 2, 1))
    assert draft.action(0, 1).no_date_reason == ""
