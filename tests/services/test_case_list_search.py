"""The case list's searches: the capped search with its count, the loaded list narrowed
in memory by the same rule as the vault's search, and one audit event per search."""

from __future__ import annotations

import pytest

from riskdesk.domain.case_list import SearchIndex, narrowed, search_terms, search_text
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.desk import Desk

# Parts of names, CPR numbers with and without the dash, case-number prefixes, words in
# either order and case, letters no one has, and fullwidth digits.
TEXTS = ["a", "an", "AND", "sen a", "hansen", "01", "0101", "01-", "2026", "2026-00",
         "zzz", "ø", "０１"]  # fmt: skip


def _searches(desk: Desk) -> list[dict[str, object]]:
    return [
        {k: v for k, v in e.details.items() if k != "use_case"}
        for e in desk.audit.events()
        if e.details.get("use_case") == "case.search"
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_the_list_narrowed_in_memory_finds_what_the_vault_finds(desk: Desk, text: str) -> None:
    rows = desk.cases.listing().rows
    search = search_text(text)
    shown = narrowed(list(range(len(rows))), SearchIndex.of(rows), search_terms(search))
    in_vault = [case.case_id for case in desk.cases.search(text)]
    assert [rows[p].case_id for p in shown] == in_vault


def test_the_capped_search_gives_the_first_cases_and_how_many_there_are(desk: Desk) -> None:
    every = desk.cases.search("a")
    assert len(every) > 5
    found = desk.cases.find("a", limit=5)
    assert [row.case_id for row in found.rows] == [case.case_id for case in every[:5]]
    assert found.total == len(every)
    few = desk.cases.find("a", limit=len(every) + 1)
    assert few.total == len(every) == len(few.rows)


def test_each_search_is_one_event_with_its_words_and_count(desk: Desk) -> None:
    before = len(_searches(desk))
    everyone = desk.cases.listing()
    capped = desk.cases.find("an", limit=3)
    desk.cases.searched("an", results=7)
    assert _searches(desk)[before:] == [
        {"search": "", "results": len(everyone.rows)},
        {"search": "an", "results": capped.total},
        {"search": "an", "results": 7},
    ]


def test_a_search_that_is_no_line_is_refused_and_not_recorded(desk: Desk) -> None:
    before = len(_searches(desk))
    for call in (lambda: desk.cases.find("a\nb"), lambda: desk.cases.searched("a\x00", results=1)):
        with pytest.raises(UserInputError) as refused:
            call()
        assert [p.field for p in refused.value.problems] == ["search"]
    assert len(_searches(desk)) == before
