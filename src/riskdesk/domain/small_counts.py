"""Small counts kept out of published tables (the half-year report, its charts, any
export). Pure functions, no I/O.

A count from 1 to the threshold minus one (1–4 by default) could point at a person, so it
is shown as "<5" (*primary* suppression). That is not enough when the table prints its
totals: a total minus the shown cells of its row would give the hidden cell back. So more
cells are hidden (*secondary* suppression) until no hidden cell can be worked out from
the totals and the other shown cells, by any sum or difference of rows and columns.

Why the rule below is exact: in a table with row and column totals, each row and column
says "these cells add up to that total". With the shown cells moved to the known side,
the hidden cells are the edges of a bipartite graph between rows and columns (the total
row and the total column are a row and a column too), and a hidden cell can be solved for
exactly when its edge lies on no cycle of that graph, i.e. when it is a *bridge*: along
a cycle, adding one to every other cell and taking one from the rest keeps every total.
A one-line table (a list with its total) is the case of a single row: there a hidden
cell is safe exactly when another cell of the line is hidden too.

Secondary cells are shown as "x", never as "<5": a hidden 37 must not read as a small
count.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_THRESHOLD = 5


class Shown(StrEnum):
    """How one cell is printed."""

    VALUE = "value"
    SMALL = "small"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class Cell:
    value: int
    shown: Shown

    def text(self, threshold: int = DEFAULT_THRESHOLD) -> str:
        if self.shown is Shown.SMALL:
            return f"<{threshold}"
        if self.shown is Shown.HIDDEN:
            return "x"
        return f"{self.value}"


@dataclass(frozen=True)
class PublishedTable:
    """A table ready to print: ``cells[r][c]``, ``row_totals[r]``, ``column_totals[c]``
    and ``total``, each with how it is shown."""

    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Cell

    def grid(self) -> tuple[tuple[Cell, ...], ...]:
        """The table with its totals as the last column and the last row."""
        rows = tuple(
            (*row, row_total) for row, row_total in zip(self.cells, self.row_totals, strict=True)
        )
        return (*rows, (*self.column_totals, self.total))


@dataclass(frozen=True)
class PublishedLine:
    """A list of counts and its total, ready to print."""

    cells: tuple[Cell, ...]
    total: Cell


def is_small(value: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    return 0 < value < threshold


def publish_line(values: Sequence[int], threshold: int = DEFAULT_THRESHOLD) -> PublishedLine:
    """A list of counts with its total (say, inquiries by source): small counts shown as
    "<5", and when exactly one count of the line (the total included) is hidden, the
    smallest other count is hidden too."""
    grid = [[*values, sum(values)]]
    hidden = _primary(grid, threshold)
    row = [(0, c) for c in range(len(values) + 1)]
    if len([cell for cell in row if cell in hidden]) == 1:
        spare = _smallest(grid, [cell for cell in row if cell not in hidden])
        if spare is not None:
            hidden.add(spare)
    cells = _cells(grid, hidden, threshold)
    return PublishedLine(cells=cells[0][:-1], total=cells[0][-1])


def publish_table(
    values: Sequence[Sequence[int]], threshold: int = DEFAULT_THRESHOLD
) -> PublishedTable:
    """A two-way table of counts with its row, column and grand totals, with small
    counts and every cell they could be worked out from hidden."""
    if not values or not values[0]:
        raise ValueError("a table needs at least one row and one column")
    width = len(values[0])
    if any(len(row) != width for row in values):
        raise ValueError("every row of a table needs the same number of columns")
    grid = [[*row, sum(row)] for row in values]
    grid.append([sum(column) for column in zip(*grid, strict=True)])
    hidden = _primary(grid, threshold)
    while (bridge := _first_bridge(hidden)) is not None:
        hidden |= _cheapest_detour(bridge, grid, hidden)
    cells = _cells(grid, hidden, threshold)
    return PublishedTable(
        cells=tuple(row[:-1] for row in cells[:-1]),
        row_totals=tuple(row[-1] for row in cells[:-1]),
        column_totals=cells[-1][:-1],
        total=cells[-1][-1],
    )


def recoverable_cells(
    table: PublishedTable | Sequence[Sequence[Cell]],
) -> set[tuple[int, int]]:
    """The hidden cells of a printed grid (totals as its last row and column) that can be
    worked out exactly from what is shown: the bridges of the hidden cells' graph."""
    grid = table.grid() if isinstance(table, PublishedTable) else table
    hidden = {
        (r, c)
        for r, row in enumerate(grid)
        for c, cell in enumerate(row)
        if cell.shown is not Shown.VALUE
    }
    return _bridges(hidden)


