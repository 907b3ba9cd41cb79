"""The start page reads each section's first lines and counts the rest in SQL, and reads
the names of only the cases its lines name: the reassessments and cases without a plan
are still the lines and counts that reading every case gives, on both stores."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from plan_dues_rows import rows
from riskdesk.domain.release_timeline import months_before
from riskdesk.domain.today import Section, TodayRules
from riskdesk.services.desk import Desk
from riskdesk.services.today_service import TodayService
from vault_fixtures import PASSWORD

# Long enough after the demo's assessments that some are due again.
TODAY = date.today() + timedelta(days=250)


def _every_case_read(desk: Desk) -> dict[Section, list[tuple[date, int]]]:
    """Each section's lines, soonest first, from every open case's last assessment."""
    last = {
        case_id: day if isinstance(day, date) else date.fromisoformat(day)
        for case_id, day in rows(
            desk,
            "SELECT c.id, max(a.assessment_date) FROM cases AS c "
            "JOIN assessments AS a ON a.person_id = c.person_id "
            "WHERE c.caseworker = 'koordinator' AND c.status = 'open' AND a.status = 'final' "
            "GROUP BY c.id",
        )
    }
    with_plan = {case_id for (case_id,) in rows(desk, "SELECT case_id FROM action_plans")}
    rules = desk.today.rules
    due_before = months_before(TODAY, rules.reassessment_after_months)
    plan_by = TODAY - timedelta(days=rules.plan_within_days)
    return {
        Section.REASSESSMENTS: sorted(
            (day, case_id) for case_id, day in last.items() if day < due_before
        ),
        Section.NO_PLAN: sorted(
            (day, case_id)
            for case_id, day in last.items()
            if day <= plan_by and case_id not in with_plan
        ),
    }


def test_reassessments_and_cases_without_a_plan_are_those_of_every_case(
    demo_location: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Few lines a section, so the sections have more than they show.
    few = TodayRules(lines_per_section=5)
    monkeypatch.setattr(TodayService, "rules", property(lambda _self: few))
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        expected = _every_case_read(desk)
        page = desk.today.view(today=TODAY)
    limit = desk.today.rules.lines_per_section
    assert len(expected[Section.REASSESSMENTS]) > limit
    for section, lines in expected.items():
        shown = [(line.when, line.case_id) for line in page.section(section)]
        assert shown == lines[:limit], section
        assert page.more.get(section, 0) == max(0, len(lines) - limit), section


def test_only_the_cases_the_lines_name_are_read_with_their_names(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    few = TodayRules(lines_per_section=5)
    monkeypatch.setattr(TodayService, "rules", property(lambda _self: few))
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        engine = desk.vault._engine  # type: ignore[attr-defined]
        named: list[Any] = []

        def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
            if "persons.name" in statement:
                named.append(parameters)

        event.listen(engine, "before_cursor_execute", remember)
        try:
            page = desk.today.view(today=TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", remember)
        (opened,) = rows(
            desk,
            "SELECT count(*) FROM cases WHERE caseworker = 'koordinator' AND status = 'open'",
        )
        releasing = {case_id for (case_id,) in rows(desk, "SELECT case_id FROM release_meetings")}
    shown = {line.case_id for line in page.lines if line.case_id is not None}
    ids = {value for parameters in named for value in parameters if isinstance(value, int)}
    # The names of the lines' cases (a release meeting's is read to count its deadlines).
    assert ids
    assert ids <= shown | releasing
    assert len(ids) < opened[0] - 10


def test_a_user_with_few_of_the_cases_has_their_dates_read_by_case(demo_path: Path) -> None:
    """Not every plan's due date walked in date order to find none of theirs (a
    supervisor with no cases had 300,000 dates checked at 100,000 people)."""
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        engine = desk.vault._engine  # type: ignore[attr-defined]
        statements: list[tuple[str, Any]] = []

        def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
            if "FROM plan_dues" in statement and "'action'" not in statement:
                statements.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", remember)
        try:
            desk.today.view(today=TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", remember)
        with engine.connect() as connection:
            plans = [
                [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p)]
                for s, p in statements
                if "plan_dues.what" in s or "count(*)" in s
            ]
    assert len(plans) == 2
    for steps in plans:
        assert any("ix_plan_dues_case" in step for step in steps), steps
        assert not any("ix_plan_dues_due" in step for step in steps), steps
