"""The unit's figures through the desk, against a real demo vault: the cases and the
inquiries are counted as the definitions say (checked against the case list and against
inquiries added in the test), only supervisors and administrators see them, each look is
audited without naming anyone, and no name or CPR number reaches the figures."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from riskdesk.domain.statistics_access import OnlyLeadersSeeStatistics
from riskdesk.domain.statistics_facts import Period
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


def _open(path: Path | str, username: str) -> Desk:
    return Desk.open(path, username=username, password=PASSWORD)


def test_cases_are_counted_when_open_on_a_day_of_the_period(demo_location: Path | str) -> None:
    with _open(demo_location, "leder") as desk:
        cases = desk.cases.search()
        figures = desk.statistics.figures(PERIOD).as_json()["cases"]
    counted = [
        c
        for c in cases
        if c.opened_on <= PERIOD.end and (c.closed_on is None or c.closed_on >= PERIOD.start)
    ]
    assert counted, "the demo vault should have cases open in the period"
    assert figures["in_period"] == len(counted)
    assert figures["by_level"]["2"] == sum(1 for c in counted if c.level == 2)
    assert figures["by_level"]["3"] == sum(1 for c in counted if c.level == 3)
    assert figures["exit"] == sum(1 for c in counted if c.level == 3 and c.kind == "exit")
    assert figures["active"] == sum(
        1 for c in counted if c.closed_on is None or c.closed_on > PERIOD.end
    )


def test_inquiries_added_are_counted_by_month_type_and_source(demo_location: Path | str) -> None:
    with _open(demo_location, "leder") as desk:
        before = desk.statistics.figures(PERIOD).as_json()["inquiries"]
    with _open(demo_location, "koordinator") as desk:
        for day, kind, source in [
            (date(2026, 2, 3), "case", "school"),
            (date(2026, 2, 28), "case", "police"),
            (date(2026, 3, 1), "advice", "health_visitor"),
            (date(2026, 7, 1), "case", "school"),  # after the period
            (date(2025, 12, 31), "case", "school"),  # before it
        ]:
            desk.inquiries.add(received_on=day, kind=kind, source=source, today=date(2026, 11, 30))
    with _open(demo_location, "leder") as desk:
        after = desk.statistics.figures(PERIOD).as_json()["inquiries"]
    assert after["count"] - before["count"] == 3
    assert after["by_month"]["2026-02"]["case"] - before["by_month"]["2026-02"]["case"] == 2
    assert after["by_month"]["2026-03"]["advice"] - before["by_month"]["2026-03"]["advice"] == 1
    assert after["by_source"]["health_visitor"] - before["by_source"]["health_visitor"] == 1
    assert after["by_source"]["school"] - before["by_source"]["school"] == 1
    assert list(after["by_month"]) == [f"2026-0{month}" for month in range(1, 7)]
    assert after["count"] == sum(after["by_source"].values()) == sum(after["by_type"].values())


def test_only_supervisors_and_administrators_see_the_figures(demo_location: Path | str) -> None:
    with _open(demo_location, "koordinator") as desk:
        with pytest.raises(OnlyLeadersSeeStatistics):
            desk.statistics.figures(PERIOD)
        refusal = desk.audit.events()[-1]
    assert refusal.details["use_case"] == "statistics.view"
    assert refusal.details.get("refused") is True
    with _open(demo_location, "admin") as desk:
        desk.statistics.figures(PERIOD)
        event = desk.audit.events()[-1]
    assert event.details["use_case"] == "statistics.view"
    assert event.details["period_from"] == "2026-01-01"
    assert not event.details.get("person_ids")
    assert not event.details.get("case_ids")


def test_no_name_or_cpr_number_reaches_the_figures(demo_location: Path | str) -> None:
    with _open(demo_location, "leder") as desk:
        people = desk.cases.search()
        text = json.dumps(desk.statistics.figures(PERIOD).as_json(), ensure_ascii=False)
    for person in people:
        assert person.person_name not in text
        for part in person.person_name.split():
            assert f'"{part}"' not in text
        if person.cpr:
            assert person.cpr.replace("-", "") not in text.replace("-", "")
        assert person.case_number not in text
