"""Raw SQL on a team server as one of the demo's users, with their own password, as
``psql`` would send it: what RiskDesk refuses them, the database must refuse as well."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest

from team_servers import TeamServer
from vault_fixtures import PASSWORD

CASEWORKER = "koordinator"
SUPERVISOR = "leder"
ADMINISTRATOR = "admin"
MENTOR = "mentor"
EVERYONE = (CASEWORKER, SUPERVISOR, ADMINISTRATOR, MENTOR)


@contextmanager
def psql_as(server: TeamServer, username: str) -> Iterator[psycopg.Connection]:
    """A connection as ``username``'s own login role (autocommit, as psql)."""
    with server.cluster.connect(server.database, user=username, password=PASSWORD) as connection:
        yield connection


def refused(connection: psycopg.Connection, statement: str, params: Any = None) -> None:
    """The statement fails with SQLSTATE 42501 (what RiskDesk shows as PermissionDenied)."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement, params)


def as_owner(server: TeamServer, query: str, params: Any = None) -> list[tuple[Any, ...]]:
    """What the database holds, read by the schema owner past every policy."""
    with server.cluster.connect(server.database) as connection:
        return list(connection.execute(query, params).fetchall())


def one(server: TeamServer, query: str, params: Any = None) -> Any:
    rows = as_owner(server, query, params)
    assert rows, query
    return rows[0][0]
