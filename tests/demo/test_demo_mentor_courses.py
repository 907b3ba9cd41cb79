"""The demo vault's mentor courses look like the seed report's table: courses on open
cases of several kinds, most of them active, two ended by a new offence during the
course, about ten months long on average; the demo's mentor user sees their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from riskdesk.domain.mentor_course import Reoffended
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import DEMO_PERSONS, PASSWORD

TODAY = date(2026, 11, 21)  # the day tests/conftest.py builds the demo vault for


def test_the_demo_has_courses_like_the_seeds(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        lines = desk.mentor_courses.all()
    courses = [line.course for line in lines]
    active = [c for c in courses if c.active]
    reoffended = [c for c in courses if c.reoffended is Reoffended.YES]
    assert DEMO_PERSONS // 4 <= len(courses) <= 20
    assert len(active) > len(courses) / 2
    assert len(reoffended) == 2
    assert all(c.reoffended_on is not None and not c.active for c in reoffended)
    average = sum(c.months_run(TODAY) for c in courses) / len(courses)
    assert 6 <= average <= 14
    assert {line.course.mentor_username is None for line in lines} == {True, False}


def test_the_demo_mentor_sees_only_their_own_courses(demo_path: Path) -> None:
    with Desk.open(demo_path, username="mentor", password=PASSWORD) as desk:
        assert desk.user.role is Role.MENTOR
        mine = desk.mentor_courses.all()
        cases = desk.cases.search()
    assert mine
    assert {line.course.mentor_username for line in mine} == {"mentor"}
    assert {c.case_id for c in cases} == {line.course.case_id for line in mine}
