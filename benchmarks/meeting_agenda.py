"""What building a meeting's agenda costs: ``python -m benchmarks.meeting_agenda
[--persons N] [--cases 10 50] [--runs R]``.

Builds a demo vault of N synthetic people, puts the first C cases on a new SSP meeting,
then times ``desk.meetings.agenda(meeting_id)`` (what the meetings page shows after every
edit) and counts, per build, the database transactions and the audit events it leaves.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)


def _engine(desk: Desk) -> Any:
    return desk.vault._engine


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    return (
        f"median {statistics.median(ordered):7.1f} ms   max {ordered[-1]:7.1f} ms"
        f"   (n={len(ordered)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--cases", type=int, nargs="+", default=[10, 50])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.rdv"
        started = time.perf_counter()
        create_demo_vault(path, persons=args.persons, seed=5, password=PASSWORD, kdf_cost=QUICK_KDF)
        print(
            f"demo vault with {args.persons} people built in {time.perf_counter() - started:.1f} s"
        )
        with Desk.open(path, username="koordinator", password=PASSWORD) as desk:
            cases = sorted(desk.cases.search(), key=lambda c: c.case_id)
            transactions = 0

            def count(*_: object) -> None:
                nonlocal transactions
                transactions += 1

            event.listen(_engine(desk), "begin", count)
            for size in args.cases:
                meeting = desk.meetings.save(
                    Meeting(kind=MeetingKind.SSP, held_on=date.today() + timedelta(days=7))
                )
                assert meeting.id is not None
                for case in cases[:size]:
                    desk.meetings.add_case(meeting.id, case.case_id, summary="Opfølgning.")
                samples: list[float] = []
                per_build: list[tuple[int, int]] = []
                for _ in range(args.runs):
                    events_before = len(desk.audit.events())
                    transactions = 0
                    start = time.perf_counter()
                    desk.meetings.agenda(meeting.id)
                    samples.append((time.perf_counter() - start) * 1000)
                    built_in = transactions
                    per_build.append((built_in, len(desk.audit.events()) - events_before))
                tx, audit = per_build[-1]
                print(
                    f"agenda of {size:>3} cases   {_ms(samples)}   "
                    f"{tx} transactions, {audit} audit events per build"
                )


if __name__ == "__main__":
    main()
