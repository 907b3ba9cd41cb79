"""Audit events appended in bulk work and written together at its commit.

In a batch of use cases that share one transaction and stop at the first failure
(:class:`~riskdesk.store.batched_work.BatchedWork` without savepoints, as the demo is
built), each use case still gets its own event, numbered, linked and signed at once as
:meth:`~riskdesk.store.audit_log.AuditLog.append` makes it. Only the writing waits: the
events, their index rows and the recorded head go in with one statement per table when
the batch commits (or when something in the batch reads the log first), instead of
three to five statements per event. Nobody else sees the gap: the transaction holds the
write lock until the events are in, and a failure rolls back the batch's rows and drops
its queue together."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from riskdesk.store.audit_index import IndexRows, write_rows
from riskdesk.store.tables import AuditEventRow
from riskdesk.store.witness import Head

QUEUED_EVENTS = "riskdesk.queued_audit_events"
"""The key in a session's ``info`` under which bulk work keeps its :class:`AuditQueue`."""


class AuditQueue:
    def __init__(self) -> None:
        self._events: list[dict[str, Any]] = []
        self._index: list[IndexRows] = []

    def __len__(self) -> int:
        return len(self._events)

    def add(self, columns: dict[str, Any], index: IndexRows) -> None:
        """Queue an event's row (its columns, hash and signature made) and its index rows."""
        self._events.append(columns)
        self._index.append(index)

    def clear(self) -> None:
        """Forget what is queued: its transaction was rolled back."""
        self._events.clear()
        self._index.clear()

    def write(self, connection: Connection) -> Head:
        """Insert what is queued (something is), oldest first, and empty the queue;
        returns the newest event written, the head to record."""
        last = self._events[-1]
        connection.execute(_INSERT_EVENT, self._events)
        write_rows(connection, self._index)
        self.clear()
        return Head(last["sequence"], last["hash"])


def queue_of(session: Session) -> AuditQueue | None:
    queue: AuditQueue | None = session.info.get(QUEUED_EVENTS)
    return queue


_INSERT_EVENT = insert(AuditEventRow)
