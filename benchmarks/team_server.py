"""The team server under load: ``python -m benchmarks.team_server [--users 1,5,20,50]
[--seconds 60] [--persons 300] [--processes 8] [--format table|json]``.

A throwaway PostgreSQL cluster is started (as the tests start theirs), a demo vault of
``--persons`` people is built and moved onto it with ``server import``, and simulated
users log in with their own login roles (one in five a supervisor) and run a realistic
mix back to back, with no pause, for ``--seconds`` at each number of users: search, open
a case, edit a person and case, save a plan, submit, approve, a meeting's agenda, the
unit's figures (``benchmarks/team_server_load.py``). Prints throughput, p50/p95 per
operation, the refusals a user meets in a normal day (a stale copy, a plan not yet
submittable), errors (anything else: must be 0) and lost updates (a save that
overwrote another's without being refused: must be 0), with the load average.

The users share this machine's cores with the server, as they would not in a
municipality, so the figures are an upper bound for the server's share of the wait."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.team_server_load import UserRun, run_user

_TESTS = Path(__file__).resolve().parent.parent / "tests"
# The simulated users' logins live only as long as the run's throwaway cluster.
LOAD_PASSWORD = secrets.token_urlsafe(18)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.team_server")
    parser.add_argument("--users", default="1,5,20,50")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--persons", type=int, default=300)
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    options = parser.parse_args(argv)
    levels = [int(part) for part in options.users.split(",") if part.strip()]
    sys.path.insert(0, str(_TESTS))
    from pg_cluster import running_cluster

    with running_cluster() as cluster, tempfile.TemporaryDirectory() as folder:
        url, owner_engine = _prepare(cluster, Path(folder), options.persons, max(levels))
        case_ids, meeting_ids = _ids(owner_engine)
        results = []
        for users in levels:
            load_before = os.getloadavg()[0]
            runs = _run_level(url, users, options, case_ids, meeting_ids)
            lost = _lost_updates(owner_engine, runs)
            results.append(_summary(users, options.seconds, runs, lost, load_before))
        owner_engine.dispose()
    if options.format == "json":
        print(json.dumps({"persons": options.persons, "levels": results}, indent=2))
    else:
        _print_table(options.persons, results)
    return 0


def _prepare(cluster: Any, folder: Path, persons: int, users: int) -> tuple[str, Any]:
    from riskdesk.domain.user import Role
    from riskdesk.store.server.server_setup import create_login
    from server_demo import imported_demo_server  # tests/server_demo.py
    from team_servers import TeamServer

    database = imported_demo_server(cluster, folder, persons=persons)
    server = TeamServer(cluster, database)
    engine = server.owner_engine()
    with engine.begin() as connection:
        for number in range(users):
            role = Role.SUPERVISOR if number % 5 == 4 else Role.CASEWORKER
            create_login(
                connection,
                username=_username(number),
                display_name=f"Bruger {number + 1}",
                role=role,
                password=LOAD_PASSWORD,
            )
    return server.url, engine


def _username(number: int) -> str:
    return f"bruger{number + 1:02d}"


def _ids(engine: Any) -> tuple[list[int], list[int]]:
    from sqlalchemy import text

    with engine.connect() as connection:
        cases = [row[0] for row in connection.execute(text("SELECT id FROM cases"))]
        meetings = [row[0] for row in connection.execute(text("SELECT id FROM meetings"))]
    return cases, meetings


def _run_level(
    url: str, users: int, options: Any, case_ids: list[int], meeting_ids: list[int]
) -> list[UserRun]:
    processes = max(1, min(options.processes, users))
    groups = [list(range(start, users, processes)) for start in range(processes)]
    with ProcessPoolExecutor(max_workers=processes) as pool:
        futures = [
            pool.submit(
                _run_group, url, LOAD_PASSWORD, group, options.seconds, case_ids, meeting_ids
            )
            for group in groups
        ]
        return [run for future in futures for run in future.result()]


def _run_group(
    url: str,
    password: str,
    numbers: list[int],
    seconds: float,
    case_ids: list[int],
    meeting_ids: list[int],
) -> list[UserRun]:
    with ThreadPoolExecutor(max_workers=len(numbers)) as threads:
        futures = [
            threads.submit(
                run_user,
                url,
                _username(number),
                password,
                supervisor=number % 5 == 4,
                seconds=seconds,
                seed=number,
                case_ids=case_ids,
                meeting_ids=meeting_ids,
            )
            for number in numbers
        ]
        return [future.result() for future in futures]


def _lost_updates(engine: Any, runs: list[UserRun]) -> int:
    """Saves that another save overwrote without a refusal: two saves that both claim
    one version of a case, or a case whose stored note is not its newest save's."""
    from sqlalchemy import text

    newest: dict[int, tuple[int, str]] = {}
    lost = 0
    seen: set[tuple[int, int]] = set()
    for run in runs:
        for case_id, token, version in run.saves:
            if (case_id, version) in seen:
                lost += 1
            seen.add((case_id, version))
            if case_id not in newest or newest[case_id][0] < version:
                newest[case_id] = (version, token)
    with engine.connect() as connection:
        for case_id, (_, token) in newest.items():
            stored = connection.execute(
                text("SELECT notes FROM cases WHERE id = :id"), {"id": case_id}
            ).scalar()
            # Only these saves write a case's note during the run.
            if stored != token:
                lost += 1
    return lost


def _summary(
    users: int, seconds: float, runs: list[UserRun], lost: int, load_before: float
) -> dict[str, Any]:
    operations: dict[str, dict[str, Any]] = {}
    names = sorted({name for run in runs for name in run.timings})
    total = 0
    errors = 0
    for name in names:
        durations = [d for run in runs for d in run.timings.get(name, [])]
        failed = [e for run in runs for e in run.errors.get(name, [])]
        refused = sum(run.refusals.get(name, 0) for run in runs)
        total += len(durations)
        errors += len(failed)
        operations[name] = {
            "count": len(durations),
            "p50_ms": round(_percentile(durations, 50) * 1000, 1),
            "p95_ms": round(_percentile(durations, 95) * 1000, 1),
            "refused": refused,
            "errors": len(failed),
            "error_kinds": sorted(set(failed)),
        }
    return {
        "users": users,
        "seconds": seconds,
        "throughput_per_s": round(total / seconds, 1),
        "errors": errors,
        "lost_updates": lost,
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "operations": operations,
        "date": date.today().isoformat(),
        "measured_at": time.strftime("%H:%M:%S"),
    }


def _percentile(values: list[float], percent: int) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _print_table(persons: int, results: list[dict[str, Any]]) -> None:
    print(f"Team server load, {persons} people, cores: {os.cpu_count()}")
    for level in results:
        print(
            f"\n{level['users']} users: {level['throughput_per_s']} operations/s, "
            f"errors {level['errors']}, lost updates {level['lost_updates']}, "
            f"load {level['load_before']} -> {level['load_after']}"
        )
        print(f"  {'operation':<12} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'refused':>8}")
        for name, figures in level["operations"].items():
            print(
                f"  {name:<12} {figures['count']:>6} {figures['p50_ms']:>8} "
                f"{figures['p95_ms']:>8} {figures['refused']:>8}"
                + (f"  errors: {figures['error_kinds']}" if figures["errors"] else "")
            )


if __name__ == "__main__":
    raise SystemExit(main())
