"""The case list's release-deadline marks come from one indexed query that reads only
the meetings that can be late, and they are the marks the one rule gives
(domain/release_progress.py), on every day around the deadlines, on both stores."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_meeting import (
    ChecklistArea,
    ChecklistItem,
    ItemStatus,
    MilestoneReached,
    ReleaseMeeting,
)
from riskdesk.domain.release_progress import overdue_milestones
from riskdesk.domain.release_timeline import Deadline, Milestone, release_timeline
from riskdesk.services.desk import Desk
from riskdesk.store import release_meeting_repository
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import read_key_file, sidecar_path
from riskdesk.store.vault_identity import unlock
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)


def _by_the_rule(desk: Desk, days: list[date]) -> dict[date, dict[CaseId, tuple[Deadline, ...]]]:
    """Every open case's meeting read one by one and counted by the rule, on each day."""
    rules = desk.release_meetings.form.timeline
    views = [
        desk.release_meetings.view(case.case_id)
        for case in desk.cases.search()
        if case.status is CaseStatus.OPEN
    ]
    counted = [
        (view.case_id, view.meeting, view.has_plan)
        for view in views
        if view.meeting is not None and view.meeting.expected_release is not None
    ]
    marks: dict[date, dict[CaseId, tuple[Deadline, ...]]] = {}
    for day in days:
        late = {
            case_id: overdue_milestones(meeting, rules=rules, has_plan=has_plan, today=day)
            for case_id, meeting, has_plan in counted
        }
        marks[day] = {case_id: found for case_id, found in late.items() if found}
    return marks


def _open_meetings(desk: Desk) -> list[ReleaseMeeting]:
    found = []
    for case in desk.cases.search():
        if case.status is CaseStatus.OPEN:
            meeting = desk.release_meetings.get(case.case_id)
            if meeting is not None:
                found.append(meeting)
    return found


def _turning_days(desk: Desk, meetings: list[ReleaseMeeting]) -> list[date]:
    """The days before, on and after each deadline, meeting and reached milestone."""
    rules = desk.release_meetings.form.timeline
    marks = {TODAY}
    for meeting in meetings:
        marks |= {d.due for d in release_timeline(meeting.dates, rules)}
        marks |= {reached.on for reached in meeting.reached}
        if meeting.meeting_on is not None:
            marks.add(meeting.meeting_on)
    return sorted({mark + timedelta(days=shift) for mark in marks for shift in (0, 1, 2)})


def _cases_without_meetings(desk: Desk) -> list[tuple[CaseId, bool]]:
    """Open cases with no release meeting, each with whether it has a plan."""
    return [
        (c.case_id, desk.plans.current(c.case_id) is not None)
        for c in desk.cases.search()
        if c.kind is not CaseKind.RELEASE
        and c.status is CaseStatus.OPEN
        and desk.release_meetings.get(c.case_id) is None
    ]


def _late_in_every_way(desk: Desk) -> list[CaseId]:
    """Cases late in each of the ways the stored windows keep apart: a deadline with no
    day to be done, a meeting held after its deadline, a meeting set for a day after it,
    the plan's deadline (then a plan), and a milestone reached late."""
    free = _cases_without_meetings(desk)
    plan = next(case_id for case_id, has_plan in free if not has_plan)
    never, held_late, set_late, reached = [case_id for case_id, _ in free if case_id != plan][:4]
    release = date(2027, 1, 10)  # the meeting is due 10 October 2026
    in_place = tuple(
        ChecklistItem(area=area, status=ItemStatus.IN_PLACE)
        for area in (ChecklistArea.MENTOR, ChecklistArea.INCOME)
    )
    save = desk.release_meetings.save
    save(never, ReleaseMeeting(expected_release=release))
    save(held_late, ReleaseMeeting(expected_release=release, meeting_on=date(2026, 11, 1)))
    save(
        set_late,
        ReleaseMeeting(expected_release=release, meeting_on=date(2026, 12, 20), checklist=in_place),
    )
    save(
        plan,
        ReleaseMeeting(
            expected_release=date(2026, 12, 1), meeting_on=date(2026, 8, 1), checklist=in_place
        ),
    )
    desk.release_meetings.add_decisions_to_plan(plan)
    save(
        reached,
        ReleaseMeeting(
            admitted_on=date(2026, 1, 5),
            expected_release=date(2028, 1, 5),
            reached=(MilestoneReached(milestone=Milestone.PRISON_PLAN, on=date(2026, 3, 1)),),
            meeting_on=date(2027, 9, 1),
            checklist=in_place,
        ),
    )
    return [never, held_late, set_late, plan, reached]


