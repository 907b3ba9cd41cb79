"""A capped search that tests every row and finds more than the first few cases, but not
many, takes its newest cases and its count from one pass over the file in the table's
order: no statement walks the case-number index testing each case on the way (a case
fetched from its own page for each entry, most of them for nothing), and nothing counts
every case to learn the vault's size. The cases and count are the same as the search's
that lists in the index's order (tests/services/test_case_search_index.py compares
both with the old rule on both stores)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from riskdesk.services.desk import Desk
from riskdesk.store import case_repository, case_search_tested
from vault_fixtures import PASSWORD


def _statements(desk: Desk, text: str) -> tuple[Any, list[tuple[str, Any]]]:
    engine = desk.vault._engine  # type: ignore[attr-defined]
    statements: list[tuple[str, Any]] = []

    def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        found = desk.cases.find(text, limit=3)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    return found, statements


def _plans(desk: Desk, statements: list[tuple[str, Any]]) -> list[list[str]]:
    engine = desk.vault._engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        return [
            [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p)]
            for s, p in statements
            if s.lstrip().startswith("SELECT") and "cases" in s
        ]


@pytest.mark.parametrize("dense", [False, True])
def test_a_search_of_some_cases_lists_them_from_one_pass(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, dense: bool
) -> None:
    # The demo is small: the first case found is "few", and either way is chosen here.
    monkeypatch.setattr(case_repository, "_FEW", 1)
    monkeypatch.setattr(case_search_tested, "DENSE", 0 if dense else 10**9)
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        rows = desk.cases.listing().rows
        word = "a"
        every = [row.case_id for row in rows if word in row.name_folded]
        assert len(every) > 4
        found, statements = _statements(desk, word)
        plans = _plans(desk, statements)
    assert ([row.case_id for row in found.rows], found.total) == (every[:3], len(every))
    walked = [
        step
        for steps in plans
        for step in steps
        if step.startswith("SCAN cases USING") and "autoindex_cases" in step
    ]
    assert bool(walked) == dense, plans
    counted = [s for s, _ in statements if "count(*)" in s and "WHERE" not in s]
    assert counted == []


def test_a_word_no_case_number_can_start_with_asks_no_number_ranges(demo_path: Path) -> None:
    """The demo numbers its cases with digits: one look at the number index, and no
    statement of the search carries the ranges of the word's spellings."""
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        rows = desk.cases.listing().rows
        word = next(part for row in rows for part in row.name_folded.split() if len(part) > 3)
        found, statements = _statements(desk, word[:4])
    assert found.total == sum(word[:4] in row.name_folded for row in rows)
    ranged = [s for s, _ in statements if "case_number >=" in s and "LIMIT 1" not in s]
    assert ranged == []
