"""Many use cases in one transaction, for building a vault in bulk (the demo's plans,
release meetings and shared plans, thousands of them at 10,000 people).

Each use case is still a unit of work of its own, in a savepoint (a refused one rolls
back alone), and still leaves its own audit event, signed and linked to the one before
it exactly as :meth:`Vault.unit_of_work` links it. What is batched is what costs per
commit and not per event: the commit with its sync to disk, and the witness of the new
head in the checkpoint file, once per ``batch_size`` use cases instead of once each; and
the read of the chain's head, which each append would otherwise select again.
After each commit the session forgets its objects, so memory does not grow with the
vault.

With ``savepoints=False`` a use case is not wrapped in a savepoint of its own (about a
third of a trivial use case's CPU): for a build that stops at the first failure, such as
the demo's. A use case that fails then rolls back everything since the last commit, and
the batch takes no more use cases (:class:`BatchRolledBack`). Its events are then also
written together at each commit (:mod:`riskdesk.store.audit_queue`): a failure drops
them with the rest of the batch, where with savepoints a use case's event must go back
with its own savepoint alone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Self

from riskdesk.domain.use_cases import UseCase
from riskdesk.store import change_collector, vault_users
from riskdesk.store.audit_log import KNOWN_HEAD, write_queued
from riskdesk.store.audit_queue import QUEUED_EVENTS, AuditQueue
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.role_assignments import roster_head
from riskdesk.store.unit_of_work import UnitOfWork
from riskdesk.store.witness import Head

if TYPE_CHECKING:
    from riskdesk.store.vault import Vault


class BatchRolledBack(RuntimeError):
    """A use case failed in a batch without savepoints, which rolled back everything since
    its last commit; the batch takes no more."""


class BatchedWork:
    """``with BatchedWork(vault) as batch:`` then ``batch.unit_of_work(use_case)`` as
    :meth:`Vault.unit_of_work`. Leaving the block normally commits what is left; leaving
    it by an exception rolls back the use cases since the last commit. A commit that fails
    does the same and ends the batch (:class:`BatchRolledBack` for the next use case)."""

    def __init__(self, vault: Vault, *, batch_size: int = 500, savepoints: bool = True) -> None:
        self._vault = vault
        self._batch_size = batch_size
        self._savepoints = savepoints
        self._rolled_back = False
        self._session = vault.new_session()
        self._pending = 0
        self._appended: Head | None = None
        self._queue = None if savepoints else AuditQueue()
        if self._queue is not None:
            self._session.info[QUEUED_EVENTS] = self._queue

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self._commit()
            else:
                self._session.rollback()
        finally:
            self._session.close()

    @contextmanager
    def unit_of_work(
        self,
        use_case: UseCase,
        *,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
        audited: bool = True,
    ) -> Iterator[UnitOfWork]:
        if self._rolled_back:
            raise BatchRolledBack
        vault = self._vault
        read_only = vault.health.admit(use_case)
        session = self._session
        with self._alone():
            # The head written last in this transaction is the head: it holds the write
            # lock. Kept here, not by the log, so a use case rolled back to its savepoint
            # leaves the head before it.
            if self._appended is not None:
                session.info[KNOWN_HEAD] = self._appended
            try:
                uow = vault.work_on(session, use_case, editing_session=editing_session, trail=trail)
                yield uow
                if audited and not read_only:
                    uow.finish()
            finally:
                session.info.pop(KNOWN_HEAD, None)
        self._appended = uow.audit.appended or self._appended
        change_collector.report(uow.changes)
        self._pending += 1
        if self._pending >= self._batch_size:
            self._commit()

    @contextmanager
    def _alone(self) -> Iterator[None]:
        """A use case's own part of the transaction: a savepoint, or without them all since
        the last commit, rolled back together when it fails."""
        if self._savepoints:
            with self._session.begin_nested():
                yield
            return
        try:
            yield
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        """Everything since the last commit goes, with its queued events and the head it
        appended; the batch takes no more use cases."""
        self._session.rollback()
        if self._queue is not None:
            self._queue.clear()
        self._rolled_back = True
        self._pending = 0
        self._appended = None

    def _commit(self) -> None:
        session = self._session
        if not session.in_transaction():
            return
        try:
            roles = roster_head(session) if self._appended is not None else None
            write_queued(session)
            session.commit()
        except BaseException:
            # A commit that fails (its queued events refused, the disk full) leaves none of
            # the batch's use cases since the last commit: a later commit must not write
            # their events, or anything after them, on top.
            self._roll_back()
            raise
        session.expunge_all()
        self._pending = 0
        if self._appended is not None:
            vault_users.witness_commit(self._vault, self._appended, roles)
            self._appended = None
