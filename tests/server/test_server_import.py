"""`riskdesk server import`: a unit's local vault moved onto a new team-server database
gives the same cases, users who must choose their own password, and an audit trail that
verifies on the server, old part and new."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from pg_cluster import Cluster
from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.server_import_errors import ImportFailed, LoginNameTaken, ServerNotEmpty
from riskdesk.domain.user import PasswordChangeRequired, Role
from riskdesk.services.desk import Desk
from riskdesk.store.audit_findings import AuditFinding, FindingKind
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import open_slot, read_key_file, sidecar_path
from riskdesk.store.server.server_import import import_onto_server, import_vault
from riskdesk.store.server.server_import_rows import copied_tables
from riskdesk.store.server.server_url import parse_server_address
from riskdesk.store.tables import AuditEventRow
from riskdesk.store.vault import Vault
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer
from vault_fixtures import CHEAP_KDF, PASSWORD

# The demo's story searches nothing and autosaves nothing; every other table has rows.
_EMPTY_IN_THE_DEMO = frozenset(
    {
        "audit_search_terms",
        "audit_searches",
        "audit_query_terms",
        "audit_search_days",
        "audit_event_saves",
    }
)
_COMMAND = (sys.executable, "-m", "riskdesk", "server", "import")
_TEMPORARY = re.compile(r"^\s+(\S+)\s+.*\s([a-z2-9]{4}(?:-[a-z2-9]{4}){3})$")


def _case_list(
    location: Path | str, username: str = "koordinator", **login: str
) -> list[tuple[object, ...]]:
    with Desk.open(location, username=username, password=PASSWORD, **login) as desk:
        rows = desk.cases.search("")
    return [
        (
            row.case_number,
            row.person_id,
            row.person_name,
            row.cpr,
            row.level,
            row.kind,
            row.status,
            row.caseworker,
            row.opened_on,
            row.closed_on,
        )
        for row in rows
    ]


def _import_event(server: TeamServer) -> dict[str, object]:
    with server.cluster.connect(server.database) as connection:
        row = connection.execute(
            "SELECT details_json FROM audit_events "
            "WHERE details_json::jsonb ->> 'use_case' = 'server.import'"
        ).fetchone()
    assert row is not None
    details: dict[str, object] = json.loads(row[0])
    return details


def test_the_demo_on_a_server_gives_the_vaults_case_list(
    demo_path: Path, server_demo: TeamServer
) -> None:
    on_vault = _case_list(demo_path)
    on_server = _case_list(server_demo.url)
    assert len(on_vault) > 10
    assert on_server == on_vault


def test_the_demo_on_a_server_verifies_its_audit_trail_old_part_and_new(
    server_demo: TeamServer,
) -> None:
    with Desk.open(server_demo.url, username="admin", password=PASSWORD) as desk:
        report = desk.audit.verify()
    assert report.intact, report.findings
    assert report.events_checked > 100
    assert _import_event(server_demo)["old_chain_intact"] is True


def test_an_imported_event_changed_on_the_server_is_found(server_demo: TeamServer) -> None:
    with server_demo.cluster.connect(server_demo.database) as connection:
        connection.execute(
            "UPDATE audit_events SET details_json = replace(details_json, '}', ',\"x\":1}') "
            "WHERE sequence = 20"
        )
    with Desk.open(server_demo.url, username="admin", password=PASSWORD) as desk:
        report = desk.audit.verify()
    assert report.findings == (AuditFinding(FindingKind.EVENT_ALTERED, 20),)


@pytest.fixture
def new_database(pg_cluster: Cluster) -> Iterator[str]:
    name = "riskdesk_moved_in"
    yield name
    pg_cluster.drop_database(name)
    pg_cluster.drop_login_roles()


def test_the_command_moves_the_demo_and_users_choose_their_own_password(
    demo_path: Path, pg_cluster: Cluster, new_database: str
) -> None:
    on_vault = _case_list(demo_path)
    surname = str(on_vault[0][2]).split()[-1]
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        assert desk.cases.search(surname)
    moved = _riskdesk_server_import(
        demo_path,
        pg_cluster.owner_url(new_database),
        "admin",
        password=PASSWORD,
        owner_password=pg_cluster.owner_password,
    )
    assert moved.returncode == 0, moved.stderr
    temporary = dict(
        match.groups() for line in moved.stdout.splitlines() if (match := _TEMPORARY.match(line))
    )
    assert set(temporary) == {"admin", "leder", "koordinator", "mentor"}
    with pg_cluster.connect(new_database) as connection:
        # The search is found again in the trail by its words, as on the vault.
        terms = connection.execute(
            "SELECT count(*) FROM audit_search_terms WHERE term = %s", (surname.casefold(),)
        ).fetchone()
    assert terms == (1,)
    assert "i orden" in moved.stdout
    url = pg_cluster.url(new_database)

    with pytest.raises(PasswordChangeRequired):
        Desk.open(url, username="koordinator", password=temporary["koordinator"])
    with Desk.open(
        url, username="koordinator", password=temporary["koordinator"], new_password=PASSWORD
    ):
        pass
    assert _case_list(url) == on_vault
    with Desk.open(
        url, username="admin", password=temporary["admin"], new_password=PASSWORD
    ) as desk:
        report = desk.audit.verify()
    assert report.intact, report.findings


def test_a_damaged_old_chain_is_moved_with_its_findings_recorded(
    demo_path: Path, team_server: TeamServer
) -> None:
    key_file = read_key_file(sidecar_path(demo_path))
    opened = open_slot(
        key_file.slot_for("admin"), vault_id=key_file.vault_id, username="admin", password=PASSWORD
    )
    database = open_cipher_connection(demo_path, opened.data_key)
    try:
        altered = database.execute(
            "SELECT sequence FROM audit_events WHERE signature IS NOT NULL "
            "ORDER BY sequence LIMIT 1 OFFSET 30"
        ).fetchone()[0]
        database.execute(
            "UPDATE audit_events SET details_json = replace(details_json, '}', ',\"x\":1}') "
            "WHERE sequence = ?",
            (altered,),
        )
        database.commit()
    finally:
        database.close()

    engine = team_server.owner_engine()
    try:
        with Vault.open(
            demo_path, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF
        ) as vault:
            result = import_vault(vault, engine)
    finally:
        engine.dispose()

    found = AuditFinding(FindingKind.EVENT_ALTERED, altered)
    assert found in result.old_chain.findings
    details = _import_event(team_server)
    assert details["old_chain_intact"] is False
    assert {"kind": "event_altered", "sequence": altered} in details["old_chain_findings"]  # type: ignore[operator]
    # server init's administrator is kept as they were; the vault's was the same name.
    assert next(user for user in result.users if user.username == "admin").kept
    with Desk.open(team_server.url, username=ADMIN, password=ADMIN_PASSWORD) as desk:
        report = desk.audit.verify()
    assert report.findings == (found,)


def test_a_database_holding_work_is_refused_and_left_as_it_was(
    demo_path: Path, server_demo: TeamServer
) -> None:
    with server_demo.cluster.connect(server_demo.database) as connection:
        before = connection.execute(
            "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM audit_events), "
            "(SELECT count(*) FROM pg_roles WHERE rolcanlogin)"
        ).fetchone()
    engine = server_demo.owner_engine()
    try:
        with (
            Vault.open(demo_path, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF) as vault,
            pytest.raises(ServerNotEmpty),
        ):
            import_vault(vault, engine)
    finally:
        engine.dispose()
    with server_demo.cluster.connect(server_demo.database) as connection:
        after = connection.execute(
            "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM audit_events), "
            "(SELECT count(*) FROM pg_roles WHERE rolcanlogin)"
        ).fetchone()
    assert after == before


def _riskdesk_server_import(
    vault: Path, url: str, user: str, *, password: str, owner_password: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_COMMAND, "--vault", str(vault), "--url", url, "--user", user],
        env={**os.environ, "RISKDESK_PASSWORD": password, "PGPASSWORD": owner_password},
        capture_output=True,
        text=True,
        check=False,
    )


def _databases(cluster: Cluster) -> set[str]:
    with cluster.connect() as connection:
        return {row[0] for row in connection.execute("SELECT datname FROM pg_database")}


def test_a_vault_user_who_is_no_administrator_is_refused_before_the_server_is_touched(
    demo_path: Path, pg_cluster: Cluster, new_database: str
) -> None:
    refused = _riskdesk_server_import(
        demo_path,
        pg_cluster.owner_url(new_database),
        "koordinator",
        password=PASSWORD,
        owner_password=pg_cluster.owner_password,
    )
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert new_database not in _databases(pg_cluster)


def test_a_wrong_owner_password_is_one_line(
    demo_path: Path, pg_cluster: Cluster, new_database: str
) -> None:
    refused = _riskdesk_server_import(
        demo_path,
        pg_cluster.owner_url(new_database),
        "admin",
        password=PASSWORD,
        owner_password="not-the-owners",
    )
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert "Traceback" not in refused.stderr


def test_a_user_name_taken_by_another_units_login_is_refused_and_nothing_is_written(
    demo_path: Path, team_server: TeamServer
) -> None:
    with team_server.cluster.connect() as connection:
        connection.execute("CREATE ROLE mentor LOGIN")
    engine = team_server.owner_engine()
    try:
        with (
            Vault.open(demo_path, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF) as vault,
            pytest.raises(LoginNameTaken),
        ):
            import_vault(vault, engine)
    finally:
        engine.dispose()
    with team_server.cluster.connect(team_server.database) as connection:
        users = {row[0] for row in connection.execute("SELECT username FROM users")}
        cases = connection.execute("SELECT count(*) FROM cases").fetchone()
        logins = {row[0] for row in connection.execute("SELECT rolname FROM pg_roles")}
    assert users == {ADMIN}
    assert cases == (0,)
    assert "leder" not in logins


def test_a_row_the_servers_schema_does_not_take_fails_the_whole_move(
    demo_path: Path, team_server: TeamServer
) -> None:
    key_file = read_key_file(sidecar_path(demo_path))
    opened = open_slot(
        key_file.slot_for("admin"), vault_id=key_file.vault_id, username="admin", password=PASSWORD
    )
    database = open_cipher_connection(demo_path, opened.data_key)
    try:
        # SQLite keeps any length; PostgreSQL holds the column to its 20 characters.
        database.execute("UPDATE persons SET postal_code = ? WHERE id = 2", ("9" * 40,))
        database.commit()
    finally:
        database.close()
    cluster = team_server.cluster
    with (
        Vault.open(demo_path, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF) as vault,
        pytest.raises(ImportFailed),
    ):
        import_onto_server(
            vault,
            parse_server_address(team_server.url),
            owner=cluster.owner,
            owner_password=cluster.owner_password,
        )
    with cluster.connect(team_server.database) as connection:
        assert connection.execute("SELECT count(*) FROM persons").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM users").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM audit_events").fetchone() == (0,)


def test_every_row_of_every_table_arrives_as_it_was(
    demo_path: Path, server_demo: TeamServer
) -> None:
    engine = server_demo.owner_engine()
    try:
        with (
            Vault.open(demo_path, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF) as vault,
            vault.new_session() as on_vault,
            engine.connect() as on_server,
        ):
            empty = set()
            last = on_vault.scalar(select(func.max(AuditEventRow.sequence)))
            for table in copied_tables():
                query = select(table).order_by(*table.primary_key.columns)
                if "sequence" in table.c:
                    # The server's own events follow: its import event is the first.
                    query = query.where(table.c.sequence <= last)
                expected = [tuple(row) for row in on_vault.execute(query)]
                assert [tuple(row) for row in on_server.execute(query)] == expected, table.name
                if not expected:
                    empty.add(table.name)
    finally:
        engine.dispose()
    assert empty == _EMPTY_IN_THE_DEMO


def test_a_deactivated_user_is_moved_without_a_login(
    demo_path: Path, team_server: TeamServer
) -> None:
    with Desk.open(demo_path, username="admin", password=PASSWORD) as desk:
        desk.users.set_role(username="mentor", role=Role.MENTOR, active=False)
    engine = team_server.owner_engine()
    try:
        with Vault.open(
            demo_path, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF
        ) as vault:
            result = import_vault(vault, engine)
    finally:
        engine.dispose()
    mentor = next(user for user in result.users if user.username == "mentor")
    assert (mentor.active, mentor.temporary_password) == (False, None)
    with team_server.cluster.connect(team_server.database) as connection:
        login = connection.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'mentor'"
        ).fetchone()
        active = connection.execute("SELECT active FROM users WHERE username = 'mentor'").fetchone()
        groups = connection.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'mentor'"
        ).fetchall()
    assert (login, active) == ((False,), (False,))
    # As a deactivation on the server leaves a user: still one of RiskDesk's (so an
    # administrator can activate them), in no group that reads or writes casework.
    assert groups == [("riskdesk_user",)]


def test_an_owner_who_is_no_superuser_moves_a_vault_and_is_no_riskdesk_user_after(
    demo_path: Path, pg_cluster: Cluster, new_database: str
) -> None:
    # What IT is given in a municipality: CREATEDB and CREATEROLE, never superuser.
    with pg_cluster.connect() as connection:
        connection.execute("CREATE ROLE it_owner LOGIN CREATEDB CREATEROLE PASSWORD 'it-owner-pw'")
    moved = _riskdesk_server_import(
        demo_path,
        f"postgresql://it_owner@{pg_cluster.host}:{pg_cluster.port}/{new_database}",
        "admin",
        password=PASSWORD,
        owner_password="it-owner-pw",
    )
    assert moved.returncode == 0, moved.stderr
    with pg_cluster.connect(new_database) as connection:
        actor = connection.execute(
            "SELECT username FROM audit_events "
            "WHERE details_json::jsonb ->> 'use_case' = 'server.import'"
        ).fetchone()
        member = connection.execute(
            "SELECT pg_has_role('it_owner', 'riskdesk_user', 'MEMBER')"
        ).fetchone()
    assert (actor, member) == (("it_owner",), (False,))


def test_new_work_on_the_server_gets_ids_past_the_imported(server_demo: TeamServer) -> None:
    record = synthetic_records(1, seed=99, today=date(2026, 11, 30), caseworkers=("koordinator",))
    with Desk.open(server_demo.url, username="koordinator", password=PASSWORD) as desk:
        before = desk.cases.search("")
        person, case = desk.cases.create_person_with_case(
            person=record[0].person, case=record[0].case
        )
    assert person.id is not None
    assert person.id > max(row.person_id for row in before)
    assert case.case_number not in {row.case_number for row in before}


def test_no_user_can_move_where_the_imported_part_of_the_trail_ends(
    server_demo: TeamServer,
) -> None:
    # Moved past the server's own events, it would have them checked by the vault's weaker
    # rule (an HMAC link is not recomputed on the server).
    for username in ("koordinator", "leder", "admin"):
        with server_demo.cluster.connect(
            server_demo.database, user=username, password=PASSWORD
        ) as psql:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                psql.execute(
                    "UPDATE vault_settings SET value = '99999:' || repeat('0', 64) "
                    "WHERE name = 'audit_imported_through'"
                )
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                psql.execute("DELETE FROM vault_settings WHERE name = 'audit_imported_through'")


def test_a_persons_access_insight_on_the_server_holds_the_vaults_lines(
    demo_path: Path, server_demo: TeamServer
) -> None:
    def lines(location: Path | str) -> tuple[object, ...]:
        with Desk.open(location, username="leder", password=PASSWORD) as desk:
            person_id = desk.cases.search("")[0].person_id
            entries = desk.access_insight.for_person(person_id).entries
        # The last line is this insight's own reading, made now on each.
        return entries[:-1]

    on_vault = lines(demo_path)
    assert len(on_vault) > 2
    assert lines(server_demo.url) == on_vault


def test_a_role_changed_in_the_users_row_behind_the_vaults_back_is_not_carried_over(
    demo_path: Path, team_server: TeamServer
) -> None:
    # Anyone holding the vault's key can rewrite the users row; the signed records decide.
    key_file = read_key_file(sidecar_path(demo_path))
    opened = open_slot(
        key_file.slot_for("koordinator"),
        vault_id=key_file.vault_id,
        username="koordinator",
        password=PASSWORD,
    )
    database = open_cipher_connection(demo_path, opened.data_key)
    try:
        database.execute("UPDATE users SET role = 'administrator' WHERE username = 'koordinator'")
        database.commit()
    finally:
        database.close()
    engine = team_server.owner_engine()
    try:
        with Vault.open(
            demo_path, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF
        ) as vault:
            result = import_vault(vault, engine)
    finally:
        engine.dispose()
    assert next(user for user in result.users if user.username == "koordinator").role is (
        Role.CASEWORKER
    )
    with team_server.cluster.connect(team_server.database) as connection:
        groups = connection.execute(
            "SELECT pg_has_role('koordinator', 'riskdesk_administrator', 'MEMBER'), "
            "pg_has_role('koordinator', 'riskdesk_caseworker', 'MEMBER'), "
            "(SELECT role FROM users WHERE username = 'koordinator')"
        ).fetchone()
    assert groups == (False, True, "caseworker")
