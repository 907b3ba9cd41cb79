"""The compare-and-set every save of an edited record starts with, in the save's own
transaction: ``UPDATE … SET row_version = row_version + 1, updated_by, updated_at WHERE
id = :id AND row_version = :loaded``. No row matched means someone saved in between:
:class:`StaleRecord`, naming them, and the unit of work rolls everything back.

Plain portable SQL, so the team server's PostgreSQL runs it too; there the UPDATE takes
the row's lock, so two saves of one copy cannot both pass, whatever the isolation level.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import NotFound
from riskdesk.store.clock import Clock
from riskdesk.store.tables import (
    ActionPlanRow,
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
        # The session's copy of the row learns its new version and stamp as well.
        .execution_options(synchronize_session="fetch")
    )
    if loaded is not None:
        statement = statement.where(table.row_version == loaded)
    if session.execute(statement).rowcount == 1:  # type: ignore[attr-defined]
        return int(session.scalar(select(table.row_version).where(table.id == row_id)) or 0)
    raise stale(session, table, row_id, clock=clock)


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
