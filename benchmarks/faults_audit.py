"""The long runs of the audit harnesses (issue #10 items 1, 2, 4 and 5), run by ``make
faults`` through ``benchmarks/faults.py``; each prints its figures and returns what must
be zero as ``(lost, undetected, unexplained)``.

- ``crashes``: ``--kills`` kill -9s (default 200) at random moments while a password is
  changed, a password reset or a user added (tests/faults/crash_harness.py): each must
  leave the old state, or the new state with its audit event; no temporary file may be
  left after the next open, and the crash must not look like tampering.
- ``tamper``: every way of tampering in tests/faults/tamper_harness.py, each on a fresh
  vault, found by the full walk and told at open.
- ``slots``: ``--flips`` random bit flips in the key file (default 300): a flip outside a
  user's own record never locks them out, and a user whose record was hit is told so.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "faults")]

from crash_harness import run_kills  # noqa: E402
from tamper_harness import SCENARIOS, tamper_and_check  # noqa: E402

from riskdesk.demo.demo_vault import create_demo_vault  # noqa: E402
from riskdesk.domain.vault_errors import VaultError  # noqa: E402
from riskdesk.store.key_slot_errors import SlotDamaged  # noqa: E402
from riskdesk.store.key_slots import sidecar_path  # noqa: E402
from riskdesk.store.vault import Vault  # noqa: E402
from vault_fixtures import CHEAP_KDF, PASSWORD  # noqa: E402

Counts = tuple[int, int, int]
USERS = ("admin", "leder", "koordinator")


def _demo_vault(folder: Path, persons: int) -> Path:
    path = folder / "audit.rdv"
    create_demo_vault(
        path, persons=persons, seed=7, password=PASSWORD, kdf_cost=CHEAP_KDF, today=date.today()
    )
    return path


def _copy(vault: Path, target: Path) -> Path:
    shutil.copyfile(vault, target)
    shutil.copyfile(sidecar_path(vault), sidecar_path(target))
    return target


def run_crashes(args: argparse.Namespace) -> Counts:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        vault = Path(folder) / "crash.rdv"
        Vault.create(
            vault, username="admin", display_name="Admin", password=PASSWORD, kdf_cost=CHEAP_KDF
        ).close()
        tally = run_kills(vault, admin_password=PASSWORD, kills=args.kills, seed=args.seed)
    print(f"crashes: {tally.summary()} ({time.perf_counter() - started:.0f} s)")
    for line in tally.unexplained[:10]:
        print(f"  {line}")
    return 0, 0, len(tally.unexplained) + tally.leftovers + tally.false_alarms


def run_tampering(args: argparse.Namespace) -> Counts:
    unfound = untold = 0
    with tempfile.TemporaryDirectory() as folder:
        pristine = _demo_vault(Path(folder), args.persons)
        for index, name in enumerate(SCENARIOS):
            found, told = tamper_and_check(_copy(pristine, Path(folder) / f"t{index}.rdv"), name)
            unfound += not found
            untold += not told
            print(
                f"  {name}: {'found' if found else 'NOT FOUND'} by audit verify, "
                f"{'told' if told else 'NOT TOLD'} at open"
            )
    print(
        f"tamper: {len(SCENARIOS)} ways, {unfound} not found by verify, {untold} not told at open"
    )
    return 0, unfound + untold, 0


def run_slot_flips(args: argparse.Namespace) -> Counts:
    rng = random.Random(args.seed)
    locked_out = unclear = hit = 0
    with tempfile.TemporaryDirectory() as folder:
        vault = _demo_vault(Path(folder), 20)
        keys = sidecar_path(vault)
        original = keys.read_bytes()
        records = {user: _record(original, user) for user in USERS}
        for _ in range(args.flips):
            keys.write_bytes(original)
            position = rng.randrange(len(original))
            content = bytearray(original)
            content[position] ^= 1 << rng.randrange(8)
            keys.write_bytes(bytes(content))
            owner = next((u for u, span in records.items() if position in span), None)
            for user in USERS:
                try:
                    Vault.open(vault, username=user, password=PASSWORD).close()
                except SlotDamaged:
                    unclear += user != owner
                    hit += user == owner
                except VaultError:
                    # Another's flip must not lock a user out; one's own must say so.
                    locked_out += user != owner
                    unclear += user == owner
    print(
        f"slots: {args.flips} random bit flips in the key file: {hit} hit a user's own record "
        f"(that user told so), {locked_out} users locked out by a flip outside their record, "
        f"{unclear} told something else than that their own record is damaged"
    )
    return 0, 0, locked_out + unclear


def _record(content: bytes, username: str) -> range:
    marker = content.index(f'"user":"{username}"'.encode())
    start = content.rindex(b"riskdesk-key-slot ", 0, marker)
    return range(start, content.index(b"\n", marker) + 1)
