"""The case list's first rows at unlock: the first cases as the list sorts them by name,
with how many there are, read without the rest; on the vault file and the team server."""

from __future__ import annotations

from datetime import date

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.case_list import CaseListRow
from riskdesk.services.desk import Desk

# Letters whose code points sort otherwise than a Danish or English collation would:
# the list sorts in Python by code point, so the database must too.
NAMES = ["Øjvind Testsen", "ærø Testsen", "Åse Testsen", "zara Testsen", "Zara Testsen", "Ab Ø"]


def _by_name(rows: list[CaseListRow]) -> list[CaseListRow]:
    # As the list's model sorts: by the folded name, ties in the listing's order.
    return sorted(rows, key=lambda row: row.name_folded)


def _searches(desk: Desk) -> list[dict[str, object]]:
    return [
        {k: v for k, v in e.details.items() if k != "use_case"}
        for e in desk.audit.events()
        if e.details.get("use_case") == "case.search"
    ]


def test_the_first_rows_are_the_listings_first_by_name_with_the_count(desk: Desk) -> None:
    records = synthetic_records(len(NAMES), seed=41, today=date.today(), caseworkers=("x",))
    for name, record in zip(NAMES, records, strict=True):
        desk.cases.create_person_with_case(person={**record.person, "name": name}, case=record.case)
    every = desk.cases.listing().rows
    first = desk.cases.first_by_name(7)
    assert first.rows == _by_name(every)[:7]
    assert first.total == len(every)
    assert desk.cases.first_by_name(len(every) + 1).rows == _by_name(every)


def test_the_listing_gives_dates_as_dates(desk: Desk) -> None:
    rows = {row.case_id: row for row in desk.cases.listing().rows}
    summaries = desk.cases.search()
    assert len(rows) == len(summaries)
    for summary in summaries:
        row = rows[summary.case_id]
        assert (type(row.opened_on), type(row.birth_date)) == (date, date)
        assert (row.opened_on, row.birth_date) == (summary.opened_on, summary.birth_date)


def test_the_first_rows_are_one_search_event_with_the_count(desk: Desk) -> None:
    before = len(_searches(desk))
    first = desk.cases.first_by_name(3)
    assert len(first.rows) == 3
    assert _searches(desk)[before:] == [{"search": "", "results": first.total}]