def _primary(grid: Sequence[Sequence[int]], threshold: int) -> set[tuple[int, int]]:
    return {
        (r, c)
        for r, row in enumerate(grid)
        for c, value in enumerate(row)
        if is_small(value, threshold)
    }


def _cells(
    grid: Sequence[Sequence[int]], hidden: set[tuple[int, int]], threshold: int
) -> tuple[tuple[Cell, ...], ...]:
    def cell(r: int, c: int, value: int) -> Cell:
        if (r, c) not in hidden:
            return Cell(value, Shown.VALUE)
        return Cell(value, Shown.SMALL if is_small(value, threshold) else Shown.HIDDEN)

    return tuple(
        tuple(cell(r, c, value) for c, value in enumerate(row)) for r, row in enumerate(grid)
    )


def _smallest(
    grid: Sequence[Sequence[int]], candidates: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The candidate whose hiding loses least: the smallest count, zeros last (a hidden
    zero protects as well but says "something here" where there is nothing)."""
    if not candidates:
        return None
    return min(candidates, key=lambda rc: (grid[rc[0]][rc[1]] == 0, grid[rc[0]][rc[1]], rc))


def _first_bridge(hidden: set[tuple[int, int]]) -> tuple[int, int] | None:
    bridges = _bridges(hidden)
    return min(bridges) if bridges else None


def _cheapest_detour(
    bridge: tuple[int, int], grid: Sequence[Sequence[int]], hidden: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The shown cells to hide so that ``bridge`` lies on a cycle: the cheapest path from
    its row to its column that does not use the bridge itself, where a hidden cell costs
    nothing and a shown one its count (a zero last: hiding it protects as well, but says
    "something here" where there is nothing; a total after every inner cell). The totals
    are a row and a column, so the path always exists."""
    zero_cost = 1 + sum(sum(row) for row in grid)
    start, goal = ("r", bridge[0]), ("c", bridge[1])
    height, width = len(grid), len(grid[0])
    best: dict[tuple[str, int], int] = {start: 0}
    came: dict[tuple[str, int], tuple[tuple[str, int], tuple[int, int]]] = {}
    queue: list[tuple[int, tuple[str, int]]] = [(0, start)]
    while queue:
        cost, node = heapq.heappop(queue)
        if node == goal:
            break
        if cost > best[node]:
            continue
        kind, index = node
        for other in range(width if kind == "r" else height):
            cell = (index, other) if kind == "r" else (other, index)
            if cell == bridge:
                continue
            value = grid[cell[0]][cell[1]]
            step = 0 if cell in hidden else (value or zero_cost)
            if cell[0] == height - 1 or cell[1] == width - 1:
                # A total is often printed in another table too (all inquiries, by month
                # and by source): hidden here and shown there, it would give this table
                # back. So a total is hidden only when no path of inner cells will do.
                step += zero_cost * (height + width)
            nxt = ("c", other) if kind == "r" else ("r", other)
            if cost + step < best.get(nxt, cost + step + 1):
                best[nxt] = cost + step
                came[nxt] = (node, cell)
                heapq.heappush(queue, (cost + step, nxt))
    path: set[tuple[int, int]] = set()
    node = goal
    while node != start:
        node, cell = came[node]
        path.add(cell)
    return path - hidden


def _bridges(edges: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Edges on no cycle of the bipartite graph rows–columns (Tarjan's bridge search,
    iterative so a large table cannot exhaust the stack)."""
    adjacency: dict[tuple[str, int], list[tuple[tuple[str, int], tuple[int, int]]]] = {}
    for r, c in edges:
        adjacency.setdefault(("r", r), []).append((("c", c), (r, c)))
        adjacency.setdefault(("c", c), []).append((("r", r), (r, c)))
    order: dict[tuple[str, int], int] = {}
    low: dict[tuple[str, int], int] = {}
    bridges: set[tuple[int, int]] = set()
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack: list[tuple[tuple[str, int], tuple[int, int] | None, int]] = [(root, None, 0)]
        while stack:
            node, via, index = stack.pop()
            links = adjacency[node]
            if index < len(links):
                stack.append((node, via, index + 1))
                nxt, edge = links[index]
                if edge == via:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = len(order)
                    stack.append((nxt, edge, 0))
            elif via is not None:
                parent = ("c", via[1]) if node[0] == "r" else ("r", via[0])
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent]:
                    bridges.add(via)
    return bridges
