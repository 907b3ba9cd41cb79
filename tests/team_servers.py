"""Team-server databases for tests: each test gets a fresh database on the session's
throwaway cluster (tests/pg_cluster.py), copied from a template that was migrated and
secured once, with a first administrator. Login roles are the cluster's, so they are
dropped after each test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import create_engine

from pg_cluster import Cluster
from riskdesk.domain.user import Role
from riskdesk.store.server.server_setup import apply_security, create_login, install
from riskdesk.store.server.server_url import parse_server_address

TEMPLATE = "riskdesk_template"
ADMIN = "admin"
ADMIN_PASSWORD = "admin-kodeord-1"
_numbers = itertools.count(1)
_template_ready: set[int] = set()


@dataclass(frozen=True)
class TeamServer:
    cluster: Cluster
    database: str

    @property
    def url(self) -> str:
        """What a user types in the unlock dialog."""
        return self.cluster.url(self.database)

    def owner_engine(self):  # type: ignore[no-untyped-def]
        address = parse_server_address(self.url)
        return create_engine(
            address.connection_url(self.cluster.owner, self.cluster.owner_password),
            hide_parameters=True,
        )

    def add_login(self, username: str, role: Role, password: str, display_name: str = "") -> None:
        """A user made by the owner, as ``server init`` makes the first administrator."""
        engine = self.owner_engine()
        try:
            with engine.begin() as connection:
                create_login(
                    connection,
                    username=username,
                    display_name=display_name or username.title(),
                    role=role,
                    password=password,
                )
        finally:
            engine.dispose()


def _ensure_template(cluster: Cluster) -> None:
    if cluster.port in _template_ready:
        return
    with cluster.connect() as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(TEMPLATE)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(TEMPLATE)))
    server = TeamServer(cluster, TEMPLATE)
    engine = server.owner_engine()
    try:
        install(engine)
    finally:
        engine.dispose()
    _template_ready.add(cluster.port)


@contextmanager
def fresh_team_server(cluster: Cluster) -> Iterator[TeamServer]:
    _ensure_template(cluster)
    database = f"riskdesk_test_{next(_numbers)}"
    with cluster.connect() as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(database), sql.Identifier(TEMPLATE)
            )
        )
    server = TeamServer(cluster, database)
    try:
        engine = server.owner_engine()
        try:
            with engine.begin() as connection:
                # Database-level grants are not copied from a template.
                apply_security(connection)
        finally:
            engine.dispose()
        server.add_login(ADMIN, Role.ADMINISTRATOR, ADMIN_PASSWORD, "Administrator")
        yield server
    finally:
        cluster.drop_database(database)
        cluster.drop_login_roles()
