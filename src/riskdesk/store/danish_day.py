"""Danish time, for what is told per calendar day (the access insight's search lines).

The vault's SQLite knows no time zones, so the day of a moment is fixed in Python when
it is written; the team server computes the same with ``AT TIME ZONE`` (30_audit.sql)."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@cache
def danish_zone() -> tzinfo:
    """Danish time; the machine's own zone where no time-zone database is installed
    (Windows without tzdata), which on a Danish laptop is the same."""
    try:
        return ZoneInfo("Europe/Copenhagen")
    except ZoneInfoNotFoundError:
        local = datetime.now(UTC).astimezone().tzinfo
        return local if local is not None else UTC


def danish_day(at: datetime) -> date:
    """The Danish calendar day of ``at`` (naive is UTC, as the store keeps time)."""
    moment = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return moment.astimezone(danish_zone()).date()
