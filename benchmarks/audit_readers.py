"""The audit log's readers at half a million events (#14 item 5):
``python -m benchmarks.audit_readers [build|measure|older-copy|upgrade] [--vault PATH]``.

``build`` makes a demo vault of 2,000 synthetic people and gives it a working year of
use cases until the log holds 500,000 events: people and cases opened, plans read,
meetings read with several cases, and a quarter of them case-list searches for part of
a name (one event per completed search). Each use case fills a real :class:`AuditTrail`;
its event is linked, signed and indexed as the audit log does it, 5,000 to a commit
(``audit verify`` checks all of it), the clock moved on 40 s per use case. It is kept
at ``/tmp/riskdesk-team/bench-500k-events.rdv`` for reuse.

``measure`` (the default; builds first if the vault is missing) times an access insight
for 20 people (p50/p95, with the lines each has) and ``riskdesk audit verify`` in a
subprocess: its wall time and its peak RSS (VmHWM, which that process reads itself).
``older-copy`` writes a copy downgraded to the schema before the indexes (0009), for
measuring the code before them:
``PYTHONPATH=<old tree>/src python -m benchmarks.audit_readers measure --vault COPY``.
``upgrade --vault OLDER --to COPY`` copies a vault of an older schema and times opening
the copy, which migrates it (with its backup and the opening checks), then opening it
again: what a user waits for once when RiskDesk is updated.
Nothing is asserted; the load average is printed, since the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from riskdesk.domain.case import CaseSummary
from riskdesk.services.desk import Desk

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
# Where the team keeps the built vault for reuse (synthetic people only).
VAULT = Path("/tmp/riskdesk-team/bench-500k-events.rdv")  # noqa: S108
EVENTS = 500_000
PERSONS = 2_000
SAMPLE = 20


def build(path: Path, *, events: int, persons: int) -> None:
    from riskdesk.demo.demo_vault import create_demo_vault
    from riskdesk.store.key_slots import KdfCost

    started = time.perf_counter()
    create_demo_vault(
        path,
        persons=persons,
        seed=5,
        password=PASSWORD,
        kdf_cost=KdfCost(memory_kib=64, iterations=1, lanes=1),
    )
    print(f"demo vault of {persons:,} people: {time.perf_counter() - started:.0f} s", flush=True)
    _work_a_year(path, events=events)
    print(f"built to {events:,} events: {time.perf_counter() - started:.0f} s", flush=True)


def _work_a_year(path: Path, *, events: int) -> None:
    from riskdesk.store.vault import Vault

    clock = _Clock(datetime(2026, 1, 5, 8, 0))
    vault = Vault.open(path, username="koordinator", password=PASSWORD, clock=clock)
    with Desk(vault) as desk:
        cases = desk.cases.search()
        rng = random.Random(11)
        writer = _ChainWriter(vault)
        while writer.sequence < events:
            for trail in _use_cases(rng, cases):
                clock.tick()
                writer.add(trail, clock())
            if writer.pending >= 5_000:
                writer.commit()
                if writer.sequence % 50_000 < 5_000:
                    print(f"  {writer.sequence:,} events", flush=True)
        writer.commit()


def _use_cases(rng: random.Random, cases: list[CaseSummary]) -> list[Any]:
    """One user's next step, as the trail its use case fills: a search for part of a
    name, or a reading of a person, a case, a plan or a meeting."""
    from riskdesk.domain.audit import AuditEntity as E
    from riskdesk.domain.use_cases import UseCase
    from riskdesk.store.audit_trail import AuditTrail

    case = rng.choice(cases)
    if rng.random() < 0.25:
        # One event per completed search (the case list records no keystrokes).
        name = rng.choice(case.person_name.split())
        trail = AuditTrail(UseCase.CASE_SEARCH)
        trail.note(search=name[: rng.randint(3, max(3, len(name)))], results=rng.randint(1, 40))
        return [trail]
    kind = rng.choice([E.CASE, E.CASE, E.PERSON, E.PLAN, E.MEETING])
    use_case = {
        E.CASE: UseCase.CASE_VIEW,
        E.PERSON: UseCase.PERSON_VIEW,
        E.PLAN: UseCase.PLAN_VIEW,
        E.MEETING: UseCase.MEETING_VIEW,
    }[kind]
    trail = AuditTrail(use_case)
    if kind is E.MEETING:
        trail.touch(E.MEETING, rng.randint(1, 500))
        for other in rng.sample(cases, 6):
            trail.touch(E.CASE, other.case_id, person_id=other.person_id)
        return [trail]
    record = {E.PERSON: case.person_id, E.CASE: case.case_id}.get(kind, rng.randint(1, 5_000))
    trail.touch(kind, record, person_id=case.person_id, case_id=case.case_id)
    return [trail]


class _ChainWriter:
    """Events linked and signed exactly as :meth:`AuditLog.append` links them, with
    their index rows, 5,000 to a transaction: a use case through the whole unit of work
    costs milliseconds, which at half a million is hours. ``audit verify`` checks every
    link and signature this wrote."""

    def __init__(self, vault: Any) -> None:
        from sqlalchemy import select

        from riskdesk.store.session_keys import keys_of
        from riskdesk.store.tables import AuditEventRow

        self._vault = vault
        self._session = vault.new_session()
        keys = keys_of(self._session)
        assert keys is not None
        assert keys.signer is not None, "the demo vault's roles are signed"
        self._keys, self._signer = keys, keys.signer
        self._username = vault.user.username
        last = self._session.execute(
            select(AuditEventRow.sequence, AuditEventRow.hash)
            .order_by(AuditEventRow.sequence.desc())
            .limit(1)
        ).one()
        self._session.rollback()
        self.sequence, self._hash = last
        self._rows: list[dict[str, Any]] = []
        self._index: list[Any] = []

    @property
    def pending(self) -> int:
        return len(self._rows)

    def add(self, trail: Any, at: datetime) -> None:
        from riskdesk.store.audit_index import index_rows
        from riskdesk.store.audit_log import canonical_json, signed_link
        from riskdesk.store.signing import Purpose
        from riskdesk.store.tables import AuditEventRow

        details = trail.details()
        row = AuditEventRow(
            sequence=self.sequence + 1,
            at=at,
            username=self._username,
            action=trail.action.value,
            entity=trail.entity.value,
            entity_id=trail.entity_id,
            details_json=canonical_json(details),
            prev_hash=self._hash,
        )
        row.hash = signed_link(row)
        row.signature = self._signer.sign(
            Purpose.AUDIT_EVENT, self._keys.vault_id, row.hash.encode("ascii")
        )
        self._rows.append({column: getattr(row, column) for column in _COLUMNS})
        self._index.append(
            index_rows(
                row.sequence,
                row.action,
                row.entity,
                row.entity_id,
                details,
                made=(self._username, at),
            )
        )
        self.sequence, self._hash = row.sequence, row.hash

    def commit(self) -> None:
        from sqlalchemy import insert

        from riskdesk.store import vault_users
        from riskdesk.store.audit_index import write_rows
        from riskdesk.store.audit_log import AUDIT_HEAD_SETTING
        from riskdesk.store.tables import AuditEventRow, VaultSettingRow
        from riskdesk.store.witness import Head

        if not self._rows:
            return
        with self._session.begin():
            connection = self._session.connection()
            connection.execute(insert(AuditEventRow), self._rows)
            write_rows(connection, self._index)
            self._session.merge(
                VaultSettingRow(name=AUDIT_HEAD_SETTING, value=f"{self.sequence}:{self._hash}")
            )
        vault_users.witness_commit(self._vault, Head(self.sequence, self._hash), None)
        self._session.expunge_all()
        self._rows, self._index = [], []


_COLUMNS = (
    "sequence",
    "at",
    "username",
    "action",
    "entity",
    "entity_id",
    "details_json",
    "prev_hash",
    "hash",
    "signature",
)


class _Clock:
    """A working year: 40 s between use cases, 8 to 16 on weekdays."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def tick(self, seconds: int = 40) -> None:
        self.now += timedelta(seconds=seconds)
        if self.now.hour >= 16:
            self.now = (self.now + timedelta(days=1)).replace(hour=8, minute=0)
        while self.now.weekday() >= 5:
            self.now += timedelta(days=1)

    def __call__(self) -> datetime:
        return self.now


