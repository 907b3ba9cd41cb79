"""The review state of plan versions, their comments and frozen documents. Every call is
written to the audit chain in the same transaction; details hold ids, versions and codes
only, never plan or comment text. Rules are the caller's (domain ``plan_review``); this
repository only records."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Session

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId, PlanCommentId, PlanId
from riskdesk.domain.plan_review import (
    CommentTarget,
    CommentTargetKind,
    FrozenDocument,
    PlanComment,
    PlanReviewState,
    RefusalReason,
    ReviewStatus,
)
from riskdesk.domain.refusals import NotFound
from riskdesk.store.action_plan_repository import authors_of, plan_from_row, record_author
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import ActionPlanRow, CaseRow, FrozenDocumentRow, PlanCommentRow


class PlanReviewRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    # -- review state ----------------------------------------------------------------

    def state(self, plan_id: PlanId, *, to_change: bool = False) -> PlanReviewState:
        """Raises :class:`NotFound` for an unknown plan version. ``to_change``: the
        review step that reads it will change it, so the version is locked until the
        step's transaction ends. A vault's writers take turns anyway; on the team server
        two supervisors approving one version at once would otherwise both pass the
        rules, and the second would fail on the frozen document's key instead of being
        refused as already approved."""
        # Its columns alone, not the plan's text: read on every plan save.
        self._session.flush()
        statement = _STATE_TO_CHANGE if to_change else _STATE
        row = self._session.connection().execute(statement, {"plan_id": plan_id}).first()
        if row is None:
            raise NotFound
        self._record(AuditAction.READ, row)
        return self._state(row)

    def current_id(self, case_id: CaseId) -> PlanId | None:
        """The case's newest plan version, or None without a plan."""
        plan_id = self._session.scalar(_NEWEST_ID, {"case_id": case_id})
        return PlanId(plan_id) if plan_id is not None else None

    def plan(self, plan_id: PlanId) -> ActionPlan:
        """The plan as stored in that version; raises :class:`NotFound`."""
        row = self._row(plan_id)
        self._record(AuditAction.READ, row)
        return plan_from_row(row)

    def states(self, status: ReviewStatus, *, current_only: bool = True) -> list[PlanReviewState]:
        """Versions in ``status``, oldest submission first (then oldest created)."""
        rows = list(
            self._session.scalars(
                select(ActionPlanRow)
                .where(ActionPlanRow.review_status == status.value)
                .order_by(ActionPlanRow.submitted_at, ActionPlanRow.created_at, ActionPlanRow.id)
            )
        )
        states = [self._state(row) for row in rows]
        if current_only:
            states = [s for s in states if s.is_current]
        self._trail.touch_many(AuditEntity.PLAN, ((s.plan_id, None, s.case_id) for s in states))
        return states

    def last_approved(self, case_id: CaseId, *, before_version: int) -> PlanId | None:
        """The newest approved version of the case older than ``before_version``."""
        plan_id = self._session.scalar(
            select(ActionPlanRow.id)
            .where(
                ActionPlanRow.case_id == case_id,
                ActionPlanRow.version < before_version,
                ActionPlanRow.review_status == ReviewStatus.APPROVED.value,
            )
            .order_by(ActionPlanRow.version.desc())
            .limit(1)
        )
        return PlanId(plan_id) if plan_id is not None else None

    def set_status(self, plan_id: PlanId, status: ReviewStatus) -> PlanReviewState:
        """Record a review step as the repository's user, now: a submission sets
        ``submitted_*``, a return or approval ``reviewed_*``."""
        row = self._row(plan_id)
        now = self._clock()
        row.review_status = status.value
        if status is ReviewStatus.SUBMITTED:
            row.submitted_by, row.submitted_at = self._username, now
            row.reviewed_by, row.reviewed_at = None, None
            # Kept beyond the next submission, which overwrites ``submitted_by``.
            record_author(self._session, row.id, self._username, at=now)
        elif status in (ReviewStatus.RETURNED, ReviewStatus.APPROVED):
            row.reviewed_by, row.reviewed_at = self._username, now
        self._session.flush()
        self._record(AuditAction.UPDATE, row)
        self._trail.note(review=status.value)
        return self._state(row)

    def record_refusal(
        self, *, attempt: str, reason: RefusalReason, plan_id: PlanId | None
    ) -> None:
        """Audit a refused attempt. Call it in a unit of work of its own: the attempt's
        own transaction is rolled back."""
        row = self._session.get(ActionPlanRow, plan_id) if plan_id is not None else None
        if row is not None:
            self._record(AuditAction.READ, row)
        self._trail.about(AuditEntity.PLAN, plan_id)
        self._trail.refuse(attempt=attempt, reason=reason.value)

    # -- comments --------------------------------------------------------------------

    def add_comment(self, plan_id: PlanId, text: str, target: CommentTarget) -> PlanComment:
        plan = self._row(plan_id)
        row = PlanCommentRow(
            plan_id=plan_id,
            target_kind=target.kind.value,
            goal_index=target.goal_index,
            action_index=target.action_index,
            text=text,
            author=self._username,
            created_at=self._clock(),
        )
        self._session.add(row)
        self._session.flush()
        self._record(AuditAction.READ, plan)
        self._trail.touch(
            AuditEntity.PLAN_COMMENT, row.id, AuditAction.CREATE, case_id=plan.case_id
        )
        self._trail.note(target=target.kind.value)
        return _comment_from(row)

    def comments(self, plan_id: PlanId) -> list[PlanComment]:
        """Oldest first. Raises :class:`NotFound` for an unknown plan version."""
        plan = self._row(plan_id)
        rows = list(
            self._session.scalars(
                select(PlanCommentRow)
                .where(PlanCommentRow.plan_id == plan_id)
                .order_by(PlanCommentRow.created_at, PlanCommentRow.id)
            )
        )
        self._record(AuditAction.READ, plan)
        self._trail.touch_many(AuditEntity.PLAN_COMMENT, ((r.id, None, plan.case_id) for r in rows))
        return [_comment_from(row) for row in rows]

    def comment(self, comment_id: PlanCommentId) -> PlanComment:
        row = self._session.get(PlanCommentRow, comment_id)
        if row is None:
            raise NotFound
        return _comment_from(row)

    def resolve_comment(self, comment_id: PlanCommentId) -> PlanComment:
        """Mark resolved by the repository's user; an already resolved one is kept as it
        was. Raises :class:`NotFound`."""
        row = self._session.get(PlanCommentRow, comment_id)
        if row is None:
            raise NotFound
        if row.resolved_at is None:
            row.resolved_by, row.resolved_at = self._username, self._clock()
            self._session.flush()
            plan = self._row(PlanId(row.plan_id))
            self._record(AuditAction.READ, plan)
            self._trail.touch(
                AuditEntity.PLAN_COMMENT, row.id, AuditAction.UPDATE, case_id=plan.case_id
            )
        return _comment_from(row)

    # -- frozen documents --------------------------------------------------------------

    def freeze_document(
        self,
        plan_id: PlanId,
        *,
        kind: str,
        data: bytes,
        template_sha256: str,
        data_sha256: str,
    ) -> FrozenDocument:
        """Store the approved version's document, approved by the repository's user now.
        A version has at most one; a second raises :class:`IntegrityError`."""
        plan = self._row(plan_id)
        row = FrozenDocumentRow(
            plan_id=plan_id,
            kind=kind,
            docx=data,
            template_sha256=template_sha256,
            data_sha256=data_sha256,
            document_sha256=hashlib.sha256(data).hexdigest(),
            approved_by=self._username,
            approved_at=self._clock(),
        )
        self._session.add(row)
        self._session.flush()
        self._record(AuditAction.UPDATE, plan)
        self._trail.note(frozen=True)
        return _document_from(row)

    def frozen_document(self, plan_id: PlanId) -> FrozenDocument | None:
        plan = self._row(plan_id)
        row = self._session.scalar(
            select(FrozenDocumentRow).where(FrozenDocumentRow.plan_id == plan_id)
        )
        self._record(AuditAction.READ, plan)
        return _document_from(row) if row is not None else None

    # -- internals ---------------------------------------------------------------------

    def _row(self, plan_id: PlanId, *, to_change: bool = False) -> ActionPlanRow:
        row = self._session.get(ActionPlanRow, plan_id, with_for_update=to_change or None)
        if row is None:
            raise NotFound
        return row

    def _state(self, row: ActionPlanRow | Row[*tuple[Any, ...]]) -> PlanReviewState:
        found = (
            self._session.connection().execute(_NUMBER_AND_NEWEST, {"case_id": row.case_id}).first()
        )
        case_number, newest = found if found is not None else ("", None)
        return PlanReviewState(
            plan_id=PlanId(row.id),
            case_id=CaseId(row.case_id),
            case_number=case_number or "",
            version=row.version,
            status=ReviewStatus(row.review_status),
            is_current=row.version == newest,
            created_by=row.created_by,
            created_at=_utc(row.created_at),
            written_by=authors_of(self._session, row.id),
            submitted_by=row.submitted_by,
            submitted_at=_utc(row.submitted_at),
            reviewed_by=row.reviewed_by,
            reviewed_at=_utc(row.reviewed_at),
        )

    def _record(self, action: AuditAction, row: ActionPlanRow | Row[*tuple[Any, ...]]) -> None:
        self._trail.touch(AuditEntity.PLAN, row.id, action, case_id=row.case_id)
        self._trail.note(version=row.version)


