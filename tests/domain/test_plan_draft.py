"""The plan editor's model: goals and actions added, moved and removed by index, the
other fields, what saving does, problems at typed paths, and problems that stay with
their row when rows move."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    CitizenAgreement,
    NeedArea,
    Partner,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.case import LegalBasis
from riskdesk.domain.ids import CaseId
from riskdesk.domain.instrument import Rating
from riskdesk.domain.intervention_catalogue import GoalSuggestion, Intervention
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.plan_draft import ActionRow, PartnerRow, PlanDraft, SaveEffect
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

CASE = CaseId(4)
TODAY = date(2026, 11, 21)


def stored_plan(**changes: object) -> ActionPlan:
    plan = ActionPlan(
        case_id=CASE,
        made_on=date(2026, 9, 1),
        goals=(
            PlanGoal(
                need_area=NeedArea.EDUCATION,
                text="Går i skole hver dag.",
                actions=(
                    PlanAction(what="Møde med skolen", responsible=Responsible.SCHOOL),
                    PlanAction(
                        what="Lektiecafé",
                        responsible=Responsible.MENTOR,
                        responsible_name="Ali",
                        due=date(2026, 12, 1),
                        status=ActionStatus.IN_PROGRESS,
                        success_criterion="Afleverer opgaverne",
                    ),
                ),
            ),
            PlanGoal(need_area=NeedArea.LEISURE, text="Har en fritidsaktivitet."),
        ),
        mentor="Mentor Eksempel",
        citizen_view="Vil gerne.",
        agreement=CitizenAgreement.AGREES,
        partners=(
            Partner(organisation=Responsible.SCHOOL, name="Skolen"),
            Partner(
                organisation=Responsible.FAMILY_DEPARTMENT,
                consent=True,
                consent_on=date(2026, 10, 1),
            ),
        ),
        legal_basis=LegalBasis.CONSENT,
        follow_up_dates=(date(2027, 1, 4), date(2026, 12, 1)),
    )
    return plan.model_copy(update=changes)


def new_draft(stored: ActionPlan | None = None, *, minor: bool = False) -> PlanDraft:
    return PlanDraft(case_id=CASE, stored=stored, today=TODAY, minor=minor)


def paths(problems: tuple[Problem, ...]) -> list[tuple[str | int, ...]]:
    return [p.path for p in problems]


def test_a_stored_plan_round_trips_unchanged() -> None:
    stored = stored_plan()
    draft = new_draft(stored)

    assert not draft.dirty
    assert draft.problems() == ()
    assert draft.to_plan() == stored.model_copy(
        update={"follow_up_dates": (date(2026, 12, 1), date(2027, 1, 4))}
    )
    assert draft.goals[0].actions[1].responsible_name == "Ali"
    assert draft.partners[1].consent_on == date(2026, 10, 1)
    assert draft.made_on == date(2026, 9, 1)


def test_a_new_plan_is_made_today_and_empty() -> None:
    draft = new_draft()

    assert draft.goals == ()
    assert draft.partners == ()
    assert draft.follow_up_dates == ()
    plan = draft.to_plan()
    assert plan.made_on == TODAY
    assert plan.case_id == CASE
    assert plan.legal_basis is LegalBasis.NOT_RECORDED


def test_a_suggested_goal_brings_its_interventions_as_actions_in_danish() -> None:
    suggestion = GoalSuggestion(
        domain="leisure",
        rating=Rating.MODERATE,
        score=2,
        need_area=NeedArea.LEISURE,
        goal=LocalizedText(da="Har en fast fritidsaktivitet.", en="Has a regular activity."),
        interventions=tuple(
            Intervention(
                id=ident,
                name=LocalizedText(da=da, en=da.upper()),
                description=LocalizedText(da="…", en="…"),
                provider=provider,
                need_areas=(NeedArea.LEISURE,),
            )
            for ident, da, provider in (
                ("club", "Klub og sport", Responsible.UNIT),
                ("mentor", "Mentorforløb", Responsible.MENTOR),
            )
        ),
    )
    draft = new_draft()

    index = draft.add_suggestion(suggestion)

    assert index == 0
    goal = draft.goals[0]
    assert (goal.need_area, goal.text) == (NeedArea.LEISURE, "Har en fast fritidsaktivitet.")
    assert [(a.what, a.responsible) for a in goal.actions] == [
        ("Klub og sport", Responsible.UNIT),
        ("Mentorforløb", Responsible.MENTOR),
    ]
    assert draft.dirty


def test_every_field_is_edited_through_the_draft() -> None:
    draft = new_draft()
    goal = draft.add_goal(need_area=NeedArea.HOUSING)
    draft.edit_goal(goal, text="Har en fast bolig.", need_area=NeedArea.WORK)
    action = draft.add_action(goal)
    draft.edit_action(
        goal,
        action,
        what="Boligansøgning",
        responsible=Responsible.OTHER,
        responsible_name="Boligkontoret",
        due=date(2027, 1, 15),
        status=ActionStatus.DONE,
        success_criterion="Har fået en bolig",
    )
    draft.edit_details(
        mentor="Mentor",
        citizen_view="Borgeren",
        parents_view="Forældrene",
        agreement=CitizenAgreement.DISAGREES,
        agreement_note="Vil ikke",
        legal_basis=LegalBasis.CONSENT,
        legal_basis_note="Samtykke givet mundtligt",
    )
    row = draft.add_partner()
    draft.edit_partner(row, name="Jobcentret", consent=True, consent_on=date(2026, 11, 2))
    draft.add_follow_up(date(2027, 2, 1))
    draft.add_follow_up(date(2027, 1, 1))
    draft.add_follow_up(date(2027, 2, 1))

    plan = draft.to_plan()

    assert plan.goals == (
        PlanGoal(
            need_area=NeedArea.WORK,
            text="Har en fast bolig.",
            actions=(
                PlanAction(
                    what="Boligansøgning",
                    responsible=Responsible.OTHER,
                    responsible_name="Boligkontoret",
                    due=date(2027, 1, 15),
                    status=ActionStatus.DONE,
                    success_criterion="Har fået en bolig",
                ),
            ),
        ),
    )
    assert (plan.mentor, plan.citizen_view, plan.parents_view) == (
        "Mentor",
        "Borgeren",
        "Forældrene",
    )
    assert plan.agreement is CitizenAgreement.DISAGREES
    assert plan.agreement_note == "Vil ikke"
    assert plan.legal_basis_note == "Samtykke givet mundtligt"
    assert plan.partners == (
        Partner(
            organisation=Responsible.JOBCENTRE,
            name="Jobcentret",
            consent=True,
            consent_on=date(2026, 11, 2),
        ),
    )
    assert plan.follow_up_dates == (date(2027, 1, 1), date(2027, 2, 1))
    draft.remove_follow_up(date(2027, 1, 1))
    assert draft.follow_up_dates == (date(2027, 2, 1),)


def test_unknown_fields_are_refused() -> None:
    draft = new_draft(stored_plan())
    with pytest.raises(TypeError):
        draft.edit_goal(0, actions=())
    with pytest.raises(TypeError):
        draft.edit_details(goals=())
    with pytest.raises(TypeError):
        draft.edit_action(0, 0, when=TODAY)


def test_indices_out_of_range_raise_and_moves_past_the_ends_do_nothing() -> None:
    draft = new_draft(stored_plan())
    with pytest.raises(IndexError):
        draft.add_action(2)
    with pytest.raises(IndexError):
        draft.remove_action(0, 2)
    with pytest.raises(IndexError):
        draft.edit_partner(-1, name="x")

    assert draft.move_goal(0, -1) == 0
    assert draft.move_action(0, 1, 1) == 1
    assert not draft.dirty
    assert draft.move_goal(0, 1) == 1
    assert [g.need_area for g in draft.goals] == [NeedArea.LEISURE, NeedArea.EDUCATION]


def test_dirty_means_different_from_what_was_loaded_or_saved() -> None:
    draft = new_draft(stored_plan())
    draft.edit_details(mentor="Ny mentor")
    assert draft.dirty
    draft.edit_details(mentor="Mentor Eksempel")
    assert not draft.dirty
    draft.move_goal(0, 1)
    assert draft.dirty
    draft.move_goal(1, -1)
    assert not draft.dirty

    draft.add_goal()
    assert draft.dirty
    draft.mark_saved()
    assert not draft.dirty


@pytest.mark.parametrize(
    ("stored", "review", "effect"),
    [
        (None, None, SaveEffect.NEW_PLAN),
        (stored_plan(), None, SaveEffect.IN_PLACE),
        (stored_plan(), ReviewStatus.DRAFT, SaveEffect.IN_PLACE),
        (stored_plan(), ReviewStatus.RETURNED, SaveEffect.IN_PLACE),
        (stored_plan(), ReviewStatus.APPROVED, SaveEffect.NEXT_VERSION),
        (stored_plan(shared_on=date(2026, 11, 2)), None, SaveEffect.NEXT_VERSION),
        (stored_plan(shared_on=date(2026, 11, 2)), ReviewStatus.SUBMITTED, SaveEffect.BLOCKED),
        (stored_plan(), ReviewStatus.SUBMITTED, SaveEffect.BLOCKED),
    ],
)
def test_what_saving_does(
    stored: ActionPlan | None, review: ReviewStatus | None, effect: SaveEffect
) -> None:
    assert new_draft(stored).save_effect(review) is effect


def test_the_parents_view_is_asked_of_a_minor_or_when_it_holds_text() -> None:
    assert new_draft(minor=True).asks_parents_view
    assert not new_draft(stored_plan()).asks_parents_view
    assert new_draft(stored_plan(parents_view="Bekymrede")).asks_parents_view


def test_problems_name_the_goal_and_action_field() -> None:
    draft = new_draft()
    goal = draft.add_goal(need_area=NeedArea.LEISURE)
    draft.add_action(goal)
    draft.add_action(goal, ActionRow(what="Prøvetræning"))
    draft.edit_details(mentor="x" * 201)

    problems = draft.problems()

    assert paths(problems) == [
        ("goals", 0, "text"),
        ("goals", 0, "actions", 0, "what"),
        ("mentor",),
    ]
    assert problems[0].text(Language.ENGLISH) == "The goal is required."
    assert problems[1].text(Language.ENGLISH) == "The action (what) is required."
    with pytest.raises(UserInputError) as refused:
        draft.to_plan()
    assert refused.value.problems == problems


def test_rules_across_fields_come_from_the_plan() -> None:
    draft = new_draft()
    draft.edit_details(legal_basis=LegalBasis.CONSENT)
    (problem,) = draft.problems()
    assert problem.path == ("__root__",)
    assert "no partner has a recorded consent" in problem.text(Language.ENGLISH)

    row = draft.add_partner(PartnerRow(consent=True))
    (problem,) = draft.problems()
    assert problem.path == ("partners", row)
    assert "consent needs a date" in problem.text(Language.ENGLISH)

    draft.edit_partner(row, consent_on=date(2026, 11, 20))
    assert draft.problems() == ()


def test_a_reported_problem_leaves_when_its_field_is_edited() -> None:
    draft = new_draft()
    goal = draft.add_goal()
    draft.add_action(goal)
    draft.add_partner(PartnerRow(consent=True))
    assert draft.check() is None
    assert paths(draft.reported) == [
        ("goals", 0, "text"),
        ("goals", 0, "actions", 0, "what"),
        ("partners", 0),
    ]

    draft.edit_action(0, 0, responsible=Responsible.MENTOR)
    assert len(draft.reported) == 3
    draft.edit_goal(0, text="Et mål")
    assert paths(draft.reported_at("goals", 0)) == [("goals", 0, "actions", 0, "what")]
    draft.edit_partner(0, consent_on=TODAY)
    assert paths(draft.reported) == [("goals", 0, "actions", 0, "what")]

    draft.edit_action(0, 0, what="Noget")
    assert draft.check() is not None
    assert not draft.reported


def test_reported_problems_move_and_go_with_their_rows() -> None:
    draft = new_draft()
    for text in ("a", "b", "c"):
        goal = draft.add_goal(text=text)
        draft.add_action(goal)
        draft.add_action(goal)
    draft.add_partner(PartnerRow(consent=True))
    draft.add_partner(PartnerRow(consent=True))
    draft.check()
    assert len(draft.reported) == 8

    draft.move_goal(2, -2)  # c, a, b
    draft.remove_action(0, 0)  # c keeps its second action, now the first
    draft.move_action(1, 1, -1)
    draft.remove_goal(2)  # b goes with its problems
    draft.remove_partner(0)

    assert paths(draft.reported) == [
        ("goals", 1, "actions", 1, "what"),
        ("goals", 1, "actions", 0, "what"),
        ("goals", 0, "actions", 0, "what"),
        ("partners", 0),
    ]
    assert set(paths(draft.reported)) == set(paths(draft.problems()))


# ----- any sequence of edits keeps indices, rows and their problems together ---------


@dataclass
class _Goal:
    name: str
    actions: list[str]


class GoalAndActionEdits(RuleBasedStateMachine):
    """The draft against a plain list: every goal's text and every action's name is
    unique, and each has a reported problem that names it. Whatever is added, moved or
    removed, the draft's rows match the list and every problem still names the row at
    its path."""

    def __init__(self) -> None:
        super().__init__()
        self.draft = new_draft()
        self.model: list[_Goal] = []
        self.count = 0

    def _name(self) -> str:
        self.count += 1
        return f"n{self.count}"

    def _report_all(self) -> None:
        problems = [
            Problem(("goals", g, "need_area"), LocalizedText(da=goal.name, en=goal.name))
            for g, goal in enumerate(self.model)
        ] + [
            Problem(("goals", g, "actions", a, "status"), LocalizedText(da=action, en=action))
            for g, goal in enumerate(self.model)
            for a, action in enumerate(goal.actions)
        ]
        self.draft.report(problems)

    @rule()
    def add_goal(self) -> None:
        name = self._name()
        assert self.draft.add_goal(text=name) == len(self.model)
        self.model.append(_Goal(name, []))
        self._report_all()

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def add_action(self, data: st.DataObject) -> None:
        goal = data.draw(st.integers(0, len(self.model) - 1))
        name = self._name()
        assert self.draft.add_action(goal, ActionRow(what=name)) == len(self.model[goal].actions)
        self.model[goal].actions.append(name)
        self._report_all()

    @precondition(lambda self: self.model)
    @rule(data=st.data(), step=st.integers(-3, 3))
    def move_goal(self, data: st.DataObject, step: int) -> None:
        index = data.draw(st.integers(0, len(self.model) - 1))
        target = self.draft.move_goal(index, step)
        if 0 <= index + step < len(self.model):
            assert target == index + step
            self.model.insert(target, self.model.pop(index))
        else:
            assert target == index

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def remove_goal(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.model) - 1))
        self.draft.remove_goal(index)
        del self.model[index]

    @precondition(lambda self: any(g.actions for g in self.model))
    @rule(data=st.data(), step=st.integers(-2, 2))
    def move_action(self, data: st.DataObject, step: int) -> None:
        goal = data.draw(st.sampled_from([i for i, g in enumerate(self.model) if g.actions]))
        actions = self.model[goal].actions
        index = data.draw(st.integers(0, len(actions) - 1))
        target = self.draft.move_action(goal, index, step)
        if 0 <= index + step < len(actions):
            actions.insert(target, actions.pop(index))
        else:
            assert target == index

    @precondition(lambda self: any(g.actions for g in self.model))
    @rule(data=st.data())
    def remove_action(self, data: st.DataObject) -> None:
        goal = data.draw(st.sampled_from([i for i, g in enumerate(self.model) if g.actions]))
        index = data.draw(st.integers(0, len(self.model[goal].actions) - 1))
        self.draft.remove_action(goal, index)
        del self.model[goal].actions[index]

    @invariant()
    def rows_match(self) -> None:
        assert [(g.text, [a.what for a in g.actions]) for g in self.draft.goals] == [
            (g.name, g.actions) for g in self.model
        ]

    @invariant()
    def problems_name_their_row(self) -> None:
        for problem in self.draft.reported:
            match problem.path:
                case ("goals", int(g), "need_area"):
                    assert problem.message.en == self.draft.goals[g].text
                case ("goals", int(g), "actions", int(a), "status"):
                    assert problem.message.en == self.draft.action(g, a).what
                case other:
                    raise AssertionError(other)
        # Every row keeps exactly its own problem: none lost, none doubled.
        assert sorted(p.message.en for p in self.draft.reported) == sorted(
            [g.name for g in self.model] + [a for g in self.model for a in g.actions]
        )


TestGoalAndActionEdits = GoalAndActionEdits.TestCase


@given(st.lists(st.text(max_size=30), max_size=4), st.lists(st.booleans(), max_size=4))
def test_problems_and_to_plan_agree(texts: list[str], consents: list[bool]) -> None:
    draft = new_draft()
    for text in texts:
        draft.add_action(draft.add_goal(text=text), ActionRow(what=text))
    for consent in consents:
        draft.add_partner(PartnerRow(consent=consent))
    problems = draft.problems()
    if problems:
        with pytest.raises(UserInputError) as refused:
            draft.to_plan()
        assert refused.value.problems == problems
        assert all(p.path for p in problems)
    else:
        assert len(draft.to_plan().goals) == len(texts)
