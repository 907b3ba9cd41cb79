"""Opening a vault that is up to date never imports Alembic (with mako and its
templates): it is needed only when a migration is due, and it cost the unlock about
0.2 s. Measured in a fresh interpreter, where nothing else has imported it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from riskdesk.store.vault import Vault

ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py

_OPEN_AND_LIST_MODULES = """
import sys
from pathlib import Path
from riskdesk.store.key_slots import KdfCost
from riskdesk.store.vault import Vault
from riskdesk.store import migrate

with Vault.open(Path(sys.argv[1]), username=sys.argv[2], password=sys.argv[3],
                kdf_cost=KdfCost(memory_kib=64, iterations=1, lanes=1)) as vault:
    print(migrate.current_revision(vault._require_open()), migrate.head_revision())
print(sorted({name.split(".")[0] for name in sys.modules} & {"alembic", "mako"}))
"""


def _open_in_a_fresh_process(vault_path: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_LIST_MODULES, str(vault_path), ADMIN, ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.splitlines()


def test_an_up_to_date_vault_opens_without_importing_alembic(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    revisions, imported = _open_in_a_fresh_process(vault_path)
    current, head = revisions.split()
    assert current == head
    assert imported == "[]"
