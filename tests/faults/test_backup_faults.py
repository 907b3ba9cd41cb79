"""Backups under real faults: another process writing cases while the backup is taken,
a backup process killed with SIGKILL at random moments, and a trail a colleague cut."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from colleague import Colleague

from riskdesk.domain.backup_refusals import RestoredTrailBroken
from riskdesk.services.backup_restore import restore_backup
from riskdesk.services.desk import Desk
from riskdesk.store.backup_file import verify_payload
from vault_fixtures import CHEAP_KDF, DEMO_PERSONS, PASSWORD

HARNESS = Path(__file__).with_name("backup_harness.py")


def _start(*args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(HARNESS), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, RISKDESK_PASSWORD=PASSWORD),
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def _case_numbers(vault: Path) -> set[str]:
    with Desk.open(vault, username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF) as desk:
        return {case.case_number for case in desk.cases.search("")}


def test_a_backup_taken_while_another_process_writes_restores_cleanly(
    shared_vault: Path, tmp_path: Path
) -> None:
    writer = _start("writer", str(shared_vault))
    assert writer.stdout is not None
    acknowledged: list[str] = []
    taken: list[tuple[Path, set[str], int]] = []
    try:
        with Desk.open(shared_vault, username="leder", password=PASSWORD) as desk:
            for round_ in range(3):
                # Let the writer commit a few cases between backups.
                acknowledged += [writer.stdout.readline().strip() for _ in range(3)]
                before = set(acknowledged)
                out = tmp_path / f"during-{round_}.rdbackup"
                desk.backups.create(out)
                taken.append((out, before, len(acknowledged)))
        acknowledged.append(writer.stdout.readline().strip())
    finally:
        # Closing its stdin stops the writer after the case it is writing.
        out_rest, err = writer.communicate(input="", timeout=120)
    assert writer.returncode == 0, err
    acknowledged += out_rest.split()
    written = _case_numbers(shared_vault)
    assert set(acknowledged) <= written
    for index, (backup, before, _) in enumerate(taken):
        restored = tmp_path / f"restored-{index}.rdv"
        report = restore_backup(
            backup, restored, username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF
        )
        assert report.events_checked > 0
        cases = _case_numbers(restored)
        # Everything committed before the backup began is in it, and nothing that never
        # was: the snapshot is of one moment between the writer's commits.
        assert before <= cases <= written
        assert len(cases) >= DEMO_PERSONS + len(before)
        with Desk.open(restored, username="admin", password=PASSWORD) as desk:
            assert desk.audit.verify().intact
            assert desk.check_integrity() == []


def test_a_killed_backup_leaves_no_half_file_under_its_name(
    shared_vault: Path, tmp_path: Path
) -> None:
    rng = random.Random(15)  # noqa: S311 - reproducible kill moments, not a secret
    folder = tmp_path / "backups"
    folder.mkdir()
    finished = 0
    for _ in range(6):
        process = _start("backups", str(shared_vault), str(folder))
        time.sleep(rng.uniform(0.05, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        for backup in folder.glob("*.rdbackup"):
            verify_payload(backup)  # raises if any file under a final name is partial
            finished += 1
    assert finished > 0
    leftovers = [p for p in folder.iterdir() if p.name.startswith(".")]
    # What a kill leaves is hidden and temporary, and removed by a later backup into
    # the same folder once it is a minute old.
    for leftover in leftovers:
        assert leftover.name.endswith((".tmp", ".snapshot", "-journal", "-wal", "-shm"))
        past = time.time() - 120
        os.utime(leftover, (past, past))
    with Desk.open(shared_vault, username="leder", password=PASSWORD) as desk:
        desk.backups.create(folder / "after.rdbackup")
    assert [p for p in folder.iterdir() if p.name.startswith(".")] == []
    restore_backup(
        folder / "after.rdbackup",
        tmp_path / "restored.rdv",
        username="admin",
        password=PASSWORD,
        kdf_cost=CHEAP_KDF,
    )


def test_a_trail_cut_before_the_backup_is_refused_at_restore(
    shared_vault: Path, tmp_path: Path
) -> None:
    Colleague.unlock(shared_vault, "koordinator", PASSWORD).sql(
        "DELETE FROM audit_events WHERE sequence = 10"
    )
    out = tmp_path / "cut.rdbackup"
    with Desk.open(shared_vault, username="leder", password=PASSWORD) as desk:
        desk.backups.create(out)
    with pytest.raises(RestoredTrailBroken):
        restore_backup(
            out, tmp_path / "restored.rdv", username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF
        )
    assert [p.name for p in tmp_path.iterdir() if "restored" in p.name] == []
