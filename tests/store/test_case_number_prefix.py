"""The spellings a case-number word becomes: a string folds to something starting with
the word exactly when it starts with one of them; on the team server each is a range of
the case-number pattern index."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from riskdesk.store import case_number_prefix
from riskdesk.store.case_number_prefix import spellings, starts_with
from riskdesk.store.tables import CaseRow
from team_servers import TeamServer

LETTERS = "kKKbBhHsSſßẞﬅﬆtTæÆøØåÅİiIıσΣςﬀfF%_-2"


@given(st.text(alphabet=LETTERS, max_size=6), st.text(alphabet=LETTERS, min_size=1, max_size=4))
def test_a_string_starts_with_a_spelling_when_its_fold_starts_with_the_word(
    number: str, word: str
) -> None:
    needle = word.casefold()
    spelled = spellings(needle)
    if spelled is not None:
        assert any(map(number.startswith, spelled)) == number.casefold().startswith(needle)


def test_no_character_beyond_the_first_two_planes_folds() -> None:
    beyond = range(case_number_prefix._CASED_CODE_POINTS, sys.maxunicode + 1)
    assert [code for code in beyond if chr(code).casefold() != chr(code)] == []


@pytest.mark.parametrize("word", ["kbh", "ss", "2026-0"])
def test_the_team_server_finds_case_numbers_by_their_pattern_index(
    server_demo: TeamServer, word: str
) -> None:
    """Each range is one the case-number pattern index serves (the table is read whole
    only where the planner is told it may not: the demo is small)."""
    engine = server_demo.owner_engine()
    try:
        with Session(engine) as session:
            session.connection().exec_driver_sql("SET enable_seqscan = off")
            # The ranges themselves: the demo's numbers have no letters, so a search
            # of a letter would ask for none.
            ranges = starts_with(CaseRow.case_number, spellings(word) or (), postgres=True)
            query = select(CaseRow.id).where(ranges)
            compiled = query.compile(engine, compile_kwargs={"render_postcompile": True})
            plan = "\n".join(
                row[0]
                for row in session.connection().exec_driver_sql(
                    "EXPLAIN " + str(compiled), compiled.params
                )
            )
    finally:
        engine.dispose()
    assert "ix_cases_number_pattern" in plan, plan
    assert "Seq Scan" not in plan, plan
