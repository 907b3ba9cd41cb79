"""What moving in from Excel costs: ``python -m benchmarks.case_import [--rows 500]
[--runs 3]``.

Builds a demo vault, then per run writes an .xlsx of ROWS synthetic people (a new seed
each run; the rare number drawn again is skipped as filed) and times reading it, the dry run and the
real import, with the CPU time beside the wall clock, and counts the database
transactions and audit events the import leaves. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import event

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.case import KIND_LABELS, REFERRAL_LABELS
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)
HEADERS = ("Navn", "CPR", "Niveau", "Sagstype", "Oprettet", "Henvisning", "Status", "Lukket")


def _sheet(path: Path, rows: int, seed: int) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    for record in synthetic_records(rows, seed=seed, today=date.today(), caseworkers=("",)):
        case = record.case
        sheet.append(
            [
                record.person["name"],
                record.person["cpr"],
                case["level"],
                KIND_LABELS[case["kind"]].da,
                case["opened_on"],
                REFERRAL_LABELS[case["referral_source"]].da,
                "Lukket" if case.get("status") == "closed" else "Åben",
                case.get("closed_on"),
            ]
        )
    workbook.save(path)
    return path


def _timed(action: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _line(name: str, wall: list[float], cpu: list[float]) -> str:
    return (
        f"{name:<28} median {statistics.median(wall):7.0f} ms wall "
        f"{statistics.median(cpu):6.0f} ms CPU   max {max(wall):7.0f} ms   (n={len(wall)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.rdv"
        create_demo_vault(path, persons=args.persons, seed=5, password=PASSWORD, kdf_cost=QUICK_KDF)
        timings: dict[str, tuple[list[float], list[float]]] = {
            name: ([], []) for name in ("read .xlsx", "dry run", "import")
        }
        with Desk.open(path, username="koordinator", password=PASSWORD) as desk:
            transactions = 0

            def count(*_: object) -> None:
                nonlocal transactions
                transactions += 1

            event.listen(desk.vault._engine, "begin", count)
            for run in range(args.runs):
                xlsx = _sheet(Path(folder) / f"sager-{run}.xlsx", args.rows, seed=100 + run)
                sheet, wall, cpu = _timed(lambda: desk.imports.read(xlsx))  # noqa: B023
                timings["read .xlsx"][0].append(wall)
                timings["read .xlsx"][1].append(cpu)
                mapping = desk.imports.mapping(sheet)
                _, wall, cpu = _timed(lambda: desk.imports.check(sheet, mapping))  # noqa: B023
                timings["dry run"][0].append(wall)
                timings["dry run"][1].append(cpu)
                events_before = len(desk.audit.events())
                transactions = 0
                report, wall, cpu = _timed(
                    lambda: desk.imports.import_cases(sheet, mapping, skip_invalid=True)  # noqa: B023
                )
                timings["import"][0].append(wall)
                timings["import"][1].append(cpu)
                written_in, events = transactions, len(desk.audit.events()) - events_before
                imported = len(report.cases)
        print(f"{args.rows} rows, into a vault of {args.persons} people and more each run")
        for name, (wall_ms, cpu_ms) in timings.items():
            print(_line(name, wall_ms, cpu_ms))
        print(f"the last import: {imported} cases, {written_in} transaction, {events} audit event")


if __name__ == "__main__":
    main()
