"""What a use case may use: the open vault (one unit of work per use case), the user who
is logged in, and the forms. Services receive this narrow context, never the whole desk,
so no use case can call another."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from riskdesk.domain.mentor_access import MENTOR_ONLY_OWN_COURSES, OutsideOwnCourses
from riskdesk.domain.plan_review import ReviewAttempt, ReviewRefused
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.server_errors import LocalVaultOnly
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import NO_CASEWORK_FOR_ADMINISTRATORS, Role, User
from riskdesk.domain.vault_errors import VaultLocked
from riskdesk.services.forms import Forms
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.store_protocol import Store
from riskdesk.store.unit_of_work import UnitOfWork
from riskdesk.store.vault import Vault


class ServiceContext:
    def __init__(self, vault: Store, forms: Forms) -> None:
        self._vault: Store | None = vault
        self.user: User = vault.user
        self.forms = forms

    @property
    def vault(self) -> Store:
        """Raises :class:`VaultLocked` once the desk is locked."""
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    def local_vault(self) -> Vault:
        """The vault file's own store, for work a team server leaves to IT; raises
        :class:`LocalVaultOnly` on a team server."""
        vault = self.vault
        if not isinstance(vault, Vault):
            raise LocalVaultOnly
        return vault

    @property
    def locked(self) -> bool:
        return self._vault is None

    def work(
        self,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
        audited: bool = True,
    ) -> AbstractContextManager[UnitOfWork]:
        """One transaction for ``use_case`` with its one audit event (see
        :meth:`Vault.unit_of_work`). Casework asked for by an administrator is refused
        (:class:`PermissionDenied`) and the attempt audited, before anything is read; so
        is a mentor's use case outside ``MENTOR_WORK`` (:mod:`riskdesk.domain.mentor_access`)
        and, inside one, any person or case that none of their courses is about."""
        mentor = self.user.role is Role.MENTOR
        if not self.user.may_do(use_case):
            with self.vault.unit_of_work(use_case) as uow:
                uow.trail.refuse(role=self.user.role.value)
            raise PermissionDenied(
                MENTOR_ONLY_OWN_COURSES if mentor else NO_CASEWORK_FOR_ADMINISTRATORS
            )
        options: dict[str, Any] = {
            "editing_session": editing_session,
            "trail": trail,
            "audited": audited,
        }
        if mentor:
            return self._within_own_courses(use_case, options)
        return self.vault.unit_of_work(use_case, **options)

    @contextmanager
    def _within_own_courses(
        self, use_case: UseCase, options: dict[str, Any]
    ) -> Iterator[UnitOfWork]:
        """A mentor's unit of work: touching a person or case outside their own courses
        raises :class:`OutsideOwnCourses`, rolls back, and is audited as a refusal."""
        try:
            with self.vault.unit_of_work(use_case, **options) as uow:
                uow.trail.scope = uow.mentor_courses.scope_of(self.user.username)
                yield uow
        except OutsideOwnCourses:
            with self.vault.unit_of_work(use_case) as uow:
                uow.trail.refuse(role=self.user.role.value, outside_own_courses=True)
            raise

    @contextmanager
    def refusals_recorded(self, use_case: UseCase, attempt: ReviewAttempt) -> Iterator[None]:
        """Run a review step; if the rules refuse it (:class:`ReviewRefused`), its own
        transaction has rolled back, so the refusal is audited in one of its own, and
        re-raised."""
        try:
            yield
        except ReviewRefused as refusal:
            with self.work(use_case) as uow:
                uow.reviews.record_refusal(
                    attempt=attempt.value, reason=refusal.reason, plan_id=refusal.plan_id
                )
            raise

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None
