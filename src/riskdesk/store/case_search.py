"""The case search's words as SQL conditions on the case list's join of cases and persons.

Each word matches a case when the person's folded name holds it, the case number starts
with it (both case-folded, :mod:`riskdesk.store.case_number_prefix`), or, for digits and
dashes, the CPR number starts with its digits: the case list's rule
(:mod:`riskdesk.domain.case_list`), on both stores (``tests/services/
test_case_search_index.py`` and ``test_case_number_search.py`` hold the conditions
against it).

A word of three letters or more that names few cases is looked up: the people whose name
holds it come from the name index (:mod:`riskdesk.store.person_name_index`), the case
numbers and CPR numbers starting with it from their indexes, so the search reads those
cases, not the whole vault. A word that names many (``2026``, ``sen``) is tested on
each case row, as a shorter word is (an index of three-letter pieces cannot find one or
two letters): reading a few thousand ids from an index and looking each case up costs
more than testing every row, and the list's first cases are then near its start.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sqlalchemy import ColumnElement, CompoundSelect, Select, func, or_, select, union_all
from sqlalchemy import text as sql
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import False_

from riskdesk.store import person_name_index
from riskdesk.store.case_number_prefix import number_starts, starts_with
from riskdesk.store.person_repository import fold_name
from riskdesk.store.tables import CaseRow, PersonRow

_CPR_LIKE = re.compile(r"^[\d-]+$")
SHARE = 4
"""A word is looked up when it names at most one case in this many (people named, case
and CPR numbers started); a word that names more is tested on each row. Measured at
100,000 people (benchmarks/search_lengths.py): looking up 25,000 cases costs about what
testing every row does (~45 ms CPU)."""


class CaseSearch(NamedTuple):
    where: list[ColumnElement[bool]]
    looked_up: bool
    """Whether one word's cases come from the indexes (at most a :data:`SHARE`)."""
    reads_persons: bool
    """Whether ``where`` reads the persons table (a count must then join it)."""
    cases: int
    """About how many cases the vault holds (:func:`_cases_in`)."""


def case_search(session: Session, text: str) -> CaseSearch:
    """The conditions for every word of ``text`` (none for an empty one). The word that
    names the fewest cases, if few enough, is looked up; the others are tested on the
    rows it finds."""
    words = text.split()
    if not words:
        return CaseSearch([], looked_up=False, reads_persons=False, cases=0)
    vault = session.get_bind().dialect.name == "sqlite"
    cases = _cases_in(session, vault=vault)
    few = cases // SHARE
    lookup: tuple[int, int, CompoundSelect[int]] | None = None
    for at, word in enumerate(words):
        needle = fold_name(word)
        if len(needle) >= person_name_index.SHORTEST:
            parts = _parts(session, word, needle, vault=vault)
            named = _named_at_most(session, parts, few)
            if named <= few and (lookup is None or named < lookup[0]):
                lookup = (named, at, union_all(*(_cases(part) for part in parts)))
    where = [
        CaseRow.id.in_(lookup[2])
        if lookup is not None and at == lookup[1]
        else _on_the_row(session, w)
        for at, w in enumerate(words)
    ]
    looked_up = lookup is not None
    return CaseSearch(where, looked_up, reads_persons=len(words) > looked_up, cases=cases)


def _cases_in(session: Session, *, vault: bool) -> int:
    """About how many cases the vault holds, without reading them: on a vault the
    highest case id (counting every case read an index's pages, a millisecond at
    10,000), on the team server PostgreSQL's estimate. It only chooses how a search
    goes, never what it finds."""
    if vault:
        return session.connection().scalar(select(func.max(CaseRow.id))) or 0
    estimate = session.connection().scalar(
        sql("SELECT reltuples FROM pg_class WHERE oid = 'cases'::regclass")
    )
    return max(int(estimate or 0), 0)


def _named_at_most(session: Session, parts: list[_Part], few: int) -> int:
    """How many people and cases the parts name, each counted up to ``few`` and one: a
    bound that never reads more than that many index entries per part."""
    counts = [
        select(func.count()).select_from(part.ids.limit(few + 1).subquery()).scalar_subquery()
        for part in parts
    ]
    return sum(session.connection().execute(select(*counts)).one())


class _Part(NamedTuple):
    ids: Select[int]
    of_persons: bool
    """``ids`` are people's (their cases are meant), else cases'."""


def _cases(part: _Part) -> Select[int]:
    if part.of_persons:
        return select(CaseRow.id).where(CaseRow.person_id.in_(part.ids))
    return part.ids


def _parts(session: Session, word: str, needle: str, *, vault: bool) -> list[_Part]:
    """The people and cases ``word`` matches, each from an index."""
    named = (
        person_name_index.named(needle)
        if vault
        else select(PersonRow.id).where(PersonRow.name_folded.contains(needle, autoescape=True))
    )
    parts = [_Part(named, of_persons=True)]
    numbered = number_starts(session, word)
    if not isinstance(numbered, False_):
        parts.append(_Part(select(CaseRow.id).where(numbered), of_persons=False))
    digits = _cpr_digits(word)
    if digits:
        filed = starts_with(PersonRow.cpr_digits, (digits,), postgres=not vault)
        parts.append(_Part(select(PersonRow.id).where(filed), of_persons=True))
    return parts


def _on_the_row(session: Session, word: str) -> ColumnElement[bool]:
    options = [
        PersonRow.name_folded.contains(fold_name(word), autoescape=True),
        number_starts(session, word),
    ]
    digits = _cpr_digits(word)
    if digits:
        options.append(PersonRow.cpr_digits.startswith(digits, autoescape=True))
    return or_(*options)


def _cpr_digits(word: str) -> str:
    return word.replace("-", "") if _CPR_LIKE.match(word) else ""
