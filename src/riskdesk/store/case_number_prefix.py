"""The case search's rule for case numbers in SQL: a word matches a case whose number,
case-folded, starts with the word case-folded, as the case list compares them in memory
(:class:`riskdesk.domain.case_list.Term`), on the vault and on the team server alike.

Neither store can fold a number in SQL: SQLite's ``LIKE`` ignores the case of ASCII
letters only, PostgreSQL's not at all, and neither folds ``ß`` to ``ss``. So the word is
spelled out instead: every way a number can begin so that it folds to the word (``kbh``:
``KBH``, ``Kbh``, ``kbh`` with the Kelvin sign, …; ``ss``: ``SS``, ``ß``, ``ẞ``, …), each
an index range compared by code point, which is exact on both stores. A word with more
spellings than :data:`MOST_SPELLINGS` (a long one made of letters) takes the ranges of
its first letters, and the numbers in them are folded in Python: few numbers begin with
that many letters alike.
"""

from __future__ import annotations

from array import array
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, false, or_
from sqlalchemy.orm import Session

from riskdesk.store.tables import CaseRow

MOST_SPELLINGS = 32
"""The most ranges one word becomes; a word with more is folded in Python on the
numbers in the ranges of its first letters."""
# Every code point whose case folding differs from itself is in the first two planes
# (the third and up hold ideographs, tags and private use); tests/store checks it.
_CASED_CODE_POINTS = 0x20000
_LONGEST_FOLD = 3
_BLOCK = 128


def number_starts(session: Session, word: str) -> ColumnElement[bool]:
    """Whether a case's number, case-folded, starts with ``word`` case-folded."""
    needle = word.casefold()
    postgres = session.get_bind().dialect.name == "postgresql"
    whole = spellings(needle)
    if not needle[0].isdigit() and not _any_begins(session, needle[0], postgres=postgres):
        # RiskDesk numbers its cases with digits; an imported number may start with a
        # letter. One look at the index spares a word no number can start with the
        # ranges of its spellings in every statement of the search.
        return false()
    if whole is not None:
        return starts_with(CaseRow.case_number, whole, postgres=postgres)
    start = len(needle) - 1
    while (first := spellings(needle[:start])) is None:
        start -= 1
    statement, values = _candidates(first, postgres=postgres)
    found = session.connection().exec_driver_sql(statement, values)
    ids = [i for i, number in found if number.casefold().startswith(needle)]
    # As literals: an imported register could name more cases than a statement may
    # bind parameters.
    return CaseRow.id.in_(bindparam("folded_numbers", ids, expanding=True, literal_execute=True))


def _any_begins(session: Session, first: str, *, postgres: bool) -> bool:
    """Whether some case's number starts with a spelling of the character ``first``."""
    statement, values = _candidates(spellings(first) or (), postgres=postgres)
    return session.connection().exec_driver_sql(statement + " LIMIT 1", values).first() is not None


@lru_cache(maxsize=512)
def spellings(needle: str) -> tuple[str, ...] | None:
    """The shortest beginnings of a string that folds to something starting with
    ``needle`` (case-folded): a string's fold starts with ``needle`` exactly when the
    string starts with one of them. None when there are more than
    :data:`MOST_SPELLINGS`."""
    reached: dict[int, list[str]] = {0: [""]}
    found: list[str] = []
    for at in range(len(needle)):
        rest = needle[at:]
        for begun in reached.pop(at, []):
            for length in range(1, min(_LONGEST_FOLD, len(rest)) + 1):
                for char in _folding_to(rest[:length]):
                    reached.setdefault(at + length, []).append(begun + char)
            found += [begun + char for char in _folding_past(rest)]
        if len(found) + sum(map(len, reached.values())) > MOST_SPELLINGS:
            return None
    return tuple(found + reached.get(len(needle), []))


def _folding_to(folded: str) -> list[str]:
    """The characters whose fold is ``folded``."""
    own = [folded] if len(folded) == 1 else []
    return own + _folds().get(folded, [])


