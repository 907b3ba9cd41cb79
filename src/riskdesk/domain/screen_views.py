"""What one screen shows, read in one use case: the joined facts a page or dialog needs,
so it never strings several use cases (several transactions and audit events) together
to draw itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.case import Case
from riskdesk.domain.meeting import MeetingDecision
from riskdesk.domain.person import Person
from riskdesk.domain.plan_completeness import PlanCompleteness
from riskdesk.domain.plan_diff import PlanDiff
from riskdesk.domain.plan_review import (
    AssessmentOverrides,
    PlanComment,
    PlanReviewState,
    ReturnedPlan,
    ReviewQueueItem,
)


@dataclass(frozen=True, repr=False)
class PlanOverview:
    """The action-plan page: the case and its person, the current plan version (None
    without a plan), its review state and comments, and the case's meeting decisions."""

    person: Person
    case: Case
    plan: ActionPlan | None
    review: PlanReviewState | None
    comments: Sequence[PlanComment] = ()
    decisions: Sequence[MeetingDecision] = ()


@dataclass(frozen=True, repr=False)
class PlanEditing:
    """What the plan editor starts from: the case, its person (a minor's plan asks for
    the parents' view), the current version and its review state."""

    person: Person
    case: Case
    plan: ActionPlan | None
    review: PlanReviewState | None


@dataclass(frozen=True, repr=False)
class ReviewView:
    """The review dialog for one plan version: its state and plan, the last approved
    version before it and what changed since, the comments, the overrides in the
    assessment behind it, and what the plan lacks before it can be approved."""

    state: PlanReviewState
    plan: ActionPlan
    person_name: str
    last_approved: ActionPlan | None
    diff: PlanDiff | None
    comments: Sequence[PlanComment]
    overrides: AssessmentOverrides | None
    completeness: PlanCompleteness


@dataclass(frozen=True, repr=False)
class ReviewOverview:
    """The review page: a supervisor's queue and the user's own returned plans (each
    empty where the role has none)."""

    queue: Sequence[ReviewQueueItem] = ()
    returned: Sequence[ReturnedPlan] = ()


@dataclass(frozen=True, repr=False)
class CaseAssessments:
    """The assessments page: the case, its person and the person's assessments, newest
    first."""

    person: Person
    case: Case
    records: Sequence[AssessmentRecord] = field(default_factory=tuple)
