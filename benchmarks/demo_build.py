"""What building the demo vault costs: ``python -m benchmarks.demo_build [--persons 1000
10000] [--verify]``.

Each size is built in a fresh process (so its peak memory is its own) with a cheap KDF
(Argon2id would only add its fixed second per user), as ``riskdesk demo`` builds it:
people and cases, assessments, plans, release meetings, meetings and reviews, every use
case audited. Prints the wall clock, the process's CPU time (the machine is shared: the
wall clock also counts other work's turns), the peak RSS, the load average before and
after, and the audit events written; with ``--verify``, then the time of verifying the
whole trail and whether it is intact. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)


def _build_one(persons: int, *, verify: bool) -> None:
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.rdv"
        wall, cpu = time.perf_counter(), time.process_time()
        create_demo_vault(path, persons=persons, seed=5, password=PASSWORD, kdf_cost=QUICK_KDF)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size_mb = path.stat().st_size / 1e6
        with Desk.open(path, username="leder", password=PASSWORD, kdf_cost=QUICK_KDF) as desk:
            events = len(desk.audit.events())
            line = (
                f"{persons:>7,} people   build {wall:7.1f} s wall {cpu:7.1f} s CPU"
                f"   peak RSS {peak_mb:6.0f} MB   vault {size_mb:5.1f} MB   {events:,} events"
                f"   load {load_before:.1f} → {os.getloadavg()[0]:.1f}"
            )
            if verify:
                started = time.perf_counter()
                report = desk.audit.verify()
                line += (
                    f"   verify {time.perf_counter() - started:.1f} s:"
                    f" {'intact' if report.intact else 'NOT INTACT'}"
                )
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.demo_build")
    parser.add_argument("--persons", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--verify", action="store_true")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _build_one(args.persons[0], verify=args.verify)
        return
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
    for persons in args.persons:
        command = [sys.executable, "-m", "benchmarks.demo_build", "--one", "--persons"]
        subprocess.run([*command, str(persons), *(["--verify"] if args.verify else [])], check=True)


if __name__ == "__main__":
    main()
