"""Several users writing to one vault at once, each in a process of its own with its own
``Desk``, doing what caseworkers do: creating people with cases, saving plans, searching
and reading. Used by ``test_concurrency.py`` (seconds) and ``benchmarks/faults.py`` (a
minute).

Run as a script, this file is one writer: it opens the vault, waits for the common start
time, works until the deadline and prints what it did as JSON. :func:`run_writers` starts
the writers, then opens the vault itself and counts every acknowledged write it cannot
find (lost) and every call that raised (failed).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

PASSWORD_ENV = "RISKDESK_PASSWORD"
TODAY = date(2026, 11, 21)


@dataclass
class WriterTally:
    """What the writers did together and what the vault holds afterwards."""

    writers: int
    seconds: float
    calls: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    created: int = 0
    plans_saved: int = 0
    lost: list[str] = field(default_factory=list)
    audit_intact: bool = False
    longest_call_ms: float = 0.0

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def summary(self) -> str:
        kinds = ", ".join(f"{name} × {n}" for name, n in self.failures.most_common()) or "none"
        return (
            f"{self.writers} writers × {self.seconds:.0f} s: {self.calls} calls, "
            f"{self.failed} failed ({kinds}), {self.created} people and cases created, "
            f"{self.plans_saved} plan saves, {len(self.lost)} lost writes, longest call "
            f"{self.longest_call_ms:.0f} ms, audit chain "
            f"{'intact' if self.audit_intact else 'BROKEN'}"
        )


def run_writers(
    vault: Path,
    *,
    usernames: list[str],
    password: str,
    seconds: float,
    mount_table: Path | None = None,
) -> WriterTally:
    """Run one writer process per user name for ``seconds`` at once on ``vault``, then
    check the vault for everything they were told was saved. ``mount_table``: a fake
    ``/proc/self/mountinfo`` the writers see (to put the vault on a network share)."""
    env = dict(os.environ, **{PASSWORD_ENV: password})
    table = [str(mount_table)] if mount_table is not None else []
    processes = [
        subprocess.Popen(
            [sys.executable, str(Path(__file__)), str(vault), username, str(index), *table],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for index, username in enumerate(usernames)
    ]
    tally = WriterTally(writers=len(usernames), seconds=seconds)
    # Start together once all have unlocked, so the whole time is spent writing at once.
    for process in processes:
        assert process.stdout is not None
        process.stdout.readline()
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(f"{seconds}\n")
        process.stdin.flush()
    reports: list[dict[str, Any]] = []
    for process in processes:
        out, err = process.communicate(timeout=seconds + 120)
        if process.returncode != 0:
            last_line = (err.strip().splitlines() or ["no output"])[-1]
            tally.failures[f"writer exited with {process.returncode}: {last_line}"] += 1
            continue
        reports.append(json.loads(out))
    _count(reports, tally)
    _find_every_write(vault, usernames[0], password, reports, tally)
    return tally


def run_writer_threads(
    vault: Path, *, usernames: list[str], password: str, seconds: float
) -> WriterTally:
    """As :func:`run_writers`, with each writer a thread of this process (its own
    ``Desk``, so its own connections): no interpreter to start per writer."""
    from riskdesk.services.desk import Desk

    tally = WriterTally(writers=len(usernames), seconds=seconds)
    reports: list[dict[str, Any]] = []
    start = threading.Barrier(len(usernames))

    def writer(index: int, username: str) -> None:
        try:
            with Desk.open(vault, username=username, password=password) as desk:
                start.wait()
                reports.append(_work(desk, seed=index, deadline=time.time() + seconds))
        except Exception as error:
            start.abort()
            tally.failures[f"writer failed: {type(error).__name__}: {error}"] += 1

    threads = [
        threading.Thread(target=writer, args=(index, username), name=f"writer-{username}")
        for index, username in enumerate(usernames)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    _count(reports, tally)
    _find_every_write(vault, usernames[0], password, reports, tally)
    return tally


def _count(reports: list[dict[str, Any]], tally: WriterTally) -> None:
    for report in reports:
        tally.calls += report["calls"]
        tally.failures.update(report["failures"])
        tally.created += len(report["created"])
        tally.plans_saved += report["plan_saves"]
        tally.longest_call_ms = max(tally.longest_call_ms, report["longest_call_ms"])


def _find_every_write(
    vault: Path, username: str, password: str, reports: list[dict[str, Any]], tally: WriterTally
) -> None:
    from riskdesk.domain.ids import CaseId
    from riskdesk.services.desk import Desk

    with Desk.open(vault, username=username, password=password) as desk:
        numbers = {row.case_number for row in desk.cases.search("")}
        for report in reports:
            tally.lost += [f"case {n}" for n in report["created"] if n not in numbers]
            for case_id, goals in report["last_plan"].items():
                plan = desk.plans.current(CaseId(int(case_id)))
                if plan is None or _goal_texts(plan) != goals:
                    tally.lost.append(f"plan of case {case_id}")
        tally.audit_intact = desk.audit.verify().intact


def _goal_texts(plan: Any) -> list[str]:
    return [f"{goal.need_area.value}: {goal.text}" for goal in plan.goals]


# ----- one writer ---------------------------------------------------------------------


def _person(rng: random.Random, serial: int) -> tuple[dict[str, Any], dict[str, Any]]:
    from riskdesk.demo.synthetic_people import synthetic_records

    record = synthetic_records(1, seed=rng.randrange(1 << 30), today=TODAY, caseworkers=("x",))[0]
    person = dict(record.person)
    # No CPR: random CPR numbers of thousands of people would collide now and then,
    # and a second person with the same CPR is rightly refused.
    person.pop("cpr")
    person["birth_date"] = TODAY.replace(year=TODAY.year - 30 - serial % 10)
    person["guardians"] = []
    case = {key: value for key, value in record.case.items() if key != "caseworker"}
    return person, case


def _work(desk: Any, *, seed: int, deadline: float) -> dict[str, Any]:
    from riskdesk.demo.synthetic_plans import synthetic_plan

    rng = random.Random(seed)  # noqa: S311 - a reproducible workload, not a secret
    calls = 0
    failures: Counter[str] = Counter()
    created: list[str] = []
    case_ids: list[int] = []
    last_plan: dict[str, list[str]] = {}
    plan_saves = 0
    longest = 0.0
    serial = 0
    while time.time() < deadline:
        serial += 1
        choice = rng.random()
        started = time.perf_counter()
        try:
            if choice < 0.3 or not case_ids:
                person, case_data = _person(rng, serial)
                _, case = desk.cases.create_person_with_case(person=person, case=case_data)
                created.append(case.case_number)
                case_ids.append(case.id)
            elif choice < 0.6:
                case_id = rng.choice(case_ids)
                plan = synthetic_plan(seed=rng.randrange(1 << 30), today=TODAY, minor=False)
                saved = desk.plans.save(case_id, plan)
                plan_saves += 1
                last_plan[str(case_id)] = _goal_texts(saved)
            elif choice < 0.9:
                desk.cases.search(rng.choice("abcdefghijklmnoprstuvy"))
            else:
                desk.cases.with_person(rng.choice(case_ids))
        except Exception as error:
            failures[f"{type(error).__name__}: {str(error)[:80]}"] += 1
        finally:
            calls += 1
            longest = max(longest, (time.perf_counter() - started) * 1000)
    return {
        "calls": calls,
        "failures": dict(failures),
        "created": created,
        "plan_saves": plan_saves,
        "last_plan": last_plan,
        "longest_call_ms": longest,
    }


def _main() -> int:
    vault, username, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    from riskdesk.services.desk import Desk
    from riskdesk.store import storage_location

    if len(sys.argv) > 4:
        storage_location.MOUNTINFO = Path(sys.argv[4])

    with Desk.open(vault, username=username, password=os.environ[PASSWORD_ENV]) as desk:
        print("ready", flush=True)
        seconds = float(sys.stdin.readline())
        report = _work(desk, seed=seed, deadline=time.time() + seconds)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
