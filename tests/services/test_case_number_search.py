"""A search finds case numbers with letters (imported from another system) as the case
list does in memory: case-folded, so ``kbh`` finds ``KBH-2026-1`` and ``strasse`` finds
``STRAßE-1``; the same cases on the vault file and on the team server, whichever way the
search goes (looked up in the indexes, or tested on every row)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskdesk.domain.case_list import matches_all, search_terms, search_text
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from riskdesk.store import case_number_prefix, case_repository, case_search

# Letters that fold to others (ß and ẞ to ss, the Kelvin sign to k, long s to s, İ to i
# and a dot, final sigma), stand for themselves in either case (æ ø å), or mean
# something to LIKE (% _).
LETTERS = "kKKbBhHsSſßẞæÆøØåÅİiIıσΣς%_"
NUMBER = st.builds(
    str.__add__, st.sampled_from(LETTERS), st.text(alphabet=LETTERS + "-20", max_size=9)
)
_RENUMBERED = 5
WAYS: dict[str, dict[str, int]] = {
    "as measured": {},
    "looked up": {"SHARE": 1},
    "tested": {"SHARE": 10**9},
}


def _renumber(desk: Desk, numbers: list[str]) -> None:
    """The same first cases (by id) numbered ``numbers``, the rest of them a number no
    word finds, in two steps so that no new number meets an old one still held."""
    with desk.vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        ids = sorted(summary.case_id for summary in uow.cases.summaries())[:_RENUMBERED]
    held = [f"~{at}" for at in range(_RENUMBERED)]
    for step in (held, numbers + held[len(numbers) :]):
        with desk.vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
            for case_id, number in zip(ids, step, strict=True):
                case = uow.cases.get(case_id)
                uow.cases.update(case.model_copy(update={"case_number": number}))


def _word(numbers: list[str]) -> st.SearchStrategy[str]:
    """The start of a number as typed in some case, or letters typed at random."""
    spell = st.sampled_from([str, str.upper, str.lower, str.casefold, str.swapcase])
    cut = st.builds(
        lambda number, length, how: how(number[:length]),
        st.sampled_from(numbers),
        st.integers(1, 10),
        spell,
    )
    return st.one_of(cut, st.text(alphabet=LETTERS + "-2", min_size=1, max_size=4))


@pytest.mark.parametrize("way", list(WAYS))
def test_a_case_number_with_letters_is_found_case_folded(
    desk: Desk, way: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in WAYS[way].items():
        monkeypatch.setattr(case_search, name, value)
    if way == "tested":
        monkeypatch.setattr(case_repository, "_FEW", 3)

    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(numbers=st.lists(NUMBER, min_size=1, max_size=_RENUMBERED, unique=True), data=st.data())
    def check(numbers: list[str], data: st.DataObject) -> None:
        _renumber(desk, numbers)
        rows = desk.cases.listing().rows
        for _ in range(4):
            word = data.draw(_word(numbers))
            terms = search_terms(search_text(word))
            expected = sorted(row.case_id for row in rows if matches_all(row, terms))
            found = [case.case_id for case in desk.cases.search(word)]
            assert sorted(found) == expected, word
            first = desk.cases.find(word, limit=2)
            assert ([row.case_id for row in first.rows], first.total) == (found[:2], len(found))

    check()


@pytest.mark.parametrize(("number", "word"), [("KBH-2026-1", "kbh"), ("STRAßE-1", "strasse")])
def test_a_lettered_number_is_found_in_the_other_case(desk: Desk, number: str, word: str) -> None:
    _renumber(desk, [number])
    (case,) = [row for row in desk.cases.listing().rows if row.case_number == number]
    assert [found.case_id for found in desk.cases.search(word)] == [case.case_id]
    assert [row.case_id for row in desk.cases.find(word).rows] == [case.case_id]


def test_a_long_lettered_word_is_folded_on_the_numbers_its_first_letters_begin(
    desk: Desk,
) -> None:
    """A word with more spellings than the search makes ranges of still finds exactly
    the numbers that fold to it."""
    word = "kbhkbhkbh"
    assert case_number_prefix.spellings(word) is None
    _renumber(desk, ["KbHkBhKBH-1", "KBHKBHKBX-2", "kbhkbhkb"])
    numbered = {row.case_number: row.case_id for row in desk.cases.listing().rows}
    assert [case.case_id for case in desk.cases.search(word)] == [numbered["KbHkBhKBH-1"]]
    assert desk.cases.find("KBHKBHKB").total == 3
