"""``riskdesk server init|migrate`` in a real process against the throwaway cluster, as
IT would run them: the database made when missing, the first administrator logging in,
an upgrade that leaves the work in place, and one-line refusals."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from psycopg import sql

from pg_cluster import Cluster
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk

ADMIN_PASSWORD = "leders-kodeord-1"
_numbers = itertools.count(1)


@pytest.fixture
def database(pg_cluster: Cluster) -> Iterator[str]:
    """A database name the cluster does not have yet; dropped with its users after."""
    name = f"riskdesk_cli_{os.getpid()}_{next(_numbers)}"
    yield name
    pg_cluster.drop_database(name)
    pg_cluster.drop_login_roles()


def _riskdesk(
    *arguments: str, owner_password: str | None, new_password: str | None = ADMIN_PASSWORD
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PGPASSWORD", "RISKDESK_NEW_PASSWORD", "RISKDESK_PASSWORD")
    }
    if owner_password is not None:
        environment["PGPASSWORD"] = owner_password
    if new_password is not None:
        environment["RISKDESK_NEW_PASSWORD"] = new_password
        environment["RISKDESK_PASSWORD"] = new_password
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=180,
        check=False,
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_init_makes_the_database_and_its_first_administrator(
    pg_cluster: Cluster, database: str
) -> None:
    owner_url = pg_cluster.owner_url(database)
    result = _riskdesk(
        "server", "init", "--url", owner_url, "--admin", "leder", "--name", "Lene Leder",
        owner_password=pg_cluster.owner_password,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "leder" in result.stdout
    listed = _riskdesk(
        "case", "list", "--vault", pg_cluster.url(database), "--user", "leder",
        owner_password=None,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    with Desk.open(pg_cluster.url(database), username="leder", password=ADMIN_PASSWORD) as desk:
        assert desk.user.role is Role.ADMINISTRATOR
        assert desk.user.display_name == "Lene Leder"
        assert desk.audit.verify().intact
    # The application never connects as the owner, and the owner does not become a user.
    with pg_cluster.connect(database) as connection:
        users = connection.execute("SELECT username FROM users").fetchall()
    assert users == [("leder",)]


def test_init_on_a_set_up_server_is_refused_and_migrate_keeps_the_work(
    pg_cluster: Cluster, database: str
) -> None:
    owner_url = pg_cluster.owner_url(database)
    first = _riskdesk(
        "server", "init", "--url", owner_url, "--admin", "leder",
        owner_password=pg_cluster.owner_password,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    with Desk.open(pg_cluster.url(database), username="leder", password=ADMIN_PASSWORD) as desk:
        desk.users.add(
            username="kasper", display_name="Kasper", role=Role.CASEWORKER, password="forste-1234"
        )
    again = _riskdesk(
        "server", "init", "--url", owner_url, "--admin", "andenleder",
        owner_password=pg_cluster.owner_password,
    )  # fmt: skip
    assert again.returncode == 1
    assert "server migrate" in _one_line(again)
    upgraded = _riskdesk(
        "server", "migrate", "--url", owner_url, owner_password=pg_cluster.owner_password,
        new_password=None,
    )  # fmt: skip
    assert upgraded.returncode == 0, upgraded.stderr
    with Desk.open(pg_cluster.url(database), username="leder", password=ADMIN_PASSWORD) as desk:
        names = {user.username: user.role for user in desk.users.list()}
        assert desk.audit.verify().intact
    assert names == {"leder": Role.ADMINISTRATOR, "kasper": Role.CASEWORKER}


def test_the_owner_password_may_be_in_the_address(pg_cluster: Cluster, database: str) -> None:
    owner_url = (
        f"postgresql://{pg_cluster.owner}:{pg_cluster.owner_password}"
        f"@{pg_cluster.host}:{pg_cluster.port}/{database}"
    )
    result = _riskdesk(
        "server", "init", "--url", owner_url, "--admin", "leder", owner_password=None
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("arguments", "owner_password", "exit_code", "words"),
    [
        (["--admin", "leder"], "not-the-owners", 1, "Forkert brugernavn eller adgangskode"),
        (["--admin", "Leder Med Mellemrum"], "OWNER", 2, "--admin"),
        (["--admin", "leder"], None, 2, "PGPASSWORD"),
    ],
)
def test_init_refusals_are_one_line(
    pg_cluster: Cluster,
    database: str,
    arguments: list[str],
    owner_password: str | None,
    exit_code: int,
    words: str,
) -> None:
    password = pg_cluster.owner_password if owner_password == "OWNER" else owner_password
    result = _riskdesk(
        "server", "init", "--url", pg_cluster.owner_url(database), *arguments,
        owner_password=password,
    )  # fmt: skip
    assert result.returncode == exit_code, result.stderr
    line = _one_line(result)
    assert words in line
    assert pg_cluster.owner_password not in line
    with pg_cluster.connect() as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (database,)
        ).fetchone()
    assert exists is None


def test_an_owner_without_createrole_is_told_what_it_needs(
    pg_cluster: Cluster, database: str
) -> None:
    with pg_cluster.connect() as connection:
        connection.execute(
            sql.SQL("CREATE ROLE weak_owner LOGIN CREATEDB PASSWORD {}").format(
                sql.Literal("weak-owner-pw")
            )
        )
    try:
        result = _riskdesk(
            "server", "init", "--url",
            f"postgresql://weak_owner@{pg_cluster.host}:{pg_cluster.port}/{database}",
            "--admin", "leder", owner_password="weak-owner-pw",
        )  # fmt: skip
        assert result.returncode == 1
        assert "CREATEROLE" in _one_line(result)
    finally:
        pg_cluster.drop_database(database)
        with pg_cluster.connect() as connection:
            connection.execute("DROP ROLE IF EXISTS weak_owner")


def test_migrate_refuses_a_database_that_is_not_a_team_server(
    pg_cluster: Cluster, database: str
) -> None:
    with pg_cluster.connect() as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    result = _riskdesk(
        "server", "migrate", "--url", pg_cluster.owner_url(database),
        owner_password=pg_cluster.owner_password, new_password=None,
    )  # fmt: skip
    assert result.returncode == 1
    assert "server init" in _one_line(result)


def test_init_sets_up_a_database_made_beforehand(pg_cluster: Cluster, database: str) -> None:
    with pg_cluster.connect() as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    result = _riskdesk(
        "server", "init", "--url", pg_cluster.owner_url(database), "--admin", "leder",
        owner_password=pg_cluster.owner_password,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Teamserveren er sat op. Administrator: leder."]


def test_user_commands_on_the_server_make_and_change_login_roles(
    pg_cluster: Cluster, database: str
) -> None:
    init = _riskdesk(
        "server", "init", "--url", pg_cluster.owner_url(database), "--admin", "leder",
        owner_password=pg_cluster.owner_password,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    url = pg_cluster.url(database)

    def as_user(password: str, new_password: str, *arguments: str) -> str:
        environment = os.environ | {
            "RISKDESK_PASSWORD": password,
            "RISKDESK_NEW_PASSWORD": new_password,
        }
        result = subprocess.run(
            [sys.executable, "-m", "riskdesk", "user", *arguments, "--vault", url],
            capture_output=True,
            text=True,
            env=environment,
            stdin=subprocess.DEVNULL,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    first, own = "forste-kodeord-1", "kaspers-eget-kodeord"
    as_user(ADMIN_PASSWORD, first, "add", "--user", "leder", "--name", "kasper",
            "--role", "caseworker")  # fmt: skip
    as_user(first, own, "password", "--user", "kasper")
    as_user(ADMIN_PASSWORD, "", "set-role", "--user", "leder", "--name", "kasper",
            "--role", "supervisor")  # fmt: skip
    with Desk.open(url, username="kasper", password=own) as desk:
        assert desk.user.role is Role.SUPERVISOR
    as_user(ADMIN_PASSWORD, "", "deactivate", "--user", "leder", "--name", "kasper")
    listed = as_user(ADMIN_PASSWORD, "", "list", "--user", "leder", "--format", "json")
    assert {(user["username"], user["role"], user["active"]) for user in json.loads(listed)} == {
        ("leder", "administrator", True),
        ("kasper", "supervisor", False),
    }
    with pg_cluster.connect() as connection:
        can_login = connection.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'kasper'"
        ).fetchone()
    assert can_login == (False,)
