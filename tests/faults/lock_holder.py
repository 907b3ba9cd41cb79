"""Another user's process holding the vault's write lock: it opens the vault, starts a
use case's transaction (``BEGIN IMMEDIATE``), says ``holding`` and keeps the lock until
a line arrives on stdin. Run by ``conftest.write_lock_held``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk


def main() -> int:
    vault, username = Path(sys.argv[1]), sys.argv[2]
    password = os.environ["RISKDESK_PASSWORD"]
    with (
        Desk.open(vault, username=username, password=password) as desk,
        desk.vault.unit_of_work(UseCase.CASE_VIEW) as uow,
    ):
        # The transaction (BEGIN IMMEDIATE) starts with the first statement.
        uow.settings.get("vault_id")
        print("holding", flush=True)
        sys.stdin.readline()
    return 0


if __name__ == "__main__":
    sys.exit(main())
