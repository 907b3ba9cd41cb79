"""The mentor course's rules, each refusal naming its field: an end before the start, a
reason without an end and an end without a reason, reoffending dated without "yes" or
outside the course, one mentor's overlapping courses on a case; and how long a course has
run, in whole months, for the case page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.ids import CaseId
from riskdesk.domain.mentor_access import CaseScope, OutsideOwnCourses
from riskdesk.domain.mentor_course import (
    MentorCourse,
    MentorCourseId,
    course_from,
    months_between,
)
from riskdesk.domain.refusals import UserInputError

_DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))


def _fields(data: dict) -> list[str]:
    with pytest.raises(UserInputError) as refused:
        course_from({"case_id": 1, "mentor_username": "mette", **data})
    return [p.field for p in refused.value.problems]


@given(start=_DAYS, days=st.integers(min_value=1, max_value=3000))
def test_an_end_before_the_start_is_refused_naming_the_end(start: date, days: int) -> None:
    end = start - timedelta(days=days)
    assert _fields({"started_on": start, "ended_on": end, "end_reason": "completed"}) == [
        "ended_on"
    ]


@given(start=_DAYS, days=st.integers(min_value=0, max_value=3000))
def test_an_end_on_or_after_the_start_is_taken(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    course = course_from(
        {
            "case_id": 1,
            "external_mentor": "Ole",
            "started_on": start,
            "ended_on": end,
            "end_reason": "moved",
        }
    )
    assert not course.active
    assert course.months_run(date(2099, 1, 1)) == months_between(start, end)


def test_reason_and_end_go_together() -> None:
    assert _fields({"started_on": date(2025, 1, 1), "end_reason": "completed"}) == ["end_reason"]
    assert _fields({"started_on": date(2025, 1, 1), "ended_on": date(2025, 9, 1)}) == ["end_reason"]
    assert _fields({"started_on": date(2025, 1, 1), "end_reason": "sacked"}) == ["end_reason"]


def test_exactly_one_kind_of_mentor() -> None:
    with pytest.raises(UserInputError) as neither:
        course_from({"case_id": 1, "started_on": date(2025, 1, 1)})
    assert [p.field for p in neither.value.problems] == ["mentor"]
    assert _fields({"started_on": date(2025, 1, 1), "external_mentor": "Ole"}) == ["mentor"]


def test_reoffending_is_dated_only_with_yes_and_within_the_course() -> None:
    base = {"started_on": date(2025, 1, 1), "ended_on": date(2025, 9, 1), "end_reason": "other"}
    assert _fields({**base, "reoffended": "no", "reoffended_on": date(2025, 5, 1)}) == [
        "reoffended_on"
    ]
    assert _fields({**base, "reoffended": "yes", "reoffended_on": date(2025, 10, 1)}) == [
        "reoffended_on"
    ]
    assert _fields({**base, "reoffended": "maybe"}) == ["reoffended"]
    course_from(
        {
            "case_id": 1,
            "mentor_username": "m",
            **base,
            "reoffended": "yes",
            "reoffended_on": date(2025, 5, 1),
        }
    )


@given(
    first_start=_DAYS,
    gap=st.integers(min_value=-400, max_value=400),
    length=st.integers(min_value=0, max_value=400),
)
def test_one_mentor_s_courses_on_a_case_never_overlap(
    first_start: date, gap: int, length: int
) -> None:
    first_end = first_start + timedelta(days=length)
    first = MentorCourse(
        id=MentorCourseId(1),
        case_id=CaseId(1),
        mentor_username="mette",
        started_on=first_start,
        ended_on=first_end,
        end_reason="completed",
    )
    second = {"case_id": 1, "mentor_username": "mette", "started_on": first_end + timedelta(gap)}
    if gap > 0:
        assert course_from(second, others=[first]).active
    else:
        with pytest.raises(UserInputError) as refused:
            course_from(second, others=[first])
        assert [p.field for p in refused.value.problems] == ["started_on"]
    # Another mentor, or another case, is never in the way.
    course_from({**second, "mentor_username": "mads"}, others=[first])
    course_from({**second, "case_id": 2}, others=[first])


def test_an_active_course_overlaps_everything_after_its_start() -> None:
    running = MentorCourse(
        id=MentorCourseId(3),
        case_id=CaseId(1),
        external_mentor="Ole",
        started_on=date(2024, 1, 1),
    )
    with pytest.raises(UserInputError):
        course_from(
            {"case_id": 1, "external_mentor": "OLE", "started_on": date(2030, 1, 1)},
            others=[running],
        )


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2025, 2, 1), date(2025, 11, 15), 9),
        (date(2025, 1, 31), date(2025, 2, 28), 0),
        (date(2025, 1, 31), date(2025, 3, 31), 2),
        (date(2025, 5, 1), date(2025, 4, 1), 0),
    ],
)
def test_months_run_are_whole_months(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months


def test_a_scope_refuses_what_is_outside_it() -> None:
    scope = CaseScope.of([(1, 10), (2, 20)])
    scope.check(case_id=1, person_id=20)
    with pytest.raises(OutsideOwnCourses):
        scope.check(case_id=3)
    with pytest.raises(OutsideOwnCourses):
        scope.check(person_id=30)
