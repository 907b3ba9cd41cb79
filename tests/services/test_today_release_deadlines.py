"""The start page's release deadlines are read from the meetings that can have one due
(their stored late days, and the meetings with a meeting date or a milestone reached on
a day ahead), yet they are the lines reading every meeting gives, on every day around
the deadlines, on both stores."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from test_release_marks_query import _raw

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_meeting import (
    ChecklistArea,
    ChecklistItem,
    ItemStatus,
    MilestoneReached,
    ReleaseMeeting,
)
from riskdesk.domain.release_timeline import Milestone, release_timeline
from riskdesk.domain.today import CaseFact, Section, TodayFacts, TodayLine, build_today
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)
_IN_PLACE = tuple(
    ChecklistItem(area=area, status=ItemStatus.IN_PLACE)
    for area in (ChecklistArea.MENTOR, ChecklistArea.INCOME)
)


def _release_cases(desk: Desk) -> list[CaseId]:
    return [
        case.case_id
        for case in desk.cases.search()
        if case.kind is CaseKind.RELEASE
        and case.status is CaseStatus.OPEN
        and case.caseworker == desk.user.username
    ]


def _due_in_every_way(desk: Desk) -> list[CaseId]:
    """Release cases given meetings whose deadlines come due each way the page must
    find: never done, held after the deadline, set for a day after it, set for a day
    before it (no late day at all, only a coming line), a milestone marked reached on a
    coming day, and the plan's deadline with no plan."""
    made = [
        desk.cases.create_person_with_case(
            person=record.person, case={**record.case, "kind": CaseKind.RELEASE.value}
        )[1].id
        for record in synthetic_records(6, seed=14, today=TODAY, caseworkers=("koordinator",))
    ]
    never, held_late, set_late, set_in_time, reached_ahead, no_plan = [
        CaseId(case_id) for case_id in made if case_id is not None
    ]
    # The release meeting is due three months before release: 1 December 2026.
    release = date(2027, 3, 1)
    meetings = {
        never: ReleaseMeeting(expected_release=release),
        held_late: ReleaseMeeting(expected_release=release, meeting_on=date(2026, 12, 5)),
        set_late: ReleaseMeeting(
            expected_release=release, meeting_on=date(2026, 12, 20), checklist=_IN_PLACE
        ),
        set_in_time: ReleaseMeeting(
            expected_release=release, meeting_on=date(2026, 11, 28), checklist=_IN_PLACE
        ),
        reached_ahead: ReleaseMeeting(
            admitted_on=date(2026, 11, 1),
            expected_release=date(2027, 10, 1),
            reached=(MilestoneReached(milestone=Milestone.PRISON_PLAN, on=date(2026, 11, 27)),),
            meeting_on=date(2027, 7, 1),
            checklist=_IN_PLACE,
        ),
        no_plan: ReleaseMeeting(
            expected_release=date(2027, 1, 20), meeting_on=date(2026, 10, 1), checklist=_IN_PLACE
        ),
    }
    for case_id, meeting in meetings.items():
        stored = desk.release_meetings.view(case_id).meeting
        version = stored.row_version if stored is not None else meeting.row_version
        desk.release_meetings.save(case_id, meeting.model_copy(update={"row_version": version}))
    return list(meetings)


def _open_meetings(desk: Desk) -> Iterator[tuple[CaseId, ReleaseMeeting, bool]]:
    for case_id in _release_cases(desk):
        view = desk.release_meetings.view(case_id)
        if view.meeting is not None:
            yield case_id, view.meeting, view.has_plan


def _every_meeting_read(desk: Desk, days: list[date]) -> dict[date, tuple[list[TodayLine], int]]:
    """Each day's release lines as the page gave them when it read every meeting of the
    user's open cases whose release is from a month ago to 400 days ahead."""
    cases = {
        case.case_id: CaseFact(case.case_id, case.case_number, case.person_name)
        for case in desk.cases.search()
        if case.status is CaseStatus.OPEN and case.caseworker == desk.user.username
    }
    meetings = list(_open_meetings(desk))
    expected = {}
    for day in days:
        facts = TodayFacts(
            cases=cases, release_meetings=[m for m in meetings if _releasing_near(m[1], day)]
        )
        page = build_today(
            facts, rules=desk.today.rules, release=desk.release_meetings.form.timeline, today=day
        )
        expected[day] = (list(page.section(Section.RELEASE)), page.more.get(Section.RELEASE, 0))
    return expected


