"""The case list's release-deadline marks: the days a meeting's case can be late, stored
when it is saved, hold every day the one rule finds it late, so the store may look only
inside them."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_marks import (
    LateWindow,
    OverdueByCase,
    late_window,
    overdue_of_stored,
    rules_key,
)
from riskdesk.domain.release_meeting import (
    ChecklistArea,
    ChecklistItem,
    ItemStatus,
    MilestoneReached,
    ReleaseMeeting,
)
from riskdesk.domain.release_progress import overdue_milestones
from riskdesk.domain.release_timeline import (
    Milestone,
    MilestoneRule,
    TimelineRules,
    release_timeline,
)
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

RULES = load_release_meeting_form(default_forms_dir()).timeline
TODAY = date(2026, 11, 30)
START = date(2025, 6, 1)
DAYS = 800


def in_window(window: LateWindow, day: date, *, has_plan: bool) -> bool:
    """What the store's query asks of a stored window (release_meeting_repository)."""
    return (
        (window.late_from is not None and window.late_from <= day)
        or (
            window.late_span_from is not None
            and window.late_span_until is not None
            and window.late_span_from <= day <= window.late_span_until
        )
        or (not has_plan and window.plan_late_from is not None and window.plan_late_from <= day)
    )


_days = st.dates(min_value=START, max_value=START + timedelta(days=DAYS))
_meetings = st.builds(
    ReleaseMeeting,
    expected_release=st.one_of(st.none(), _days),
    admitted_on=st.one_of(st.none(), _days),
    sentence_months=st.integers(0, 30),
    parole_on=st.one_of(st.none(), _days),
    meeting_on=st.one_of(st.none(), _days),
    reached=st.lists(
        st.builds(MilestoneReached, milestone=st.sampled_from(Milestone), on=_days), max_size=4
    ).map(tuple),
    checklist=st.lists(
        st.builds(
            ChecklistItem,
            area=st.sampled_from([ChecklistArea.MENTOR, ChecklistArea.INCOME]),
            status=st.sampled_from(ItemStatus),
        ),
        max_size=2,
        unique_by=lambda item: item.area,
    ).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(meeting=_meetings, has_plan=st.booleans())
def test_every_day_the_rule_finds_a_case_late_lies_in_its_window(
    meeting: ReleaseMeeting, has_plan: bool
) -> None:
    window = late_window(meeting, rules=RULES)
    for day in _turning_days(meeting):
        late = overdue_milestones(meeting, rules=RULES, has_plan=has_plan, today=day)
        if meeting.expected_release is None:
            late = ()
        if late:
            assert in_window(window, day, has_plan=has_plan), (day, late)
        # From the first day a deadline with no day to be done passes, the case is late.
        if window.late_from is not None and window.late_from <= day:
            assert late, day


def _turning_days(meeting: ReleaseMeeting) -> list[date]:
    """The days around each place the answer can change: every deadline, the meeting's
    date, the days milestones were reached, and one day long after."""
    marks = [d.due for d in release_timeline(meeting.dates, RULES)]
    marks += [reached.on for reached in meeting.reached]
    if meeting.meeting_on is not None:
        marks.append(meeting.meeting_on)
    days = {mark + timedelta(days=shift) for mark in marks for shift in (-1, 0, 1, 2)}
    return sorted(days | {START - timedelta(days=40), START + timedelta(days=DAYS + 400)})


def test_a_case_late_only_for_a_while_is_found_only_then() -> None:
    """A meeting held after its deadline: late from the day after the deadline until the
    day before the meeting, and then no more (not a candidate for ever after)."""
    meeting = ReleaseMeeting(
        expected_release=date(2027, 2, 15),
        meeting_on=date(2026, 11, 30),
        checklist=(
            ChecklistItem(area=ChecklistArea.MENTOR, status=ItemStatus.IN_PLACE),
            ChecklistItem(area=ChecklistArea.INCOME, status=ItemStatus.IN_PLACE),
        ),
    )
    window = late_window(meeting, rules=RULES)
    assert window == LateWindow(
        late_span_from=date(2026, 11, 16),
        late_span_until=date(2026, 11, 29),
        plan_late_from=date(2027, 1, 16),
    )
    assert not in_window(window, date(2026, 11, 15), has_plan=True)
    assert in_window(window, date(2026, 11, 16), has_plan=True)
    assert in_window(window, date(2026, 11, 29), has_plan=True)
    assert not in_window(window, date(2026, 11, 30), has_plan=True)
    assert not in_window(window, date(2027, 6, 1), has_plan=True)
    assert in_window(window, date(2027, 6, 1), has_plan=False)


def test_a_meeting_held_two_days_after_its_deadline_was_late_one_day() -> None:
    release = date(2027, 2, 15)  # the meeting is due on 15 November 2026
    in_place = tuple(
        ChecklistItem(area=area, status=ItemStatus.IN_PLACE)
        for area in (ChecklistArea.MENTOR, ChecklistArea.INCOME)
    )
    held = ReleaseMeeting(expected_release=release, checklist=in_place)
    one_day = late_window(held.model_copy(update={"meeting_on": date(2026, 11, 17)}), rules=RULES)
    assert (one_day.late_span_from, one_day.late_span_until) == (date(2026, 11, 16),) * 2
    next_day = late_window(held.model_copy(update={"meeting_on": date(2026, 11, 16)}), rules=RULES)
    assert (next_day.late_from, next_day.late_span_from) == (None, None)


def test_a_meeting_without_a_release_date_is_never_late() -> None:
    assert late_window(ReleaseMeeting(admitted_on=date(2020, 1, 1)), rules=RULES) == LateWindow()
    stored = ReleaseMeeting(admitted_on=date(2020, 1, 1)).model_dump_json()
    assert overdue_of_stored(stored, rules=RULES, has_plan=False, today=TODAY) == ()


def test_the_stored_meeting_is_counted_by_the_one_rule() -> None:
    meeting = ReleaseMeeting(expected_release=date(2027, 1, 10))
    found = overdue_of_stored(meeting.model_dump_json(), rules=RULES, has_plan=False, today=TODAY)
    assert found == overdue_milestones(meeting, rules=RULES, has_plan=False, today=TODAY)
    assert [d.milestone for d in found] == [Milestone.MEETING]


def test_other_rules_have_another_key() -> None:
    tighter = TimelineRules(
        rules=tuple(
            rule.model_copy(update={"months_before": 4})
            if rule.milestone is Milestone.MEETING
            else rule
            for rule in RULES.rules
        )
    )
    assert isinstance(tighter.rules[0], MilestoneRule)
    assert rules_key(tighter) != rules_key(RULES)
    assert rules_key(RULES) == rules_key(RULES.model_copy())


def test_a_case_is_counted_only_when_asked_about() -> None:
    """On a day many are late, the list counts only the rows it draws."""
    late = ReleaseMeeting(expected_release=date(2027, 1, 10))
    stored = {CaseId(1): (late.model_dump_json(), False), CaseId(2): ("not a meeting", False)}
    marks = OverdueByCase(stored, rules=RULES, today=TODAY)
    assert [d.milestone for d in marks[CaseId(1)]] == [Milestone.MEETING]
    assert marks.get(CaseId(3), ()) == ()
    with pytest.raises(json.JSONDecodeError):
        marks.get(CaseId(2))
