"""How far a release has come along its timeline: which milestones are done (on time or
late), which are overdue and which are still ahead.

The unit's milestones are done when the case shows it: the meeting when it has been held
(a meeting date today or earlier), the plan when the case has one, the mentor and the
income support when their checklist items are in place. The national milestones that
happen in the prison are marked reached, with their day, on the release meeting.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.release_meeting import ChecklistArea, ItemStatus, ReleaseMeeting
from riskdesk.domain.release_timeline import (
    Deadline,
    Milestone,
    Source,
    TimelineRules,
    overdue,
    release_timeline,
)


class MilestoneState(StrEnum):
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"


MILESTONE_STATE_LABELS: dict[MilestoneState, LocalizedText] = {
    MilestoneState.DONE: LocalizedText(da="Klaret", en="Done"),
    MilestoneState.DONE_LATE: LocalizedText(
        da="Klaret efter fristen", en="Done after the deadline"
    ),
    MilestoneState.OVERDUE: LocalizedText(da="Overskredet", en="Overdue"),
    MilestoneState.UPCOMING: LocalizedText(da="Kommende", en="Upcoming"),
}

# The checklist item whose status "in place" means the milestone is reached.
_DONE_BY_ITEM: dict[Milestone, ChecklistArea] = {
    Milestone.MENTOR_ARRANGED: ChecklistArea.MENTOR,
    Milestone.INCOME_APPLIED: ChecklistArea.INCOME,
}


class TimelineEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    milestone: Milestone
    due: date
    state: MilestoneState
    source: Source = Source.LOCAL
    owner: Responsible = Responsible.UNIT
    done_on: date | None = None
    """When the milestone was reached, where the case says (the meeting's date, a
    national milestone marked reached); None for one reached on an unknown day."""

    @property
    def done(self) -> bool:
        return self.state in (MilestoneState.DONE, MilestoneState.DONE_LATE)


# What the timeline reads of a release meeting, besides each checklist item's status.
_TIMELINE_FIELDS = (
    "case_id",
    "expected_release",
    "admitted_on",
    "sentence_months",
    "sentence_days",
    "parole_on",
    "reached",
    "meeting_on",
)


def timeline_part(stored: Mapping[str, Any]) -> ReleaseMeeting:
    """The release meeting as far as its timeline reads it (dates, reached milestones,
    meeting date, the checklist's statuses), from its stored JSON object. The start page
    reads dozens of meetings; checking every participant's name and note it never shows
    took three quarters of its time."""
    part = {name: stored[name] for name in _TIMELINE_FIELDS if name in stored}
    part["checklist"] = [
        {key: item[key] for key in ("area", "status") if key in item}
        for item in stored.get("checklist", ())
    ]
    return ReleaseMeeting.model_validate(part)


def completions(
    meeting: ReleaseMeeting, *, has_plan: bool, today: date
) -> dict[Milestone, date | None]:
    """The milestones the case has reached on ``today``, with the day where it is known.
    A meeting dated today counts as held: the caseworker fills it in at the table."""
    done: dict[Milestone, date | None] = {
        milestone: None
        for milestone, area in _DONE_BY_ITEM.items()
        if meeting.item(area).status is ItemStatus.IN_PLACE
    }
    if meeting.meeting_on is not None and meeting.meeting_on <= today:
        done[Milestone.MEETING] = meeting.meeting_on
    if has_plan:
        done[Milestone.PLAN_READY] = None
    for reached in meeting.reached:
        if reached.on <= today:
            done[reached.milestone] = reached.on
    return done


def milestones_done(
    meeting: ReleaseMeeting, *, has_plan: bool, today: date
) -> frozenset[Milestone]:
    """The milestones the case has reached on ``today`` (see :func:`completions`)."""
    return frozenset(completions(meeting, has_plan=has_plan, today=today))


def timeline_progress(
    meeting: ReleaseMeeting, *, rules: TimelineRules, has_plan: bool, today: date
) -> tuple[TimelineEntry, ...]:
    """Every milestone whose date can be counted, earliest first, each done (on time or
    after its deadline), overdue or upcoming. A deadline falling today is upcoming, not
    overdue; a milestone reached after its deadline is "done after the deadline" — the
    one rule the page, the start page and the documents all use."""
    done = completions(meeting, has_plan=has_plan, today=today)
    entries = []
    for deadline in release_timeline(meeting.dates, rules):
        reached = deadline.milestone in done
        done_on = done.get(deadline.milestone)
        if reached:
            state = (
                MilestoneState.DONE_LATE
                if done_on is not None and done_on > deadline.due
                else MilestoneState.DONE
            )
        elif deadline.due < today:
            state = MilestoneState.OVERDUE
        else:
            state = MilestoneState.UPCOMING
        entries.append(
            TimelineEntry(
                milestone=deadline.milestone,
                due=deadline.due,
                state=state,
                source=deadline.source,
                owner=deadline.owner,
                done_on=done_on,
            )
        )
    return tuple(entries)


def next_milestone(entries: tuple[TimelineEntry, ...]) -> TimelineEntry | None:
    """What to see to next: the earliest milestone not reached (an overdue one first)."""
    return next((entry for entry in entries if not entry.done), None)


def overdue_milestones(
    meeting: ReleaseMeeting, *, rules: TimelineRules, has_plan: bool, today: date
) -> tuple[Deadline, ...]:
    """The deadlines passed before ``today`` whose milestone is not done, earliest first."""
    return overdue(
        release_timeline(meeting.dates, rules),
        today=today,
        done=milestones_done(meeting, has_plan=has_plan, today=today),
    )
