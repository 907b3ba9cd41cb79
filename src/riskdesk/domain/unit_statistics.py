"""The unit's figures for a period, as in its half-year report: pure functions over the
facts in ``statistics_facts``. These are exact counts, for the unit's own use; anything
published goes through ``small_counts`` first.

The definitions, so every figure can be checked by hand:
- a case *counts in the period* when it was open on at least one day of it (opened on or
  before the end, not closed before the start), under its level now; it is *closed* when
  it closed within the period, *active* when it is open at the end;
- a concern or an inquiry counts when its date lies in the period;
- a mentor course is *active* at the reference date (the period's end) when it started
  on or before it and has not ended by it; courses are counted *since* a start date (the
  first course's start unless given) up to the reference date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import fmean
from typing import Any

from riskdesk.domain.statistics_facts import (
    CaseFact,
    ConcernFact,
    CourseFact,
    InquiryFact,
    MilestoneFact,
    OutcomeFact,
    Period,
    month_of,
    months_between,
)

EXIT_KIND = "exit"
OUTCOME_AREAS = ("new_charge", "education", "job", "housing", "substance_use")
AGE_BANDS = ("under-12", "12-14", "15-17", "18-24", "25+")


@dataclass(frozen=True)
class CaseLevels:
    """Table 1: niveau 1 is the concern register's count (concerns have no case file)."""

    by_level: dict[int, int]
    exit: int
    in_period: int
    closed: int
    active: int


@dataclass(frozen=True)
class CourseFigures:
    """Table 2. ``average_months`` covers ended courses and active ones up to the
    reference date; ``average_months_ended`` the ended ones only (None without any)."""

    since: date | None
    since_start: int
    average_months: float | None
    average_months_ended: float | None
    active: int
    reoffended: int


@dataclass(frozen=True)
class Duration:
    """A mean number of days over ``count`` cases (None when there are none)."""

    mean_days: float | None
    count: int


@dataclass(frozen=True)
class UnitStatistics:
    period: Period
    cases: CaseLevels
    concerns_by_topic: dict[str, int]
    inquiries_by_month: dict[str, dict[str, int]]
    inquiries_by_source: dict[str, int]
    courses: CourseFigures
    outcomes: dict[str, dict[str, dict[str, int]]]
    cases_by: dict[str, dict[str, int]]
    durations: dict[str, Duration]
    milestones_met: int
    milestones_due: int
    concerns_by: dict[str, dict[str, int]] = field(default_factory=dict)
    levels_by_month: dict[str, dict[int, int]] = field(default_factory=dict)
    """Cases by level over time: per month, the concerns noted in it (niveau 1) and the
    cases of niveau 2 and 3 open on at least one of its days within the period."""

    @property
    def concern_count(self) -> int:
        return sum(self.concerns_by_topic.values())

    @property
    def inquiry_count(self) -> int:
        return sum(self.inquiries_by_source.values())

    def inquiries_by_type(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for by_type in self.inquiries_by_month.values():
            totals.update(by_type)
        return {kind: totals[kind] for kind in next(iter(self.inquiries_by_month.values()), {})}

    def as_json(self) -> dict[str, Any]:
        """The exact figures, in the shape ``riskdesk report half-year --format json``
        prints."""
        courses = self.courses
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "cases": {
                "by_level": {str(level): n for level, n in sorted(self.cases.by_level.items())},
                "exit": self.cases.exit,
                "in_period": self.cases.in_period,
                "closed": self.cases.closed,
                "active": self.cases.active,
                "by_month": {
                    month: {str(level): n for level, n in levels.items()}
                    for month, levels in self.levels_by_month.items()
                },
                **{f"by_{name}": counts for name, counts in self.cases_by.items()},
            },
            "concerns": {"count": self.concern_count, "by_topic": self.concerns_by_topic}
            | {f"by_{name}": counts for name, counts in self.concerns_by.items()},
            "inquiries": {
                "count": self.inquiry_count,
                "by_type": self.inquiries_by_type(),
                "by_source": self.inquiries_by_source,
                "by_month": self.inquiries_by_month,
            },
            "mentor_courses": {
                "since": courses.since.isoformat() if courses.since else None,
                "since_start": courses.since_start,
                "average_months": _rounded(courses.average_months),
                "average_months_ended": _rounded(courses.average_months_ended),
                "active": courses.active,
                "reoffended": courses.reoffended,
            },
            "outcomes": self.outcomes,
            "durations_days": {
                name: {"mean": _rounded(d.mean_days), "count": d.count}
                for name, d in self.durations.items()
            },
            "release_milestones": {"due": self.milestones_due, "met_on_time": self.milestones_met},
        }


