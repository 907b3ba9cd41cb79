"""Supervisor review of action plans: draft → submitted → approved, or returned with
comments → edited → resubmitted. The rules are pure functions that raise
:class:`ReviewRefused`; the review service applies them and records refused attempts.

Who counts as a plan version's author: anyone who wrote any part of it (created it, edited
it in place, saved release-meeting decisions into it, or wrote the unapproved version it
was copied from) or submitted it. A supervisor may never approve a version they are an
author of.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, model_validator

from riskdesk.domain.ids import CaseId, PlanCommentId, PlanId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.user import Role, User
from riskdesk.domain.validation import Text


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


REVIEW_STATUS_LABELS: dict[ReviewStatus, LocalizedText] = {
    ReviewStatus.DRAFT: LocalizedText(da="Kladde", en="Draft"),
    ReviewStatus.SUBMITTED: LocalizedText(da="Sendt til godkendelse", en="Submitted for review"),
    ReviewStatus.RETURNED: LocalizedText(da="Sendt tilbage", en="Returned"),
    ReviewStatus.APPROVED: LocalizedText(da="Godkendt", en="Approved"),
}


class RefusalReason(StrEnum):
    """Why a review step was turned down; the code goes to the audit log, never text."""

    NOT_SUPERVISOR = "not_supervisor"
    MAY_NOT_EDIT = "may_not_edit"
    OWN_PLAN = "own_plan"
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a reason code, not a password
    NOT_SUBMITTED = "not_submitted"
    ALREADY_SUBMITTED = "already_submitted"
    ALREADY_APPROVED = "already_approved"
    SUPERSEDED = "superseded"
    COMMENT_NEEDED = "comment_needed"
    UNDER_REVIEW = "under_review"
    INCOMPLETE = "incomplete"


REFUSAL_MESSAGES: dict[RefusalReason, LocalizedText] = {
    RefusalReason.NOT_SUPERVISOR: LocalizedText(
        da="Kun en leder kan godkende eller sende en handleplan tilbage.",
        en="Only a supervisor can approve or return an action plan.",
    ),
    RefusalReason.MAY_NOT_EDIT: LocalizedText(
        da="Din rolle giver ikke adgang til at skrive eller indsende handleplaner.",
        en="Your role does not allow writing or submitting action plans.",
    ),
    RefusalReason.OWN_PLAN: LocalizedText(
        da="Du kan ikke godkende en handleplan, du selv har skrevet, rettet i eller "
        "indsendt. En anden leder skal godkende den.",
        en="You cannot approve an action plan you wrote, edited or submitted yourself. "
        "Another supervisor must approve it.",
    ),
    RefusalReason.WRONG_PASSWORD: LocalizedText(
        da="Forkert adgangskode. Handleplanen er ikke godkendt.",
        en="Wrong password. The action plan was not approved.",
    ),
    RefusalReason.NOT_SUBMITTED: LocalizedText(
        da="Handleplanen er ikke sendt til godkendelse.",
        en="The action plan has not been submitted for review.",
    ),
    RefusalReason.ALREADY_SUBMITTED: LocalizedText(
        da="Handleplanen er allerede sendt til godkendelse.",
        en="The action plan has already been submitted for review.",
    ),
    RefusalReason.ALREADY_APPROVED: LocalizedText(
        da="Denne version af handleplanen er allerede godkendt.",
        en="This version of the action plan is already approved.",
    ),
    RefusalReason.SUPERSEDED: LocalizedText(
        da="Der findes en nyere version af handleplanen; kun den nyeste kan behandles.",
        en="There is a newer version of the action plan; only the newest can be handled.",
    ),
    RefusalReason.COMMENT_NEEDED: LocalizedText(
        da="Skriv en kommentar, der siger, hvad der skal rettes, før planen sendes tilbage.",
        en="Write a comment saying what to change before returning the plan.",
    ),
    RefusalReason.UNDER_REVIEW: LocalizedText(
        da="Handleplanen venter på godkendelse og kan ikke ændres nu. "
        "Lederen kan sende den tilbage, hvis den skal rettes.",
        en="The action plan is waiting for review and cannot be changed now. "
        "The supervisor can return it if it needs changes.",
    ),
    RefusalReason.INCOMPLETE: LocalizedText(
        da="Handleplanen er ikke klar til godkendelse. Det mangler:",
        en="The action plan is not ready for approval. It lacks:",
    ),
}


class ReviewAttempt(StrEnum):
    """The step a refusal turned down, as the audit log names it."""

    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    EDIT = "edit"
    SHARE = "share"


class ReviewRefused(Refusal):
    """A review step the rules do not allow; ``reason`` says which rule and ``plan_id``
    which version it was about. Nothing was changed."""

    def __init__(self, reason: RefusalReason, *, plan_id: PlanId | None = None) -> None:
        self.reason = reason
        self.plan_id = plan_id
        super().__init__(REFUSAL_MESSAGES[reason])


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class PlanReviewState(_Frozen):
    """The review facts of one stored plan version."""

    plan_id: PlanId
    case_id: CaseId
    case_number: str
    version: int
    status: ReviewStatus
    is_current: bool
    """Whether this is the case's newest version; only that one can be reviewed."""
    created_by: str
    created_at: datetime
    written_by: frozenset[str] = frozenset()
    """Everyone the store recorded as writing or submitting this version."""
    submitted_by: str | None = None
    submitted_at: datetime | None = None
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None

    @property
    def authors(self) -> frozenset[str]:
        return self.written_by | {u for u in (self.created_by, self.submitted_by) if u}

    @property
    def author(self) -> str:
        """The one to show: who submitted the version, else who created it."""
        return self.submitted_by or self.created_by

    @property
    def frozen(self) -> bool:
        return self.status is ReviewStatus.APPROVED


