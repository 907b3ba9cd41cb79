"""Reading and verifying the audit chain (an administrator's tools; not person data
themselves, so they leave no event)."""

from __future__ import annotations

from riskdesk.domain.audit import AuditEntity, AuditEvent, AuditVerdict
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.service_context import ServiceContext


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def verify(self) -> AuditVerdict:
        """Walk the whole chain; a changed, removed or reordered event breaks it."""
        with self._ctx.work(UseCase.AUDIT_VERIFY) as uow:
            return uow.audit.verify()

    def events(
        self, *, entity: AuditEntity | None = None, entity_id: int | None = None
    ) -> list[AuditEvent]:
        with self._ctx.work(UseCase.AUDIT_EVENTS) as uow:
            return uow.audit.events(entity=entity, entity_id=entity_id)