def measure(path: Path, *, people: int = SAMPLE, verify: bool = True) -> None:
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores,"
        f" load {os.getloadavg()[0]:.1f}, vault {path.stat().st_size / 1e6:.0f} MB",
        flush=True,
    )
    with Desk.open(path, username="leder", password=PASSWORD) as desk:
        samples, cpu, lines, searches = [], [], [], []
        for summary in _sample(desk.cases.search(), people):
            started, started_cpu = time.perf_counter(), time.process_time()
            insight = desk.access_insight.for_person(summary.person_id)
            samples.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            lines.append(len(insight.entries))
            searches.append(sum(1 for e in insight.entries if e.action.value == "search"))
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"access insight, {len(samples)} people: p50 {statistics.median(ordered):.0f} ms"
        f"   p95 {p95:.0f} ms   max {ordered[-1]:.0f} ms"
        f"   (CPU p50 {statistics.median(cpu):.0f} ms, load {os.getloadavg()[0]:.1f})"
    )
    print(
        f"  lines per insight: median {statistics.median(lines):.0f}, max {max(lines)};"
        f" search lines median {statistics.median(searches):.0f}, max {max(searches)}"
    )
    if not verify:
        return
    wall, rss_mb, said = _verify(path)
    print(f"audit verify (subprocess): {wall:.1f} s wall, peak RSS {rss_mb:.0f} MB: {said}")
    print(f"load average now {os.getloadavg()[0]:.1f}")


