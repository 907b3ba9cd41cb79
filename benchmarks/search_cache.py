"""A case search against SQLCipher's page cache size: ``python -m benchmarks.search_cache
--vault PATH [--kib 2048 16384 65536 262144] [--rounds R]``.

Each cache size in a fresh process (so its connections open with it and its memory is
its own): names, a CPR number and a case number typed letter by letter, searched through
the service as the list's count would be (``desk.cases.find``, capped, with its audit
event) and in full (``desk.cases.search``); prints p50 and p95 per size, the peak RSS and
the load average. Nothing is asserted. The figures chose
``riskdesk.store.cipher_connection.CACHE_KIB``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from riskdesk.services.desk import Desk
from riskdesk.store import cipher_connection

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _texts(desk: Desk) -> list[str]:
    rows = desk.cases.listing().rows
    picks = [rows[len(rows) // 3], rows[len(rows) // 2], rows[-7]]
    words = [picks[0].person_name.split()[0], picks[1].person_name.split()[-1]]
    words += [picks[2].cpr_digits or "0101", picks[0].case_number]
    return [word[:n] for word in words for n in range(1, len(word) + 1)]


def _one(vault: Path, kib: int, rounds: int) -> None:
    cipher_connection.CACHE_KIB = kib
    with Desk.open(vault, username="koordinator", password=PASSWORD) as desk:
        texts = _texts(desk)
        found: list[float] = []
        every: list[float] = []
        for _ in range(rounds):
            for text in texts:
                start = time.perf_counter()
                desk.cases.find(text)
                found.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                desk.cases.search(text)
                every.append((time.perf_counter() - start) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  cache {kib // 1024:>4} MiB   find p50 {statistics.median(found):6.1f} ms"
        f" p95 {_p(found, 0.95):6.1f} ms   search p50 {statistics.median(every):6.1f} ms"
        f" p95 {_p(every, 0.95):6.1f} ms   peak RSS {peak:5.0f} MB"
        f"   load {os.getloadavg()[0]:.1f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_cache")
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--kib", type=int, nargs="+", default=[2048, 16384, 65536, 262144])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _one(args.vault, args.kib[0], args.rounds)
        return
    print(f"{args.vault.name}: Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for kib in args.kib:
        command = [sys.executable, "-m", "benchmarks.search_cache", "--one", "--vault"]
        command += [str(args.vault), "--kib", str(kib), "--rounds", str(args.rounds)]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
