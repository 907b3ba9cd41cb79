"""Supervisor review of action plans (``desk.review``): the queue, submitting, approving
with the supervisor's own password, returning with a comment, comments on goals and
actions, what changed since the last approved version, and the frozen document of an
approved version (saved through ``desk.documents``). Roles are enforced here, so neither
the GUI nor the CLI can bypass them; every refused step is audited, and nothing changes."""

from __future__ import annotations

import hashlib
from datetime import date

from riskdesk.documents.plan_document import render_plan_document
from riskdesk.documents.plan_document_model import Approval
from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.assessment_record import newest_final
from riskdesk.domain.ids import CaseId, PersonId, PlanCommentId, PlanId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.plan_completeness import plan_completeness, require_complete
from riskdesk.domain.plan_diff import PlanDiff, diff_plans
from riskdesk.domain.plan_review import (
    AssessmentOverrides,
    CommentTarget,
    CommentTargetKind,
    FrozenDocument,
    PlanComment,
    PlanReviewState,
    RefusalReason,
    ReturnedPlan,
    ReviewAttempt,
    ReviewQueueItem,
    ReviewRefused,
    ReviewStatus,
    check_approve,
    check_return,
    check_submit,
    may_write_plans,
)
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import PermissionDenied, UserInputError
from riskdesk.domain.screen_views import ReviewOverview, ReviewView
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.domain.validation import clean_text
from riskdesk.services.document_models import plan_model
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork

FROZEN_PLAN_DOCUMENT = "plan"

_COMMENT_NEEDED = LocalizedText(da="Skriv en kommentar.", en="Write a comment.")
_COMMENT_INVALID = LocalizedText(
    da="Kommentaren indeholder usynlige styretegn eller er for lang.",
    en="The comment contains invisible control characters or is too long.",
)
_NO_SUCH_GOAL = LocalizedText(
    da="Planen har ikke det mål eller den handling, kommentaren peger på.",
    en="The plan has no such goal or action for the comment.",
)


