"""A desk on a vault file holds none of the team server's modules (#14 item 9): psycopg
(with ssl and asyncio) and SQLAlchemy's PostgreSQL dialect were 15 MB of every GUI's
resident memory, under Argon2's 64 MiB at each unlock, for users who never open a team
server. Measured in a fresh interpreter, where nothing else imported them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from riskdesk.services.desk import Desk
from vault_fixtures import CHEAP_KDF, PASSWORD

SERVER_MODULES = ("psycopg", "psycopg_binary", "sqlalchemy.dialects.postgresql")

_OPEN_A_VAULT = """
import sys
from pathlib import Path
from riskdesk.services.desk import Desk

desk = Desk.open(Path(sys.argv[1]), username="admin", password=sys.argv[2])
desk.live.available, desk.live.listening
desk.lock()
print(" ".join(name for name in sys.argv[3:] if name in sys.modules))
"""


def test_a_vault_desk_imports_no_team_server_module(tmp_path: Path) -> None:
    # Made here: creating migrates, and Alembic's own PostgreSQL support is imported then.
    path = tmp_path / "v.rdv"
    Desk.create(
        path, username="admin", display_name="Ada Admin", password=PASSWORD, kdf_cost=CHEAP_KDF
    ).lock()
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_A_VAULT, str(path), PASSWORD, *SERVER_MODULES],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.split() == []