def _sample(cases: list[CaseSummary], people: int) -> list[CaseSummary]:
    by_person = {case.person_id: case for case in cases}
    return random.Random(7).sample(sorted(by_person.values(), key=lambda c: c.person_id), people)


# The verifying process reports its own peak from /proc: the kernel keeps ru_maxrss
# across exec, so a child forked from this (large) process would report our size.
_PEAK_REPORTING_CLI = """
import atexit, sys
from riskdesk.cli import main
def peak():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    print(line.split()[1], file=sys.stderr)
atexit.register(peak)
sys.exit(main(sys.argv[1:]))
"""


def _verify(path: Path) -> tuple[float, float, str]:
    """Wall time, peak RSS and the command's last line (the events checked)."""
    env = {**os.environ, "RISKDESK_PASSWORD": PASSWORD}
    command = ["audit", "verify", "--vault", str(path), "--user", "leder"]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_REPORTING_CLI, *command],
        capture_output=True,
        env=env,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    peak_kib = int(done.stderr.split()[-1])
    lines = done.stdout.strip().splitlines() or [f"exit {done.returncode}"]
    return wall, peak_kib / 1024, lines[-1]


def older_copy(path: Path, target: Path) -> None:
    """``path`` copied to ``target`` and downgraded to 0009, as the RiskDesk before the
    audit indexes left it."""
    from alembic import command

    from riskdesk.store import migrate
    from riskdesk.store.engine import build_engine
    from riskdesk.store.key_slots import read_key_file, sidecar_path, unwrap_data_key

    # With its write-ahead log, which holds what no checkpoint has moved in yet.
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")
    shutil.copyfile(sidecar_path(path), sidecar_path(target))
    key_file = read_key_file(sidecar_path(target))
    key = unwrap_data_key(
        key_file.slot_for("leder"), vault_id=key_file.vault_id, username="leder", password=PASSWORD
    )
    engine = build_engine(target, key, foreign_keys=False)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0009")
    finally:
        engine.dispose()
    print(f"written: {target}")


def upgrade(path: Path, target: Path) -> None:
    """Open a copy of ``path`` (an older schema), which migrates it, and again."""
    from riskdesk.store import migrate
    from riskdesk.store.key_slots import sidecar_path

    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")
    shutil.copyfile(sidecar_path(path), sidecar_path(target))
    for attempt in ("migrating", "up to date"):
        load = os.getloadavg()[0]
        started, started_cpu = time.perf_counter(), time.process_time()
        with Desk.open(target, username="leder", password=PASSWORD) as desk:
            revision = migrate.current_revision(desk.vault._require_open())
        print(
            f"open ({attempt}, now {revision}): {time.perf_counter() - started:.1f} s wall,"
            f" {time.process_time() - started_cpu:.1f} s CPU, load {load:.1f}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.audit_readers")
    parser.add_argument(
        "step",
        nargs="?",
        default="measure",
        choices=["build", "measure", "older-copy", "upgrade"],
    )
    parser.add_argument("--vault", type=Path, default=VAULT)
    parser.add_argument("--events", type=int, default=EVENTS)
    parser.add_argument("--persons", type=int, default=PERSONS)
    parser.add_argument("--to", type=Path, help="older-copy, upgrade: where to write the copy")
    parser.add_argument("--no-verify", action="store_true", help="measure: the insights only")
    parser.add_argument(
        "--people", type=int, default=SAMPLE, help="measure: how many people's insights"
    )
    args = parser.parse_args()
    if args.step == "older-copy":
        older_copy(args.vault, args.to or args.vault.with_name("bench-500k-events-0009.rdv"))
        return
    if args.step == "upgrade":
        upgrade(args.vault, args.to or args.vault.with_name("upgraded-copy.rdv"))
        return
    if args.step == "build" or not args.vault.exists():
        build(args.vault, events=args.events, persons=args.persons)
    if args.step == "measure":
        measure(args.vault, people=args.people, verify=not args.no_verify)


if __name__ == "__main__":
    main()
