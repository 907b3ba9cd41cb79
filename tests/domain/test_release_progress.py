"""Which release milestones are done, overdue or still ahead."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from riskdesk.demo.synthetic_plans import synthetic_release_meeting
from riskdesk.domain.release_meeting import (
    ChecklistArea,
    ChecklistItem,
    ItemStatus,
    ReleaseMeeting,
)
from riskdesk.domain.release_progress import (
    MilestoneState,
    milestones_done,
    overdue_milestones,
    timeline_part,
    timeline_progress,
)
from riskdesk.domain.release_timeline import Milestone
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

RULES = load_release_meeting_form(default_forms_dir()).timeline
RELEASE = date(2027, 3, 1)
# Deadlines under the shipped rules for a release on 1 March 2027.
MEETING_DUE = date(2026, 12, 1)
PLAN_DUE = date(2027, 2, 1)
INCOME_DUE = date(2027, 2, 8)
MENTOR_DUE = date(2027, 2, 15)


def _meeting(**changes: object) -> ReleaseMeeting:
    return ReleaseMeeting(expected_release=RELEASE).model_copy(update=changes)


def _items(**statuses: ItemStatus) -> tuple[ChecklistItem, ...]:
    return tuple(
        ChecklistItem(area=ChecklistArea(area), status=status) for area, status in statuses.items()
    )


def test_nothing_is_done_for_a_blank_meeting_without_a_plan() -> None:
    assert milestones_done(_meeting(), has_plan=False, today=date(2027, 1, 1)) == frozenset()


def test_a_meeting_is_held_from_its_date_on() -> None:
    meeting = _meeting(meeting_on=date(2026, 11, 20))
    assert Milestone.MEETING not in milestones_done(
        meeting, has_plan=False, today=date(2026, 11, 19)
    )
    assert Milestone.MEETING in milestones_done(meeting, has_plan=False, today=date(2026, 11, 20))


def test_plan_mentor_and_income_are_done_by_the_plan_and_the_checklist() -> None:
    meeting = _meeting(
        checklist=_items(
            mentor=ItemStatus.IN_PLACE, income=ItemStatus.IN_PLACE, housing=ItemStatus.IN_PLACE
        )
    )
    assert milestones_done(meeting, has_plan=True, today=date(2027, 1, 1)) == {
        Milestone.PLAN_READY,
        Milestone.MENTOR_ARRANGED,
        Milestone.INCOME_APPLIED,
    }


def test_in_progress_is_not_done() -> None:
    meeting = _meeting(
        checklist=_items(mentor=ItemStatus.IN_PROGRESS, income=ItemStatus.IN_PROGRESS)
    )
    assert milestones_done(meeting, has_plan=False, today=date(2027, 1, 1)) == frozenset()


def test_the_timeline_marks_each_deadline() -> None:
    meeting = _meeting(checklist=_items(income=ItemStatus.IN_PLACE))
    entries = timeline_progress(meeting, rules=RULES, has_plan=True, today=date(2027, 2, 10))
    assert [(e.milestone, e.due, e.state) for e in entries] == [
        (Milestone.MEETING, MEETING_DUE, MilestoneState.OVERDUE),
        (Milestone.PLAN_READY, PLAN_DUE, MilestoneState.DONE),
        (Milestone.INCOME_APPLIED, INCOME_DUE, MilestoneState.DONE),
        (Milestone.MENTOR_ARRANGED, MENTOR_DUE, MilestoneState.UPCOMING),
    ]


def test_the_deadline_day_itself_is_not_overdue() -> None:
    on_the_day = overdue_milestones(_meeting(), rules=RULES, has_plan=False, today=MEETING_DUE)
    day_after = overdue_milestones(_meeting(), rules=RULES, has_plan=False, today=date(2026, 12, 2))
    assert on_the_day == ()
    assert [d.milestone for d in day_after] == [Milestone.MEETING]


def test_without_a_release_date_there_is_no_timeline() -> None:
    meeting = ReleaseMeeting()
    assert timeline_progress(meeting, rules=RULES, has_plan=False, today=RELEASE) == ()
    assert overdue_milestones(meeting, rules=RULES, has_plan=False, today=RELEASE) == ()


@given(
    today=st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 1, 1)),
    has_plan=st.booleans(),
    held=st.booleans(),
    mentor=st.sampled_from(ItemStatus),
    income=st.sampled_from(ItemStatus),
)
def test_overdue_is_exactly_the_timeline_entries_marked_overdue(
    today: date, has_plan: bool, held: bool, mentor: ItemStatus, income: ItemStatus
) -> None:
    meeting = _meeting(
        meeting_on=date(2026, 11, 20) if held else None,
        checklist=_items(mentor=mentor, income=income),
    )
    late = overdue_milestones(meeting, rules=RULES, has_plan=has_plan, today=today)
    entries = timeline_progress(meeting, rules=RULES, has_plan=has_plan, today=today)
    assert [d.milestone for d in late] == [
        e.milestone for e in entries if e.state is MilestoneState.OVERDUE
    ]
    assert all(d.due < today for d in late)


@given(
    seed=st.integers(min_value=0, max_value=10_000),
    days=st.integers(min_value=-200, max_value=200),
    has_plan=st.booleans(),
    admitted=st.booleans(),
)
def test_the_part_the_start_page_reads_gives_the_whole_meetings_timeline(
    seed: int, days: int, has_plan: bool, admitted: bool
) -> None:
    made = date(2026, 11, 1)
    meeting = synthetic_release_meeting(seed=seed, today=made)
    if admitted:
        meeting = meeting.model_copy(
            update={"admitted_on": date(2025, 1, 6), "sentence_months": 30}
        )
    today = date.fromordinal(made.toordinal() + days)
    part = timeline_part(json.loads(meeting.model_dump_json()))
    assert (part.participants, part.notes) == ((), "")
    assert timeline_progress(
        part, rules=RULES, has_plan=has_plan, today=today
    ) == timeline_progress(meeting, rules=RULES, has_plan=has_plan, today=today)
