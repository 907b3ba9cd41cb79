"""Action plans in the vault, one row per version, as
:class:`~riskdesk.domain.action_plan.ActionPlan`. Every call is written to the audit chain
in the same transaction; audit details hold ids and versions only, never plan text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId
from riskdesk.domain.refusals import NotFound
from riskdesk.store.audit_log import AuditLog
from riskdesk.store.clock import Clock
from riskdesk.store.tables import ActionPlanRow, CaseRow


class ActionPlanRepository:
    def __init__(self, session: Session, *, audit: AuditLog, username: str, clock: Clock) -> None:
        self._session = session
        self._audit = audit
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
        self._record(
            AuditAction.READ,
            row.id if row else None,
            {"case_id": case_id, "version": row.version if row else None},
        )
        return plan_from_row(row) if row else None

    def versions(self, case_id: CaseId) -> list[ActionPlan]:
        """Every version of the case's plan, oldest first."""
        rows = list(
            self._session.scalars(
                select(ActionPlanRow)
                .where(ActionPlanRow.case_id == case_id)
                .order_by(ActionPlanRow.version)
            )
        )
        self._record(
            AuditAction.READ, None, {"case_id": case_id, "versions": [r.version for r in rows]}
        )
        return [plan_from_row(row) for row in rows]

    def save(self, plan: ActionPlan) -> ActionPlan:
        """Store ``plan`` under its case and version: a new version is added, an existing
        one replaced. Which version to write is the caller's rule (``revise_plan``).
        Raises :class:`NotFound` for a plan without a case or of an unknown case."""
        if plan.case_id is None or self._session.get(CaseRow, plan.case_id) is None:
            raise NotFound
        now = self._clock()
        row = self._session.scalars(
            select(ActionPlanRow).where(
                ActionPlanRow.case_id == plan.case_id, ActionPlanRow.version == plan.version
            )
        ).first()
        action = AuditAction.UPDATE
        if row is None:
            action = AuditAction.CREATE
            row = ActionPlanRow(
                case_id=plan.case_id,
                version=plan.version,
                created_by=self._username,
                created_at=now,
            )
            self._session.add(row)
        row.shared_on = plan.shared_on
        row.plan_json = plan.model_dump_json()
        row.updated_by = self._username
        row.updated_at = now
        self._session.flush()
        self._record(
            action,
            row.id,
            {"case_id": plan.case_id, "version": plan.version, "shared": plan.shared},
        )
        return plan_from_row(row)

    def _record(self, action: AuditAction, row_id: int | None, details: dict[str, Any]) -> None:
        self._audit.append(
            username=self._username,
            action=action,
            entity=AuditEntity.PLAN,
            entity_id=row_id,
            details=details,
        )


def plan_from_row(row: ActionPlanRow) -> ActionPlan:
    return ActionPlan.model_validate_json(row.plan_json)
