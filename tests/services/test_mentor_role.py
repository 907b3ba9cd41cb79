"""A user with the mentor role sees their own mentor courses and the cases behind them,
and nothing else: searching finds only those cases, opening any other is refused (and
audited as refused), and every other read (persons, assessments, plans, meetings, review,
access insight, the start page) is refused before anything is read. The role is signed
like the others and verifies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mentor_users import MENTOR, add_mentor
from riskdesk.domain.audit import AuditAction
from riskdesk.domain.mentor_access import OutsideOwnCourses
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.fixture
def courses(demo_location: Path | str) -> dict[str, Any]:
    """Two cases: ``own`` with a course of the mentor, ``other`` with none of theirs."""
    add_mentor(demo_location)
    add_mentor(demo_location, "mads.mentor", "Mads Mentor")
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        own, other, third = desk.cases.search()[:3]
        course = desk.mentor_courses.start(
            own.case_id, mentor_username=MENTOR, started_on=date(2025, 3, 1)
        )
        colleague = desk.mentor_courses.start(
            other.case_id, mentor_username="mads.mentor", started_on=date(2025, 3, 1)
        )
    return {"own": own, "other": other, "third": third, "course": course, "colleague": colleague}


def _as_mentor(vault: Path | str) -> Desk:
    return Desk.open(vault, username=MENTOR, password=PASSWORD)


def test_the_signed_mentor_role_verifies(
    demo_location: Path | str, courses: dict[str, Any]
) -> None:
    with _as_mentor(demo_location) as desk:
        assert desk.user.role is Role.MENTOR
    with Desk.open(demo_location, username="admin", password=PASSWORD) as admin:
        roles = {user.username: user.role for user in admin.users.list()}
        assert admin.audit.verify().intact
    assert roles[MENTOR] is Role.MENTOR


def test_a_mentor_finds_only_the_cases_of_their_courses(
    demo_location: Path | str, courses: dict[str, Any]
) -> None:
    own, other = courses["own"], courses["other"]
    with _as_mentor(demo_location) as desk:
        assert [s.case_id for s in desk.cases.search()] == [own.case_id]
        assert desk.cases.search(other.person_name.split()[0]) in (
            [],
            [s for s in desk.cases.search() if other.person_name.split()[0] in s.person_name],
        )
        assert desk.cases.search(other.case_number) == []
        assert desk.cases.search(other.cpr.replace("-", "")[:6]) in ([], desk.cases.search(own.cpr))
        _person, case = desk.cases.with_person(own.case_id)
        assert case.case_number == own.case_number
        mine = desk.mentor_courses.for_mentor()
    assert [line.course.id for line in mine] == [courses["course"].id]


@pytest.mark.parametrize(
    "attempt",
    [
        lambda desk, c: desk.cases.with_person(c["other"].case_id),
        lambda desk, c: desk.cases.get(c["third"].case_id),
        lambda desk, c: desk.cases.by_number(c["other"].case_number),
        lambda desk, c: desk.mentor_courses.for_case(c["other"].case_id),
        lambda desk, c: desk.mentor_courses.end(
            c["colleague"].id, ended_on=date(2025, 9, 1), reason="completed"
        ),
        lambda desk, c: desk.mentor_courses.for_mentor("mads.mentor"),
    ],
    ids=["open", "get", "by-number", "courses-of-case", "end-colleague's", "colleague's-list"],
)
def test_a_mentor_cannot_open_another_case(
    demo_location: Path | str,
    courses: dict[str, Any],
    attempt: Callable[[Desk, dict[str, Any]], object],
) -> None:
    with _as_mentor(demo_location) as desk, pytest.raises(OutsideOwnCourses) as refused:
        attempt(desk, courses)
    assert "egne mentorforløb" in refused.value.text("da")
    with Desk.open(demo_location, username="admin", password=PASSWORD) as admin:
        last = [e for e in admin.audit.events() if e.username == MENTOR][-1]
    assert last.action is AuditAction.REFUSED


@pytest.mark.parametrize(
    "attempt",
    [
        lambda desk, c: desk.persons.get(c["own"].person_id),
        lambda desk, c: desk.assessments.for_case(c["own"].case_id),
        lambda desk, c: desk.plans.current(c["own"].case_id),
        lambda desk, c: desk.release_meetings.get(c["own"].case_id),
        lambda desk, c: desk.meetings.list(),
        lambda desk, c: desk.review.queue(),
        lambda desk, c: desk.access_insight.for_person(c["own"].person_id),
        lambda desk, c: desk.today.view(),
        lambda desk, c: desk.cases.for_person(c["own"].person_id),
        lambda desk, c: desk.mentor_courses.start(
            c["own"].case_id, mentor_username=MENTOR, started_on=date(2026, 1, 1)
        ),
        lambda desk, c: desk.retention.review(),
    ],
    ids=[
        "person",
        "assessments",
        "plan",
        "release",
        "meetings",
        "review",
        "insight",
        "today",
        "person's cases",
        "start a course",
        "retention",
    ],
)
def test_every_other_read_is_refused_to_a_mentor(
    demo_location: Path | str,
    courses: dict[str, Any],
    attempt: Callable[[Desk, dict[str, Any]], object],
) -> None:
    with _as_mentor(demo_location) as desk, pytest.raises(PermissionDenied):
        attempt(desk, courses)


def test_a_mentor_ends_their_own_course(demo_location: Path | str, courses: dict[str, Any]) -> None:
    with _as_mentor(demo_location) as desk:
        ended = desk.mentor_courses.end(
            courses["course"].id,
            ended_on=date(2025, 12, 1),
            reason="completed",
            reoffended="no",
        )
    assert not ended.active


def test_a_mentor_s_release_deadlines_are_of_their_own_cases(
    demo_location: Path | str, courses: dict[str, Any]
) -> None:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        everyone = set(desk.release_meetings.overdue_by_case(today=date(2030, 1, 1)))
    with _as_mentor(demo_location) as desk:
        mine = set(desk.release_meetings.overdue_by_case(today=date(2030, 1, 1)))
    assert everyone - {courses["own"].case_id}
    assert mine <= {courses["own"].case_id}
