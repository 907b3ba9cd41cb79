"""Small counts in published tables: every count of 1–4 is hidden, and no hidden cell
can be worked out from the totals and the shown cells. The check of the second claim is
independent of the suppression's own graph reasoning: plain linear algebra over the
table's sums, with exact fractions."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riskdesk.domain.small_counts import (
    Cell,
    Shown,
    publish_line,
    publish_table,
    recoverable_cells,
)


def _rank(rows: list[list[Fraction]]) -> int:
    matrix = [row[:] for row in rows]
    rank = 0
    width = len(matrix[0]) if matrix else 0
    for column in range(width):
        pivot = next((r for r in range(rank, len(matrix)) if matrix[r][column] != 0), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for r in range(len(matrix)):
            if r != rank and matrix[r][column] != 0:
                factor = matrix[r][column] / matrix[rank][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank], strict=True)]
        rank += 1
    return rank


def _solvable(grid: tuple[tuple[Cell, ...], ...], *, columns: bool = True) -> set[tuple[int, int]]:
    """Hidden cells of a grid (totals last) fixed by its row sums and, for a two-way
    table, its column sums."""
    height, width = len(grid), len(grid[0])
    hidden = [
        (r, c) for r in range(height) for c in range(width) if grid[r][c].shown is not Shown.VALUE
    ]
    if not hidden:
        return set()
    index = {cell: i for i, cell in enumerate(hidden)}
    equations: list[list[Fraction]] = []
    lines = [[(r, c) for c in range(width)] for r in range(height)]
    if columns:
        lines += [[(r, c) for r in range(height)] for c in range(width)]
    for line in lines:
        *parts, total = line
        equation = [Fraction(0)] * len(hidden)
        for cell in parts:
            if cell in index:
                equation[index[cell]] += 1
        if total in index:
            equation[index[total]] -= 1
        if any(equation):
            equations.append(equation)
    base = _rank(equations) if equations else 0
    fixed = set()
    for cell, i in index.items():
        unit = [Fraction(int(j == i)) for j in range(len(hidden))]
        if _rank([*equations, unit]) == base:
            fixed.add(cell)
    return fixed


def test_a_lone_small_count_takes_a_second_cell_of_its_row_and_column_with_it() -> None:
    table = publish_table([[3, 10, 12], [20, 30, 40]])
    assert table.cells[0][0] == Cell(3, Shown.SMALL)
    assert table.cells[0][0].text() == "<5"
    hidden = {
        (r, c)
        for r, row in enumerate(table.grid())
        for c, cell in enumerate(row)
        if cell.shown is not Shown.VALUE
    }
    assert (0, 0) in hidden
    assert len(hidden) == 4
    assert all(table.grid()[r][c].text() == "x" for r, c in hidden - {(0, 0)})
    assert recoverable_cells(table) == set()


def test_a_table_without_small_counts_is_shown_whole() -> None:
    table = publish_table([[5, 10], [20, 0]])
    assert all(cell.shown is Shown.VALUE for row in table.grid() for cell in row)
    assert table.total.text() == "35"


def test_a_small_total_is_hidden_too() -> None:
    table = publish_table([[1, 0], [0, 2]])
    assert table.total.text() == "<5"
    assert _solvable(table.grid()) == set()


def test_a_line_with_one_small_count_hides_its_next_smallest() -> None:
    line = publish_line([2, 7, 9, 40])
    assert [cell.text() for cell in line.cells] == ["<5", "x", "9", "40"]
    assert line.total.text() == "58"


def test_a_line_of_only_zeros_and_one_small_count_hides_the_total() -> None:
    line = publish_line([0, 3, 0])
    assert line.cells[1].text() == "<5"
    assert line.total.text() == "<5"


def test_suppression_needs_a_rectangular_table() -> None:
    with pytest.raises(ValueError, match="same number of columns"):
        publish_table([[1, 2], [3]])


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda width: st.lists(
            st.lists(st.integers(0, 14), min_size=width, max_size=width), min_size=1, max_size=5
        )
    ),
    st.sampled_from([3, 5, 10]),
)
def test_no_hidden_cell_can_be_worked_out_from_the_totals(
    values: list[list[int]], threshold: int
) -> None:
    table = publish_table(values, threshold)
    grid = table.grid()
    for row in grid:
        for cell in row:
            if 0 < cell.value < threshold:
                assert cell.shown is Shown.SMALL
            if cell.shown is Shown.VALUE:
                assert cell.text() == str(cell.value)
    assert _solvable(grid) == set()
    assert recoverable_cells(table) == set()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 14), min_size=1, max_size=8))
def test_no_hidden_count_of_a_line_can_be_worked_out_from_its_total(values: list[int]) -> None:
    line = publish_line(values)
    everything = (*line.cells, line.total)
    assert all(cell.shown is Shown.SMALL for cell in everything if 0 < cell.value < 5)
    assert _solvable((everything,), columns=False) == set()
