"""The demo vault's journals and outcomes: cases closed through the close use case with
their outcome at closing, follow-ups recorded on the older ones, and on the start page
the outcome follow-ups due now and journal follow-ups due this week; concern talks after
the police daily report among the entries."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from riskdesk.domain.case import CaseStatus
from riskdesk.domain.case_outcome import OutcomePoint
from riskdesk.domain.journal import JournalKind
from riskdesk.domain.today import Opens
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)  # the day tests/conftest.py builds the demo vault for


def test_the_demo_closes_cases_with_outcomes_and_keeps_journals(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        cases = desk.cases.search()
        closed = [c for c in cases if c.status is CaseStatus.CLOSED]
        outcomes = [desk.outcomes.for_case(case_id=c.case_id) for c in closed]
        journals = {c.case_id: desk.journal.for_case(case_id=c.case_id) for c in cases}
        page = desk.today.view(today=TODAY)
    assert 4 <= len(closed) <= len(cases) // 5
    assert all(o.recorded[0].point is OutcomePoint.CLOSING for o in outcomes)
    points = [p for o in outcomes for p in (r.point for r in o.recorded)]
    assert OutcomePoint.SIX_MONTHS in points
    assert OutcomePoint.TWELVE_MONTHS in points

    with_entries = [entries for entries in journals.values() if entries]
    assert len(with_entries) >= len(cases) // 5
    kinds = {e.kind for entries in with_entries for e in entries}
    assert JournalKind.CONCERN_TALK in kinds
    assert len(kinds) >= 4
    for entries in with_entries:
        assert [e.happened_on for e in entries] == sorted(
            (e.happened_on for e in entries), reverse=True
        )

    outcome_lines = [line for line in page.lines if line.opens is Opens.OUTCOME]
    journal_lines = [line for line in page.lines if line.opens is Opens.JOURNAL]
    assert {line.outcome_point for line in outcome_lines} == {"6m", "12m"}
    assert any(
        line.when is not None and TODAY <= line.when <= TODAY + timedelta(days=6)
        for line in journal_lines
    )
