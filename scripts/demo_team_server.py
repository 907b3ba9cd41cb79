"""A team server to try on this machine: ``make demo-server``.

Starts a throwaway PostgreSQL cluster in a temporary folder (the one the tests use,
tests/pg_cluster.py: PostgreSQL from the distribution's packages), moves a demo vault of
synthetic people onto it with ``server import``'s own code, prints the address and the
demo users, and runs until Ctrl+C, when the cluster and its folder are deleted. Open it
from another terminal with ``make run`` (type the address in the unlock dialog) or any
command's ``--vault``; start two windows as two users to see live updates."""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
from pathlib import Path

_TESTS = Path(__file__).resolve().parent.parent / "tests"


def main() -> int:
    parser = argparse.ArgumentParser(prog="make demo-server")
    parser.add_argument("--persons", type=int, default=60)
    options = parser.parse_args()
    sys.path.insert(0, str(_TESTS))
    from pg_cluster import running_cluster
    from server_demo import imported_demo_server
    from vault_fixtures import PASSWORD

    print("Starting a throwaway PostgreSQL cluster and moving a demo vault onto it…")
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as folder:
        database = imported_demo_server(cluster, Path(folder), persons=options.persons)
        print(f"\nTeam server: {cluster.url(database)}")
        print("Users: koordinator (caseworker), leder (supervisor), admin, mentor")
        print(f"Password for each: {PASSWORD}")
        print("\nIn another terminal: make run, and type the address in the unlock dialog;")
        print(
            "or: RISKDESK_PASSWORD='" + PASSWORD + "' .venv/bin/riskdesk case list "
            f"--vault {cluster.url(database)} --user koordinator"
        )
        print("\nCtrl+C stops the server and deletes it.")
        try:
            signal.pause()
        except KeyboardInterrupt:
            print("\nStopping.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
