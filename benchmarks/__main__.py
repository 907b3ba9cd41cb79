"""RiskDesk's speed figures: ``python -m benchmarks`` (or ``make benchmark``).

Prints median and max (and p50/p95 for search) over repeated runs; nothing is
asserted. BENCHMARKS.md records results and how to reproduce them.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import DEFAULT_KDF_COST

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people


def _report(name: str, samples_ms: list[float]) -> None:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{name:<58} median {statistics.median(ordered):8.1f} ms   p95 {p95:8.1f} ms"
        f"   max {ordered[-1]:8.1f} ms   (n={len(ordered)})"
    )


def _time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def bench_launch(vault: Path, runs: int) -> None:
    probe = Path(__file__).with_name("launch_probe.py")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM") or "offscreen")
    for kind in ("bare", "riskdesk"):
        samples = []
        for _ in range(runs):
            started = time.time()
            result = subprocess.run(
                [sys.executable, str(probe), kind, str(vault)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
                timeout=120,
            )
            shown = float(result.stdout.split()[0])
            samples.append((shown - started) * 1000)
        label = "bare PySide6 window shown" if kind == "bare" else "RiskDesk unlock dialog shown"
        _report(f"launch → {label}", samples)


def bench_unlock(vault: Path, runs: int) -> None:
    samples = [
        _time_ms(lambda: Desk.open(vault, username="koordinator", password=PASSWORD).lock())
        for _ in range(runs)
    ]
    _report(
        f"unlock (Argon2id m={DEFAULT_KDF_COST.memory_kib // 1024} MiB, "
        f"t={DEFAULT_KDF_COST.iterations}, p={DEFAULT_KDF_COST.lanes})",
        samples,
    )


def bench_search(vault: Path, persons: int, names: int) -> None:
    """Search-as-you-type: every prefix of a real name from the vault, as the list would
    ask after each keystroke (the GUI debounces, so this is the worst case)."""
    rng = random.Random(11)
    with Desk.open(vault, username="koordinator", password=PASSWORD) as desk:
        everyone = desk.cases.search("")
        samples: list[float] = []
        for row in rng.sample(everyone, names):
            typed = row.person_name
            for end in range(1, len(typed) + 1):
                samples.append(_time_ms(lambda q=typed[:end]: desk.cases.search(q)))
        _report(f"search-as-you-type, {persons:,} people (service call)", samples)
        _report(
            f"full case list, {persons:,} people",
            [_time_ms(lambda: desk.cases.search("")) for _ in range(5)],
        )
    try:
        from PySide6.QtWidgets import QApplication

        from riskdesk.domain.localized import Language
        from riskdesk.gui.cases.case_table_model import CaseTableModel
    except ImportError:
        return
    app = QApplication.instance() or QApplication([])
    model = CaseTableModel(language=Language.DANISH)
    _report(
        f"case table model reset with {len(everyone):,} rows",
        [_time_ms(lambda: model.set_rows(everyone)) for _ in range(5)],
    )
    del app


def bench_store_against_plain_sqlite(rows: int) -> None:
    """The same ORM insert and lookup workload on an encrypted vault engine and on a
    plain SQLite file: what encryption costs."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from riskdesk.store.engine import build_engine
    from riskdesk.store.key_slots import new_data_key
    from riskdesk.store.tables import PersonRow, metadata

    records = synthetic_records(rows, seed=2, today=date(2026, 11, 21), caseworkers=("a",))
    with tempfile.TemporaryDirectory() as folder:
        engines = {
            "plain SQLite": create_engine(f"sqlite:///{folder}/plain.db"),
            "SQLCipher vault": build_engine(
                Path(folder) / "cipher.db", new_data_key(), create=True
            ),
        }
        for name, engine in engines.items():
            metadata.create_all(engine)
            now = date(2026, 11, 21)
            stamp = datetime.now(UTC)

            def insert(engine: Any = engine, now: date = now, stamp: datetime = stamp) -> None:
                with Session(engine) as session, session.begin():
                    for r in records:
                        session.add(
                            PersonRow(
                                name=r.person["name"],
                                name_folded=r.person["name"].lower(),
                                cpr_digits=r.person["cpr"].replace("-", ""),
                                birth_date=now,
                                guardians_json="[]",
                                notes="",
                                phone="",
                                email="",
                                address=r.person["address"],
                                postal_code=r.person["postal_code"],
                                city=r.person["city"],
                                created_at=stamp,
                                updated_at=stamp,
                            )
                        )

            insert_ms = _time_ms(insert)
            lookups: list[float] = []
            with Session(engine) as session:
                for number, r in enumerate(records[:: max(1, rows // 200)], start=1):
                    folded = r.person["name"].lower()
                    lookups.append(
                        _time_ms(
                            lambda f=folded: session.scalars(
                                select(PersonRow.id).where(PersonRow.name_folded == f)
                            ).all()
                        )
                    )
                    lookups.append(_time_ms(lambda i=number: session.get(PersonRow, i)))
            print(f"{name:<16} insert {rows:,} people in one transaction: {insert_ms:8.1f} ms")
            _report(f"{name:<16} lookup by name or id", lookups)
            engine.dispose()


def _build_vault(path: Path, persons: int) -> None:
    """People and cases only (the demo vault's assessments and plans don't touch what is
    measured here). Slots have the real KDF cost, so unlocking is measured as users
    meet it."""
    with Desk.create(
        path, username="admin", display_name="Admin", password=PASSWORD, kdf_cost=DEFAULT_KDF_COST
    ) as desk:
        desk.vault.add_user(
            username="koordinator",
            display_name="Kim",
            role=Role.CASEWORKER,
            password=PASSWORD + "-givet",
        )
    # The caseworker chooses their own password at their first open, and files the cases
    # (an administrator does no casework).
    with Desk.open(
        path, username="koordinator", password=PASSWORD + "-givet", new_password=PASSWORD
    ) as desk:
        records = synthetic_records(
            persons, seed=1, today=date.today(), caseworkers=("koordinator",)
        )
        desk.cases.import_records([(r.person, r.case) for r in records])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory() as folder:
        vault = Path(folder) / "bench.rdv"
        started = time.perf_counter()
        _build_vault(vault, args.persons)
        print(
            f"demo vault with {args.persons:,} people built in "
            f"{time.perf_counter() - started:.1f} s ({vault.stat().st_size / 1e6:.1f} MB)"
        )
        bench_launch(vault, args.runs)
        bench_unlock(vault, args.runs)
        bench_search(vault, args.persons, names=20)
    bench_store_against_plain_sqlite(args.persons)


if __name__ == "__main__":
    main()