def unit_statistics(
    period: Period,
    *,
    cases: Sequence[CaseFact],
    concerns: Sequence[ConcernFact],
    inquiries: Sequence[InquiryFact],
    courses: Sequence[CourseFact],
    outcomes: Sequence[OutcomeFact],
    milestones: Sequence[MilestoneFact],
    inquiry_kinds: Sequence[str],
    inquiry_sources: Sequence[str],
    concern_topics: Sequence[str],
    courses_since: date | None = None,
) -> UnitStatistics:
    """Every figure of the report for ``period``. The kind, source and topic lists give
    the rows in order, zeros included (a source nobody used still gets its line)."""
    counted = [case for case in cases if case.counts_in(period)]
    in_period_concerns = [c for c in concerns if period.holds(c.noted_on)]
    due = [m for m in milestones if period.holds(m.due_on)]
    return UnitStatistics(
        period=period,
        cases=case_levels(period, counted, concern_count=len(in_period_concerns)),
        concerns_by_topic=_tally((c.topic for c in in_period_concerns), concern_topics),
        concerns_by={
            "age_band": _tally((c.age_band for c in in_period_concerns), AGE_BANDS),
            "sex": _tally((c.sex for c in in_period_concerns), ("m", "f", "other", "unknown")),
            "area": _tally(c.area for c in in_period_concerns),
            "status": _tally(c.status for c in in_period_concerns),
        },
        inquiries_by_month=inquiries_by_month(period, inquiries, inquiry_kinds),
        inquiries_by_source=_tally(
            (i.source for i in inquiries if period.holds(i.received_on)), inquiry_sources
        ),
        courses=course_figures(courses, reference=period.end, since=courses_since),
        outcomes=outcome_tallies(period, outcomes),
        cases_by={
            "referral_source": _tally(case.referral_source for case in counted),
            "kind": _tally(case.kind for case in counted),
            "age_band": _tally(
                (age_band(case.birth_date, period.end) for case in counted),
                (*AGE_BANDS, "unknown"),
            ),
            "sex": _tally((case.sex for case in counted), ("m", "f", "unknown")),
        },
        durations=durations(counted),
        milestones_met=sum(1 for m in due if m.met_on is not None and m.met_on <= m.due_on),
        milestones_due=len(due),
        levels_by_month=levels_by_month(period, counted, in_period_concerns),
    )


def levels_by_month(
    period: Period, counted: Sequence[CaseFact], concerns: Sequence[ConcernFact]
) -> dict[str, dict[int, int]]:
    """Cases by level month by month (each month cut to the period): a case counts in
    every month it was open on at least one day of, so the months add up to more than
    the period's cases."""
    table: dict[str, dict[int, int]] = {}
    for month in period.months():
        first = max(period.start, date(int(month[:4]), int(month[5:]), 1))
        last = min(period.end, _month_end(first))
        within = Period(first, last)
        levels = Counter(case.level for case in counted if case.counts_in(within))
        table[month] = {1: 0, 2: levels[2], 3: levels[3]}
    for concern in concerns:
        table[month_of(concern.noted_on)][1] += 1
    return table


def _month_end(day: date) -> date:
    following = date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    return following - timedelta(days=1)


