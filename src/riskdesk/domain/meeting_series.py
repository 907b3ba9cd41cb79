"""Repeating meetings and the area of a coordination meeting, as pure rules.

A series is made in one step: every N weeks from the first meeting until a date, or on
dates given one by one. Each meeting of it is a meeting of its own (its agenda, its
decisions); they share ``series_id``, the first meeting's id. A coordination meeting
(niveau 1 concerns, by school district) names its district or area from the
municipality's list; other kinds name none."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

MAX_MEETINGS = 60
"""More than a year of weekly meetings is a mistake, not a plan."""
MAX_WEEKS = 52

AREA_KINDS = frozenset({MeetingKind.COORDINATION, MeetingKind.YOUTH_COORDINATION})
"""The kinds held per school district or area."""

_T = LocalizedText
_EVERY = _T(da="Gentag hver 1. til {max}. uge.", en="Repeat every 1 to {max} weeks.")
_UNTIL_MISSING = _T(
    da="Skriv datoen for det sidste møde i rækken.",
    en="Give the date of the last meeting in the series.",
)
_UNTIL_BEFORE = _T(
    da="Slutdatoen skal ligge efter det første møde.",
    en="The end date must come after the first meeting.",
)
_BOTH_WAYS = _T(
    da="Vælg enten hver N. uge eller bestemte datoer, ikke begge.",
    en="Choose either every N weeks or given dates, not both.",
)
_NO_REPEAT = _T(
    da="Vælg hvor ofte mødet gentages, eller skriv datoerne.",
    en="Choose how often the meeting repeats, or give the dates.",
)
_DATE_BEFORE = _T(
    da="Datoerne skal ligge efter det første møde.",
    en="The dates must come after the first meeting.",
)
_TOO_MANY = _T(
    da="En række kan højst have {max} møder.", en="A series can have at most {max} meetings."
)
_NOT_A_DATE = _T(
    da="Dato nr. {n} er ikke en gyldig dato; skriv datoerne som dd.mm.åååå.",
    en="Date no. {n} is not a valid date; write the dates as dd.mm.yyyy.",
)
_AREA_NEEDED = _T(
    da="Vælg skoledistrikt eller område fra kommunens liste.",
    en="Choose the school district or area from the municipality's list.",
)
_AREA_NOT_HERE = _T(
    da="Kun koordinationsmøder holdes pr. skoledistrikt eller område; fjern området.",
    en="Only coordination meetings are held per school district or area; remove the area.",
)


def series_dates(
    first: date,
    *,
    every_weeks: int | None = None,
    until: date | None = None,
    dates: Iterable[date] = (),
) -> list[date]:
    """The dates of a series starting ``first``: every ``every_weeks`` weeks up to and
    including ``until``, or ``first`` and the given ``dates`` (sorted, once each). Raises
    :class:`UserInputError` naming the field (``every_weeks``, ``until`` or ``dates``)."""
    given = sorted(set(dates))
    if every_weeks is not None and given:
        raise UserInputError([Problem("dates", _BOTH_WAYS)])
    if every_weeks is None:
        if not given:
            raise UserInputError([Problem("dates", _NO_REPEAT)])
        if given[0] <= first:
            raise UserInputError([Problem("dates", _DATE_BEFORE)])
        found = [first, *given]
    else:
        if not 1 <= every_weeks <= MAX_WEEKS:
            raise UserInputError([Problem("every_weeks", _EVERY.format(max=MAX_WEEKS))])
        if until is None:
            raise UserInputError([Problem("until", _UNTIL_MISSING)])
        if until <= first:
            raise UserInputError([Problem("until", _UNTIL_BEFORE)])
        step = timedelta(weeks=every_weeks)
        count = (until - first) // step + 1
        if count > MAX_MEETINGS:
            raise UserInputError([Problem("until", _TOO_MANY.format(max=MAX_MEETINGS))])
        found = [first + n * step for n in range(count)]
    if len(found) > MAX_MEETINGS:
        raise UserInputError([Problem("dates", _TOO_MANY.format(max=MAX_MEETINGS))])
    return found


def parse_dates(text: str) -> list[date]:
    """Dates typed as ``dd.mm.yyyy`` (or ``yyyy-mm-dd``), separated by commas, semicolons
    or spaces. Raises :class:`UserInputError` on ``dates`` naming the first that is not a
    date by its position, never repeating what was typed."""
    found: list[date] = []
    for number, word in enumerate(re.split(r"[,;\s]+", text.strip()), start=1):
        if not word:
            continue
        day = _one_date(word)
        if day is None:
            raise UserInputError([Problem("dates", _NOT_A_DATE.format(n=number))])
        found.append(day)
    return found


def _one_date(word: str) -> date | None:
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", word)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(word) if re.fullmatch(r"\d{4}-\d\d-\d\d", word) else None
    except ValueError:
        return None


def series_meetings(first: Meeting, days: Sequence[date]) -> list[Meeting]:
    """The meetings after the stored ``first`` on ``days[1:]``: its kind, time, place,
    participants and area, an empty agenda, and ``series_id`` the first's id."""
    assert first.id is not None  # the first is stored before the rest are made
    return [
        first.model_copy(update={"id": None, "held_on": day, "items": (), "series_id": first.id})
        for day in days[1:]
    ]


def check_area(meeting: Meeting, areas: Sequence[str]) -> None:
    """Raises :class:`UserInputError` on ``area`` when a coordination meeting names no
    area from ``areas`` (when the municipality lists any), or another kind names one."""
    if meeting.kind in AREA_KINDS:
        if areas and meeting.area not in areas:
            raise UserInputError([Problem("area", _AREA_NEEDED)])
    elif meeting.area:
        raise UserInputError([Problem("area", _AREA_NOT_HERE)])
