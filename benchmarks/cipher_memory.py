"""What SQLCipher's ``PRAGMA cipher_memory_security`` costs: ``python -m
benchmarks.cipher_memory [--persons 1000 10000] [--rounds 5]``.

With memory security on, SQLCipher zeroes every buffer it frees and locks its memory
against swapping, so freed pages of person data do not linger in the process. It is
process-wide and cannot be turned off again once on, so each measurement runs in a fresh
process: the parent builds one vault per size, then runs a worker process per round and
setting (alternating which goes first, so a machine that slows down hurts both alike).
Each worker copies the vault and runs a caseworker's day in miniature:

- open: ``Desk.open`` then lock (a cheap KDF, so SQLCipher's part is not hidden by
  Argon2id, which memory security does not touch);
- the full case list (every person), as the main window shows it;
- search-as-you-type: every prefix of 10 names from the vault;
- opening 20 people (case and person read together, as the editor does);
- saving an action plan on 30 cases.

Nothing is asserted; BENCHMARKS.md records the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlcipher3

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)
USER = "koordinator"
STEPS = ("open", "case list", "search keystroke", "open person", "plan save")
PLAN = ActionPlan(
    made_on=date(2026, 11, 1),
    goals=(
        PlanGoal(
            need_area=NeedArea.EDUCATION,
            text="Går i skole hver dag",
            actions=(PlanAction(what="Skolemøde med forældre", responsible=Responsible.SCHOOL),),
        ),
    ),
)


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _build_vault(path: Path, persons: int) -> None:
    with Desk.create(
        path, username="admin", display_name="Admin", password=PASSWORD, kdf_cost=QUICK_KDF
    ) as desk:
        desk.vault.add_user(
            username=USER, display_name="Kim", role=Role.CASEWORKER, password=PASSWORD + "-givet"
        )
    # The caseworker chooses their own password at their first open, and files the cases
    # (an administrator does no casework).
    with Desk.open(
        path, username=USER, password=PASSWORD + "-givet", new_password=PASSWORD, kdf_cost=QUICK_KDF
    ) as desk:
        records = synthetic_records(persons, seed=1, today=date.today(), caseworkers=(USER,))
        desk.cases.import_records([(r.person, r.case) for r in records])


def _copy_vault(source: Path, target: Path) -> None:
    for file in source.parent.glob(source.name + "*"):
        shutil.copyfile(file, target.parent / (target.name + file.name[len(source.name) :]))


def _workload(vault: Path) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {step: [] for step in STEPS}
    for _ in range(3):
        samples["open"].append(
            _ms(lambda: Desk.open(vault, username=USER, password=PASSWORD).lock())
        )
    rng = random.Random(7)
    with Desk.open(vault, username=USER, password=PASSWORD) as desk:
        everyone: list = []
        for _ in range(3):
            samples["case list"].append(_ms(lambda: everyone.extend(desk.cases.search(""))))
        people = sorted({row.case_id: row for row in everyone}.values(), key=lambda r: r.case_id)
        for row in rng.sample(people, 10):
            for end in range(1, len(row.person_name) + 1):
                typed = row.person_name[:end]
                samples["search keystroke"].append(_ms(lambda q=typed: desk.cases.search(q)))
        for row in rng.sample(people, 20):
            samples["open person"].append(_ms(lambda c=row.case_id: desk.cases.with_person(c)))
        for row in rng.sample(people, 30):
            samples["plan save"].append(_ms(lambda c=row.case_id: desk.plans.save(c, PLAN)))
    return samples


def _set_memory_security(setting: str) -> None:
    """Once on, memory security stays on for the process, so it is decided here, before
    the first vault connection. The store leaves it off (BENCHMARKS.md says why); the
    PRAGMA read back at the end of each worker shows what was measured."""
    if setting == "on":
        probe = sqlcipher3.connect(":memory:")
        probe.execute("PRAGMA cipher_memory_security = ON")
        probe.close()


def _worker(setting: str, vault: Path) -> None:
    _set_memory_security(setting)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / vault.name
        _copy_vault(vault, copy)
        started = time.perf_counter()
        samples = _workload(copy)
        total = (time.perf_counter() - started) * 1000
        with Desk.open(copy, username=USER, password=PASSWORD) as desk:
            connection = desk.vault._engine.raw_connection()
            try:
                (state,) = connection.execute("PRAGMA cipher_memory_security").fetchone()
            finally:
                connection.close()
    print(json.dumps({"samples": samples, "total": total, "memory_security": str(state)}))


def _run_worker(setting: str, vault: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.cipher_memory", "--worker", setting, str(vault)],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    if result.stderr.strip():
        # SQLCipher logs to stderr; anything here (a failed mlock) belongs in the report.
        print(f"  [{setting}] stderr: {result.stderr.strip()[:300]}")
    measured: dict = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


def _compare(persons: int, vault: Path, rounds: int) -> None:
    runs: dict[str, list[dict]] = {"off": [], "on": []}
    for number in range(rounds):
        order = ("off", "on") if number % 2 == 0 else ("on", "off")
        for setting in order:
            runs[setting].append(_run_worker(setting, vault))
    states = {setting: {run["memory_security"] for run in runs[setting]} for setting in runs}
    print(f"{persons:,} people, {rounds} rounds per setting, PRAGMA read back: {states}")
    for step in STEPS:
        medians = {
            s: statistics.median([x for run in runs[s] for x in run["samples"][step]]) for s in runs
        }
        count = sum(len(run["samples"][step]) for run in runs["off"])
        print(
            f"  {step:<18} off {medians['off']:8.2f} ms   on {medians['on']:8.2f} ms"
            f"   {_change(medians['off'], medians['on'])}   (n={count} each)"
        )
    totals = {s: statistics.median(run["total"] for run in runs[s]) for s in runs}
    print(
        f"  {'whole workload':<18} off {totals['off']:8.0f} ms   on {totals['on']:8.0f} ms"
        f"   {_change(totals['off'], totals['on'])}   (median of {rounds} processes each)"
    )


def _change(off: float, on: float) -> str:
    return f"{(on - off) / off * 100:+6.1f} %" if off else "   n/a"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cipher_memory")
    parser.add_argument("--persons", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--worker", nargs=2, metavar=("SETTING", "VAULT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker[0], Path(args.worker[1]))
        return
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for persons in args.persons:
            vault = Path(folder) / f"bench-{persons}.rdv"
            started = time.perf_counter()
            _build_vault(vault, persons)
            print(
                f"vault of {persons:,} people built in {time.perf_counter() - started:.1f} s"
                f" ({vault.stat().st_size / 1e6:.1f} MB)"
            )
            _compare(persons, vault, args.rounds)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
