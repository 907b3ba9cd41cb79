"""Where an access insight's time goes, per phase:
``python -m benchmarks.insight_phases --vault COPY [--rounds 2]``.

Times ``desk.access_insight.for_person`` for the same 20 people as
``benchmarks.audit_readers measure`` (on a copy of the team's vault of 500,000 events,
opened once first so no migration is timed), and the CPU of each reader and step it
calls, by wrapping them with a CPU clock for the run. The first round reads the pages
from the file as a user's first insight does; later rounds find them in the page cache.
"What is left" is the unit of work (its session, the insight's own audit event, the
commit) and the service's own loops. Nothing is asserted; the load average is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.audit_readers import PASSWORD, _sample

_READERS = ("person", "cases", "logged_case_ids", "candidates", "search_days", "users")
_STEPS = ("events_concerning", "describe", "searches_sentence", "AccessInsightEntry")


def _timed(owner: Any, name: str, spent: dict[str, float]) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - started

    setattr(owner, name, timed)


def measure(path: Path, *, rounds: int) -> None:
    from riskdesk.services import access_insight_service
    from riskdesk.services.desk import Desk
    from riskdesk.store.access_log_query import AccessLogQuery

    spent: dict[str, float] = {}
    for name in _READERS:
        _timed(AccessLogQuery, name, spent)
    for name in _STEPS:
        _timed(access_insight_service, name, spent)
    with Desk.open(path, username="leder", password=PASSWORD) as desk:
        people = _sample(desk.cases.search(), 20)
        for round_number in range(1, rounds + 1):
            spent.clear()
            cpu, wall = [], []
            load = os.getloadavg()[0]
            for summary in people:
                started, started_cpu = time.perf_counter(), time.process_time()
                desk.access_insight.for_person(summary.person_id)
                wall.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            ordered = sorted(wall)
            p95 = ordered[round(0.95 * (len(ordered) - 1))]
            print(
                f"round {round_number}: wall p50 {statistics.median(wall):.1f} ms,"
                f" p95 {p95:.1f} ms; CPU p50 {statistics.median(cpu):.1f} ms,"
                f" mean {statistics.mean(cpu):.1f} ms (load {load:.1f} → {os.getloadavg()[0]:.1f})"
            )
            phases = {name: seconds * 1000 / len(people) for name, seconds in spent.items()}
            for name in (*_READERS, *_STEPS):
                print(f"  {name:20} {phases.get(name, 0.0):6.1f} ms CPU per person")
            left = statistics.mean(cpu) - sum(phases.values())
            print(f"  {'what is left':20} {left:6.1f} ms CPU per person")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.insight_phases")
    parser.add_argument("--vault", type=Path, required=True, help="a copy: it is written")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    measure(args.vault, rounds=args.rounds)


if __name__ == "__main__":
    main()