# Built once: a review state is read on every plan save, and building a statement costs
# more than running it (SQLAlchemy derives its cache key from the parts each time).
_NEWEST_ID = (
    select(ActionPlanRow.id)
    .where(ActionPlanRow.case_id == bindparam("case_id"))
    .order_by(ActionPlanRow.version.desc())
    .limit(1)
)
_STATE = select(
    ActionPlanRow.id,
    ActionPlanRow.case_id,
    ActionPlanRow.version,
    ActionPlanRow.review_status,
    ActionPlanRow.created_by,
    ActionPlanRow.created_at,
    ActionPlanRow.submitted_by,
    ActionPlanRow.submitted_at,
    ActionPlanRow.reviewed_by,
    ActionPlanRow.reviewed_at,
).where(ActionPlanRow.id == bindparam("plan_id"))
_STATE_TO_CHANGE = _STATE.with_for_update()
# The case's number and its newest version, in one statement.
_NUMBER_AND_NEWEST = select(
    CaseRow.case_number,
    select(func.max(ActionPlanRow.version))
    .where(ActionPlanRow.case_id == CaseRow.id)
    .scalar_subquery(),
).where(CaseRow.id == bindparam("case_id"))


def _comment_from(row: PlanCommentRow) -> PlanComment:
    return PlanComment(
        id=PlanCommentId(row.id),
        plan_id=PlanId(row.plan_id),
        target=CommentTarget(
            kind=CommentTargetKind(row.target_kind),
            goal_index=row.goal_index,
            action_index=row.action_index,
        ),
        text=row.text,
        author=row.author,
        created_at=_utc(row.created_at),
        resolved_by=row.resolved_by,
        resolved_at=_utc(row.resolved_at),
    )


def _document_from(row: FrozenDocumentRow) -> FrozenDocument:
    return FrozenDocument(
        plan_id=PlanId(row.plan_id),
        kind=row.kind,
        data=row.docx,
        template_sha256=row.template_sha256,
        data_sha256=row.data_sha256,
        document_sha256=row.document_sha256,
        approved_by=row.approved_by,
        approved_at=_utc(row.approved_at),
    )


def _utc[T: (datetime, datetime | None)](value: T) -> T:
    # Stored naive (see store.clock); handed out aware, like audit events.
    return value.replace(tzinfo=UTC) if value is not None else value
