"""Kill -9 while a password is changed or reset or a user added, at random moments (a
real child process, a cheap KDF): each kill leaves the old state, or the new state with
its audit event, and the next open leaves no temporary file behind. The long run is
``make faults`` (``benchmarks/faults_audit.py``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from colleague import Colleague
from crash_harness import run_kills

from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD

KILLS = 15

posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks")


@posix_only
def test_a_kill_at_any_moment_leaves_the_old_or_the_new_state(demo_path: Path) -> None:
    tally = run_kills(demo_path, admin_password=PASSWORD, kills=KILLS, seed=10)
    assert tally.unexplained == [], tally.summary()
    assert tally.leftovers == 0, tally.summary()
    assert tally.false_alarms == 0, tally.summary()
    assert tally.runs == KILLS
    # The moments were spread over the change, not all before or after it.
    assert tally.old_state > 0, tally.summary()
    assert tally.new_state > 0, tally.summary()


_BACKUP = """
import sys
from pathlib import Path
from riskdesk.store.cipher_connection import open_cipher_connection
connection = open_cipher_connection(Path(sys.argv[1]), bytearray.fromhex(sys.argv[2]))
print("started", flush=True)
connection.execute("VACUUM INTO ?", (sys.argv[3],))
"""


def test_a_backup_killed_midway_is_removed_at_the_next_open(demo_path: Path) -> None:
    """What a migration leaves when it is killed while it copies the vault (VACUUM INTO
    writes the first page last, and a journal beside it) goes at the next open; a
    finished backup stays."""
    colleague = Colleague.unlock(demo_path, "admin", PASSWORD)
    # Big enough that copying it takes a moment to kill in.
    colleague.sql(
        "CREATE TABLE padding (data BLOB)",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
        "INSERT INTO padding SELECT randomblob(100000) FROM n",
    )
    finished = demo_path.with_name(f"{demo_path.name}.backup-0005-20261130T000000000000Z")
    partial = demo_path.with_name(f"{demo_path.name}.backup-0006-20261130T010000000000Z")
    _copy(demo_path, colleague.key, finished, kill_after=None)
    for delay in (0.3, 0.15, 0.05, 0.02):
        _copy(demo_path, colleague.key, partial, kill_after=delay)
        if partial.with_name(partial.name + "-journal").exists():
            break
        partial.unlink()
    else:
        pytest.fail("the copy always finished before it could be killed")
    long_ago = time.time() - 3600
    for path in (finished, partial, partial.with_name(partial.name + "-journal")):
        os.utime(path, (long_ago, long_ago))

    Vault.open(demo_path, username="koordinator", password=PASSWORD).close()
    backups = sorted(p.name for p in demo_path.parent.glob(f"{demo_path.name}.backup-*"))
    assert backups == [finished.name]


def _copy(vault: Path, key: bytearray, target: Path, *, kill_after: float | None) -> None:
    target.touch(mode=0o600)
    child = subprocess.Popen(
        [sys.executable, "-c", _BACKUP, str(vault), bytes(key).hex(), str(target)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "started"
    if kill_after is not None:
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
