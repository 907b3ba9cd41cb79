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
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)


def _build_one(persons: int, *, verify: bool) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.rdv"
        wall, cpu = time.perf_counter(), time.process_time()
        create_demo_vault(path, persons=persons, seed=5, password=PASSWORD, kdf_cost=QUICK_KDF)
        figures: dict[str, Any] = {
            "persons": persons,
            "wall_s": time.perf_counter() - wall,
            "cpu_s": time.process_time() - cpu,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "vault_mb": path.stat().st_size / 1e6,
        }
        with Desk.open(path, username="leder", password=PASSWORD, kdf_cost=QUICK_KDF) as desk:
            figures["events"] = len(desk.audit.events())
            figures["load"] = [load_before, os.getloadavg()[0]]
            if verify:
                started = time.perf_counter()
                figures["intact"] = desk.audit.verify().intact
                figures["verify_s"] = time.perf_counter() - started
    return figures


def _line(f: dict[str, Any]) -> str:
    line = (
        f"{f['persons']:>7,} people   build {f['wall_s']:7.1f} s wall {f['cpu_s']:7.1f} s CPU"
        f"   peak RSS {f['peak_mb']:6.0f} MB   vault {f['vault_mb']:5.1f} MB"
        f"   {f['events']:,} events"
        f"   load {f['load'][0]:.1f} → {f['load'][1]:.1f}"
    )
    if "intact" in f:
        line += f"   verify {f['verify_s']:.1f} s: {'intact' if f['intact'] else 'NOT INTACT'}"
    return line


def measure(persons: int, *, verify: bool = False) -> dict[str, Any]:
    """One build of ``persons`` people in a fresh process (its peak memory its own)."""
    command = [sys.executable, "-m", "benchmarks.demo_build", "--one", "--json"]
    command += ["--persons", str(persons), *(["--verify"] if verify else [])]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.demo_build")
    parser.add_argument("--persons", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--verify", action="store_true")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        figures = _build_one(args.persons[0], verify=args.verify)
        print(json.dumps(figures) if args.json else _line(figures), flush=True)
        return
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
    for persons in args.persons:
        print(_line(measure(persons, verify=args.verify)), flush=True)


if __name__ == "__main__":
    main()