def test_the_marks_are_the_rules_on_every_day_around_the_deadlines(desk: Desk) -> None:
    _late_in_every_way(desk)
    meetings = _open_meetings(desk)
    days = _turning_days(desk, meetings)
    assert len(days) > 20
    expected = _by_the_rule(desk, days)
    for day in days:
        assert desk.release_meetings.overdue_by_case(today=day) == expected[day], day


def test_only_the_late_meetings_are_read(desk: Desk) -> None:
    never, _, set_late, *_ = _late_in_every_way(desk)
    before = len(desk.audit.events())

    marks = desk.release_meetings.overdue_by_case(today=TODAY)

    assert set(marks) == {never, set_late}
    event = desk.audit.events()[before:][0]
    assert event.entity is AuditEntity.RELEASE_MEETING
    assert event.details["meetings_read"] == 2
    assert len(_open_meetings(desk)) >= 6


def test_meetings_stored_before_their_late_days_were_are_counted_in_full(
    request: pytest.FixtureRequest, demo_location: Path | str
) -> None:
    """A vault from before migration 0013, or meetings saved under other timeline rules:
    their windows are unknown, so they are read and counted as before, and stored as
    they are counted."""
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        _late_in_every_way(desk)
        expected = _by_the_rule(desk, [TODAY])[TODAY]
        open_meetings = len(_open_meetings(desk))
    with _raw(request, demo_location) as execute:
        execute("UPDATE release_meetings SET late_from = NULL, marks_rules = NULL")
        execute("UPDATE release_meetings SET marks_rules = 'other-rules' WHERE id % 2 = 0")
    # An administrator only reads the meetings on the team server: counted, not stored.
    with Desk.open(demo_location, username="admin", password=PASSWORD) as desk:
        assert desk.release_meetings.overdue_by_case(today=TODAY) == expected
    with _raw(request, demo_location) as execute:
        execute("UPDATE release_meetings SET marks_rules = NULL")
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        assert desk.release_meetings.overdue_by_case(today=TODAY) == expected
        assert _meetings_read(desk) == open_meetings
        assert desk.release_meetings.overdue_by_case(today=TODAY) == expected
        assert _meetings_read(desk) == len(expected)


def test_a_vault_gives_its_meetings_their_late_days_a_few_at_a_time(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After migration 0013 a large vault's first count would give every meeting its
    window while the case list waits; each count gives a few, the rest are read as
    before until they have theirs."""
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        _late_in_every_way(desk)
        expected = _by_the_rule(desk, [TODAY])[TODAY]
        open_meetings = len(_open_meetings(desk))
    with _raw_vault(demo_path) as execute:
        execute("UPDATE release_meetings SET marks_rules = NULL")
    monkeypatch.setattr(release_meeting_repository, "FILLED_AT_ONCE", 3)
    reads = []
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        for _ in range(open_meetings):
            assert desk.release_meetings.overdue_by_case(today=TODAY) == expected
            reads.append(_meetings_read(desk))
    assert reads[0] == open_meetings
    assert len(expected) < reads[1] < reads[0]
    assert reads[-1] == len(expected)


def test_the_vault_finds_them_by_index_alone(demo_path: Path) -> None:
    """No table is read row by row: each part of the query is one index range (the
    case list counted every open case before, 3.7 s at 100,000 people)."""
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        engine = desk.vault._engine  # type: ignore[attr-defined]
        statements: list[tuple[str, Any]] = []

        def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
            if "late_from" in statement:
                statements.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", remember)
        try:
            desk.release_meetings.overdue_by_case(today=TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", remember)
        [(statement, parameters)] = statements
        with engine.connect() as connection:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            steps = [row[3] for row in plan]
    assert not [step for step in steps if step.startswith("SCAN")], steps
    assert any("ix_release_meetings_late " in step for step in steps), steps


def _meetings_read(desk: Desk) -> int:
    last = desk.audit.events()[-1]
    assert last.details["use_case"] == "release_meeting.deadlines"
    return int(last.details["meetings_read"])


@contextmanager
def _raw(request: pytest.FixtureRequest, location: Path | str) -> Iterator[Any]:
    """Rows written as a keyholder (the vault) or the owner (the server) could."""
    if isinstance(location, str):
        engine = request.getfixturevalue("server_demo").owner_engine()
        try:
            with engine.begin() as connection:
                yield lambda sql: connection.execute(text(sql))
        finally:
            engine.dispose()
        return
    with _raw_vault(location) as execute:
        yield execute


@contextmanager
def _raw_vault(path: Path) -> Iterator[Any]:
    opened = unlock(read_key_file(sidecar_path(path)), username="koordinator", password=PASSWORD)
    connection = open_cipher_connection(path, bytes(opened[0].data_key))
    try:
        yield connection.execute
        connection.commit()
    finally:
        connection.close()
