"""The case search through the name index (migration 0016) finds exactly what the search
found before it: the same cases in the same order, and the same count, for names with
letters that fold, split or stand for themselves, case numbers with letters in either
case, CPR numbers, one word or several; on the vault file and on the team server, and
whichever way the search goes (looked up in the indexes, or tested on every row)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import ColumnElement, and_, or_, select

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from riskdesk.store import case_repository, case_search, case_search_tested
from riskdesk.store.person_repository import fold_name
from riskdesk.store.tables import CaseRow, PersonRow

# Letters that fold to others (ß → ss, İ → i̇, final sigma), stand for themselves (æ ø å),
# or mean something to LIKE, to FTS5's query language or to SQL (% _ / " ').
NAMES = [
    "Åse Ærø-Østergård", "Jens Straße", "İlkay Işık", "Σίσυφος Οδυσσέας", "Bo Li",
    'Anna "Nanna" O\'Hara', "Karl 50%_Hansen", "Mette/Line Kjær", "Zoë Ǆemal", "Ib",
]  # fmt: skip
# Case numbers a municipality may bring along from another system: letters in both cases.
NUMBERS = ["KBH-2026-7", "kbh-2026-8", "Ab/9_%", "ÆRØ-1"]
_CPR_LIKE = re.compile(r"^[\d-]+$")


def _as_before(word: str, numbers: list[str]) -> ColumnElement[bool]:
    """One word of the search as it was before the index: every row tested; a case
    number by the case list's rule (case-folded, which SQL's LIKE was not on a server)."""
    folded = [number for number in numbers if number.casefold().startswith(word.casefold())]
    options: list[ColumnElement[bool]] = [
        PersonRow.name_folded.contains(fold_name(word), autoescape=True),
        CaseRow.case_number.in_(folded),
    ]
    digits = word.replace("-", "")
    if _CPR_LIKE.match(word) and digits:
        options.append(PersonRow.cpr_digits.startswith(digits, autoescape=True))
    return or_(*options)


def _found_before(desk: Desk, text: str) -> list[int]:
    session = desk.vault.new_session()
    try:
        numbers = list(session.scalars(select(CaseRow.case_number)))
        query = (
            select(CaseRow.id)
            .join(PersonRow, PersonRow.id == CaseRow.person_id)
            .where(and_(True, *(_as_before(word, numbers) for word in text.split())))
            .order_by(CaseRow.case_number.desc())
        )
        return list(session.scalars(query))
    finally:
        session.close()


@pytest.fixture
def searched(desk: Desk) -> tuple[Desk, list[str]]:
    """The demo with people of :data:`NAMES` and cases of :data:`NUMBERS`, and the
    pieces a search may be made of: names, case numbers and CPR numbers."""
    records = synthetic_records(len(NAMES), seed=15, today=date.today(), caseworkers=("x",))
    for name, record in zip(NAMES, records, strict=True):
        desk.cases.create_person_with_case(person={**record.person, "name": name}, case=record.case)
    with desk.vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        for number, summary in zip(NUMBERS, uow.cases.summaries(), strict=False):
            case = uow.cases.get(summary.case_id)
            uow.cases.update(case.model_copy(update={"case_number": number}))
    rows = desk.cases.listing().rows
    pieces = [row.person_name for row in rows] + [row.case_number for row in rows]
    pieces += [row.cpr_digits or "" for row in rows] + [row.cpr or "" for row in rows]
    return desk, pieces


def _word(pieces: list[str]) -> st.SearchStrategy[str]:
    def cut(piece: str, start: int, length: int, shout: bool) -> str:
        word = piece[start % max(len(piece), 1) :][:length].strip() or piece
        return word.upper() if shout else word

    from_pieces = st.builds(
        cut, st.sampled_from(pieces), st.integers(0, 40), st.integers(1, 9), st.booleans()
    )
    typed = st.text(alphabet="aeiøæåsnhkbSSß-0123456789%_/\"'İı", min_size=1, max_size=5)
    return st.one_of(from_pieces, typed).map(lambda w: "".join(w.split()) or "a")


# The search goes one of two ways by how many cases a word names; each is held to the
# old search: "looked up" takes every word of three letters or more from the indexes,
# "tested" tests every row and lists few matches from their ids.
WAYS: dict[str, dict[str, int]] = {
    "as measured": {},
    "looked up": {"SHARE": 1},
    "tested": {"SHARE": 10**9},
    "tested, sorted out of one pass": {"SHARE": 10**9},
}


@pytest.mark.parametrize("way", list(WAYS))
def test_the_search_finds_what_it_found_before_the_index(
    searched: tuple[Desk, list[str]], way: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, pieces = searched
    for name, value in WAYS[way].items():
        monkeypatch.setattr(case_search, name, value)
    if way.startswith("tested"):
        monkeypatch.setattr(case_repository, "_FEW", 3)
        # More than the first few found: listed in the index's order, or sorted out of
        # the rest of the pass.
        monkeypatch.setattr(case_search_tested, "DENSE", 0 if way == "tested" else 10**9)

    @settings(
        max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(words=st.lists(_word(pieces), min_size=1, max_size=3), limit=st.sampled_from([2, 200]))
    def check(words: list[str], limit: int) -> None:
        text = " ".join(words)
        before = _found_before(desk, text)
        assert [case.case_id for case in desk.cases.search(text)] == before
        found = desk.cases.find(text, limit=limit)
        assert ([row.case_id for row in found.rows], found.total) == (before[:limit], len(before))

    check()


def _index_holds(desk: Desk) -> Any:
    """The vault's FTS5 check of its index against the names in ``persons`` (raises when
    they differ); nothing to check on the team server, whose indexes PostgreSQL keeps."""
    session = desk.vault.new_session()
    try:
        if session.get_bind().dialect.name == "sqlite":
            session.connection().exec_driver_sql(
                "INSERT INTO person_names(person_names, rank) VALUES ('integrity-check', 1)"
            )
    finally:
        session.close()


def _found(desk: Desk, text: str) -> list[int]:
    return [case.case_id for case in desk.cases.search(text)]


def test_every_write_of_a_name_is_in_the_index_at_once(desk: Desk) -> None:
    """Created, renamed, imported and deleted people are found, and no longer found, by
    pieces of their names at once; on a vault the index is checked against the names."""
    first, second = synthetic_records(2, seed=16, today=date.today(), caseworkers=("x",))
    person, case = desk.cases.create_person_with_case(
        person={**first.person, "name": "Qvistgaard Ulvsmark"}, case=first.case
    )
    assert case.id is not None
    assert person.id is not None
    assert _found(desk, "vistg") == _found(desk, "ulvsm") == [case.id]
    desk.cases.update_person_and_case(
        case.id, person={**first.person, "name": "Qvistgaard Yxenholm"}, case=first.case
    )
    assert (_found(desk, "ulvsm"), _found(desk, "xenho")) == ([], [case.id])
    desk.cases.import_records([({**second.person, "name": "Wøllekær Zyprian"}, second.case)])
    (imported,) = _found(desk, "llekæ")
    assert _found(desk, "zypri") == [imported]
    if desk.vault.path is not None:
        # On a team server only an approved deletion deletes (tests/retention), and the
        # names' index is PostgreSQL's own.
        with desk.vault.unit_of_work(UseCase.RETENTION_DELETE) as uow:
            uow.cases.delete(case.id)
            uow.persons.delete(person.id)
        assert _found(desk, "xenho") == _found(desk, "vistg") == []
        _index_holds(desk)
