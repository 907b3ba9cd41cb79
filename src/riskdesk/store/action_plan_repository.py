"""Action plans in the vault, one row per version, as
:class:`~riskdesk.domain.action_plan.ActionPlan`. Every call is written to the audit chain
in the same transaction; audit details hold ids and versions only, never plan text.

Every save that writes a version's content records its user among the version's authors
(``plan_authors``), here where every write passes, so no use case can forget it; the
review rules refuse approval by any of them.

The reads and writes a plan's save runs every time are statements built once and run on
the session's connection (after a flush, as the ORM would): through the ORM's objects
they cost several times what the database does (thousands of plans in the demo)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Executable, Result, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.refusals import NotFound
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import ActionPlanRow, CaseRow, PlanAuthorRow
from riskdesk.store.versioned_update import insert_first, insert_if_absent, stale


class ActionPlanRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def current(self, case_id: CaseId) -> ActionPlan | None:
        """The newest version of the case's plan, or None when it has none."""
        row = self._run(_NEWEST, {"case_id": case_id}).first()
        self._trail.touch(AuditEntity.PLAN, row.id if row else None, case_id=case_id)
        if row is None:
            return None
        self._trail.note(version=row.version)
        return plan_from_json(row.plan_json, row_version=row.row_version)

    def current_version(self, case_id: CaseId) -> int | None:
        """The number of the case's newest version, or None (not a reading of the plan)."""
        return self._session.scalar(
            select(func.max(ActionPlanRow.version)).where(ActionPlanRow.case_id == case_id)
        )

    def check_loaded(self, case_id: CaseId, *, version: int, row_version: int) -> None:
        """Raise :class:`StaleRecord` unless the case's newest plan version is still
        ``version`` with its row at ``row_version``, as an editor loaded it (a
        ``row_version`` of ``NO_RECORD_YET``: the case had no plan then)."""
        row = self._run(_NEWEST, {"case_id": case_id}).first()
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
        case_id, version = plan.case_id, plan.version
        found = None
        if case_id is not None:
            found = self._run(_CASE_AND_VERSION, {"case_id": case_id, "version": version}).first()
        if case_id is None or found is None:
            raise NotFound
        now = self._clock()
        action = AuditAction.UPDATE
        if found.plan_id is None:
            action = AuditAction.CREATE
            plan_id = insert_first(
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
            # A new row's version is its column's default; nothing else is read back.
            row_version = 1
            # A new version has no authors yet: all of them go in at once, unasked.
            authors = {self._username, *self._carried_over(case_id, version)}
            self._session.connection().execute(
                _ADD_AUTHOR,
                [
                    {"plan_id": plan_id, "username": username, "first_at": now}
                    for username in sorted(authors)
                ],
            )
        else:
            plan_id = found.plan_id
            # Handing a version out (only ``shared_on`` changes) writes none of its content.
            stored = plan_from_json(found.plan_json, row_version=found.row_version)
            writes_content = _content(stored) != _content(plan)
            # The compare-and-set of versioned_update.claim, with the content in the same
            # statement: one UPDATE where a claim and a write were two.
            claimed = (
                self._session.connection()
                .execute(
                    _WRITE if plan.row_version is None else _WRITE_LOADED,
                    {
                        "row_id": plan_id,
                        "loaded": plan.row_version,
                        "by": self._username,
                        "at": now,
                        "to_share": plan.shared_on,
                        "to_hold": plan.model_dump_json(),
                    },
                )
                .scalar()
            )
            if claimed is None:
                raise stale(self._session, ActionPlanRow, plan_id, clock=self._clock)
            row_version = int(claimed)
            self._forget_written(plan_id)
            if writes_content:
                record_author(self._session, plan_id, self._username, at=now)
        self._trail.touch(AuditEntity.PLAN, plan_id, action, case_id=case_id)
        self._trail.note(version=version)
        # What was written is ``plan`` itself: reading it back through pydantic would
        # only validate it again.
        return plan.model_copy(update={"row_version": row_version})

    def _run(self, statement: Executable, parameters: dict[str, Any]) -> Result[Any]:
        # What the ORM does before a query of its own: pending changes go in first.
        self._session.flush()
        return self._session.connection().execute(statement, parameters)

    def _forget_written(self, plan_id: int) -> None:
        """A copy of the row the session holds (the review's) reads what was written
        when next used, not what it was loaded with."""
        held = self._session.identity_map.get(identity_key(ActionPlanRow, plan_id))
        if held is not None:
            self._session.expire(held, _WRITTEN)

    def _carried_over(self, case_id: int, version: int) -> frozenset[str]:
        """A new version starts as a copy of the one before. Unless a supervisor approved
        that one, its text was never reviewed, so its authors wrote part of this one."""
        if version == 1:
            return frozenset()
        previous = self._session.execute(
            select(ActionPlanRow.id, ActionPlanRow.review_status).where(
                ActionPlanRow.case_id == case_id, ActionPlanRow.version == version - 1
            )
        ).first()
        if previous is None or previous.review_status == ReviewStatus.APPROVED.value:
            return frozenset()
        return authors_of(self._session, previous.id)


def record_author(session: Session, plan_id: int, username: str, *, at: datetime) -> None:
    """Add ``username`` to the version's authors (once: a second time, the unique key
    keeps the first, in one statement either way)."""
    insert_if_absent(
        session, PlanAuthorRow, {"plan_id": plan_id, "username": username, "first_at": at}
    )


def authors_of(session: Session, plan_id: int) -> frozenset[str]:
    # Read with every review state, so on every plan save: a statement built once.
    session.flush()
    return frozenset(session.connection().scalars(_AUTHORS, {"plan_id": plan_id}))


def plan_from_row(row: ActionPlanRow) -> ActionPlan:
    return plan_from_json(row.plan_json, row_version=row.row_version)


def plan_from_json(plan_json: str, *, row_version: int) -> ActionPlan:
    plan = ActionPlan.model_validate_json(plan_json)
    return plan.model_copy(update={"row_version": row_version})


def _content(plan: ActionPlan) -> str:
    return plan.model_copy(update={"shared_on": None, "version": 1}).model_dump_json()


# Built once: building a statement costs more than running it.
_NEWEST = (
    select(
        ActionPlanRow.id, ActionPlanRow.version, ActionPlanRow.row_version, ActionPlanRow.plan_json
    )
    .where(ActionPlanRow.case_id == bindparam("case_id"))
    .order_by(ActionPlanRow.version.desc())
    .limit(1)
)
_AUTHORS = select(PlanAuthorRow.username).where(PlanAuthorRow.plan_id == bindparam("plan_id"))
# Whether the case is there, and the version's row if it is: one statement for both.
_CASE_AND_VERSION = (
    select(
        CaseRow.id,
        ActionPlanRow.id.label("plan_id"),
        ActionPlanRow.row_version,
        ActionPlanRow.plan_json,
    )
    .select_from(CaseRow)
    .outerjoin(
        ActionPlanRow,
        and_(ActionPlanRow.case_id == CaseRow.id, ActionPlanRow.version == bindparam("version")),
    )
    .where(CaseRow.id == bindparam("case_id"))
)
_WRITE = (
    update(ActionPlanRow)
    .where(ActionPlanRow.id == bindparam("row_id"))
    .values(
        row_version=ActionPlanRow.row_version + 1,
        updated_by=bindparam("by"),
        updated_at=bindparam("at"),
        shared_on=bindparam("to_share"),
        plan_json=bindparam("to_hold"),
    )
    .returning(ActionPlanRow.row_version)
)
_WRITE_LOADED = _WRITE.where(ActionPlanRow.row_version == bindparam("loaded"))
_WRITTEN = ["row_version", "updated_by", "updated_at", "shared_on", "plan_json"]
_ADD_AUTHOR = insert(PlanAuthorRow)
