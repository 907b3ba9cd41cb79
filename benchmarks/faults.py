"""The long fault runs: ``make faults`` (or ``python -m benchmarks.faults``).

Each run works on real vault files with real processes and prints its figures; the last
line sums up what must be zero: lost writes, damage not found, failures nobody explains.
The exit code is 1 if any is not. The short versions of the same harnesses run in CI
(``tests/faults/``).

- ``writers``: three users, each a process with its own Desk, creating people and cases,
  saving plans, searching and reading on one vault for a minute;
- ``share``: the same on a vault the writers see on an NFS share (a fake mount table),
  which runs with the rollback journal;
- ``damage``: random damage (one flipped bit, or a zeroed page) anywhere in the vault
  file, each found as the vault opens, every write refused, the file untouched.

A run is a function taking the parsed arguments and returning a :class:`Figures`; add one
to ``RUNS``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The harnesses live with their tests.
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "faults")]

from benchmarks import faults_audit  # noqa: E402
from fault_tools import WRITERS, fake_mountinfo, fingerprint, move_vault  # noqa: E402
from writer_harness import run_writers  # noqa: E402

from riskdesk.demo.demo_vault import create_demo_vault  # noqa: E402
from riskdesk.domain.vault_errors import VaultDamaged, VaultDamagedReadOnly  # noqa: E402
from riskdesk.services.desk import Desk  # noqa: E402
from riskdesk.store import storage_location  # noqa: E402
from vault_fixtures import CHEAP_KDF, PASSWORD  # noqa: E402

PAGE_SIZE = 4096


@dataclass
class Figures:
    """What a run must keep at zero: writes acknowledged and then missing, damage not
    found, and failures no harness expects (an error, a write let through, a damaged
    file written to)."""

    lost: int = 0
    undetected: int = 0
    unexplained: int = 0


def _demo_vault(folder: Path, persons: int) -> Path:
    path = folder / "faults.rdv"
    create_demo_vault(
        path, persons=persons, seed=7, password=PASSWORD, kdf_cost=CHEAP_KDF, today=date.today()
    )
    return path


def run_writers_for_a_minute(args: argparse.Namespace) -> Figures:
    with tempfile.TemporaryDirectory() as folder:
        vault = _demo_vault(Path(folder), args.persons)
        tally = run_writers(vault, usernames=list(WRITERS), password=PASSWORD, seconds=args.seconds)
    print(f"writers (WAL): {tally.summary()}")
    return Figures(lost=len(tally.lost), unexplained=tally.failed)


def run_writers_on_a_share(args: argparse.Namespace) -> Figures:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        share = root / "share"
        share.mkdir()
        table = root / "mountinfo"
        table.write_text(fake_mountinfo(share.resolve(), "nfs4"), encoding="utf-8")
        real_table = storage_location.MOUNTINFO
        storage_location.MOUNTINFO = table
        try:
            vault = move_vault(_demo_vault(root, args.persons), share)
            tally = run_writers(
                vault,
                usernames=list(WRITERS),
                password=PASSWORD,
                seconds=args.seconds / 3,
                mount_table=table,
            )
        finally:
            storage_location.MOUNTINFO = real_table
        wal_left = vault.with_name(vault.name + "-wal").exists()
    print(f"writers (share, rollback journal): {tally.summary()}; WAL file seen: {wal_left}")
    return Figures(lost=len(tally.lost), unexplained=tally.failed + int(wal_left))


def run_damage(args: argparse.Namespace) -> Figures:
    rng = random.Random(args.seed)
    figures = Figures()
    found_ms: list[float] = []
    refused = let_through = written_after = 0
    with tempfile.TemporaryDirectory() as folder:
        pristine = _demo_vault(Path(folder), args.persons)
        pages = pristine.stat().st_size // PAGE_SIZE
        for attempt in range(args.damages):
            vault = Path(folder) / f"damaged-{attempt}.rdv"
            shutil.copyfile(pristine, vault)
            shutil.copyfile(
                pristine.with_name(pristine.name + ".keys"), vault.with_name(vault.name + ".keys")
            )
            # A broken first page makes the vault unopenable (VaultDamaged at open): also
            # found, but this run is about the pages after it.
            page = rng.randrange(1, pages)
            with vault.open("r+b") as file:
                if rng.random() < 0.5:
                    offset = page * PAGE_SIZE + rng.randrange(PAGE_SIZE)
                    file.seek(offset)
                    (byte,) = file.read(1)
                    file.seek(offset)
                    file.write(bytes([byte ^ (1 << rng.randrange(8))]))
                else:
                    file.seek(page * PAGE_SIZE)
                    file.write(bytes(PAGE_SIZE))
            before = fingerprint(vault)
            started = time.perf_counter()
            try:
                desk = Desk.open(vault, username="koordinator", password=PASSWORD)
            except VaultDamaged:
                refused += 1  # the schema itself is unreadable: found, and nothing opened
            else:
                with desk:
                    found_ms.append((time.perf_counter() - started) * 1000)
                    figures.undetected += not desk.health.read_only
                    let_through += _saved_in(desk)
            written_after += fingerprint(vault) != before
    median = sorted(found_ms)[len(found_ms) // 2] if found_ms else 0.0
    print(
        f"damage: {args.damages} random damages in {pages} pages: "
        f"{args.damages - figures.undetected} found at open ({refused} of them unopenable), "
        f"{figures.undetected} not found, "
        f"{written_after} files written to after, {let_through} writes let through; "
        f"open with the check, median {median:.0f} ms"
    )
    figures.unexplained = let_through + written_after
    return figures


def _saved_in(desk: Desk) -> bool:
    """Whether a write went through (it must be refused)."""
    try:
        desk.cases.create_person_with_case(
            person={"name": "Ny Person", "birth_date": "1990-01-01"},
            case={"level": 2, "kind": "individual"},
        )
    except VaultDamagedReadOnly:
        return False
    return True


def _audit_run(
    run: Callable[[argparse.Namespace], tuple[int, int, int]],
) -> Callable[[argparse.Namespace], Figures]:
    # The audit harnesses' long runs (benchmarks/faults_audit.py) count the same three.
    return lambda args: Figures(*run(args))


RUNS: dict[str, Callable[[argparse.Namespace], Figures]] = {
    "writers": run_writers_for_a_minute,
    "share": run_writers_on_a_share,
    "damage": run_damage,
    "crashes": _audit_run(faults_audit.run_crashes),
    "tamper": _audit_run(faults_audit.run_tampering),
    "slots": _audit_run(faults_audit.run_slot_flips),
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.faults")
    parser.add_argument("--only", choices=sorted(RUNS), action="append")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long writers write")
    parser.add_argument("--persons", type=int, default=200, help="people in each demo vault")
    parser.add_argument("--damages", type=int, default=50, help="damaged copies to open")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--kills", type=int, default=200, help="kill -9s of a slot change")
    parser.add_argument("--flips", type=int, default=300, help="bit flips in the key file")
    args = parser.parse_args()
    total = Figures()
    for name in args.only or list(RUNS):
        figures = RUNS[name](args)
        total.lost += figures.lost
        total.undetected += figures.undetected
        total.unexplained += figures.unexplained
    print(
        f"faults: {total.lost} lost, {total.undetected} undetected, "
        f"{total.unexplained} unexplained failures"
    )
    return 0 if total == Figures() else 1


if __name__ == "__main__":
    sys.exit(main())
