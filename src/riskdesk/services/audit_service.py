"""Reading and verifying the audit chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from riskdesk.domain.audit import AuditEntity, AuditEvent, AuditVerdict

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class AuditService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def verify(self) -> AuditVerdict:
        """Walk the whole chain; a changed, removed or reordered event breaks it."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.audit.verify()

    def events(
        self, *, entity: AuditEntity | None = None, entity_id: int | None = None
    ) -> list[AuditEvent]:
        with self._desk.vault.unit_of_work() as uow:
            return uow.audit.events(entity=entity, entity_id=entity_id)
