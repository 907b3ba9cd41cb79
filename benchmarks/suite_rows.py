"""The rows ``python -m benchmarks`` prints: one figure each, with its spread, the #14
target it is held against (for the size measured) and whether it is met; and the
readers of the lines the other benchmark modules print."""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    what: str
    unit: str
    median: float
    p95: float | None = None
    max: float | None = None
    n: int = 1
    cpu_median: float | None = None
    target: str = ""
    met: bool | None = None
    """None: no target for this row, or not judged (see ``target``)."""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def spread(samples: Sequence[float]) -> tuple[float, float, float]:
    """Median, p95 (nearest rank) and max."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95, ordered[-1]


def timed_row(
    what: str,
    samples: Sequence[float],
    *,
    cpu: Sequence[float] = (),
    target: str = "",
    judge: str = "median",
    limit: float | None = None,
) -> Row:
    """A row of millisecond samples, met when ``judge`` (median or p95) is at most ``limit``."""
    median, p95, most = spread(samples)
    judged = median if judge == "median" else p95
    return Row(
        what=what,
        unit="ms",
        median=median,
        p95=p95,
        max=most,
        n=len(samples),
        cpu_median=statistics.median(cpu) if cpu else None,
        target=target,
        met=None if limit is None else judged <= limit,
    )


def by_size[T](persons: int, at_10k: T, at_100k: T) -> T:
    """The #14 target for a vault of ``persons``: the 10,000-person one up to 10,000."""
    return at_10k if persons <= 10_000 else at_100k


_PRINTED = re.compile(
    r"^\s*(?P<what>\S.*?)\s+median\s+(?P<median>[\d.]+) ms\s+p95\s+(?P<p95>[\d.]+) ms"
    r"\s+max\s+(?P<max>[\d.]+) ms(?:\s+\(CPU median\s+(?P<cpu>[\d.]+) ms\))?\s+n=(?P<n>\d+)"
)


def printed_rows(output: str) -> dict[str, Row]:
    """The rows of a module that prints ``WHAT median X ms p95 Y ms max Z ms [(CPU
    median C ms)] n=N`` lines (``benchmarks.case_list``), by WHAT."""
    rows: dict[str, Row] = {}
    for line in output.splitlines():
        found = _PRINTED.match(line)
        if found is None:
            continue
        cpu = found["cpu"]
        rows[found["what"]] = Row(
            what=found["what"],
            unit="ms",
            median=float(found["median"]),
            p95=float(found["p95"]),
            max=float(found["max"]),
            n=int(found["n"]),
            cpu_median=float(cpu) if cpu else None,
        )
    return rows


def judged(row: Row, *, target: str, limit: float, judge: str = "median") -> Row:
    value = row.median if judge == "median" else row.p95
    return Row(**{**asdict(row), "target": target, "met": value is not None and value <= limit})


def table(rows: Sequence[Row]) -> str:
    lines = [
        f"{'measurement':<52} {'median':>10} {'p95':>10} {'max':>10} {'n':>4}"
        f" {'CPU med':>9}  {'target':<26} met",
        "-" * 134,
    ]
    for row in rows:

        def cell(value: float | None, unit: str = row.unit) -> str:
            if value is None:
                return "-"
            return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.1f} {unit}"

        met = {True: "yes", False: "NO", None: ""}[row.met]
        lines.append(
            f"{row.what:<52} {cell(row.median):>10} {cell(row.p95):>10} {cell(row.max):>10}"
            f" {row.n:>4} {cell(row.cpu_median):>9}  {row.target:<26} {met}"
        )
    return "\n".join(lines)
