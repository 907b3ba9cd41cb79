"""The action plan of one case while it is being edited, without Qt: goals and their
actions in order, the citizen's side, partners with consent, the legal basis and the
follow-up dates, whether anything is unsaved, and what is wrong with it.

The draft holds what the user typed, valid or not, so a mistake never costs a field;
:meth:`PlanDraft.problems` says what is wrong, each problem at a typed path to its field
(``("goals", 0, "actions", 1, "what")``), and :meth:`PlanDraft.to_plan` gives the
validated :class:`ActionPlan` to save. Widgets only show the draft and hand every edit
back to it; a tree shows goals and actions by their index in the draft.

Problems the user was shown (:meth:`PlanDraft.report`) stay with their goal, action or
partner when rows are moved or removed, and leave a field when it is edited, so a
widget can show them beside the right field until the next check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    CitizenAgreement,
    NeedArea,
    PlanAction,
    PlanGoal,
    Responsible,
    plan_from,
)
from riskdesk.domain.case import LegalBasis
from riskdesk.domain.ids import CaseId
from riskdesk.domain.intervention_catalogue import GoalSuggestion
from riskdesk.domain.plan_field_labels import ACTION_FIELD_LABELS, GOAL_FIELD_LABELS
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.domain.record_version import NO_RECORD_YET
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import validate_model


@dataclass(frozen=True)
class ActionRow:
    """One action as typed."""

    what: str = ""
    responsible: Responsible = Responsible.UNIT
    responsible_name: str = ""
    due: date | None = None
    no_date_reason: str = ""
    status: ActionStatus = ActionStatus.PLANNED
    success_criterion: str = ""


@dataclass(frozen=True)
class GoalRow:
    """One goal as typed, with its actions in order."""

    need_area: NeedArea = NeedArea.EDUCATION
    text: str = ""
    actions: tuple[ActionRow, ...] = ()


@dataclass(frozen=True)
class PartnerRow:
    organisation: Responsible = Responsible.JOBCENTRE
    name: str = ""
    consent: bool = False
    consent_on: date | None = None


@dataclass(frozen=True)
class PlanDetails:
    """The plan's single fields besides the goals: the people side and the sharing."""

    mentor: str = ""
    mentor_course_id: int | None = None
    citizen_view: str = ""
    parents_view: str = ""
    agreement: CitizenAgreement | None = None
    agreement_note: str = ""
    legal_basis: LegalBasis = LegalBasis.NOT_RECORDED
    legal_basis_note: str = ""


class SaveEffect(StrEnum):
    """What saving the draft does to the stored versions."""

    NEW_PLAN = "new_plan"
    """The case has no plan: saving makes version 1."""
    IN_PLACE = "in_place"
    """The current version is neither shared nor approved: saving changes it."""
    NEXT_VERSION = "next_version"
    """The current version was shared or approved: it stays, saving makes the next."""
    BLOCKED = "blocked"
    """The current version waits for the supervisor's review: it cannot be saved."""


@dataclass(frozen=True)
class _State:
    details: PlanDetails
    goals: tuple[GoalRow, ...]
    partners: tuple[PartnerRow, ...]
    follow_up_dates: tuple[date, ...]


_DETAIL_FIELDS = frozenset(f.name for f in fields(PlanDetails))
_GOAL_FIELDS = frozenset(f.name for f in fields(GoalRow)) - {"actions"}


