"""Deadlines counted back from a release date: when the release meeting must be held,
when the plan must be ready, when the mentor and the income support must be in place.

The offsets are data (``forms/release-meeting.yaml``), so a municipality can tighten them;
the milestones are fixed because documents and reminders refer to them by name.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from riskdesk.domain.localized import LocalizedText


class Milestone(StrEnum):
    MEETING = "meeting"
    PLAN_READY = "plan_ready"
    INCOME_APPLIED = "income_applied"
    MENTOR_ARRANGED = "mentor_arranged"


MILESTONE_LABELS: dict[Milestone, LocalizedText] = {
    Milestone.MEETING: LocalizedText(
        da="Løsladelsesmødet er holdt", en="The release meeting is held"
    ),
    Milestone.PLAN_READY: LocalizedText(da="Handleplanen er klar", en="The action plan is ready"),
    Milestone.INCOME_APPLIED: LocalizedText(
        da="Forsørgelse er søgt, så pengene er på kontoen ved løsladelsen",
        en="Income support applied for, so money is on the account on release day",
    ),
    Milestone.MENTOR_ARRANGED: LocalizedText(
        da="Mentor er aftalt fra løsladelsesdagen", en="A mentor is arranged from release day"
    ),
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MilestoneRule(_Frozen):
    """A deadline ``months_before`` calendar months plus ``days_before`` days before release."""

    milestone: Milestone
    months_before: int = Field(default=0, ge=0, le=24)
    days_before: int = Field(default=0, ge=0, le=730)


class TimelineRules(_Frozen):
    rules: tuple[MilestoneRule, ...]

    @model_validator(mode="after")
    def _every_milestone_once(self) -> TimelineRules:
        named = [r.milestone for r in self.rules]
        if sorted(named) != sorted(Milestone):
            raise PydanticCustomError(
                "timeline_rules",
                "every milestone needs exactly one rule: {milestones}",
                {"milestones": ", ".join(m.value for m in Milestone)},
            )
        return self


class Deadline(_Frozen):
    milestone: Milestone
    due: date


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier, or that month's last day if shorter
    (31 May minus three months is 28/29 February, not 3 March)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def release_timeline(release_on: date, rules: TimelineRules) -> tuple[Deadline, ...]:
    """Every milestone's deadline for a release on ``release_on``, earliest first."""
    deadlines = [
        Deadline(
            milestone=rule.milestone,
            due=months_before(release_on, rule.months_before) - timedelta(days=rule.days_before),
        )
        for rule in rules.rules
    ]
    return tuple(sorted(deadlines, key=lambda d: (d.due, list(Milestone).index(d.milestone))))


def overdue(
    timeline: Collection[Deadline], *, today: date, done: Collection[Milestone] = ()
) -> tuple[Deadline, ...]:
    """Deadlines passed before ``today`` and not done. The deadline day itself is not late."""
    return tuple(d for d in timeline if d.due < today and d.milestone not in done)
