"""Dates as the Danish screens and documents write them, ``dd.mm.åååå`` (JSON and the
command line's machine formats keep ISO 8601)."""

from __future__ import annotations

from datetime import date


def dmy(day: date) -> str:
    """``29.11.2026``. Not ``strftime``, which reads the process's locale and is slow
    enough to show on a page of hundreds of dates."""
    return f"{day.day:02}.{day.month:02}.{day.year:04}"
