"""A throwaway PostgreSQL cluster for the team-server tests: ``initdb`` into a temporary
folder, ``pg_ctl`` on a free local port, SCRAM passwords, stopped and deleted at the end.

PostgreSQL comes from the distribution's packages (``.ci/run`` installs them). As root,
the server runs as the packages' ``postgres`` user, since PostgreSQL refuses to run as
root. A machine without PostgreSQL fails these tests with a message saying so: a skipped
backend would let the server suite go silently untested."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

MISSING = (
    "PostgreSQL's server programs (initdb, pg_ctl) were not found: install the "
    "distribution's postgresql package (.ci/run does) to run the team-server tests"
)


@dataclass(frozen=True)
class Cluster:
    host: str
    port: int
    owner: str
    owner_password: str
    socket_dir: Path

    def owner_url(self, database: str = "postgres") -> str:
        """The schema owner's address, password in ``PGPASSWORD`` style kept out of it."""
        return f"postgresql://{self.owner}@{self.host}:{self.port}/{database}"

    def url(self, database: str) -> str:
        """The address a RiskDesk user types: no user, no password."""
        return f"postgresql://{self.host}:{self.port}/{database}"

    def connect(
        self, database: str = "postgres", *, user: str | None = None, password: str | None = None
    ) -> psycopg.Connection:
        """A raw connection, as ``psql`` would make it (autocommit)."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            dbname=database,
            user=user or self.owner,
            password=password if user is not None else self.owner_password,
            autocommit=True,
        )

    def drop_database(self, database: str) -> None:
        with self.connect() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
            )

    def drop_login_roles(self, keep: frozenset[str] = frozenset()) -> None:
        """Drop every user's role but the owner's: each login, and each deactivated
        user (NOLOGIN, still in riskdesk_user). The roles are the cluster's, not one
        database's, so each test starts without the last one's users."""
        with self.connect() as connection:
            names = [
                row[0]
                for row in connection.execute(
                    "SELECT rolname FROM pg_roles WHERE rolname <> current_user AND ("
                    " rolcanlogin OR oid IN (SELECT m.member FROM pg_auth_members m"
                    " JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = 'riskdesk_user'))"
                    " AND rolname NOT LIKE 'riskdesk\\_%'"
                )
                if row[0] not in keep
            ]
            for name in names:
                connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def _program(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        raise RuntimeError(MISSING)
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _install_tls(data: Path, tls: Tls) -> None:
    for name, content, mode in (
        ("server.crt", tls.certificate, 0o644),
        ("server.key", tls.key, 0o600),
    ):
        path = data / name
        path.write_bytes(content)
        path.chmod(mode)
        if os.geteuid() == 0:
            shutil.chown(path, "postgres")


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass(frozen=True)
class Tls:
    """A server certificate and key (PEM) for a cluster that also listens on
    ``address`` (which RiskDesk does not count as this machine, so it asks for TLS)."""

    certificate: bytes
    key: bytes
    address: str


@contextmanager
def running_cluster(tls: Tls | None = None) -> Iterator[Cluster]:
    initdb, pg_ctl = _program("initdb"), _program("pg_ctl")
    folder = Path(tempfile.mkdtemp(prefix="riskdesk-pg-"))
    owner_password = secrets.token_urlsafe(18)
    password_file = folder / "owner-password"
    password_file.write_text(owner_password + "\n", encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(password_file, "postgres")
    data = folder / "data"
    port = _free_port()
    try:
        subprocess.run(
            _as_server_user(
                [
                    initdb,
                    "-D",
                    str(data),
                    "-U",
                    "riskdesk_owner",
                    f"--pwfile={password_file}",
                    "--auth=scram-sha-256",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
        )
        addresses = "127.0.0.1"
        options = (
            f"-p {port} -k {folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        if tls is not None:
            _install_tls(data, tls)
            addresses += f",{tls.address}"
            options += " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        options += f" -c listen_addresses={addresses}"
        subprocess.run(
            _as_server_user(
                [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
            ),
            check=True,
            capture_output=True,
        )
        yield Cluster(
            host="127.0.0.1",
            port=port,
            owner="riskdesk_owner",
            owner_password=owner_password,
            socket_dir=folder,
        )
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)
