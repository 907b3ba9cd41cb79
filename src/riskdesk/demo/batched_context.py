"""The services' context for building the demo in bulk: the same use cases, each with its
own audit event, run in batches of one transaction (see
:class:`~riskdesk.store.batched_work.BatchedWork`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.services.forms import Forms
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.batched_work import BatchedWork
from riskdesk.store.unit_of_work import UnitOfWork
from riskdesk.store.vault import Vault


class BatchedContext(ServiceContext):
    def __init__(self, vault: Vault, forms: Forms, batch: BatchedWork) -> None:
        super().__init__(vault, forms)
        self._batch = batch

    def work(
        self,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
        audited: bool = True,
    ) -> AbstractContextManager[UnitOfWork]:
        if not self.user.may_do(use_case) or self.user.role is Role.MENTOR:
            # Refused and audited in a transaction of its own, as always; and a mentor's
            # work runs as always too, within their own courses (the scope the batch
            # would not set).
            return super().work(
                use_case, editing_session=editing_session, trail=trail, audited=audited
            )
        return self._batch.unit_of_work(
            use_case, editing_session=editing_session, trail=trail, audited=audited
        )


@contextmanager
def demo_context(vault: Vault, forms: Forms, *, bulk: bool) -> Iterator[ServiceContext]:
    """The context the demo's use cases run in: in batches of one transaction, or with
    ``bulk=False`` each in a transaction of its own, as a caseworker's would be. The two
    write the same records and the same events; the second is what the first is checked
    against."""
    if not bulk:
        yield ServiceContext(vault, forms)
        return
    # No savepoint per use case: the demo stops at its first failure anyway.
    with BatchedWork(vault, savepoints=False) as batch:
        yield BatchedContext(vault, forms, batch)
