"""How long ``riskdesk server import`` takes: a vault moved onto a new database of a
throwaway local PostgreSQL cluster (started as the tests start theirs).

    python -m benchmarks.server_import --persons 300
    python -m benchmarks.server_import --vault /tmp/riskdesk-team/bench-10k.rdv \\
        --password benchmark-kodeord

Prints the rows and audit events moved, the wall and CPU time of the verification of
the old chain plus the copy (one transaction), and of the server's verification of the
whole imported chain afterwards."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

_TESTS = Path(__file__).resolve().parent.parent / "tests"
_AUDITOR_PASSWORD = "revisor-kodeord-1"  # noqa: S105 - a throwaway cluster's login


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server_import")
    parser.add_argument("--persons", type=int, default=300)
    parser.add_argument("--vault", type=Path, help="an existing vault instead of a new demo")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="correct horse")
    options = parser.parse_args(argv)
    sys.path.insert(0, str(_TESTS))
    from pg_cluster import running_cluster
    from riskdesk.domain.user import Role
    from riskdesk.services.desk import Desk
    from riskdesk.store.key_slots import KdfCost, sidecar_path
    from riskdesk.store.server.server_import import import_vault
    from riskdesk.store.server.server_setup import install
    from riskdesk.store.vault import Vault
    from team_servers import TeamServer

    cheap = KdfCost(memory_kib=64, iterations=1, lanes=1)
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as folder:
        vault_path = Path(folder, "moved.rdv")
        if options.vault is not None:
            shutil.copyfile(options.vault, vault_path)
            shutil.copyfile(sidecar_path(options.vault), sidecar_path(vault_path))
        else:
            from riskdesk.demo.demo_vault import create_demo_vault

            create_demo_vault(
                vault_path,
                persons=options.persons,
                seed=3,
                password=options.password,
                kdf_cost=cheap,
                today=date(2026, 11, 21),
            )
        with cluster.connect() as connection:
            connection.execute("CREATE DATABASE riskdesk_moved")
        server = TeamServer(cluster, "riskdesk_moved")
        engine = server.owner_engine()
        install(engine)
        with Vault.open(
            vault_path, username=options.user, password=options.password, kdf_cost=cheap
        ) as vault:
            wall, cpu = time.perf_counter(), time.process_time()
            result = import_vault(vault, engine)
            moved = (time.perf_counter() - wall, time.process_time() - cpu)
        engine.dispose()
        server.add_login("revisor", Role.ADMINISTRATOR, _AUDITOR_PASSWORD)
        with Desk.open(server.url, username="revisor", password=_AUDITOR_PASSWORD) as desk:
            wall, cpu = time.perf_counter(), time.process_time()
            report = desk.audit.verify()
            verified = (time.perf_counter() - wall, time.process_time() - cpu)
    print(f"persons {result.rows.get('persons', 0)}, cases {result.rows.get('cases', 0)}, ", end="")
    print(f"rows {sum(result.rows.values())}, audit events {result.audit_events}")
    print(f"import (old chain verified + copy): {moved[0]:.1f} s wall, {moved[1]:.1f} s CPU")
    print(
        f"server audit verify afterwards: {verified[0]:.1f} s wall, {verified[1]:.1f} s CPU, ",
        end="",
    )
    print(f"intact {report.intact}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
