"""How far a release has come along its timeline: which milestones are done, which are
overdue and which are still ahead.

A milestone is done when the case shows it, not when someone ticks it off: the meeting
when it has been held (a meeting date today or earlier), the plan when the case has one,
the mentor and the income support when their checklist items are in place.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.release_meeting import ChecklistArea, ItemStatus, ReleaseMeeting
from riskdesk.domain.release_timeline import (
    Deadline,
    Milestone,
    TimelineRules,
    overdue,
    release_timeline,
)


class MilestoneState(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"


MILESTONE_STATE_LABELS: dict[MilestoneState, LocalizedText] = {
    MilestoneState.DONE: LocalizedText(da="Klaret", en="Done"),
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


def milestones_done(
    meeting: ReleaseMeeting, *, has_plan: bool, today: date
) -> frozenset[Milestone]:
    """The milestones the case has reached on ``today``. A meeting dated today counts as
    held: the caseworker fills in the meeting at the table."""
    done = {
        milestone
        for milestone, area in _DONE_BY_ITEM.items()
        if meeting.item(area).status is ItemStatus.IN_PLACE
    }
    if meeting.meeting_on is not None and meeting.meeting_on <= today:
        done.add(Milestone.MEETING)
    if has_plan:
        done.add(Milestone.PLAN_READY)
    return frozenset(done)


def timeline_progress(
    meeting: ReleaseMeeting, *, rules: TimelineRules, has_plan: bool, today: date
) -> tuple[TimelineEntry, ...]:
    """Every milestone's deadline and state, earliest first; empty while the meeting has
    no expected release date. A deadline falling today is upcoming, not overdue."""
    if meeting.expected_release is None:
        return ()
    done = milestones_done(meeting, has_plan=has_plan, today=today)
    late = {
        d.milestone
        for d in overdue_milestones(meeting, rules=rules, has_plan=has_plan, today=today)
    }
    return tuple(
        TimelineEntry(
            milestone=d.milestone,
            due=d.due,
            state=(
                MilestoneState.DONE
                if d.milestone in done
                else MilestoneState.OVERDUE
                if d.milestone in late
                else MilestoneState.UPCOMING
            ),
        )
        for d in release_timeline(meeting.expected_release, rules)
    )


def overdue_milestones(
    meeting: ReleaseMeeting, *, rules: TimelineRules, has_plan: bool, today: date
) -> tuple[Deadline, ...]:
    """The deadlines passed before ``today`` whose milestone is not done, earliest first;
    empty without an expected release date."""
    if meeting.expected_release is None:
        return ()
    return overdue(
        release_timeline(meeting.expected_release, rules),
        today=today,
        done=milestones_done(meeting, has_plan=has_plan, today=today),
    )
