"""The capped case search per kind of query: ``python -m benchmarks.search_lengths --vault
PATH [--rounds R] [--server]``.

On a vault opened once (a copy: every search writes an audit event), ``desk.cases.find``
(capped, with its count and its audit event, as the list's search calls it) for texts of
1, 2, 3 and 5 letters taken from the vault's own names, for case numbers and for CPR
digits; and the texts the suite's "service: cases.find (capped)" row types (names, a CPR
number and a case number typed letter by letter, then erased). Prints the CPU and wall
p50 and p95 per kind, with the load average. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from pathlib import Path

from riskdesk.services.desk import Desk

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _kinds(desk: Desk) -> dict[str, list[str]]:
    rows = desk.cases.listing().rows
    pick = random.Random(7)
    chosen = pick.sample(rows, 12)
    words = [w for row in chosen for w in row.name_folded.split() if len(w) >= 5]

    def pieces(length: int) -> list[str]:
        found = []
        for word in words:
            start = pick.randrange(len(word) - length + 1)
            found.append(word[start : start + length])
        return found[:10]

    return {
        "1 letter": ["a", "e", "n", "s", "o", "k", "l", "æ", "ø", "å"],
        "2 letters": pieces(2),
        "3 letters": pieces(3),
        "5 letters": pieces(5),
        "case number": [row.case_number for row in chosen[:10]],
        "case number, 6 chars": [row.case_number[:6] for row in chosen[:10]],
        "CPR digits (6)": [(row.cpr_digits or "0101")[:6] for row in chosen[:10]],
        "CPR digits (10)": [row.cpr_digits or "0101901234" for row in chosen[:10]],
        "suite's typed texts": _typed(rows),
    }


def _typed(rows: list) -> list[str]:  # type: ignore[type-arg]
    # As benchmarks/case_list.py types them (its _typed), for the suite's row.
    picks = [rows[len(rows) // 3], rows[len(rows) // 2], rows[-7]]
    words = [picks[0].person_name.split()[0], picks[1].person_name.split()[-1]]
    words += [picks[2].cpr_digits or "0101", picks[0].case_number]
    texts = []
    for word in words:
        texts += [word[:n] for n in range(1, len(word) + 1)]
        texts += [word[:n] for n in range(len(word) - 1, -1, -1)]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_lengths")
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=0, help="name the N slowest texts")
    args = parser.parse_args()
    with Desk.open(args.vault, username="koordinator", password=PASSWORD) as desk:
        kinds = _kinds(desk)
        for texts in kinds.values():
            for text in texts:
                desk.cases.find(text)
        load = os.getloadavg()[0]
        for kind, texts in kinds.items():
            cpu: list[float] = []
            wall: list[float] = []
            totals: list[int] = []
            slowest: dict[str, float] = {}
            for _ in range(args.rounds):
                for text in texts:
                    started, started_cpu = time.perf_counter(), time.process_time()
                    found = desk.cases.find(text)
                    wall.append((time.perf_counter() - started) * 1000)
                    cpu.append((time.process_time() - started_cpu) * 1000)
                    totals.append(found.total)
                    slowest[text] = max(slowest.get(text, 0.0), cpu[-1])
            print(
                f"  {kind:<22} CPU p50 {statistics.median(cpu):7.1f} p95 {_p95(cpu):7.1f} ms"
                f"   wall p50 {statistics.median(wall):7.1f} p95 {_p95(wall):7.1f} ms"
                f"   found median {statistics.median(totals):>7,.0f}   n={len(cpu)}",
                flush=True,
            )
            if args.slowest:
                worst = sorted(slowest.items(), key=lambda item: -item[1])[: args.slowest]
                print("      slowest (CPU):", ", ".join(f"{t!r} {ms:.1f}" for t, ms in worst))
        print(f"  load {load:.1f} → {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
