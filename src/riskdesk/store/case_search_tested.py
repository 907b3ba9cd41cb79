"""The first cases and the count of a capped search that tests every row (a word too
short for the name index, or one naming much of the vault), in about one pass over the
file, whichever way the cases it finds are spread."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, func, select

from riskdesk.store.tables import CaseRow, PersonRow

DENSE = 100
"""See :func:`dense`."""


def tested_listing(
    run: Connection,
    where: list[ColumnElement[bool]],
    *,
    few: int,
    limit: int,
    cases: int,
    by_name: bool,
) -> tuple[list[ColumnElement[bool]], int]:
    """The conditions to list the first ``limit`` cases ``where`` finds by, and how
    many it finds. The first ``few`` and one are read by id: when no more match, their
    ids (the list's order, the case-number index, would test every case before it had
    its first rows). When more match but not many (:func:`dense`), the newest ``limit``
    of the rest are sorted out of the rest of the pass, with their count, and the list
    is made from those and the first; else ``where`` itself, the rest counted."""
    tested = select(CaseRow.id, CaseRow.case_number)
    tested = tested.join(PersonRow, PersonRow.id == CaseRow.person_id).where(*where)
    first = run.execute(tested.order_by(CaseRow.id).limit(few + 1)).all()
    if len(first) <= few:
        return [CaseRow.id.in_([case_id for case_id, _ in first])], len(first)
    reached = first[-1][0]
    rest = tested.where(CaseRow.id > reached)
    if by_name or dense(len(first), reached, cases):
        counted = select(func.count()).select_from(rest.subquery())
        return where, len(first) + (run.scalar(counted) or 0)
    # Sorted by an expression, so that SQLite reads the rows in the table's order (the
    # number's index would fetch each row from a page of its own) and sorts only the
    # ones found; the window counts them on the way.
    newest = rest.add_columns(func.count().over())
    newest = newest.order_by(CaseRow.case_number.concat("").desc()).limit(limit)
    found = run.execute(newest).all()
    listed = [(case_id, number) for case_id, number in first]
    listed += [(case_id, number) for case_id, number, _ in found]
    if run.dialect.name == "sqlite":
        # SQLite orders text by code point, as Python does; a team server's collation
        # is left to sort them itself.
        listed = sorted(listed, key=_number, reverse=True)[:limit]
    return [CaseRow.id.in_([case_id for case_id, _ in listed])], len(first) + (
        found[0][2] if found else 0
    )


def _number(case: tuple[int, str]) -> str:
    return case[1]


def dense(found: int, reached: int, cases: int) -> bool:
    """Whether a search that found ``found`` cases among the ids up to ``reached``
    finds so many of the vault's ``cases`` that the list's order soon has its first
    ones. Going down the case-number index reads about ``limit * cases / total`` rows,
    each from a page of its own; sorting them out of one pass costs by the ``total``
    found: the two cost alike near ``total ** 2 == DENSE * cases``
    (benchmarks/search_lengths.py, one and two letters and digits at 10,000 and
    100,000 people)."""
    total = found * cases / max(reached, 1)
    return total * total >= DENSE * cases
