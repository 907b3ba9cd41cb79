"""Whether an action plan is ready for a supervisor, and what is missing where.

One rule, used by every caller: submitting and approving refuse a plan it finds
incomplete (:class:`PlanIncomplete`), the review dialog shows its checklist, and the plan
page lists the same items. A plan that can be saved may still be incomplete: a draft is
written over days, but a plan sent for approval must say who does what by when, how the
goals are judged, on what ground information is shared, and when it is followed up.

Each missing item names its place as a caseworker reads it ("Mål 2, handling 1: ingen
frist") and points at its field by a typed path, so an editor can open it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from riskdesk.domain.action_plan import (
    RESPONSIBLE_LABELS,
    ActionPlan,
    ActionStatus,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.case import LegalBasis
from riskdesk.domain.ids import PlanId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.plan_review import RefusalReason, ReviewRefused
from riskdesk.domain.problems import FieldPath, Problem


class Requirement(StrEnum):
    """What a plan sent for approval must have, in the order the checklist shows it."""

    GOALS = "goals"
    RESPONSIBLE = "responsible"
    DUE = "due"
    SUCCESS_CRITERION = "success_criterion"
    LEGAL_BASIS = "legal_basis"
    FOLLOW_UP = "follow_up"


REQUIREMENT_LABELS: dict[Requirement, LocalizedText] = {
    Requirement.GOALS: LocalizedText(
        da="Planen har mål, og hvert mål har handlinger",
        en="The plan has goals, and every goal has actions",
    ),
    Requirement.RESPONSIBLE: LocalizedText(
        da="Hver handling har en ansvarlig", en="Every action has someone responsible"
    ),
    Requirement.DUE: LocalizedText(
        da="Hver handling har en frist eller »ingen dato« med en begrundelse",
        en="Every action has a due date, or 'no date' with a reason",
    ),
    Requirement.SUCCESS_CRITERION: LocalizedText(
        da="Hvert mål har et succeskriterium", en="Every goal has a success criterion"
    ),
    Requirement.LEGAL_BASIS: LocalizedText(
        da="Samarbejdspartnere har en registreret hjemmel til videregivelse",
        en="Partners have a recorded legal basis for sharing",
    ),
    Requirement.FOLLOW_UP: LocalizedText(
        da="Der er sat en opfølgningsdato", en="A follow-up date is set"
    ),
}

_NO_GOALS = LocalizedText(da="Planen har ingen mål", en="The plan has no goals")
_NO_ACTIONS = LocalizedText(da="ingen handlinger", en="no actions")
_NO_RESPONSIBLE = LocalizedText(
    da="ingen ansvarlig (»Andre« uden navn)", en="no one responsible ('Other' without a name)"
)
_NO_DUE = LocalizedText(
    da="ingen frist (sæt en dato, eller skriv hvorfor handlingen ikke har en)",
    en="no due date (set one, or write why the action has none)",
)
_NO_CRITERION = LocalizedText(
    da="intet succeskriterium (skriv det ved en af målets handlinger)",
    en="no success criterion (write it at one of the goal's actions)",
)
_NO_LEGAL_BASIS = LocalizedText(
    da="ikke registreret, men planen har samarbejdspartnere",
    en="not recorded, but the plan has partners",
)
_NO_CONSENT = LocalizedText(
    da="hjemlen er samtykke, men borgerens samtykke til denne partner er ikke registreret",
    en="the legal basis is consent, but the citizen's consent for this partner is not recorded",
)
_NO_FOLLOW_UP = LocalizedText(da="ingen opfølgningsdato", en="no follow-up date")

_GOAL = LocalizedText(da="Mål {goal}", en="Goal {goal}")
_ACTION = LocalizedText(da="Mål {goal}, handling {action}", en="Goal {goal}, action {action}")
_LEGAL_BASIS = LocalizedText(da="Hjemmel til videregivelse", en="Legal basis for sharing")
_FOLLOW_UP = LocalizedText(da="Opfølgning", en="Follow-up")


@dataclass(frozen=True)
class MissingItem:
    """One thing the plan lacks: which :class:`Requirement`, where (:attr:`place` in
    words, None for the plan as a whole; :attr:`path` to the field to fill in), and what
    (:attr:`what`, worded to follow the place after a colon)."""

    requirement: Requirement
    path: FieldPath
    what: LocalizedText
    place: LocalizedText | None = None

    @property
    def message(self) -> LocalizedText:
        """The place and what is missing there: "Mål 2, handling 1: ingen frist"."""
        if self.place is None:
            return self.what
        return LocalizedText(
            da=f"{self.place.da}: {self.what.da}", en=f"{self.place.en}: {self.what.en}"
        )

    def problem(self) -> Problem:
        """The item as a :class:`Problem` at its field, naming its place."""
        return Problem(self.path, self.message)

    def form_problem(self, *, with_place: bool) -> Problem:
        """The item for a form, whose problems read as sentences: what is missing,
        capitalised ("Ingen frist …"), after its place when ``with_place`` (a form that
        names goals and partners itself passes False for those)."""
        what = LocalizedText(da=_sentence(self.what.da), en=_sentence(self.what.en))
        if not with_place or self.place is None:
            return Problem(self.path, what)
        return Problem(
            self.path,
            LocalizedText(da=f"{self.place.da}: {what.da}", en=f"{self.place.en}: {what.en}"),
        )


@dataclass(frozen=True)
class ChecklistLine:
    """One requirement with the items that fail it (none: the line is ticked)."""

    requirement: Requirement
    missing: tuple[MissingItem, ...]

    @property
    def met(self) -> bool:
        return not self.missing

    @property
    def label(self) -> LocalizedText:
        return REQUIREMENT_LABELS[self.requirement]


@dataclass(frozen=True)
class PlanCompleteness:
    """What :func:`plan_completeness` found, in the plan's order: goals and their actions
    first, then partners, the legal basis and the follow-up."""

    missing: tuple[MissingItem, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing

    def checklist(self) -> tuple[ChecklistLine, ...]:
        """Every requirement, in :class:`Requirement` order, with what fails it."""
        return tuple(
            ChecklistLine(
                requirement=requirement,
                missing=tuple(m for m in self.missing if m.requirement is requirement),
            )
            for requirement in Requirement
        )


class PlanIncomplete(ReviewRefused):
    """A plan submitted or approved before it is complete. Its problems are the headline
    (empty path) and then each missing item at its field; :attr:`missing` holds the
    items themselves. Nothing was changed."""

    def __init__(self, missing: Sequence[MissingItem], *, plan_id: PlanId | None = None) -> None:
        super().__init__(RefusalReason.INCOMPLETE, plan_id=plan_id)
        self.missing = tuple(missing)
        self.problems = (*self.problems, *(item.problem() for item in self.missing))


def plan_completeness(plan: ActionPlan) -> PlanCompleteness:
    """What ``plan`` lacks before a supervisor can approve it."""
    return PlanCompleteness(missing=tuple(_missing(plan)))


def require_complete(plan: ActionPlan, *, plan_id: PlanId | None = None) -> None:
    """Raises :class:`PlanIncomplete` listing what ``plan`` lacks; returns when nothing."""
    completeness = plan_completeness(plan)
    if not completeness.complete:
        raise PlanIncomplete(completeness.missing, plan_id=plan_id)


def _missing(plan: ActionPlan) -> Iterator[MissingItem]:
    if not plan.goals:
        yield MissingItem(Requirement.GOALS, ("goals",), _NO_GOALS)
    for g, goal in enumerate(plan.goals):
        yield from _goal_missing(g, goal)
    yield from _sharing_missing(plan)
    if not plan.follow_up_dates:
        yield MissingItem(Requirement.FOLLOW_UP, ("follow_up_dates",), _NO_FOLLOW_UP, _FOLLOW_UP)


def _goal_missing(g: int, goal: PlanGoal) -> Iterator[MissingItem]:
    place = _GOAL.format(goal=g + 1)
    if not goal.actions:
        yield MissingItem(Requirement.GOALS, ("goals", g), _NO_ACTIONS, place)
    for a, action in enumerate(goal.actions):
        where = _ACTION.format(goal=g + 1, action=a + 1)
        yield from _action_missing(("goals", g, "actions", a), where, action)
    # The plan keeps success criteria at the actions ("how we will know it worked");
    # a goal is judged by them, so one of its actions must say it. A goal without
    # actions is named once, for those: there is nowhere to write a criterion yet.
    if goal.actions and not any(action.success_criterion.strip() for action in goal.actions):
        path = ("goals", g, "actions", 0, "success_criterion")
        yield MissingItem(Requirement.SUCCESS_CRITERION, path, _NO_CRITERION, place)


def _action_missing(
    path: FieldPath, place: LocalizedText, action: PlanAction
) -> Iterator[MissingItem]:
    # "Other" is the one choice that names nobody until a name is written beside it.
    if action.responsible is Responsible.OTHER and not action.responsible_name.strip():
        yield MissingItem(
            Requirement.RESPONSIBLE, (*path, "responsible_name"), _NO_RESPONSIBLE, place
        )
    # A done or dropped action has no deadline left to keep.
    open_action = action.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    if open_action and action.due is None and not action.no_date_reason.strip():
        yield MissingItem(Requirement.DUE, (*path, "no_date_reason"), _NO_DUE, place)


def _sharing_missing(plan: ActionPlan) -> Iterator[MissingItem]:
    # Sharing needs a recorded ground (the data protection rule): whatever the partners
    # consented to, the plan names its legal basis, and a basis of consent covers only
    # the partners the citizen consented to.
    if plan.partners and plan.legal_basis is LegalBasis.NOT_RECORDED:
        yield MissingItem(Requirement.LEGAL_BASIS, ("legal_basis",), _NO_LEGAL_BASIS, _LEGAL_BASIS)
    if plan.legal_basis is LegalBasis.CONSENT:
        for p, partner in enumerate(plan.partners):
            if not partner.consent:
                organisation = RESPONSIBLE_LABELS[partner.organisation]
                place = LocalizedText(
                    da=f"Samarbejdspartner {p + 1} ({organisation.da})",
                    en=f"Partner {p + 1} ({organisation.en})",
                )
                yield MissingItem(
                    Requirement.LEGAL_BASIS, ("partners", p, "consent"), _NO_CONSENT, place
                )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