def _folding_past(rest: str) -> list[str]:
    """The characters whose fold starts with ``rest`` and goes on past it."""
    return [
        char
        for folded, chars in _long_folds().get(rest[0], ())
        if folded.startswith(rest) and len(folded) > len(rest)
        for char in chars
    ]


@cache
def _folds() -> dict[str, list[str]]:
    """Each fold that some other character has, and the characters that have it."""
    folds: dict[str, list[str]] = {}
    # A block at a time first: most blocks fold to themselves whole, and one casefold
    # of a block is C's work; the first search with a letter paid 40 ms per character.
    every = array("I", range(_CASED_CODE_POINTS)).tobytes().decode("utf-32-le", "surrogatepass")
    for start in range(0, _CASED_CODE_POINTS, _BLOCK):
        block = every[start : start + _BLOCK]
        if block.casefold() == block:
            continue
        for char in block:
            folded = char.casefold()
            if folded != char:
                folds.setdefault(folded, []).append(char)
    return folds


@cache
def _long_folds() -> dict[str, list[tuple[str, list[str]]]]:
    """The folds of more than one character, by their first."""
    long: dict[str, list[tuple[str, list[str]]]] = {}
    for folded, chars in _folds().items():
        if len(folded) > 1:
            long.setdefault(folded[0], []).append((folded, chars))
    return long


def _candidates(prefixes: tuple[str, ...], *, postgres: bool) -> tuple[str, tuple[str, ...]]:
    """The ids and numbers of the cases whose number starts with one of ``prefixes``, as
    a driver's statement: built by SQLAlchemy, it cost more than SQLite's reading."""
    at_least, below, mark = ("~>=~", "~<~", "%s") if postgres else (">=", "<", "?")
    ranges: list[str] = []
    values: list[str] = []
    for prefix in prefixes:
        after = _after(prefix)
        ranges.append(f"case_number {at_least} {mark}")
        values.append(prefix)
        if after is not None:
            ranges[-1] += f" AND case_number {below} {mark}"
            values.append(after)
    where = " OR ".join(f"({one})" for one in ranges)
    return f"SELECT id, case_number FROM cases WHERE {where}", tuple(values)  # noqa: S608 - only placeholders are joined in


@lru_cache(maxsize=512)
def starts_with(column: Any, prefixes: tuple[str, ...], *, postgres: bool) -> ColumnElement[bool]:
    """Whether ``column`` starts with one of ``prefixes`` (none of which starts
    another), compared by code point: SQLite's BINARY order of UTF-8, and PostgreSQL's
    pattern operators, which its case-number pattern index serves. Kept for the next
    search: building the comparisons cost more than the search's reading at 10,000
    people, and an expression is never changed once built."""
    at_least, below = (
        (column.op("~>=~", is_comparison=True), column.op("~<~", is_comparison=True))
        if postgres
        else (column.__ge__, column.__lt__)
    )
    ranges = []
    # As many ranges as the next power of two (the last repeated): a statement of a
    # new shape is compiled again, at a millisecond or two, on the first search of it.
    prefixes = (*prefixes, *[max(prefixes, default="")] * (_padded(len(prefixes)) - len(prefixes)))
    for prefix in sorted(prefixes):
        after = _after(prefix)
        ranges.append(at_least(prefix) if after is None else and_(at_least(prefix), below(after)))
    if not ranges:
        return false()
    if len(ranges) == 1:
        return ranges[0]
    # One comparison turns away most rows when the search tests every row.
    ends = [_after(prefix) for prefix in prefixes]
    bound = at_least(min(prefixes))
    if None not in ends:
        bound = and_(bound, below(max(end for end in ends if end is not None)))
    return and_(bound, or_(*ranges))


def _padded(count: int) -> int:
    return 1 << (count - 1).bit_length() if count > 1 else count


def _after(prefix: str) -> str | None:
    """The first string after every string starting with ``prefix``, in code point
    order (SQLite's BINARY on UTF-8); None when there is none."""
    while prefix:
        last = ord(prefix[-1]) + 1
        if 0xD800 <= last <= 0xDFFF:  # no surrogate is a character
            last = 0xE000
        if last <= 0x10FFFF:
            return prefix[:-1] + chr(last)
        prefix = prefix[:-1]
    return None
