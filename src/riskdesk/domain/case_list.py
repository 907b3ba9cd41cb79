"""The case list as plain rows, and the rule a search applies to them.

A row is a named tuple, not a model: the list holds every case in the vault (100,000 in
a large municipality's), and validating each one again as it is read back cost more than
the query. The rule is the one the store's search applies in SQL, so the list can narrow
what it has loaded while a name is typed, without asking the vault on every key."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.cpr import ascii_digits
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.validation import clean_query

SEARCH_LABEL = LocalizedText(da="Søgningen", en="The search")
_CPR_LIKE = re.compile(r"^[\d-]+$")


class CaseListRow(NamedTuple):
    """One case as the list shows it, with just enough of its person to find it."""

    case_id: CaseId
    case_number: str
    person_id: PersonId
    person_name: str
    name_folded: str
    cpr_digits: str | None
    birth_date: date
    level: int
    kind: CaseKind
    status: CaseStatus
    caseworker: str
    opened_on: date

    @property
    def cpr(self) -> str | None:
        """The CPR number as written, ``ddmmåå-xxxx``."""
        digits = self.cpr_digits
        return f"{digits[:6]}-{digits[6:]}" if digits else None


class CaseMatches(NamedTuple):
    """The first rows a search found, newest case number first, and how many it found."""

    rows: list[CaseListRow]
    total: int


def fold_name(name: str) -> str:
    """The search form of a name: case-folded with single spaces (as stored in the vault)."""
    return " ".join(name.casefold().split())


def search_text(text: str) -> str:
    """``text`` as a search: cleaned as a line (a broken character or a page of text is
    refused with :class:`UserInputError` on ``search``), digits of any script as ASCII,
    so a CPR number typed in fullwidth digits finds the number stored in ASCII digits."""
    return ascii_digits(clean_query(text, field="search", label=SEARCH_LABEL))


class Term(NamedTuple):
    """One word of a search: it matches any part of the name, the start of the case
    number, or, when it is digits and dashes, the start of the CPR number."""

    name: str
    number: str
    cpr_digits: str | None

    @classmethod
    def of(cls, word: str) -> Term:
        digits = word.replace("-", "")
        cpr = digits if _CPR_LIKE.match(word) and digits else None
        return cls(fold_name(word), word.casefold(), cpr)

    def matches(self, row: CaseListRow) -> bool:
        if self.name in row.name_folded or row.case_number.casefold().startswith(self.number):
            return True
        return self.cpr_digits is not None and (row.cpr_digits or "").startswith(self.cpr_digits)


def search_terms(text: str) -> tuple[Term, ...]:
    """The words of a cleaned search (see :func:`search_text`); none for an empty one."""
    return tuple(Term.of(word) for word in text.split())


def matches_all(row: CaseListRow, terms: tuple[Term, ...]) -> bool:
    return all(term.matches(row) for term in terms)


class SearchIndex(NamedTuple):
    """What :class:`Term` reads of each row, by position, for :func:`narrowed`."""

    names: list[str]
    numbers: list[str]
    cpr_digits: list[str]

    @classmethod
    def of(cls, rows: list[CaseListRow]) -> SearchIndex:
        return cls(
            [row.name_folded for row in rows],
            [row.case_number.casefold() for row in rows],
            [row.cpr_digits or "" for row in rows],
        )


def narrowed(positions: list[int], index: SearchIndex, terms: tuple[Term, ...]) -> list[int]:
    """The positions whose rows every term matches (:meth:`Term.matches`), in their order.
    Written out in one comprehension per term: a function call per row made a first
    letter at 100,000 cases take four times as long."""
    names, numbers, cprs = index
    for name, number, cpr in terms:
        if cpr is None:
            positions = [p for p in positions if name in names[p] or numbers[p].startswith(number)]
        else:
            positions = [
                p
                for p in positions
                if name in names[p] or numbers[p].startswith(number) or cprs[p].startswith(cpr)
            ]
    return positions


def narrows(before: str, after: str) -> bool:
    """Whether every row found by ``after`` is among those found by ``before``: true when
    ``after`` only adds letters or words at the end, so the list can search within what
    it shows."""
    return after.startswith(before)