class PlanDraft:
    """The plan of ``case_id`` being edited; ``stored`` is its current version (None when
    the case has none yet). Rows are replaced, never mutated.

    Indices out of range raise :class:`IndexError`; a move past either end does nothing.
    :attr:`dirty` says whether the draft differs from what was loaded or last saved
    (:meth:`mark_saved`).
    """

    def __init__(
        self, *, case_id: CaseId, stored: ActionPlan | None, today: date, minor: bool = False
    ) -> None:
        self.case_id = case_id
        self.stored = stored
        self.made_on = stored.made_on if stored is not None else today
        self.asks_parents_view = minor or bool(stored and stored.parents_view)
        """A minor's parents are asked for their view; for an adult the field is shown
        only when it already holds text, so nothing stored is hidden."""
        self._state = _state_of(stored)
        self._saved = self._state
        self._reported: tuple[Problem, ...] = ()

    # ----- what is shown ------------------------------------------------------------

    @property
    def goals(self) -> tuple[GoalRow, ...]:
        return self._state.goals

    @property
    def details(self) -> PlanDetails:
        return self._state.details

    @property
    def partners(self) -> tuple[PartnerRow, ...]:
        return self._state.partners

    @property
    def follow_up_dates(self) -> tuple[date, ...]:
        """Sorted, each date once."""
        return self._state.follow_up_dates

    @property
    def dirty(self) -> bool:
        return self._state != self._saved

    def action(self, goal: int, index: int) -> ActionRow:
        return _at(_at(self.goals, goal).actions, index)

    def save_effect(self, review: ReviewStatus | None) -> SaveEffect:
        """What saving does, given the review status of the stored version."""
        if self.stored is None:
            return SaveEffect.NEW_PLAN
        if review is ReviewStatus.SUBMITTED:
            return SaveEffect.BLOCKED
        if self.stored.shared or review is ReviewStatus.APPROVED:
            return SaveEffect.NEXT_VERSION
        return SaveEffect.IN_PLACE

    # ----- goals and actions --------------------------------------------------------

    def add_goal(
        self,
        *,
        need_area: NeedArea = NeedArea.EDUCATION,
        text: str = "",
        actions: Iterable[ActionRow] = (),
    ) -> int:
        """Append a goal; its index."""
        goal = GoalRow(need_area=need_area, text=text, actions=tuple(actions))
        self._set(goals=(*self.goals, goal))
        return len(self.goals) - 1

    def add_suggestion(self, suggestion: GoalSuggestion) -> int:
        """Append the suggested goal with its catalogue interventions as actions, in
        Danish as the plan is printed; its index."""
        return self.add_goal(
            need_area=suggestion.need_area,
            text=suggestion.goal.da,
            actions=(
                ActionRow(what=intervention.name.da, responsible=intervention.provider)
                for intervention in suggestion.interventions
            ),
        )

    def edit_goal(self, index: int, **changes: Any) -> None:
        """Change the goal's ``need_area`` or ``text``."""
        if not changes.keys() <= _GOAL_FIELDS:
            raise TypeError(f"not a goal field: {sorted(changes.keys() - _GOAL_FIELDS)}")
        goals = _replaced(self.goals, index, replace(_at(self.goals, index), **changes))
        self._set(goals=goals, edited=[("goals", index, name) for name in changes])

    def remove_goal(self, index: int) -> None:
        self._set(goals=_removed(self.goals, index))
        self._reindex(("goals",), _after_removal(index))

    def move_goal(self, index: int, step: int) -> int:
        """Move the goal ``step`` places (negative: up); its new index."""
        goals, target = _moved(self.goals, index, step)
        if target != index:
            self._set(goals=goals)
            self._reindex(("goals",), _after_move(index, target))
        return target

    def add_action(self, goal: int, action: ActionRow | None = None) -> int:
        """Append an action (a blank one by default) to the goal; its index."""
        row = _at(self.goals, goal)
        self._set_actions(goal, (*row.actions, action or ActionRow()))
        return len(row.actions)

    def edit_action(self, goal: int, index: int, **changes: Any) -> None:
        """Change fields of the action (``what``, ``responsible``, ``due``, …). Giving
        it a date drops its reason for having none."""
        if changes.get("due") is not None:
            changes.setdefault("no_date_reason", "")
        actions = _at(self.goals, goal).actions
        self._set_actions(
            goal,
            _replaced(actions, index, replace(_at(actions, index), **changes)),
            edited=[("goals", goal, "actions", index, name) for name in changes],
        )

    def remove_action(self, goal: int, index: int) -> None:
        self._set_actions(goal, _removed(_at(self.goals, goal).actions, index))
        self._reindex(("goals", goal, "actions"), _after_removal(index))

    def move_action(self, goal: int, index: int, step: int) -> int:
        """Move the action ``step`` places within its goal; its new index."""
        actions, target = _moved(_at(self.goals, goal).actions, index, step)
        if target != index:
            self._set_actions(goal, actions)
            self._reindex(("goals", goal, "actions"), _after_move(index, target))
        return target

    # ----- the other fields ---------------------------------------------------------

    def edit_details(self, **changes: Any) -> None:
        """Change single fields: ``mentor``, ``citizen_view``, ``agreement``, …"""
        if not changes.keys() <= _DETAIL_FIELDS:
            raise TypeError(f"not a plan field: {sorted(changes.keys() - _DETAIL_FIELDS)}")
        self._set(details=replace(self.details, **changes), edited=[(k,) for k in changes])

    def add_partner(self, partner: PartnerRow | None = None) -> int:
        """Append a partner (the jobcentre, without consent, by default); its index."""
        self._set(partners=(*self.partners, partner or PartnerRow()))
        return len(self.partners) - 1

    def edit_partner(self, index: int, **changes: Any) -> None:
        row = replace(_at(self.partners, index), **changes)
        # A rule on the whole row (a consent needs a date) is about every field of it.
        edited: list[FieldPath] = [("partners", index), *(("partners", index, k) for k in changes)]
        self._set(partners=_replaced(self.partners, index, row), edited=edited)

    def remove_partner(self, index: int) -> None:
        self._set(partners=_removed(self.partners, index))
        self._reindex(("partners",), _after_removal(index))

    def add_follow_up(self, day: date) -> None:
        self._set(follow_up_dates=tuple(sorted({*self.follow_up_dates, day})))

    def remove_follow_up(self, day: date) -> None:
        self._set(follow_up_dates=tuple(d for d in self.follow_up_dates if d != day))

    # ----- checking and saving ------------------------------------------------------

    def problems(self) -> tuple[Problem, ...]:
        """What stops the plan from being saved, each at its field's path; empty when it
        can be saved. A goal or action is checked on its own, so its problem names the
        field ("The action (what) is required") where the plan could only say "Goals".
        A rule across fields (consent as the basis without a consent) has the path
        ``("__root__",)``."""
        try:
            self._validated()
        except UserInputError as error:
            own = self._row_problems()
            rest = [p for p in error.problems if not (own and p.under("goals"))]
            return (*own, *rest)
        return ()

    def to_plan(self) -> ActionPlan:
        """The plan as typed, validated; raises :class:`UserInputError` with
        :meth:`problems`."""
        try:
            return self._validated()
        except UserInputError:
            raise UserInputError(self.problems()) from None

    def check(self) -> ActionPlan | None:
        """:meth:`to_plan`, reporting its problems (:meth:`report`); None when there are
        problems."""
        try:
            plan = self.to_plan()
        except UserInputError as error:
            self.report(error.problems)
            return None
        self.report(())
        return plan

    def mark_saved(self) -> None:
        """What the draft holds now is stored; a view keeps it from being edited while
        the save runs."""
        self._saved = self._state

    # ----- problems shown to the user -----------------------------------------------

    @property
    def reported(self) -> tuple[Problem, ...]:
        """The problems last reported that still apply: not at a field edited since,
        and moved along with their goal, action or partner."""
        return self._reported

    def report(self, problems: Sequence[Problem]) -> None:
        self._reported = tuple(problems)

    def reported_at(self, *path: str | int) -> tuple[Problem, ...]:
        """Reported problems at ``path`` or inside it."""
        return tuple(p for p in self._reported if p.under(*path))

    # ----- inside -------------------------------------------------------------------

    def _validated(self) -> ActionPlan:
        state = self._state
        return plan_from(
            {
                "case_id": self.case_id,
                "made_on": self.made_on,
                "goals": [asdict(goal) for goal in state.goals],
                **asdict(state.details),
                "partners": [asdict(partner) for partner in state.partners],
                "follow_up_dates": list(state.follow_up_dates),
                # Which stored version this draft was opened on, for the save to check.
                **_loaded_version(self.stored),
            }
        )

    def _row_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        for index, goal in enumerate(self.goals):
            values = {"need_area": goal.need_area, "text": goal.text}
            problems.extend(_checked(PlanGoal, values, GOAL_FIELD_LABELS, ("goals", index)))
            for row, action in enumerate(goal.actions):
                where = ("goals", index, "actions", row)
                problems.extend(_checked(PlanAction, asdict(action), ACTION_FIELD_LABELS, where))
        return problems

    def _set_actions(
        self, goal: int, actions: tuple[ActionRow, ...], edited: Sequence[FieldPath] = ()
    ) -> None:
        row = replace(_at(self.goals, goal), actions=actions)
        self._set(goals=_replaced(self.goals, goal, row), edited=edited)

    def _set(self, *, edited: Sequence[FieldPath] = (), **changes: Any) -> None:
        state = replace(self._state, **changes)
        if state == self._state:
            return
        self._state = state
        if edited:
            self._reported = tuple(p for p in self._reported if p.path not in edited)

    def _reindex(self, rows: FieldPath, new_index: Callable[[int], int | None]) -> None:
        """Follow a change in the order of the rows at ``rows``: the problem of the row
        at index ``i`` moves to ``new_index(i)``, or is dropped with its row (None)."""
        depth = len(rows)
        kept: list[Problem] = []
        for problem in self._reported:
            path = problem.path
            old = path[depth] if path[:depth] == rows and len(path) > depth else None
            if not isinstance(old, int):
                kept.append(problem)
                continue
            index = new_index(old)
            if index is not None:
                kept.append(Problem((*rows, index, *path[depth + 1 :]), problem.message))
        self._reported = tuple(kept)


