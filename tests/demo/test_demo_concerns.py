"""The demo vault holds a realistic year of niveau-1 concerns: about 120 over the last
twelve months, mostly 12- to 17-year-olds, every area, some closed with a reason, a few
escalated to cases for people who entered the vault that way, several on
youth-coordination agendas; and none of them names anyone in the vault."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from riskdesk.cli.concern_commands import as_json
from riskdesk.domain.concern import AgeBand, ConcernStatus
from riskdesk.domain.meeting import MeetingKind
from riskdesk.services.desk import Desk
from vault_fixtures import DEMO_PERSONS, PASSWORD

TODAY = date(2026, 11, 21)  # the day tests/conftest.py builds the demo vault for


def test_the_demo_has_a_year_of_concerns(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        concerns = desk.concerns.list()
        cases = desk.cases.search()
        youth = [m for m in desk.meetings.list() if m.kind is MeetingKind.YOUTH_COORDINATION]
        on_agendas = {m.id: desk.concerns.agenda(m.id) for m in youth if m.id is not None}
    assert 100 <= len(concerns) <= 140
    assert all(TODAY - timedelta(days=366) <= c.noted_on <= TODAY for c in concerns)
    statuses = {s: [c for c in concerns if c.status is s] for s in ConcernStatus}
    assert len(statuses[ConcernStatus.CLOSED]) > 30
    assert all(c.close_reason is not None for c in statuses[ConcernStatus.CLOSED])
    assert len(statuses[ConcernStatus.ESCALATED]) == 3
    assert len(statuses[ConcernStatus.OPEN]) > 10
    teens = [c for c in concerns if c.age_band in (AgeBand.FROM_12_TO_14, AgeBand.FROM_15_TO_17)]
    assert len(teens) > len(concerns) / 2
    assert {c.area for c in concerns} == set(desk.concerns.areas)
    # The escalated people are among the demo's people, not added to them.
    assert len(cases) == DEMO_PERSONS
    numbers = {c.case_number for c in cases}
    assert {c.case_number for c in statuses[ConcernStatus.ESCALATED]} <= numbers
    assert len(youth) >= 6
    assert any(m.held_on > TODAY for m in youth)
    assert sum(len(agenda) for agenda in on_agendas.values()) > 20
    exported = json.dumps([as_json(c) for c in concerns], ensure_ascii=False)
    for case in cases:
        assert case.person_name not in exported
        assert (case.cpr or "-").replace("-", "") not in exported
