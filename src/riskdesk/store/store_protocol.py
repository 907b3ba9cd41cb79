"""What the services use of an open store: a local vault (:class:`~riskdesk.store.vault.Vault`)
or the team server (:class:`~riskdesk.store.server.server_store.ServerStore`). Nothing
above the store knows which of the two it has."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.store.audit_findings import AuditFinding, AuditReport
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.damage_watch import VaultHealth
from riskdesk.store.unit_of_work import UnitOfWork


class Store(Protocol):
    user: User
    health: VaultHealth

    @property
    def path(self) -> Path | None:
        """The vault file; None on the team server."""

    @property
    def location(self) -> Path | str:
        """The vault file, or the team server's address (without user or password)."""

    def unit_of_work(
        self,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
        audited: bool = True,
    ) -> AbstractContextManager[UnitOfWork]: ...

    def new_session(self) -> Session: ...

    def work_on(
        self,
        session: Session,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
    ) -> UnitOfWork: ...

    def verify_audit(self, progress: Callable[[int, int], None] | None = None) -> AuditReport: ...

    def verify_password(self, username: str, password: str) -> bool: ...

    def change_password(self, *, old_password: str, new_password: str) -> None: ...

    def add_user(self, *, username: str, display_name: str, role: Role, password: str) -> User: ...

    def reset_password(self, *, username: str, new_password: str) -> None: ...

    def set_role(self, *, username: str, role: Role, active: bool) -> User: ...

    @property
    def opening_findings(self) -> tuple[AuditFinding, ...]: ...

    def compact(self) -> bool: ...

    def full_integrity_check(self) -> list[str]: ...

    def close(self) -> None: ...
