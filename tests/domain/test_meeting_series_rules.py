"""Repeating meetings, the coordination meeting's area, and a decision with owner, budget
and deadline becoming a plan action: pure rules, each refusal naming its field."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.action_plan import ActionPlan, NeedArea, Responsible
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import AgendaItem, Meeting, MeetingId, MeetingKind
from riskdesk.domain.meeting_decision_plan import (
    decision_action,
    with_decision_action,
    with_decision_details,
)
from riskdesk.domain.meeting_series import MAX_MEETINGS, check_area, parse_dates, series_dates
from riskdesk.domain.refusals import UserInputError

FIRST = date(2026, 1, 7)
CASE = CaseId(4)


def _field(error: pytest.ExceptionInfo[UserInputError]) -> str:
    (problem,) = error.value.problems
    return problem.field


def test_every_two_weeks_until_a_date_includes_the_end() -> None:
    days = series_dates(FIRST, every_weeks=2, until=date(2026, 2, 18))
    assert days == [FIRST + timedelta(weeks=2 * n) for n in range(4)]


@given(
    every=st.integers(1, 8),
    span=st.integers(1, 300),
)
def test_a_series_is_evenly_spaced_and_ends_by_its_end(every: int, span: int) -> None:
    until = FIRST + timedelta(days=span)
    if until < FIRST + timedelta(weeks=every * MAX_MEETINGS):
        days = series_dates(FIRST, every_weeks=every, until=until)
    else:
        with pytest.raises(UserInputError):
            series_dates(FIRST, every_weeks=every, until=until)
        return
    assert days[0] == FIRST
    assert all(b - a == timedelta(weeks=every) for a, b in pairwise(days))
    assert days[-1] <= until < days[-1] + timedelta(weeks=every)
    assert len(days) <= MAX_MEETINGS


def test_given_dates_are_sorted_once_each_after_the_first() -> None:
    later = [date(2026, 3, 4), date(2026, 2, 4), date(2026, 3, 4)]
    assert series_dates(FIRST, dates=later) == [FIRST, date(2026, 2, 4), date(2026, 3, 4)]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"every_weeks": 0, "until": date(2026, 3, 1)}, "every_weeks"),
        ({"every_weeks": 2}, "until"),
        ({"every_weeks": 2, "until": FIRST}, "until"),
        ({"every_weeks": 1, "until": FIRST + timedelta(weeks=MAX_MEETINGS)}, "until"),
        ({"every_weeks": 2, "until": date(2026, 3, 1), "dates": [date(2026, 2, 1)]}, "dates"),
        ({}, "dates"),
        ({"dates": [FIRST]}, "dates"),
    ],
)
def test_a_wrong_series_names_its_field(arguments: dict, field: str) -> None:
    with pytest.raises(UserInputError) as refused:
        series_dates(FIRST, **arguments)
    assert _field(refused) == field


def test_a_coordination_meeting_needs_an_area_from_the_list_and_others_have_none() -> None:
    areas = ("Nord", "Syd")
    check_area(Meeting(kind=MeetingKind.COORDINATION, held_on=FIRST, area="Nord"), areas)
    check_area(Meeting(kind=MeetingKind.SSP, held_on=FIRST), areas)
    for meeting in (
        Meeting(kind=MeetingKind.COORDINATION, held_on=FIRST),
        Meeting(kind=MeetingKind.YOUTH_COORDINATION, held_on=FIRST, area="Atlantis"),
        Meeting(kind=MeetingKind.INFOHUS, held_on=FIRST, area="Nord"),
    ):
        with pytest.raises(UserInputError) as refused:
            check_area(meeting, areas)
        assert _field(refused) == "area"


def _decided(**item: object) -> Meeting:
    fields = {"case_id": CASE, "decision": "Mentor fra næste uge.\nDetaljer følger."} | item
    return Meeting(
        id=MeetingId(9),
        kind=MeetingKind.OPERATIVE,
        held_on=FIRST,
        items=(AgendaItem.model_validate(fields),),
    )


def test_owner_budget_and_deadline_are_kept_and_checked() -> None:
    meeting = with_decision_details(
        _decided(), CASE, owner="Jobcentret", budget="12.000 kr.", deadline=date(2026, 2, 1)
    )
    item = meeting.item(CASE)
    assert item is not None
    assert (item.decision_owner, item.decision_budget, item.decision_deadline) == (
        "Jobcentret",
        "12.000 kr.",
        date(2026, 2, 1),
    )
    with pytest.raises(UserInputError) as refused:
        with_decision_details(_decided(), CASE, owner="", budget="x" * 65, deadline=None)
    assert _field(refused) == "decision_budget"


def test_the_decision_becomes_an_action_with_its_owner_and_deadline_once() -> None:
    meeting = _decided(
        decision_owner="Jobcentret", decision_budget="5.000 kr.", decision_deadline=date(2026, 2, 1)
    )
    plan = ActionPlan(case_id=CASE, made_on=FIRST)
    once = with_decision_action(plan, meeting, CASE)
    twice = with_decision_action(once, meeting, CASE)
    assert once == twice
    (goal,) = once.goals
    assert goal.need_area is NeedArea.SAFETY
    (action,) = goal.actions
    assert action.what == "Mentor fra næste uge."
    assert (action.responsible, action.responsible_name) == (Responsible.OTHER, "Jobcentret")
    assert action.due == date(2026, 2, 1)
    assert "5.000 kr." in action.success_criterion


def test_no_decision_is_refused_naming_the_decision() -> None:
    with pytest.raises(UserInputError) as refused:
        decision_action(AgendaItem(case_id=CASE))
    assert _field(refused) == "decision"


def test_typed_dates_are_read_and_a_wrong_one_is_named_by_its_place() -> None:
    assert parse_dates("4.2.2026, 2026-03-04;  1.4.2026 ") == [
        date(2026, 2, 4),
        date(2026, 3, 4),
        date(2026, 4, 1),
    ]
    assert parse_dates("  ") == []
    with pytest.raises(UserInputError) as refused:
        parse_dates("4.2.2026, 31.2.2026")
    assert _field(refused) == "dates"
    assert "nr. 2" in refused.value.problems[0].message.da
    assert "31.2" not in refused.value.text("da")