class ReviewService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- reading ---------------------------------------------------------------------

    def queue(self, *, today: date | None = None) -> list[ReviewQueueItem]:
        """Submitted plans waiting for review, oldest submission first. Supervisors
        only: raises :class:`PermissionDenied` for anyone else."""
        if self._ctx.user.role is not Role.SUPERVISOR:
            raise PermissionDenied()
        with self._ctx.work(UseCase.REVIEW_QUEUE) as uow:
            return self._queue(uow, today or date.today())

    def overview(self, *, today: date | None = None) -> ReviewOverview:
        """What the review page shows, in one use case: the queue for a supervisor and
        the user's own returned plans for anyone who writes plans."""
        user = self._ctx.user
        with self._ctx.work(UseCase.REVIEW_QUEUE) as uow:
            return ReviewOverview(
                queue=tuple(self._queue(uow, today or date.today()))
                if user.role is Role.SUPERVISOR
                else (),
                returned=tuple(_returned(uow, user.username)) if may_write_plans(user) else (),
            )

    def view(self, plan_id: PlanId) -> ReviewView:
        """What the review dialog shows for one version, in one use case (see
        :class:`ReviewView`). Raises :class:`NotFound` for an unknown version."""
        with self._ctx.work(UseCase.REVIEW_VIEW) as uow:
            state = uow.reviews.state(plan_id)
            plan = uow.reviews.plan(plan_id)
            before_id = uow.reviews.last_approved(state.case_id, before_version=state.version)
            last_approved = uow.reviews.plan(before_id) if before_id is not None else None
            case = uow.cases.get(state.case_id)
            return ReviewView(
                state=state,
                plan=plan,
                person_name=uow.persons.get(case.person_id).name,
                last_approved=last_approved,
                diff=diff_plans(last_approved, plan) if last_approved is not None else None,
                comments=tuple(uow.reviews.comments(plan_id)),
                overrides=_overrides(uow, case.person_id),
                completeness=plan_completeness(plan),
            )

    def next_meeting_for(self, level: int, *, today: date) -> date | None:
        """The date of the next meeting a plan of this case level goes to (the level's
        ``meeting`` in the level rules: the operative group for niveau 3 as shipped, else
        SSP); None when none is planned."""
        with self._ctx.work(UseCase.MEETING_NEXT) as uow:
            return self._next_meeting(uow, level, today)

    def returned(self) -> list[ReturnedPlan]:
        """The current user's plans sent back to them (newest version only), with the
        comments still open, oldest first."""
        with self._ctx.work(UseCase.REVIEW_RETURNED) as uow:
            return _returned(uow, self._ctx.user.username)

    def state(self, plan_id: PlanId) -> PlanReviewState:
        """Raises :class:`NotFound` for an unknown plan version."""
        with self._ctx.work(UseCase.REVIEW_STATE) as uow:
            return uow.reviews.state(plan_id)

    def current_plan_id(self, case_id: CaseId) -> PlanId | None:
        """The case's newest plan version, or None when the case has no plan."""
        with self._ctx.work(UseCase.REVIEW_STATE) as uow:
            return uow.reviews.current_id(case_id)

    def plan(self, plan_id: PlanId) -> ActionPlan:
        """That version's plan; raises :class:`NotFound`."""
        with self._ctx.work(UseCase.PLAN_VIEW) as uow:
            return uow.reviews.plan(plan_id)

    def diff_with_last_approved(self, plan_id: PlanId) -> PlanDiff | None:
        """How this version differs from the case's last approved version before it;
        None when no earlier version was approved."""
        with self._ctx.work(UseCase.REVIEW_DIFF) as uow:
            state = uow.reviews.state(plan_id)
            before_id = uow.reviews.last_approved(state.case_id, before_version=state.version)
            if before_id is None:
                return None
            return diff_plans(uow.reviews.plan(before_id), uow.reviews.plan(plan_id))

    def comments(self, plan_id: PlanId) -> list[PlanComment]:
        """Every comment on the version, open and resolved, oldest first."""
        with self._ctx.work(UseCase.REVIEW_COMMENTS) as uow:
            return uow.reviews.comments(plan_id)

    def frozen_document(self, plan_id: PlanId) -> FrozenDocument | None:
        """The document stored when the version was approved; None if it was not."""
        with self._ctx.work(UseCase.REVIEW_FROZEN_DOCUMENT) as uow:
            return uow.reviews.frozen_document(plan_id)

    # -- the workflow --------------------------------------------------------------------

    def submit(self, plan_id: PlanId) -> PlanReviewState:
        """Send the case's newest version, a draft or a returned one, for review. Raises
        :class:`ReviewRefused` (audited) when the rules do not allow it, and its
        :class:`PlanIncomplete` listing what a plan lacks before it can be approved."""
        with (
            self._ctx.refusals_recorded(UseCase.REVIEW_SUBMIT, ReviewAttempt.SUBMIT),
            self._ctx.work(UseCase.REVIEW_SUBMIT) as uow,
        ):
            check_submit(uow.reviews.state(plan_id, to_change=True), user=self._ctx.user)
            require_complete(uow.reviews.plan(plan_id), plan_id=plan_id)
            return uow.reviews.set_status(plan_id, ReviewStatus.SUBMITTED)

    def approve(
        self, plan_id: PlanId, password: str, *, today: date | None = None
    ) -> PlanReviewState:
        """A supervisor approves a submitted version they did not write, confirming with
        their own password. The plan document is rendered and stored with the hashes of
        its template and data, in the transaction that approves; the version is frozen
        from then on. Raises :class:`ReviewRefused` (audited; nothing changes), among
        them :class:`PlanIncomplete` for a plan submitted before it had to be complete,
        and :class:`DocumentError` when the document cannot be made (nothing changes
        either)."""
        user = self._ctx.user
        today = today or date.today()
        with self._ctx.refusals_recorded(UseCase.REVIEW_APPROVE, ReviewAttempt.APPROVE):
            # The rules first, then the password (one deliberately slow key derivation),
            # outside the transaction that writes, so nobody waits on the KDF.
            with self._ctx.work(UseCase.REVIEW_APPROVE, audited=False) as uow:
                check_approve(uow.reviews.state(plan_id), reviewer=user)
                require_complete(uow.reviews.plan(plan_id), plan_id=plan_id)
            if not self._ctx.vault.verify_password(user.username, password):
                raise ReviewRefused(RefusalReason.WRONG_PASSWORD, plan_id=plan_id)
            with self._ctx.work(UseCase.REVIEW_APPROVE) as uow:
                state = uow.reviews.state(plan_id, to_change=True)
                # The state may have moved while the password was checked.
                check_approve(state, reviewer=user)
                plan = uow.reviews.plan(plan_id)
                require_complete(plan, plan_id=plan_id)
                document, template_sha256, data_sha256 = _render_approved(
                    uow, self._ctx, state, plan, today
                )
                uow.reviews.freeze_document(
                    plan_id,
                    kind=FROZEN_PLAN_DOCUMENT,
                    data=document,
                    template_sha256=template_sha256,
                    data_sha256=data_sha256,
                )
                return uow.reviews.set_status(plan_id, ReviewStatus.APPROVED)

    def return_plan(
        self, plan_id: PlanId, comment: str, *, target: CommentTarget | None = None
    ) -> PlanReviewState:
        """A supervisor sends a submitted version back with ``comment`` (on the whole
        plan unless ``target`` says otherwise). Raises :class:`ReviewRefused` (audited)
        without a comment or when the rules do not allow it, and
        :class:`UserInputError` for a comment that cannot be stored."""
        with (
            self._ctx.refusals_recorded(UseCase.REVIEW_RETURN, ReviewAttempt.RETURN),
            self._ctx.work(UseCase.REVIEW_RETURN) as uow,
        ):
            state = uow.reviews.state(plan_id, to_change=True)
            check_return(state, reviewer=self._ctx.user, comment=comment)
            text = _clean_comment(comment)
            _check_target(uow.reviews.plan(plan_id), target or CommentTarget.whole_plan())
            uow.reviews.add_comment(plan_id, text, target or CommentTarget.whole_plan())
            return uow.reviews.set_status(plan_id, ReviewStatus.RETURNED)

    # -- comments ------------------------------------------------------------------------

    def add_comment(
        self, plan_id: PlanId, text: str, target: CommentTarget | None = None
    ) -> PlanComment:
        """A comment on the version, one of its goals or actions (whole plan by default).
        Caseworkers and supervisors only (:class:`PermissionDenied`); raises
        :class:`UserInputError` for an empty comment or a goal/action the version does
        not have, :class:`NotFound` for an unknown version."""
        if not may_write_plans(self._ctx.user):
            raise PermissionDenied()
        target = target or CommentTarget.whole_plan()
        cleaned = _clean_comment(text)
        if not cleaned:
            raise UserInputError([Problem("comment", _COMMENT_NEEDED)])
        with self._ctx.work(UseCase.REVIEW_COMMENT) as uow:
            _check_target(uow.reviews.plan(plan_id), target)
            return uow.reviews.add_comment(plan_id, cleaned, target)

    def resolve_comment(self, comment_id: PlanCommentId) -> PlanComment:
        """Mark a comment resolved (a no-op if it already is). Caseworkers and
        supervisors only; raises :class:`NotFound` for an unknown comment."""
        if not may_write_plans(self._ctx.user):
            raise PermissionDenied()
        with self._ctx.work(UseCase.REVIEW_RESOLVE_COMMENT) as uow:
            return uow.reviews.resolve_comment(comment_id)

    # -- internals -------------------------------------------------------------------------

    def _queue(self, uow: UnitOfWork, today: date) -> list[ReviewQueueItem]:
        items: list[ReviewQueueItem] = []
        meetings: dict[int, date | None] = {}
        for state in uow.reviews.states(ReviewStatus.SUBMITTED):
            case = uow.cases.get(state.case_id)
            if case.level not in meetings:
                meetings[case.level] = self._next_meeting(uow, case.level, today)
            submitted_at = state.submitted_at or state.created_at
            items.append(
                ReviewQueueItem(
                    plan_id=state.plan_id,
                    case_id=state.case_id,
                    case_number=state.case_number,
                    level=case.level,
                    version=state.version,
                    author=state.author,
                    submitted_at=submitted_at,
                    days_waiting=max(0, (today - submitted_at.date()).days),
                    next_meeting=meetings[case.level],
                    overrides=_overrides(uow, case.person_id),
                )
            )
        return items

    def _next_meeting(self, uow: UnitOfWork, level: int, today: date) -> date | None:
        kind = self._ctx.forms.levels.get(level).meeting
        meeting = uow.meetings.next_of_kind(kind, today=today)
        return meeting.held_on if meeting is not None else None


