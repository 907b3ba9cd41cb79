"""The start page's use case on a vault already built:
``python -m benchmarks.today_on_vault VAULT [--runs R] [--users U ...]``.

Copies VAULT (with its key and checkpoint files) to a temporary folder, since opening
writes a login event and migrates an older schema, opens the copy once so a migration is
not measured, then times ``desk.today.view()`` for each user (``koordinator`` and
``leder`` by default, the benchmark vaults' password). CPU time is the figure to judge by
on a shared machine; the wall clock and the load average are printed beside it. Nothing
is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.vault_copy import copy_vault

from riskdesk.services.desk import Desk

PASSWORD = "benchmark-kodeord"  # noqa: S105 - the shared benchmark vaults of synthetic people


def _measure(path: Path, users: list[str], runs: int) -> None:
    for user in users:
        with Desk.open(path, username=user, password=PASSWORD) as desk:
            desk.today.view()  # the forms are read once, at first use
            wall: list[float] = []
            cpu: list[float] = []
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                desk.today.view()
                wall.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
        print(
            f"{user:<12} desk.today.view  CPU median {statistics.median(cpu):7.1f} ms"
            f"   wall median {statistics.median(wall):7.1f} ms   (n={runs},"
            f" load {os.getloadavg()[0]:.1f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("vault", type=Path)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--users", nargs="+", default=["koordinator", "leder"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = copy_vault(args.vault, Path(folder) / args.vault.name)
        Desk.open(copy, username=args.users[0], password=PASSWORD).close()
        _measure(copy, args.users, args.runs)


if __name__ == "__main__":
    main()
