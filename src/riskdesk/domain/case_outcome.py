"""Outcomes: what had happened by the case's closing, and again six and twelve months
after it (the unit reports reoffending and how the young person's life went on).

Each point records a new charge or conviction (yes, no, unknown; a date with yes) and
whether school or education, job, housing and substance use improved, stayed the same or
got worse. At closing a new charge is one during the case; at a follow-up, one since the
closing."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any, NewType

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import Text, validate_model

CaseOutcomeId = NewType("CaseOutcomeId", int)


class OutcomePoint(StrEnum):
    CLOSING = "closing"
    SIX_MONTHS = "6m"
    TWELVE_MONTHS = "12m"


class NewCharge(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Development(StrEnum):
    IMPROVED = "improved"
    SAME = "same"
    WORSE = "worse"
    UNKNOWN = "unknown"


FOLLOW_UP_MONTHS: dict[OutcomePoint, int] = {
    OutcomePoint.SIX_MONTHS: 6,
    OutcomePoint.TWELVE_MONTHS: 12,
}
FOLLOW_UP_POINTS = tuple(FOLLOW_UP_MONTHS)
AREAS = ("education", "job", "housing", "substance_use")

POINT_LABELS: dict[OutcomePoint, LocalizedText] = {
    OutcomePoint.CLOSING: LocalizedText(da="Ved lukning", en="At closing"),
    OutcomePoint.SIX_MONTHS: LocalizedText(
        da="6 måneder efter lukning", en="6 months after closing"
    ),
    OutcomePoint.TWELVE_MONTHS: LocalizedText(
        da="12 måneder efter lukning", en="12 months after closing"
    ),
}
NEW_CHARGE_LABELS: dict[NewCharge, LocalizedText] = {
    NewCharge.YES: LocalizedText(da="Ja", en="Yes"),
    NewCharge.NO: LocalizedText(da="Nej", en="No"),
    NewCharge.UNKNOWN: LocalizedText(da="Ukendt", en="Unknown"),
}
DEVELOPMENT_LABELS: dict[Development, LocalizedText] = {
    Development.IMPROVED: LocalizedText(da="Forbedret", en="Improved"),
    Development.SAME: LocalizedText(da="Uændret", en="Same"),
    Development.WORSE: LocalizedText(da="Forværret", en="Worse"),
    Development.UNKNOWN: LocalizedText(da="Ukendt", en="Unknown"),
}
OUTCOME_LABELS: dict[str, LocalizedText] = {
    "case_id": LocalizedText(da="Sag", en="Case"),
    "point": LocalizedText(da="Tidspunkt", en="Point"),
    "recorded_on": LocalizedText(da="Registreret", en="Recorded on"),
    "new_charge": LocalizedText(da="Ny sigtelse eller dom", en="New charge or conviction"),
    "new_charge_on": LocalizedText(da="Dato for sigtelse eller dom", en="Date of the charge"),
    "education": LocalizedText(da="Skole/uddannelse", en="School or education"),
    "job": LocalizedText(da="Job", en="Job"),
    "housing": LocalizedText(da="Bolig", en="Housing"),
    "substance_use": LocalizedText(da="Misbrug", en="Substance use"),
    "note": LocalizedText(da="Note", en="Note"),
}

_NOT_CLOSED = LocalizedText(
    da="En opfølgning kan først registreres, når sagen er lukket.",
    en="A follow-up can only be recorded once the case is closed.",
)
_BEFORE_CLOSING = LocalizedText(
    da="Opfølgningens dato ligger før sagen blev lukket ({closed}).",
    en="The follow-up's date is before the case was closed ({closed}).",
)
_IN_THE_FUTURE = LocalizedText(da="Datoen ligger i fremtiden.", en="The date is in the future.")
_DATE_NEEDS_YES = LocalizedText(
    da="En dato for sigtelse eller dom hører kun til svaret ja.",
    en="A date of a charge or conviction goes only with the answer yes.",
)
_YES_NEEDS_DATE = LocalizedText(
    da="Skriv datoen for den nye sigtelse eller dom.",
    en="Enter the date of the new charge or conviction.",
)
_CHARGE_OUTSIDE_CASE = LocalizedText(
    da="Datoen for sigtelse eller dom skal ligge i sagens forløb ({opened} – {closed}).",
    en="The date of the charge must lie within the case ({opened} – {closed}).",
)
_CHARGE_OUTSIDE_FOLLOW_UP = LocalizedText(
    da="Datoen for sigtelse eller dom skal ligge efter lukningen ({closed}) og senest på "
    "opfølgningens dato.",
    en="The date of the charge must lie after the closing ({closed}) and at the latest on "
    "the follow-up's date.",
)


class CaseOutcome(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    id: CaseOutcomeId | None = None
    case_id: CaseId
    point: OutcomePoint
    recorded_on: date
    new_charge: NewCharge = NewCharge.UNKNOWN
    new_charge_on: date | None = None
    education: Development = Development.UNKNOWN
    job: Development = Development.UNKNOWN
    housing: Development = Development.UNKNOWN
    substance_use: Development = Development.UNKNOWN
    note: Text = ""
    recorded_by: str = ""

    def __repr__(self) -> str:
        return f"CaseOutcome(id={self.id}, case_id={self.case_id}, point={self.point})"

    __str__ = __repr__


def outcome_from(
    data: Mapping[str, Any],
    *,
    opened_on: date,
    closed_on: date | None,
    today: date,
) -> CaseOutcome:
    """Validate an outcome for a case opened on ``opened_on`` and closed on ``closed_on``
    (None: still open); raises :class:`UserInputError` naming each field at fault. A
    follow-up on an open case, or dated before the closing, is refused on ``recorded_on``."""
    values = {k: v for k, v in data.items() if v is not None and v != ""}
    outcome = validate_model(CaseOutcome, values, OUTCOME_LABELS)
    problems = _timing_problems(outcome, opened_on=opened_on, closed_on=closed_on, today=today)
    if problems:
        raise UserInputError(problems)
    return outcome


def _timing_problems(
    outcome: CaseOutcome, *, opened_on: date, closed_on: date | None, today: date
) -> list[Problem]:
    problems: list[Problem] = []
    follow_up = outcome.point in FOLLOW_UP_MONTHS
    if outcome.recorded_on > today:
        problems.append(Problem("recorded_on", _IN_THE_FUTURE))
    elif follow_up and closed_on is None:
        problems.append(Problem("recorded_on", _NOT_CLOSED))
    elif follow_up and closed_on is not None and outcome.recorded_on < closed_on:
        problems.append(Problem("recorded_on", _BEFORE_CLOSING.format(closed=dmy(closed_on))))
    charge = _charge_problem(outcome, opened_on=opened_on, closed_on=closed_on, today=today)
    if charge is not None:
        problems.append(Problem("new_charge_on", charge))
    return problems


def _charge_problem(
    outcome: CaseOutcome, *, opened_on: date, closed_on: date | None, today: date
) -> LocalizedText | None:
    charged = outcome.new_charge_on
    if outcome.new_charge is NewCharge.YES and charged is None:
        return _YES_NEEDS_DATE
    if charged is None:
        return None
    if outcome.new_charge is not NewCharge.YES:
        return _DATE_NEEDS_YES
    if charged > today:
        return _IN_THE_FUTURE
    if outcome.point is OutcomePoint.CLOSING:
        end = closed_on or outcome.recorded_on
        if not opened_on <= charged <= end:
            return _CHARGE_OUTSIDE_CASE.format(opened=dmy(opened_on), closed=dmy(end))
        return None
    if closed_on is not None and not closed_on < charged <= outcome.recorded_on:
        return _CHARGE_OUTSIDE_FOLLOW_UP.format(closed=dmy(closed_on))
    return None


def follow_up_due(closed_on: date, point: OutcomePoint) -> date:
    """When a follow-up falls due: the same day of the month six or twelve months after
    the closing (or that month's last day if shorter)."""
    return add_months(closed_on, FOLLOW_UP_MONTHS[point])


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def follow_ups_due(
    closed_on: date, recorded: set[OutcomePoint], *, until: date
) -> list[tuple[OutcomePoint, date]]:
    """The follow-ups of a case closed on ``closed_on`` that are due by ``until`` and not
    yet recorded, soonest first."""
    return [
        (point, due)
        for point in FOLLOW_UP_POINTS
        if point not in recorded and (due := follow_up_due(closed_on, point)) <= until
    ]
