"""A meeting decision with an owner, a budget and a deadline (the operative group's way of
sharing out the work on a niveau 3 case), and the plan action it becomes when carried
into the case's action plan ("Overfør til handleplan")."""

from __future__ import annotations

from datetime import date

from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    NeedArea,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import (
    MEETING_KIND_LABELS,
    MEETING_LABELS,
    AgendaItem,
    Meeting,
    MeetingKind,
)
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import LINE_MAX, validate_model

_NO_DECISION = LocalizedText(
    da="Der er ingen beslutning om sagen at overføre; skriv beslutningen først.",
    en="There is no decision on the case to carry over; record the decision first.",
)
_NOT_ON_AGENDA = LocalizedText(
    da="Sagen står ikke på mødets dagsorden.", en="The case is not on the meeting's agenda."
)
_GOAL = LocalizedText(da="Beslutninger fra {kind}", en="Decisions of the {kind}")


def with_decision_details(
    meeting: Meeting,
    case_id: CaseId,
    *,
    owner: str,
    budget: str,
    deadline: date | None,
) -> Meeting:
    """``meeting`` with the owner, budget and deadline of the decision on the case.
    Raises :class:`UserInputError` naming the field (``decision_owner`` …), or on
    ``items`` for a case not on the agenda."""
    item = _item(meeting, case_id)
    changed = validate_model(
        AgendaItem,
        item.model_dump()
        | {"decision_owner": owner, "decision_budget": budget, "decision_deadline": deadline},
        MEETING_LABELS,
    )
    items = tuple(changed if i.case_id == case_id else i for i in meeting.items)
    return meeting.model_copy(update={"items": items})


def decision_action(item: AgendaItem) -> PlanAction:
    """The decision as a plan action: its first line as what, the owner as who (the unit
    when none is named), the deadline as due, the budget in the success criterion."""
    if not item.decision.strip():
        raise UserInputError([Problem("decision", _NO_DECISION)])
    what = item.decision.strip().splitlines()[0][:LINE_MAX]
    budget = f"Budget: {item.decision_budget}" if item.decision_budget else ""
    return PlanAction(
        what=what,
        responsible=Responsible.OTHER if item.decision_owner else Responsible.UNIT,
        responsible_name=item.decision_owner,
        due=item.decision_deadline,
        status=ActionStatus.PLANNED,
        success_criterion=budget,
    )


def with_decision_action(
    plan: ActionPlan, meeting: Meeting, case_id: CaseId, *, need_area: NeedArea | None = None
) -> ActionPlan:
    """``plan`` with the meeting's decision on the case as an action, under a goal named
    for the meeting (safety for the operative group, network otherwise, unless
    ``need_area`` is given); an action already there is not added twice. The result is an
    edit: save it through the plan's versioning rule."""
    action = decision_action(_item(meeting, case_id))
    area = need_area or (
        NeedArea.SAFETY if meeting.kind is MeetingKind.OPERATIVE else NeedArea.NETWORK
    )
    text = _GOAL.da.format(kind=MEETING_KIND_LABELS[meeting.kind].da.lower())
    goals = list(plan.goals)
    index = next((i for i, g in enumerate(goals) if g.need_area is area and g.text == text), None)
    if index is None:
        goals.append(PlanGoal(need_area=area, text=text, actions=(action,)))
    elif action not in goals[index].actions:
        goal = goals[index]
        goals[index] = goal.model_copy(update={"actions": (*goal.actions, action)})
    return plan.model_copy(update={"goals": tuple(goals)})


def _item(meeting: Meeting, case_id: CaseId) -> AgendaItem:
    item = meeting.item(case_id)
    if item is None:
        raise UserInputError([Problem("items", _NOT_ON_AGENDA)])
    return item