def may_write_plans(user: User) -> bool:
    return user.role in (Role.CASEWORKER, Role.SUPERVISOR)


def check_edit(state: PlanReviewState) -> bool:
    """Whether an edit of this (current) version must become a new version: True for an
    approved version, which is frozen. Raises :class:`ReviewRefused` while it waits for
    review."""
    if state.status is ReviewStatus.SUBMITTED:
        raise ReviewRefused(RefusalReason.UNDER_REVIEW, plan_id=state.plan_id)
    return state.status is ReviewStatus.APPROVED


def check_submit(state: PlanReviewState, *, user: User) -> None:
    """A caseworker or supervisor submits the case's newest version, a draft or a
    returned one."""
    if not may_write_plans(user):
        raise ReviewRefused(RefusalReason.MAY_NOT_EDIT, plan_id=state.plan_id)
    if state.status is ReviewStatus.SUBMITTED:
        raise ReviewRefused(RefusalReason.ALREADY_SUBMITTED, plan_id=state.plan_id)
    if state.status is ReviewStatus.APPROVED:
        raise ReviewRefused(RefusalReason.ALREADY_APPROVED, plan_id=state.plan_id)
    if not state.is_current:
        raise ReviewRefused(RefusalReason.SUPERSEDED, plan_id=state.plan_id)


def _check_reviewable(state: PlanReviewState, reviewer: User) -> None:
    if reviewer.role is not Role.SUPERVISOR:
        raise ReviewRefused(RefusalReason.NOT_SUPERVISOR, plan_id=state.plan_id)
    if state.status is ReviewStatus.APPROVED:
        raise ReviewRefused(RefusalReason.ALREADY_APPROVED, plan_id=state.plan_id)
    if not state.is_current:
        raise ReviewRefused(RefusalReason.SUPERSEDED, plan_id=state.plan_id)
    if state.status is not ReviewStatus.SUBMITTED:
        raise ReviewRefused(RefusalReason.NOT_SUBMITTED, plan_id=state.plan_id)