def _releasing_near(meeting: ReleaseMeeting, day: date) -> bool:
    release = meeting.expected_release
    return release is not None and -31 <= (release - day).days <= 400


def _turning_days(desk: Desk) -> list[date]:
    """The days on which a line can come or go: around each deadline, its first day
    within the page's look-ahead, each meeting date and each milestone reached."""
    rules = desk.release_meetings.form.timeline
    ahead = desk.today.rules.ahead_days
    marks = {TODAY}
    for _, meeting, _ in _open_meetings(desk):
        marks |= {d.due for d in release_timeline(meeting.dates, rules)}
        marks |= {d.due - timedelta(days=ahead) for d in release_timeline(meeting.dates, rules)}
        marks |= {reached.on for reached in meeting.reached}
        if meeting.meeting_on is not None:
            marks.add(meeting.meeting_on)
    return sorted({mark + timedelta(days=shift) for mark in marks for shift in (-1, 0, 1, 2)})


def _shown(desk: Desk, day: date) -> tuple[list[TodayLine], int]:
    page = desk.today.view(today=day)
    return list(page.section(Section.RELEASE)), page.more.get(Section.RELEASE, 0)


def test_the_lines_are_those_of_every_meeting_read_on_every_day_around_the_deadlines(
    desk: Desk,
) -> None:
    _due_in_every_way(desk)
    days = _turning_days(desk)
    assert len(days) > 40
    expected = _every_meeting_read(desk, days)
    assert sum(len(lines) for lines, _ in expected.values()) > 40
    for day in days:
        assert _shown(desk, day) == expected[day], day


def test_a_meeting_set_before_its_deadline_is_on_the_page_until_it_is_held(desk: Desk) -> None:
    """No late day is stored for it (it is never late), so only its date ahead finds it."""
    set_in_time = _due_in_every_way(desk)[3]
    on_the_page = [
        day
        for day in (date(2026, 11, 20), date(2026, 11, 27), date(2026, 11, 28))
        if any(line.case_id == set_in_time for line in _shown(desk, day)[0])
    ]
    assert on_the_page == [date(2026, 11, 20), date(2026, 11, 27)]


def test_only_the_meetings_that_can_have_a_line_are_read(desk: Desk) -> None:
    _due_in_every_way(desk)
    meetings = sum(1 for _ in _open_meetings(desk))
    before = len(desk.audit.events())

    lines, more = _shown(desk, TODAY)

    (event,) = desk.audit.events()[before:]
    read = event.details["release_meetings_read"]
    assert len({line.case_id for line in lines}) <= read < meetings
    assert more == 0


def test_meetings_without_late_days_under_these_rules_are_read_in_full(
    request: pytest.FixtureRequest, demo_location: Path | str
) -> None:
    """A vault from before migration 0013, or meetings saved under other timeline
    rules: their days are unknown, so they are read as before."""
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        _due_in_every_way(desk)
        expected = _every_meeting_read(desk, [TODAY])[TODAY]
        near = sum(1 for _, meeting, _ in _open_meetings(desk) if _releasing_near(meeting, TODAY))
    with _raw(request, demo_location) as execute:
        execute("UPDATE release_meetings SET late_from = NULL, late_span_until = NULL")
        execute("UPDATE release_meetings SET marks_rules = NULL WHERE id % 2 = 0")
        execute("UPDATE release_meetings SET marks_rules = 'other-rules' WHERE id % 2 = 1")
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        before = len(desk.audit.events())
        assert _shown(desk, TODAY) == expected
        assert desk.audit.events()[before].details["release_meetings_read"] == near


def test_the_vault_finds_them_by_index_alone(demo_path: Path) -> None:
    """No table is read row by row: the stored days by index ranges, and the JSON of the
    user's own meetings only, found through their cases (a colleague's are not read)."""
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        engine = desk.vault._engine  # type: ignore[attr-defined]
        statements: list[tuple[str, Any]] = []

        def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
            if "late_from" in statement:
                statements.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", remember)
        try:
            desk.today.view(today=TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", remember)
        [(statement, parameters)] = statements
        with engine.connect() as connection:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            steps = [row[3] for row in plan]
    scans = [step for step in steps if step.startswith("SCAN")]
    assert scans == ["SCAN reached VIRTUAL TABLE INDEX 3:"], steps
    assert any("ix_release_meetings_late " in step for step in steps), steps
    assert any("ix_cases_caseworker_status" in step for step in steps), steps
