"""The demo vault on a team server, for tests that run the same story on both backends.

The session's demo vault (``_demo_vault_template`` in conftest.py) is imported once with
``riskdesk server import``'s own code into a template database; each test gets a fresh
copy of it, where the demo users (admin, leder, koordinator, mentor) log in with
``vault_fixtures.PASSWORD`` and need not choose a password first: their logins are made
by the owner, as the import would after each user had chosen their own. Login roles are
the cluster's, so they are made for each copy and dropped after each test."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from psycopg import sql
from sqlalchemy import Connection, text

from pg_cluster import Cluster
from riskdesk.domain.user import Role
from riskdesk.store.key_slots import sidecar_path
from riskdesk.store.server import server_users
from riskdesk.store.server.server_import import ImportResult, import_vault
from riskdesk.store.server.server_setup import (
    GROUP_ROLE_PREFIX,
    apply_security,
    group_role,
    install,
    password_verifier,
)
from riskdesk.store.vault import Vault
from team_servers import TeamServer
from vault_fixtures import CHEAP_KDF, PASSWORD

DEMO_TEMPLATE = "riskdesk_demo_template"
ADMIN = "admin"
_numbers = itertools.count(1)
_ready: set[int] = set()


def _ensure_demo_template(cluster: Cluster, demo_vault: Path, scratch: Path) -> None:
    if cluster.port in _ready:
        return
    cluster.drop_database(DEMO_TEMPLATE)
    # Opening a vault writes to it (its witnesses): the session's template stays as it is.
    vault_path = scratch / "demo-for-server.rdv"
    shutil.copyfile(demo_vault, vault_path)
    shutil.copyfile(sidecar_path(demo_vault), sidecar_path(vault_path))
    imported = _imported(cluster, vault_path, DEMO_TEMPLATE)
    # The copies make their own logins; another fixture's users are left alone.
    with cluster.connect() as connection:
        for user in imported.users:
            connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(user.username)))
    _ready.add(cluster.port)


def imported_demo_server(cluster: Cluster, folder: Path, *, persons: int) -> str:
    """A demo vault of ``persons`` people built in ``folder`` and moved onto a new
    database of ``cluster`` (for the benchmarks), its users logging in with PASSWORD;
    the database's name."""
    from riskdesk.demo.demo_vault import create_demo_vault

    vault_path = folder / f"demo-{persons}.rdv"
    create_demo_vault(
        vault_path,
        persons=persons,
        seed=3,
        password=PASSWORD,
        kdf_cost=CHEAP_KDF,
        today=date(2026, 11, 21),
    )
    database = f"riskdesk_demo_{persons}_{next(_numbers)}"
    _imported(cluster, vault_path, database)
    engine = TeamServer(cluster, database).owner_engine()
    try:
        with engine.begin() as connection:
            _demo_passwords(connection)
    finally:
        engine.dispose()
    return database


def _imported(cluster: Cluster, vault_path: Path, database: str) -> ImportResult:
    with cluster.connect() as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    engine = TeamServer(cluster, database).owner_engine()
    try:
        install(engine)
        with Vault.open(vault_path, username=ADMIN, password=PASSWORD, kdf_cost=CHEAP_KDF) as vault:
            return import_vault(vault, engine)
    finally:
        engine.dispose()


@contextmanager
def fresh_server_demo(cluster: Cluster, demo_vault: Path, scratch: Path) -> Iterator[TeamServer]:
    """A new database holding the demo vault's work, users and audit history."""
    _ensure_demo_template(cluster, demo_vault, scratch)
    database = f"riskdesk_demo_{next(_numbers)}"
    with cluster.connect() as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(database), sql.Identifier(DEMO_TEMPLATE)
            )
        )
    server = TeamServer(cluster, database)
    try:
        engine = server.owner_engine()
        try:
            with engine.begin() as connection:
                # Database-level grants are not copied from a template.
                apply_security(connection)
                _demo_logins(connection)
        finally:
            engine.dispose()
        yield server
    finally:
        cluster.drop_database(database)
        cluster.drop_login_roles()


def _demo_logins(connection: Connection) -> None:
    users = connection.execute(text("SELECT username, role, active FROM users")).all()
    driver = connection.connection.dbapi_connection
    assert driver is not None
    for username, role, active in users:
        statement = sql.SQL(
            "CREATE ROLE {name} {login} PASSWORD {verifier} IN ROLE {user}, {group}"
        ).format(
            name=sql.Identifier(username),
            login=sql.SQL("LOGIN" if active else "NOLOGIN"),
            verifier=sql.Literal(password_verifier(connection, username, PASSWORD)),
            user=sql.Identifier(GROUP_ROLE_PREFIX + "user"),
            group=sql.Identifier(group_role(Role(role))),
        )
        with driver.cursor() as cursor:
            cursor.execute(statement)
    _chosen_already(connection)


def _demo_passwords(connection: Connection) -> None:
    """The logins the import made, with PASSWORD instead of their temporary ones."""
    for (username,) in connection.execute(text("SELECT username FROM users")).all():
        verifier = password_verifier(connection, username, PASSWORD)
        driver = connection.connection.dbapi_connection
        assert driver is not None
        with driver.cursor() as cursor:
            cursor.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(username), sql.Literal(verifier)
                )
            )
    _chosen_already(connection)


def _chosen_already(connection: Connection) -> None:
    # The import made the users choose their own password at first login (60_users.sql);
    # the demo's have chosen PASSWORD already.
    for (username,) in connection.execute(text("SELECT username FROM users")).all():
        server_users.clear_password_change(connection, username)
