"""Run by test_retention_kill.py as a child process: the supervisor deletes the given
cases. With ``pause``, it stops in the middle of the deletion's transaction (after the
first case's rows are gone, before the commit) and says so, to be killed there; with
``pause-compaction``, after the commit and before the vault is compacted."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from riskdesk.services.desk import Desk
from riskdesk.store.case_deletion import CaseDeletion
from riskdesk.store.vault import Vault

path, password, on, pause, *numbers = sys.argv[1:]
if pause == "pause":
    original = CaseDeletion._delete_case

    def paused(self, order):  # type: ignore[no-untyped-def]
        result = original(self, order)
        print("mid-delete", flush=True)
        time.sleep(60)
        return result

    CaseDeletion._delete_case = paused  # type: ignore[method-assign]
if pause == "pause-compaction":

    def stopped(self):  # type: ignore[no-untyped-def]
        print("before-compaction", flush=True)
        time.sleep(60)

    Vault.compact = stopped  # type: ignore[method-assign]
with Desk.open(Path(path), username="leder", password=password) as desk:
    print("opened", flush=True)
    desk.retention.delete(numbers, today=date.fromisoformat(on))
    print("done", flush=True)
