"""The plain facts the unit's statistics are counted from: one small record per case,
concern, inquiry, mentor course, outcome and release milestone, with no name, CPR number,
case number or free text. The store reads them (in SQL, from either backend); the
statistics in ``unit_statistics`` are pure functions over them, so every figure can be
checked by hand against a list of these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def months(self) -> tuple[str, ...]:
        """Every month the period touches, as ``YYYY-MM``, in order."""
        months: list[str] = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(months)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_between(start: date, end: date) -> float:
    """A length in months as a reader counts them: days over the mean month."""
    return (end - start) / timedelta(days=365.25 / 12)


@dataclass(frozen=True)
class CaseFact:
    """A case as the statistics see it. ``level`` is the level now; ``sex`` is m, f or
    unknown (from the CPR number's last digit, when there is one); the dates after
    ``closed_on`` are the first of each kind on the case, or None."""

    level: int
    kind: str
    opened_on: date
    closed_on: date | None
    referral_source: str
    birth_date: date | None = None
    sex: str = "unknown"
    first_inquiry_on: date | None = None
    first_final_assessment_on: date | None = None
    first_plan_on: date | None = None
    first_submitted_on: date | None = None
    first_approved_on: date | None = None

    def counts_in(self, period: Period) -> bool:
        """Open on at least one day of the period."""
        return self.opened_on <= period.end and (
            self.closed_on is None or self.closed_on >= period.start
        )

    def open_at_end_of(self, period: Period) -> bool:
        return self.opened_on <= period.end and (
            self.closed_on is None or self.closed_on > period.end
        )


@dataclass(frozen=True)
class ConcernFact:
    noted_on: date
    topic: str
    age_band: str
    sex: str
    area: str
    source: str
    status: str


@dataclass(frozen=True)
class InquiryFact:
    received_on: date
    kind: str
    source: str


@dataclass(frozen=True)
class CourseFact:
    """A mentor course; ``reoffended`` is yes, no or unknown."""

    started_on: date
    ended_on: date | None
    reoffended: str


@dataclass(frozen=True)
class OutcomeFact:
    """An outcome recorded at a point (closing, 6m, 12m); the areas are improved, same,
    worse or unknown, ``new_charge`` yes, no or unknown."""

    point: str
    recorded_on: date
    new_charge: str
    education: str
    job: str
    housing: str
    substance_use: str


@dataclass(frozen=True)
class MilestoneFact:
    """A release milestone with its deadline and the day it was met, if it was."""

    due_on: date
    met_on: date | None