def _render_approved(
    uow: UnitOfWork, ctx: ServiceContext, state: PlanReviewState, plan: ActionPlan, today: date
) -> tuple[bytes, str, str]:
    """The approved version's document and the sha256 of its template file and of its
    data (the view model as JSON)."""
    model = plan_model(uow, ctx.forms, state.case_id, today=today, plan=plan).model_copy(
        update={"approval": Approval(approved_by=ctx.user.display_name, approved_on=today)}
    )
    rendered = render_plan_document(model, custom_templates=ctx.forms.own_templates)
    template_sha256 = hashlib.sha256(rendered.template.read_bytes()).hexdigest()
    data_sha256 = hashlib.sha256(model.model_dump_json().encode("utf-8")).hexdigest()
    return rendered.data, template_sha256, data_sha256


def _returned(uow: UnitOfWork, username: str) -> list[ReturnedPlan]:
    mine = [s for s in uow.reviews.states(ReviewStatus.RETURNED) if username in s.authors]
    return [
        ReturnedPlan(
            state=state,
            open_comments=tuple(c for c in uow.reviews.comments(state.plan_id) if c.open),
        )
        for state in mine
    ]


def _overrides(uow: UnitOfWork, person_id: PersonId) -> AssessmentOverrides | None:
    record = newest_final(uow.assessments.for_person(person_id))
    if record is None or record.snapshot is None:
        return None
    snapshot = record.snapshot
    return AssessmentOverrides(
        assessed_on=record.draft.assessment_date,
        band=snapshot.band_label,
        final_band=snapshot.final_band_label,
        band_override_reason=snapshot.band_override_reason,
        computed_level=snapshot.computed_level,
        level=snapshot.level,
        level_override_reason=snapshot.level_override_reason,
    )


def _clean_comment(text: str) -> str:
    try:
        return clean_text(text)
    except ValueError:
        raise UserInputError([Problem("comment", _COMMENT_INVALID)]) from None


def _check_target(plan: ActionPlan, target: CommentTarget) -> None:
    if target.kind is CommentTargetKind.PLAN:
        return
    goal_index = target.goal_index or 0
    if goal_index >= len(plan.goals):
        raise UserInputError([Problem("target", _NO_SUCH_GOAL)])
    if target.kind is CommentTargetKind.ACTION and (target.action_index or 0) >= len(
        plan.goals[goal_index].actions
    ):
        raise UserInputError([Problem("target", _NO_SUCH_GOAL)])
