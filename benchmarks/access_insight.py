"""How long an access insight takes on a busy vault:
``python -m benchmarks.access_insight [--persons N] [--runs R]``.

Builds a demo vault of N synthetic people (cases, assessments, plans, release meetings),
then gives the log a working life: ``--active`` people read, opened and searched for by name
(each its own audited transaction). Times ``desk.access_insight.for_person`` for R
people against reading and filtering the whole log in Python. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.domain.access_insight import events_concerning
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
# Unlocking is measured elsewhere; here it only has to be quick.
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    return (
        f"median {statistics.median(ordered):7.1f} ms   max {ordered[-1]:7.1f} ms"
        f"   (n={len(ordered)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--active", type=int, default=300, help="people read, opened and searched for once"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.rdv"
        started = time.perf_counter()
        create_demo_vault(
            path,
            persons=args.persons,
            seed=5,
            password=PASSWORD,
            kdf_cost=QUICK_KDF,
            today=date(2026, 11, 21),
        )
        with Desk.open(path, username="leder", password=PASSWORD) as desk:
            summaries = desk.cases.search()
            print(f"demo vault built in {time.perf_counter() - started:.1f} s", flush=True)
            for summary in summaries[: args.active]:
                desk.persons.get(summary.person_id)
                desk.cases.get(summary.case_id)
                desk.cases.search(summary.person_name.split()[-1])
            events = len(desk.audit.events())
            print(
                f"vault: {args.persons} people, {events} audit events,"
                f" built in {time.perf_counter() - started:.1f} s"
            )
            rng = random.Random(7)
            chosen = rng.sample(summaries, min(args.runs, len(summaries)))
            indexed, whole_log = [], []
            for summary in chosen:
                start = time.perf_counter()
                insight = desk.access_insight.for_person(summary.person_id)
                indexed.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                everything = desk.audit.events()
                found = events_concerning(
                    everything,
                    person_id=summary.person_id,
                    current_case_ids={summary.case_id},
                    name=summary.person_name,
                    cpr=summary.cpr,
                    case_numbers=(summary.case_number,),
                )
                whole_log.append((time.perf_counter() - start) * 1000)
                # Both ways find the same events (the whole-log pass also sees this READ).
                assert len(found) >= len(insight.entries)
            print(f"access insight (narrowed in SQL)      {_ms(indexed)}")
            print(f"whole log decoded and filtered        {_ms(whole_log)}")
            sizes = [len(desk.access_insight.for_person(s.person_id).entries) for s in chosen]
            print(f"events per insight: median {statistics.median(sizes)}, max {max(sizes)}")


if __name__ == "__main__":
    main()
