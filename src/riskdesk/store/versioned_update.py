"""The compare-and-set every save of an edited record starts with, in the save's own
transaction: ``UPDATE … SET row_version = row_version + 1, updated_by, updated_at WHERE
id = :id AND row_version = :loaded``. No row matched means someone saved in between:
:class:`StaleRecord`, naming them, and the unit of work rolls everything back.

Plain portable SQL, so the team server's PostgreSQL runs it too; there the UPDATE takes
the row's lock, so two saves of one copy cannot both pass, whatever the isolation level.

A record's first row (a case's first plan, its release meeting) has no version to
compare: :func:`insert_first` lets the unique constraint decide between two users making
it at once, which READ COMMITTED allows on the team server, and refuses the second.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import NotFound
from riskdesk.store.clock import Clock
from riskdesk.store.tables import (
    ActionPlanRow,
    Base,
    CaseRow,
    MeetingRow,
    PersonRow,
    ReleaseMeetingRow,
    UserRow,
)

type VersionedRow = type[PersonRow | CaseRow | ActionPlanRow | ReleaseMeetingRow | MeetingRow]


def claim(
    session: Session,
    table: VersionedRow,
    row_id: int,
    loaded: int | None,
    *,
    username: str,
    clock: Clock,
) -> int:
    """Mark the row saved by ``username`` now and return its new version. ``loaded`` is
    the version the saved copy was read at; None when it was read in this same
    transaction (a use case that reads and changes a record at once), which cannot be
    stale. Raises :class:`StaleRecord`, or :class:`NotFound` for a row that is gone."""
    now = clock()
    statement = (
        update(table)
        .where(table.id == row_id)
        .values(row_version=table.row_version + 1, updated_by=username, updated_at=now)
        # The new version comes back with the update, not from a select after it.
        .returning(table.row_version)
        # The session's copy of the row learns its new version and stamp as well.
        .execution_options(synchronize_session="fetch")
    )
    if loaded is not None:
        statement = statement.where(table.row_version == loaded)
    version = session.scalar(statement)
    if version is not None:
        return int(version)
    raise stale(session, table, row_id, clock=clock)


def insert_first(
    session: Session,
    table: VersionedRow,
    values: dict[str, object],
    *,
    winner: Callable[[], int | None],
    clock: Clock,
) -> int:
    """Insert the row of ``values``, found missing earlier in this transaction, and
    return its id. Someone who made the same one since (``winner`` finds its id) is
    refused as :class:`StaleRecord` naming them, and nothing of this save is written."""
    inserted = insert_if_absent(session, table, values)
    if inserted is not None:
        return int(inserted)
    won = winner()
    if won is None:
        # It is there but not to be seen by this user (row-level security).
        raise NotFound()
    raise stale(session, table, won, clock=clock)


def insert_if_absent(session: Session, table: type[Base], values: dict[str, object]) -> Any:
    """``INSERT … ON CONFLICT DO NOTHING``: the new row's primary key, or None when a
    unique key is taken (on PostgreSQL after waiting for the transaction that took it).
    Not a failed INSERT caught under a savepoint: after ``ROLLBACK TO SAVEPOINT``
    PostgreSQL stays in a subtransaction, the audit head is then written with its id,
    and the team server's audit guard (``riskdesk_require_audit``) refuses the commit."""
    statement = _insert_if_absent(session.get_bind().dialect.name, table)
    # On the connection, past the ORM's statement handling (the row comes back as its
    # key only, never as an object): what the ORM would do first is flush.
    session.flush()
    return session.connection().execute(statement, values).scalar()


@cache
def _insert_if_absent(dialect: str, table: type[Base]) -> ReturningInsert[Any]:
    # Built once per table: building a statement costs more than running it.
    key = inspect(table).primary_key[0]
    if dialect == "postgresql":
        # Imported here: a vault file's process never loads the PostgreSQL dialect.
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing().returning(key)
    return sqlite.insert(table).on_conflict_do_nothing().returning(key)


def stale(session: Session, table: VersionedRow, row_id: int, *, clock: Clock) -> Exception:
    """The refusal of a save of ``row_id`` at a version it no longer has: who saved it
    last, and when in local time."""
    found = session.execute(
        select(table.updated_by, table.updated_at, UserRow.display_name)
        .outerjoin(UserRow, UserRow.username == table.updated_by)
        .where(table.id == row_id)
    ).first()
    if found is None:
        return NotFound()
    username, at, display_name = found
    return StaleRecord(
        changed_by=known_as(username, display_name),
        changed_at=_local(at),
        today=_local(clock()).date(),
    )


def known_as(username: str, display_name: str | None) -> str:
    """A user as the access insight names them: "Lene Leder (leder)"."""
    if display_name and display_name != username:
        return f"{display_name} ({username})"
    return username


def _local(moment: datetime) -> datetime:
    # The store keeps naive UTC; the message speaks the user's wall clock.
    return moment.replace(tzinfo=UTC).astimezone()
