"""Action plans in the vault, one row per version, as
:class:`~riskdesk.domain.action_plan.ActionPlan`. Every call is written to the audit chain
in the same transaction; audit details hold ids and versions only, never plan text.

Every save that writes a version's content records its user among the version's authors
(``plan_authors``), here where every write passes, so no use case can forget it; the
review rules refuse approval by any of them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.refusals import NotFound
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import ActionPlanRow, CaseRow, PlanAuthorRow
from riskdesk.store.versioned_update import claim, insert_first, stale


class ActionPlanRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def current(self, case_id: CaseId) -> ActionPlan | None:
        """The newest version of the case's plan, or None when it has none."""
        row = self._session.scalars(
            select(ActionPlanRow)
            .where(ActionPlanRow.case_id == case_id)
            .order_by(ActionPlanRow.version.desc())
            .limit(1)
        ).first()
        self._trail.touch(AuditEntity.PLAN, row.id if row else None, case_id=case_id)
        if row is not None:
            self._trail.note(version=row.version)
        return plan_from_row(row) if row else None

    def current_version(self, case_id: CaseId) -> int | None:
        """The number of the case's newest version, or None (not a reading of the plan)."""
        return self._session.scalar(
            select(func.max(ActionPlanRow.version)).where(ActionPlanRow.case_id == case_id)
        )

    def check_loaded(self, case_id: CaseId, *, version: int, row_version: int) -> None:
        """Raise :class:`StaleRecord` unless the case's newest plan version is still
        ``version`` with its row at ``row_version``, as an editor loaded it (a
        ``row_version`` of ``NO_RECORD_YET``: the case had no plan then)."""
        row = self._session.scalars(
            select(ActionPlanRow)
            .where(ActionPlanRow.case_id == case_id)
            .order_by(ActionPlanRow.version.desc())
            .limit(1)
        ).first()
        if row is None or (row.version == version and row.row_version == row_version):
            return
        raise stale(self._session, ActionPlanRow, row.id, clock=self._clock)

    def case_and_version(self, plan_id: PlanId) -> tuple[CaseId, int]:
        """Which case and version a stored version is; raises :class:`NotFound`."""
        row = self._session.get(ActionPlanRow, plan_id)
        if row is None:
            raise NotFound
        return CaseId(row.case_id), row.version

    def versions(self, case_id: CaseId) -> list[ActionPlan]:
        """Every version of the case's plan, oldest first."""
        rows = list(
            self._session.scalars(
                select(ActionPlanRow)
                .where(ActionPlanRow.case_id == case_id)
                .order_by(ActionPlanRow.version)
            )
        )
        self._trail.touch_many(AuditEntity.PLAN, ((r.id, None, case_id) for r in rows))
        self._trail.touch(AuditEntity.CASE, None, case_id=case_id)
        self._trail.note(versions=[r.version for r in rows])
        return [plan_from_row(row) for row in rows]

    def save(self, plan: ActionPlan) -> ActionPlan:
        """Store ``plan`` under its case and version: a new version is added, an existing
        one replaced. Which version to write is the caller's rule (``revise_plan``).
        Raises :class:`NotFound` for a plan without a case or of an unknown case, and
        :class:`StaleRecord` when the version's row was saved after ``plan`` was read
        (its ``row_version``; None: read in this transaction)."""
        if plan.case_id is None or self._session.get(CaseRow, plan.case_id) is None:
            raise NotFound
        now = self._clock()
        row = self._session.scalars(
            select(ActionPlanRow).where(
                ActionPlanRow.case_id == plan.case_id, ActionPlanRow.version == plan.version
            )
        ).first()
        action = AuditAction.UPDATE
        # Handing a version out (only ``shared_on`` changes) writes none of its content.
        writes_content = row is None or _content(plan_from_row(row)) != _content(plan)
        if row is None:
            action = AuditAction.CREATE
            case_id, version = plan.case_id, plan.version
            made = insert_first(
                self._session,
                ActionPlanRow,
                {
                    "case_id": case_id,
                    "version": version,
                    "created_by": self._username,
                    "created_at": now,
                    "updated_by": self._username,
                    "updated_at": now,
                    "shared_on": plan.shared_on,
                    "plan_json": plan.model_dump_json(),
                },
                winner=lambda: self._session.scalar(
                    select(ActionPlanRow.id).where(
                        ActionPlanRow.case_id == case_id, ActionPlanRow.version == version
                    )
                ),
                clock=self._clock,
            )
            row = self._session.get_one(ActionPlanRow, made)
        else:
            claim(
                self._session,
                ActionPlanRow,
                row.id,
                plan.row_version,
                username=self._username,
                clock=self._clock,
            )
            row.shared_on = plan.shared_on
            row.plan_json = plan.model_dump_json()
            self._session.flush()
        if action is AuditAction.CREATE:
            # A new version has no authors yet: all of them go in at once, unasked, with
            # the use case's next flush (any read of the authors flushes them first).
            authors = {self._username, *self._carried_over(row)}
            self._session.add_all(
                PlanAuthorRow(plan_id=row.id, username=username, first_at=now)
                for username in sorted(authors)
            )
        elif writes_content:
            record_author(self._session, row.id, self._username, at=now)
        self._trail.touch(AuditEntity.PLAN, row.id, action, case_id=plan.case_id)
        self._trail.note(version=plan.version)
        # What was written is ``plan`` itself: reading it back through pydantic would
        # only validate it again.
        return plan.model_copy(update={"row_version": row.row_version})

    def _carried_over(self, row: ActionPlanRow) -> frozenset[str]:
        """A new version starts as a copy of the one before. Unless a supervisor approved
        that one, its text was never reviewed, so its authors wrote part of this one."""
        if row.version == 1:
            return frozenset()
        previous = self._session.execute(
            select(ActionPlanRow.id, ActionPlanRow.review_status).where(
                ActionPlanRow.case_id == row.case_id, ActionPlanRow.version == row.version - 1
            )
        ).first()
        if previous is None or previous.review_status == ReviewStatus.APPROVED.value:
            return frozenset()
        return authors_of(self._session, previous.id)


def record_author(session: Session, plan_id: int, username: str, *, at: datetime) -> None:
    """Add ``username`` to the version's authors (once)."""
    known = session.scalar(
        select(PlanAuthorRow.id).where(
            PlanAuthorRow.plan_id == plan_id, PlanAuthorRow.username == username
        )
    )
    if known is None:
        session.add(PlanAuthorRow(plan_id=plan_id, username=username, first_at=at))
        session.flush()


def authors_of(session: Session, plan_id: int) -> frozenset[str]:
    return frozenset(
        session.scalars(select(PlanAuthorRow.username).where(PlanAuthorRow.plan_id == plan_id))
    )


def plan_from_row(row: ActionPlanRow) -> ActionPlan:
    plan = ActionPlan.model_validate_json(row.plan_json)
    return plan.model_copy(update={"row_version": row.row_version})


def _content(plan: ActionPlan) -> str:
    return plan.model_copy(update={"shared_on": None, "version": 1}).model_dump_json()
