"""Reading and verifying the audit trail (not person data themselves, so they leave no
event), what the checks found when the vault opened, and an administrator's acceptance
of the trail as it now is."""

from __future__ import annotations

from collections.abc import Callable

from riskdesk.domain.audit import AuditEntity, AuditEvent
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.audit_acceptance import accept_trail
from riskdesk.store.audit_findings import AuditFinding, AuditReport, FindingKind

__all__ = ["AuditFinding", "AuditReport", "AuditService", "FindingKind"]


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def verify(self, progress: Callable[[int, int], None] | None = None) -> AuditReport:
        """Walk the whole trail: every event's link and signature, the role assignments
        and the witnesses of the trail's end kept outside the vault. Each finding says
        what was found (``finding.text(language)``); ``intact`` is False if any shows
        tampering or damage. The events are read in batches; after each,
        ``progress(checked, total)`` is called (on the calling thread)."""
        return self._ctx.vault.verify_audit(progress)

    def opening_findings(self) -> tuple[AuditFinding, ...]:
        """What the quick checks found when this vault was opened, for this user: an
        administrator or supervisor is told everything (a shortened, changed or forged
        trail, forged roles); everyone is told about a damaged key slot. Empty when
        nothing was found. The full walk is :meth:`verify`."""
        return self._ctx.vault.opening_findings

    def events(
        self, *, entity: AuditEntity | None = None, entity_id: int | None = None
    ) -> list[AuditEvent]:
        with self._ctx.work(UseCase.AUDIT_EVENTS) as uow:
            return uow.audit.events(entity=entity, entity_id=entity_id)

    def accept_current(self) -> AuditReport:
        """An administrator accepts the trail as it now is, after restoring a backup:
        the witnesses that remember a later end are cleared and the acceptance is an
        event naming what was found. Raises :class:`PermissionDenied`."""
        if self._ctx.user.role is not Role.ADMINISTRATOR:
            raise PermissionDenied()
        return accept_trail(self._ctx.local_vault())
