"""The backup docs/TEAM-SERVER.md gives IT: ``pg_dump`` of the database, ``pg_restore``
into a new one, ``riskdesk server migrate``; the restored server opens with the same
users, a reset user still chooses their own password, and the audit trail verifies."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from psycopg import sql

from pg_cluster import Cluster, _program
from riskdesk.domain.user import PasswordChangeRequired, Role
from riskdesk.services.desk import Desk
from riskdesk.services.team_server_setup import migrate_team_server
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer

RESTORED = "riskdesk_restored"


@pytest.fixture
def restored(pg_cluster: Cluster) -> Iterator[str]:
    yield RESTORED
    pg_cluster.drop_database(RESTORED)


def test_a_dump_restored_and_migrated_is_the_same_team_server(
    team_server: TeamServer, restored: str, tmp_path: Path
) -> None:
    cluster = team_server.cluster
    with Desk.open(team_server.url, username=ADMIN, password=ADMIN_PASSWORD) as desk:
        desk.users.add(
            username="kasper", display_name="Kasper", role=Role.CASEWORKER, password="forste-1234"
        )
    dump = tmp_path / "riskdesk.dump"
    owner = os.environ | {"PGPASSWORD": cluster.owner_password}
    subprocess.run(
        [_program("pg_dump"), "--format=custom", f"--file={dump}",
         cluster.owner_url(team_server.database)],
        env=owner, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    with cluster.connect() as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8'").format(
                sql.Identifier(restored), sql.Identifier(cluster.owner)
            )
        )
    subprocess.run(
        [_program("pg_restore"), "--exit-on-error", f"--dbname={cluster.owner_url(restored)}",
         str(dump)],
        env=owner, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    migrate_team_server(cluster.owner_url(restored), owner_password=cluster.owner_password)

    with Desk.open(cluster.url(restored), username=ADMIN, password=ADMIN_PASSWORD) as desk:
        assert {user.username for user in desk.users.list()} == {ADMIN, "kasper"}
        report = desk.audit.verify()
    assert report.intact
    assert report.events_checked == 3  # a login, the user added, and this login
    with pytest.raises(PasswordChangeRequired):
        Desk.open(cluster.url(restored), username="kasper", password="forste-1234")