def case_levels(period: Period, counted: Sequence[CaseFact], *, concern_count: int) -> CaseLevels:
    levels = Counter(case.level for case in counted)
    return CaseLevels(
        by_level={1: concern_count, 2: levels[2], 3: levels[3]},
        exit=sum(1 for case in counted if case.level == 3 and case.kind == EXIT_KIND),
        in_period=len(counted),
        closed=sum(1 for case in counted if period.holds(case.closed_on)),
        active=sum(1 for case in counted if case.open_at_end_of(period)),
    )


def inquiries_by_month(
    period: Period, inquiries: Iterable[InquiryFact], kinds: Sequence[str]
) -> dict[str, dict[str, int]]:
    """Figure 1: inquiries per month and type. They are counted, not unique cases: one
    young person can be the subject of several, and the types overlap."""
    table = {month: dict.fromkeys(kinds, 0) for month in period.months()}
    for inquiry in inquiries:
        if period.holds(inquiry.received_on):
            row = table[month_of(inquiry.received_on)]
            row[inquiry.kind] = row.get(inquiry.kind, 0) + 1
    return table


def course_figures(
    courses: Sequence[CourseFact], *, reference: date, since: date | None = None
) -> CourseFigures:
    started = [c for c in courses if c.started_on <= reference]
    start = since or min((c.started_on for c in started), default=None)
    counted = [c for c in started if start is None or c.started_on >= start]
    ended = [c for c in counted if c.ended_on is not None and c.ended_on <= reference]
    ended_lengths = [months_between(c.started_on, c.ended_on) for c in ended if c.ended_on]
    active = [c for c in counted if c.ended_on is None or c.ended_on > reference]
    all_lengths = ended_lengths + [months_between(c.started_on, reference) for c in active]
    return CourseFigures(
        since=start,
        since_start=len(counted),
        average_months=fmean(all_lengths) if all_lengths else None,
        average_months_ended=fmean(ended_lengths) if ended_lengths else None,
        active=len(active),
        reoffended=sum(1 for c in counted if c.reoffended == "yes"),
    )


def outcome_tallies(
    period: Period, outcomes: Iterable[OutcomeFact]
) -> dict[str, dict[str, dict[str, int]]]:
    """Outcomes recorded in the period, per point (closing, 6m, 12m) and area."""
    tallies: dict[str, dict[str, dict[str, int]]] = {
        point: {area: {} for area in OUTCOME_AREAS} for point in ("closing", "6m", "12m")
    }
    for outcome in outcomes:
        if not period.holds(outcome.recorded_on):
            continue
        areas = tallies.setdefault(outcome.point, {area: {} for area in OUTCOME_AREAS})
        for area in OUTCOME_AREAS:
            value = getattr(outcome, area)
            areas[area][value] = areas[area].get(value, 0) + 1
    return tallies


def durations(counted: Sequence[CaseFact]) -> dict[str, Duration]:
    """Mean days from inquiry to case, from the first final assessment to the first plan,
    and from the plan's first submission to its first approval, over the cases that have
    both ends (and the second not before the first)."""
    pairs: dict[str, list[tuple[date | None, date | None]]] = {
        "inquiry_to_case": [(c.first_inquiry_on, c.opened_on) for c in counted],
        "assessment_to_plan": [(c.first_final_assessment_on, c.first_plan_on) for c in counted],
        "submitted_to_approved": [(c.first_submitted_on, c.first_approved_on) for c in counted],
    }
    result: dict[str, Duration] = {}
    for name, spans in pairs.items():
        days = [(end - start).days for start, end in spans if start and end and end >= start]
        result[name] = Duration(fmean(days) if days else None, len(days))
    return result


def age_band(birth_date: date | None, on: date) -> str:
    """The concern register's age bands, at ``on``."""
    if birth_date is None:
        return "unknown"
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    if age < 12:
        return "under-12"
    if age <= 14:
        return "12-14"
    if age <= 17:
        return "15-17"
    if age <= 24:
        return "18-24"
    return "25+"


def _tally(values: Iterable[str], order: Sequence[str] = ()) -> dict[str, int]:
    counts = Counter(values)
    ordered = {key: counts.get(key, 0) for key in order}
    return ordered | {key: n for key, n in sorted(counts.items()) if key not in ordered}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
