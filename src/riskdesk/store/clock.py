"""The store's only source of time, a port that tests may replace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Naive UTC: what SQLite and PostgreSQL ``timestamp`` columns store unambiguously."""
    return datetime.now(UTC).replace(tzinfo=None)
