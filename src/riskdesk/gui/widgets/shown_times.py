"""A moment as the screens show it: the Danish date and the local time, ``29.11.2026 14:05``."""

from __future__ import annotations

from datetime import datetime

from riskdesk.domain.danish_dates import dmy


def dmy_hm(moment: datetime) -> str:
    """``moment`` in the computer's time zone (the vault stores UTC), to the minute."""
    local = moment.astimezone()
    return f"{dmy(local.date())} {local.hour:02}:{local.minute:02}"


def dmy_hms(moment: datetime) -> str:
    """As :func:`dmy_hm`, to the second (the access insight's log)."""
    local = moment.astimezone()
    return f"{dmy_hm(local)}:{local.second:02}"
