"""Deadlines counted back from the release date, and which are overdue."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from riskdesk.domain.release_timeline import (
    Milestone,
    MilestoneRule,
    TimelineRules,
    months_before,
    overdue,
    release_timeline,
)
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

RULES = load_release_meeting_form(default_forms_dir()).timeline


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2027, 2, 16), 3, date(2026, 11, 16)),
        (date(2027, 5, 31), 3, date(2027, 2, 28)),
        (date(2028, 5, 31), 3, date(2028, 2, 29)),
        (date(2027, 1, 10), 1, date(2026, 12, 10)),
        (date(2027, 3, 31), 1, date(2027, 2, 28)),
        (date(2027, 3, 31), 0, date(2027, 3, 31)),
        (date(2027, 3, 15), 15, date(2025, 12, 15)),
    ],
)
def test_months_before_keeps_the_day_or_takes_the_months_last(
    day: date, months: int, expected: date
) -> None:
    assert months_before(day, months) == expected


@pytest.mark.parametrize(
    ("release", "expected"),
    [
        (
            date(2027, 2, 16),
            {
                Milestone.MEETING: date(2026, 11, 16),
                Milestone.PLAN_READY: date(2027, 1, 16),
                Milestone.INCOME_APPLIED: date(2027, 1, 26),
                Milestone.MENTOR_ARRANGED: date(2027, 2, 2),
            },
        ),
        (
            date(2027, 5, 31),
            {
                Milestone.MEETING: date(2027, 2, 28),
                Milestone.PLAN_READY: date(2027, 4, 30),
                Milestone.INCOME_APPLIED: date(2027, 5, 10),
                Milestone.MENTOR_ARRANGED: date(2027, 5, 17),
            },
        ),
    ],
)
def test_shipped_rules_give_these_deadlines(release: date, expected: dict[Milestone, date]) -> None:
    timeline = release_timeline(release, RULES)
    assert {d.milestone: d.due for d in timeline} == expected
    assert [d.due for d in timeline] == sorted(d.due for d in timeline)


@pytest.mark.parametrize(
    ("today", "done", "late"),
    [
        (date(2026, 11, 16), (), []),
        (date(2026, 11, 17), (), [Milestone.MEETING]),
        (date(2026, 11, 17), (Milestone.MEETING,), []),
        (date(2027, 1, 27), (Milestone.MEETING,), [Milestone.PLAN_READY, Milestone.INCOME_APPLIED]),
        (
            date(2027, 3, 1),
            (),
            [
                Milestone.MEETING,
                Milestone.PLAN_READY,
                Milestone.INCOME_APPLIED,
                Milestone.MENTOR_ARRANGED,
            ],
        ),
    ],
)
def test_overdue_is_past_and_not_done(
    today: date, done: tuple[Milestone, ...], late: list[Milestone]
) -> None:
    timeline = release_timeline(date(2027, 2, 16), RULES)
    assert [d.milestone for d in overdue(timeline, today=today, done=done)] == late


def test_rules_must_cover_every_milestone_once() -> None:
    with pytest.raises(ValidationError):
        TimelineRules(rules=(MilestoneRule(milestone=Milestone.MEETING, months_before=3),))
    rules = [MilestoneRule(milestone=m) for m in Milestone]
    with pytest.raises(ValidationError):
        TimelineRules(rules=(*rules, MilestoneRule(milestone=Milestone.MEETING)))