def check_approve(state: PlanReviewState, *, reviewer: User) -> None:
    """Everything but the password: a supervisor approves the newest, submitted version
    of a plan they are not an author of. The caller re-checks the password last, since
    that check is deliberately slow."""
    _check_reviewable(state, reviewer)
    if reviewer.username in state.authors:
        raise ReviewRefused(RefusalReason.OWN_PLAN, plan_id=state.plan_id)


def check_return(state: PlanReviewState, *, reviewer: User, comment: str) -> None:
    """A supervisor returns the newest, submitted version with a comment saying why."""
    _check_reviewable(state, reviewer)
    if not comment.strip():
        raise ReviewRefused(RefusalReason.COMMENT_NEEDED, plan_id=state.plan_id)


class CommentTargetKind(StrEnum):
    PLAN = "plan"
    GOAL = "goal"
    ACTION = "action"


class CommentTarget(_Frozen):
    """What a comment is about: the whole plan, goal ``goal_index`` or action
    ``action_index`` of that goal (both counted from 0, in the version commented on)."""

    kind: CommentTargetKind = CommentTargetKind.PLAN
    goal_index: int | None = None
    action_index: int | None = None

    @model_validator(mode="after")
    def _indexes_fit_kind(self) -> CommentTarget:
        needs_goal = self.kind is not CommentTargetKind.PLAN
        needs_action = self.kind is CommentTargetKind.ACTION
        if (self.goal_index is not None) != needs_goal or (
            self.action_index is not None
        ) != needs_action:
            raise ValueError("the indexes do not match the comment target")
        if (self.goal_index or 0) < 0 or (self.action_index or 0) < 0:
            raise ValueError("indexes count from 0")
        return self

    @classmethod
    def whole_plan(cls) -> CommentTarget:
        return cls()

    @classmethod
    def goal(cls, goal_index: int) -> CommentTarget:
        return cls(kind=CommentTargetKind.GOAL, goal_index=goal_index)

    @classmethod
    def action(cls, goal_index: int, action_index: int) -> CommentTarget:
        return cls(kind=CommentTargetKind.ACTION, goal_index=goal_index, action_index=action_index)


class PlanComment(_Frozen):
    id: PlanCommentId
    plan_id: PlanId
    target: CommentTarget
    text: Text
    author: str
    created_at: datetime
    resolved_by: str | None = None
    resolved_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.resolved_at is None


class AssessmentOverrides(_Frozen):
    """The professional overrides in the assessment behind a plan, for the supervisor to
    confirm: the band and the level as computed and as decided, with the reasons."""

    assessed_on: date
    band: LocalizedText
    final_band: LocalizedText
    band_override_reason: str | None = None
    computed_level: int
    level: int
    level_override_reason: str | None = None

    @property
    def band_overridden(self) -> bool:
        return self.band_override_reason is not None

    @property
    def level_overridden(self) -> bool:
        return self.level_override_reason is not None

    @property
    def any(self) -> bool:
        return self.band_overridden or self.level_overridden


class ReviewQueueItem(_Frozen):
    """A submitted plan waiting for a supervisor."""

    plan_id: PlanId
    case_id: CaseId
    case_number: str
    level: int
    version: int
    author: str
    submitted_at: datetime
    days_waiting: int
    next_meeting: date | None = None
    overrides: AssessmentOverrides | None = None
    """From the newest final assessment of the case's person; None without one."""


class ReturnedPlan(_Frozen):
    """A plan sent back to its author, with the comments still open."""

    state: PlanReviewState
    open_comments: tuple[PlanComment, ...]


class FrozenDocument(_Frozen):
    """The document rendered when a plan version was approved, kept as bytes."""

    plan_id: PlanId
    kind: str
    data: bytes
    template_sha256: str
    data_sha256: str
    document_sha256: str
    approved_by: str
    approved_at: datetime