def _loaded_version(stored: ActionPlan | None) -> dict[str, int | None]:
    if stored is None:
        return {"row_version": NO_RECORD_YET}
    return {"version": stored.version, "row_version": stored.row_version}


def _state_of(plan: ActionPlan | None) -> _State:
    if plan is None:
        return _State(details=PlanDetails(), goals=(), partners=(), follow_up_dates=())
    return _State(
        details=PlanDetails(**{name: getattr(plan, name) for name in _DETAIL_FIELDS}),
        goals=tuple(
            GoalRow(
                need_area=goal.need_area,
                text=goal.text,
                actions=tuple(ActionRow(**action.model_dump()) for action in goal.actions),
            )
            for goal in plan.goals
        ),
        partners=tuple(PartnerRow(**partner.model_dump()) for partner in plan.partners),
        follow_up_dates=tuple(sorted(set(plan.follow_up_dates))),
    )


def _checked(
    model: type[PlanGoal | PlanAction],
    values: dict[str, Any],
    labels: dict[str, Any],
    where: FieldPath,
) -> list[Problem]:
    try:
        validate_model(model, values, labels)
    except UserInputError as error:
        return [problem.within(*where) for problem in error.problems]
    return []


def _at[R](rows: tuple[R, ...], index: int) -> R:
    if not 0 <= index < len(rows):
        raise IndexError(index)
    return rows[index]


def _replaced[R](rows: tuple[R, ...], index: int, row: R) -> tuple[R, ...]:
    _at(rows, index)
    return (*rows[:index], row, *rows[index + 1 :])


def _removed[R](rows: tuple[R, ...], index: int) -> tuple[R, ...]:
    _at(rows, index)
    return (*rows[:index], *rows[index + 1 :])


def _moved[R](rows: tuple[R, ...], index: int, step: int) -> tuple[tuple[R, ...], int]:
    row = _at(rows, index)
    target = index + step
    if not 0 <= target < len(rows):
        return rows, index
    rest = _removed(rows, index)
    return (*rest[:target], row, *rest[target:]), target


def _after_removal(removed: int) -> Callable[[int], int | None]:
    return lambda i: None if i == removed else i - 1 if i > removed else i


def _after_move(source: int, target: int) -> Callable[[int], int | None]:
    def new_index(i: int) -> int:
        if i == source:
            return target
        if source < i <= target:
            return i - 1
        if target <= i < source:
            return i + 1
        return i

    return new_index
