"""The release timeline: deadlines counted from the admission, the parole date and the
release date.

Two kinds of milestone sit side by side. The national ones are Kriminalforsorgen's
"Køreplan for God Løsladelse" (the prison's action plan within four weeks of admission,
contact with the municipality a year before a possible parole, the release meeting three
months before release, the parole decision four weeks before parole). The local ones
are the unit's own practice (its plan a month before, income support three weeks, the
mentor two weeks). Each rule says which it is and who owns it. The offsets are data
(``forms/release-meeting.yaml``), so a municipality can tighten them; the milestones are
fixed because documents and reminders refer to them by name.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.localized import LocalizedText


class Milestone(StrEnum):
    PRISON_PLAN = "prison_plan"
    MUNICIPALITY_CONTACT = "municipality_contact"
    MEETING = "meeting"
    PAROLE_DECISION = "parole_decision"
    PLAN_READY = "plan_ready"
    INCOME_APPLIED = "income_applied"
    MENTOR_ARRANGED = "mentor_arranged"


class Anchor(StrEnum):
    """The date a deadline is counted from."""

    ADMISSION = "admission"
    PAROLE = "parole"
    RELEASE = "release"


class Source(StrEnum):
    NATIONAL = "national"
    """Kriminalforsorgen's Køreplan for God Løsladelse, shared with every prison."""
    LOCAL = "local"
    """The unit's own practice."""


SOURCE_LABELS: dict[Source, LocalizedText] = {
    Source.NATIONAL: LocalizedText(da="Køreplan (national)", en="Køreplan (national)"),
    Source.LOCAL: LocalizedText(da="Lokal praksis", en="Local practice"),
}

MILESTONE_LABELS: dict[Milestone, LocalizedText] = {
    Milestone.PRISON_PLAN: LocalizedText(
        da="Fængslets handleplan for afsoningen og tiden efter",
        en="The prison's action plan for the sentence and after",
    ),
    Milestone.MUNICIPALITY_CONTACT: LocalizedText(
        da="Kontakt mellem fængslet og kommunen om koordinering",
        en="Contact between the prison and the municipality to coordinate",
    ),
    Milestone.PAROLE_DECISION: LocalizedText(
        da="Afgørelse om prøveløsladelse", en="Parole decision"
    ),
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
    """A deadline counted from ``anchor``: ``months_before`` calendar months plus
    ``days_before`` days before a parole or release date, or ``weeks_after`` weeks after
    admission. A deadline counted back from parole or release that falls before the
    admission moves to ``at_latest_weeks_after_admission`` weeks after it (contact with
    the municipality a year before parole, or within four weeks of admission when less
    than a year remains)."""

    milestone: Milestone
    anchor: Anchor = Anchor.RELEASE
    months_before: int = Field(default=0, ge=0, le=24)
    days_before: int = Field(default=0, ge=0, le=730)
    weeks_after: int = Field(default=0, ge=0, le=104)
    at_latest_weeks_after_admission: int | None = Field(default=None, ge=0, le=104)
    source: Source = Source.LOCAL
    owner: Responsible = Responsible.UNIT


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
    source: Source = Source.LOCAL
    owner: Responsible = Responsible.UNIT


class ReleaseDates(_Frozen):
    """The dates a timeline is counted from; any may be unknown, and then the
    milestones counted from it are left out."""

    admitted_on: date | None = None
    parole_on: date | None = None
    release_on: date | None = None

    def anchor(self, anchor: Anchor) -> date | None:
        return {
            Anchor.ADMISSION: self.admitted_on,
            Anchor.PAROLE: self.parole_on,
            Anchor.RELEASE: self.release_on,
        }[anchor]


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier, or that month's last day if shorter
    (31 May minus three months is 28/29 February, not 3 March)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def release_timeline(dates: ReleaseDates | date, rules: TimelineRules) -> tuple[Deadline, ...]:
    """Every milestone's deadline whose anchor date is known (a bare date is the release
    date), earliest first."""
    if isinstance(dates, date):
        dates = ReleaseDates(release_on=dates)
    deadlines = [
        Deadline(milestone=rule.milestone, due=due, source=rule.source, owner=rule.owner)
        for rule in rules.rules
        if (due := _due(rule, dates)) is not None
    ]
    return tuple(sorted(deadlines, key=lambda d: (d.due, list(Milestone).index(d.milestone))))


def _due(rule: MilestoneRule, dates: ReleaseDates) -> date | None:
    anchor = dates.anchor(rule.anchor)
    if anchor is None:
        return None
    if rule.anchor is Anchor.ADMISSION:
        return anchor + timedelta(weeks=rule.weeks_after)
    due = months_before(anchor, rule.months_before) - timedelta(days=rule.days_before)
    cap = rule.at_latest_weeks_after_admission
    if cap is not None and dates.admitted_on is not None and due < dates.admitted_on:
        return dates.admitted_on + timedelta(weeks=cap)
    return due


def overdue(
    timeline: Collection[Deadline], *, today: date, done: Collection[Milestone] = ()
) -> tuple[Deadline, ...]:
    """Deadlines passed before ``today`` and not done. The deadline day itself is not late."""
    return tuple(d for d in timeline if d.due < today and d.milestone not in done)
