"""The SQL side of a mentor's scope (:class:`~riskdesk.domain.mentor_access.CaseScope`):
a list query that touches no record one by one (the case list, the release deadlines of
open cases) filters itself to the scope's cases, since the audit trail can refuse only
what is touched."""

from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute

from riskdesk.store.audit_trail import AuditTrail


def within_scope(
    trail: AuditTrail, case_id: InstrumentedAttribute[int]
) -> list[ColumnElement[bool]]:
    """No condition for a use case without a scope; else ``case_id`` among its cases."""
    scope = trail.scope
    return [] if scope is None else [case_id.in_(scope.case_ids)]
