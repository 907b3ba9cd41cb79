"""What changed between two plan versions: goals and actions paired up and marked
unchanged, changed (with the fields), added or removed."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    NeedArea,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.plan_diff import DIFF_FIELD_LABELS, ChangeKind, diff_plans

MEETING = PlanAction(what="Skolemøde", responsible=Responsible.SCHOOL, due=date(2026, 12, 1))
HOMEWORK = PlanAction(what="Lektiehjælp", responsible=Responsible.UNIT)
SCHOOL = PlanGoal(need_area=NeedArea.EDUCATION, text="Går i skole", actions=(MEETING, HOMEWORK))
WORK = PlanGoal(need_area=NeedArea.WORK, text="Fritidsjob", actions=())
HOUSING = PlanGoal(need_area=NeedArea.HOUSING, text="Egen bolig", actions=())


def _plan(*goals: PlanGoal, version: int = 1, mentor: str = "") -> ActionPlan:
    return ActionPlan(made_on=date(2026, 11, 1), goals=goals, version=version, mentor=mentor)


def test_the_same_plan_is_unchanged() -> None:
    diff = diff_plans(_plan(SCHOOL, WORK), _plan(SCHOOL, WORK, version=2))
    assert diff.unchanged
    assert (diff.before_version, diff.after_version) == (1, 2)
    assert [g.kind for g in diff.goals] == [ChangeKind.UNCHANGED] * 2


def test_owner_deadline_and_status_changes_are_named() -> None:
    later = MEETING.model_copy(
        update={
            "due": date(2027, 1, 15),
            "responsible": Responsible.MENTOR,
            "status": ActionStatus.DONE,
        }
    )
    after = SCHOOL.model_copy(update={"actions": (later, HOMEWORK)})
    diff = diff_plans(_plan(SCHOOL), _plan(after))
    (goal,) = diff.goals
    assert goal.kind is ChangeKind.CHANGED
    assert goal.fields == ()
    first, second = goal.actions
    assert first.kind is ChangeKind.CHANGED
    assert set(first.fields) == {"due", "responsible", "status"}
    assert (first.before, first.after) == (MEETING, later)
    assert second.kind is ChangeKind.UNCHANGED


def test_added_removed_and_reworded_goals() -> None:
    reworded = SCHOOL.model_copy(update={"text": "Går i skole hver dag"})
    diff = diff_plans(_plan(SCHOOL, WORK), _plan(HOUSING, reworded, mentor="Ali"))
    kinds = [
        (g.kind, g.after.text if g.after else g.before.text if g.before else "") for g in diff.goals
    ]
    assert kinds == [
        (ChangeKind.ADDED, "Egen bolig"),
        (ChangeKind.CHANGED, "Går i skole hver dag"),
        (ChangeKind.REMOVED, "Fritidsjob"),
    ]
    assert diff.goals[1].fields == ("text",)
    assert (diff.goals[1].before_index, diff.goals[1].after_index) == (0, 1)
    assert diff.fields == ("mentor",)


def test_an_action_replaced_by_another_is_removed_and_added() -> None:
    other = PlanAction(what="Praktik", responsible=Responsible.JOBCENTRE)
    after = SCHOOL.model_copy(update={"actions": (HOMEWORK, other)})
    (goal,) = diff_plans(_plan(SCHOOL), _plan(after)).goals
    assert [(a.kind, a.before_index, a.after_index) for a in goal.actions] == [
        (ChangeKind.UNCHANGED, 1, 0),
        (ChangeKind.ADDED, None, 1),
        (ChangeKind.REMOVED, 0, None),
    ]


def test_every_field_has_a_label() -> None:
    from riskdesk.domain.plan_diff import ACTION_FIELDS, GOAL_FIELDS, PLAN_FIELDS

    assert {*ACTION_FIELDS, *GOAL_FIELDS, *PLAN_FIELDS} <= DIFF_FIELD_LABELS.keys()


# No deadline: the first example pays for pydantic's model building on a loaded machine.
@settings(deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_every_goal_of_both_versions_appears_exactly_once(seed_a: int, seed_b: int) -> None:
    before = synthetic_plan(seed=seed_a, today=date(2026, 11, 1), minor=False)
    after = synthetic_plan(seed=seed_b, today=date(2026, 11, 1), minor=True)
    diff = diff_plans(before, after)
    assert sorted(g.after_index for g in diff.goals if g.after_index is not None) == list(
        range(len(after.goals))
    )
    assert sorted(g.before_index for g in diff.goals if g.before_index is not None) == list(
        range(len(before.goals))
    )
    assert diff_plans(after, after).unchanged
