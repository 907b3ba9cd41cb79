"""Users on the team server are login roles: the services' user use cases work as on a
vault, audited, and the database itself refuses what a caseworker's login, or an
administrator's beyond the rules, tries with raw SQL as psql would send it."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from psycopg import errors, sql

from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.refusals import NotFound, PermissionDenied, UserInputError
from riskdesk.domain.server_errors import NotAServerUser
from riskdesk.domain.user import PasswordChangeRequired, Role, UserDeactivated
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.services.desk import Desk
from riskdesk.store.server.server_setup import apply_security
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer

FIRST = "forste-kodeord-1"
OWN = "eget-kodeord-22"


def _admin(server: TeamServer) -> Desk:
    return Desk.open(server.url, username=ADMIN, password=ADMIN_PASSWORD)


def _raw(server: TeamServer, user: str, password: str) -> psycopg.Connection:
    return server.cluster.connect(server.database, user=user, password=password)


def _groups(server: TeamServer, username: str) -> set[str]:
    with server.cluster.connect(server.database) as connection:
        rows = connection.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
            (username,),
        ).fetchall()
    return {row[0] for row in rows}


def test_an_added_user_logs_in_as_their_own_role_after_choosing_a_password(
    team_server: TeamServer,
) -> None:
    with _admin(team_server) as desk:
        added = desk.users.add(
            username="kasper", display_name="Kasper", role=Role.CASEWORKER, password=FIRST
        )
        events = desk.audit.events(entity=AuditEntity.USER)
        assert desk.audit.verify().intact
    assert added.id is not None
    assert _groups(team_server, "kasper") == {"riskdesk_user", "riskdesk_caseworker"}
    assert [(e.username, e.entity_id, e.details["use_case"]) for e in events] == [
        (ADMIN, added.id, "user.add")
    ]
    with pytest.raises(PasswordChangeRequired):
        Desk.open(team_server.url, username="kasper", password=FIRST)
    with Desk.open(team_server.url, username="kasper", password=FIRST, new_password=OWN) as desk:
        assert desk.user.role is Role.CASEWORKER
        desk.cases.listing()
    with pytest.raises(WrongPassword):
        Desk.open(team_server.url, username="kasper", password=FIRST)
    # With a password of their own, a new one given at login is not used (as on a vault).
    Desk.open(team_server.url, username="kasper", password=OWN, new_password="ubrugt-kode-9").lock()
    with Desk.open(team_server.url, username="kasper", password=OWN) as desk:
        assert desk.user.username == "kasper"


def test_a_reset_password_must_be_replaced_and_the_old_one_stops_working(
    team_server: TeamServer,
) -> None:
    team_server.add_login("sofie", Role.SUPERVISOR, OWN)
    with _admin(team_server) as desk:
        desk.users.reset_password(username="sofie", new_password=FIRST)
        events = desk.audit.events(entity=AuditEntity.USER)
    assert [e.details["use_case"] for e in events] == ["user.reset_password"]
    assert events[0].details["username"] == "sofie"
    with pytest.raises(WrongPassword):
        Desk.open(team_server.url, username="sofie", password=OWN)
    with pytest.raises(PasswordChangeRequired):
        Desk.open(team_server.url, username="sofie", password=FIRST)
    new_own = "sofies-nye-kodeord"
    Desk.open(team_server.url, username="sofie", password=FIRST, new_password=new_own).lock()
    with Desk.open(team_server.url, username="sofie", password=new_own) as desk:
        assert desk.user.role is Role.SUPERVISOR


def test_a_user_changes_their_own_password_and_keeps_working(team_server: TeamServer) -> None:
    team_server.add_login("kasper", Role.CASEWORKER, OWN)
    with Desk.open(team_server.url, username="kasper", password=OWN) as desk:
        with pytest.raises(WrongPassword):
            desk.users.change_password(old_password="not-it-at-all", new_password=FIRST)
        desk.users.change_password(old_password=OWN, new_password=FIRST)
        # The session's connections end (a restarted server, say): its next one logs in
        # with the new password.
        with team_server.cluster.connect() as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'kasper'"
            )
        assert desk.audit.verify().intact
        assert desk.vault.verify_password("kasper", FIRST)
        assert not desk.vault.verify_password("kasper", OWN)
    with Desk.open(team_server.url, username="kasper", password=FIRST) as desk:
        assert desk.user.username == "kasper"


def test_a_new_role_replaces_the_group_and_deactivation_disables_the_login(
    team_server: TeamServer,
) -> None:
    team_server.add_login("kasper", Role.CASEWORKER, OWN)
    with _admin(team_server) as desk:
        promoted = desk.users.set_role(username="kasper", role=Role.SUPERVISOR)
        assert promoted.role is Role.SUPERVISOR
        assert _groups(team_server, "kasper") == {"riskdesk_user", "riskdesk_supervisor"}
        with Desk.open(team_server.url, username="kasper", password=OWN) as theirs:
            assert theirs.user.role is Role.SUPERVISOR
        desk.users.set_active(username="kasper", active=False)
        listed = {user.username: user for user in desk.users.list()}
        assert not listed["kasper"].active
        assert listed["kasper"].role is Role.SUPERVISOR
    with pytest.raises(UserDeactivated):
        Desk.open(team_server.url, username="kasper", password=OWN)
    with _admin(team_server) as desk:
        desk.users.set_active(username="kasper", active=True)
    with Desk.open(team_server.url, username="kasper", password=OWN) as desk:
        assert desk.user.role is Role.SUPERVISOR


def test_a_deactivated_users_open_sessions_are_refused_from_their_next_statement(
    team_server: TeamServer,
) -> None:
    # NOLOGIN stops only new logins: a RiskDesk window and a psql left open before the
    # deactivation must not go on reading or writing casework.
    team_server.add_login("kasper", Role.CASEWORKER, OWN)
    with (
        Desk.open(team_server.url, username="kasper", password=OWN) as theirs,
        _raw(team_server, "kasper", OWN) as psql,
    ):
        theirs.cases.listing()
        psql.execute("SELECT count(*) FROM persons").fetchone()
        with _admin(team_server) as desk:
            desk.users.set_active(username="kasper", active=False)
            listed = {user.username: user for user in desk.users.list()}
        assert _groups(team_server, "kasper") == {"riskdesk_user"}
        assert listed["kasper"].role is Role.CASEWORKER
        for table in ("persons", "cases", "journal_entries", "audit_events"):
            with pytest.raises(errors.InsufficientPrivilege):
                psql.execute(
                    sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
                ).fetchone()
            psql.rollback()
        with pytest.raises(errors.InsufficientPrivilege):
            psql.execute("DELETE FROM persons")
        psql.rollback()
        with pytest.raises(PermissionDenied):
            theirs.cases.listing()
    with _admin(team_server) as desk:
        desk.users.set_active(username="kasper", active=True)
    assert _groups(team_server, "kasper") == {"riskdesk_user", "riskdesk_caseworker"}
    with Desk.open(team_server.url, username="kasper", password=OWN) as desk:
        desk.cases.listing()


def test_a_user_deactivated_by_an_older_version_loses_their_group_at_migrate(
    team_server: TeamServer,
) -> None:
    team_server.add_login("kasper", Role.SUPERVISOR, OWN)
    with _admin(team_server) as desk:
        desk.users.set_active(username="kasper", active=False)
    engine = team_server.owner_engine()
    try:
        with engine.begin() as connection:
            # What a deactivation left before: the login disabled, the group kept.
            connection.exec_driver_sql("GRANT riskdesk_supervisor TO kasper")
        assert _groups(team_server, "kasper") == {"riskdesk_user", "riskdesk_supervisor"}
        with engine.begin() as connection:
            apply_security(connection)
    finally:
        engine.dispose()
    assert _groups(team_server, "kasper") == {"riskdesk_user"}
    assert _groups(team_server, ADMIN) == {"riskdesk_user", "riskdesk_administrator"}


def test_the_last_active_administrator_stays_one(team_server: TeamServer) -> None:
    with _admin(team_server) as desk, pytest.raises(UserInputError):
        desk.users.set_role(username=ADMIN, role=Role.CASEWORKER)
    # The database refuses it too, whatever the client.
    with (
        _raw(team_server, ADMIN, ADMIN_PASSWORD) as connection,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        connection.execute("SELECT riskdesk_set_user_role('admin', 'caseworker', true)")
    assert "riskdesk_administrator" in _groups(team_server, ADMIN)
    # With a second administrator, the first may step down.
    team_server.add_login("anne", Role.ADMINISTRATOR, OWN)
    with Desk.open(team_server.url, username="anne", password=OWN) as desk:
        desk.users.set_role(username=ADMIN, role=Role.CASEWORKER)
    assert _groups(team_server, ADMIN) == {"riskdesk_user", "riskdesk_caseworker"}


def test_a_caseworker_cannot_make_or_change_roles_with_psql(team_server: TeamServer) -> None:
    team_server.add_login("kasper", Role.CASEWORKER, OWN)
    attempts = [
        "CREATE ROLE intruder LOGIN PASSWORD 'x'",
        "ALTER ROLE admin PASSWORD 'taken-over'",
        "ALTER ROLE admin NOLOGIN",
        "GRANT riskdesk_administrator TO kasper",
        "REVOKE riskdesk_administrator FROM admin",
        "SET ROLE riskdesk_security",
        "SELECT riskdesk_set_user_role('kasper', 'administrator', true)",
        "SELECT riskdesk_reset_password('admin', 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy')",
        "SELECT riskdesk_add_user('intruder', 'X', 'administrator', "
        "'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy')",
        "SELECT * FROM riskdesk_password_changes",
        "UPDATE users SET role = 'administrator' WHERE username = 'kasper'",
        "SELECT riskdesk_require_administrator()",
    ]
    with _raw(team_server, "kasper", OWN) as connection:
        for attempt in attempts:
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(attempt)
    assert _groups(team_server, "kasper") == {"riskdesk_user", "riskdesk_caseworker"}
    with Desk.open(team_server.url, username="kasper", password=OWN) as desk:
        with pytest.raises(PermissionDenied):
            desk.vault.add_user(
                username="intruder", display_name="X", role=Role.ADMINISTRATOR, password=FIRST
            )
        with pytest.raises(PermissionDenied):
            desk.vault.set_role(username="kasper", role=Role.ADMINISTRATOR, active=True)


def test_an_administrator_changes_only_riskdesk_users_and_only_by_verifier(
    team_server: TeamServer,
) -> None:
    verifier = "'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy'"
    owner = team_server.cluster.owner
    with _raw(team_server, ADMIN, ADMIN_PASSWORD) as connection:
        # The owner's password would be the database.
        with pytest.raises(errors.UndefinedObject):
            connection.execute(f"SELECT riskdesk_reset_password('{owner}', {verifier})")
        with pytest.raises(errors.UndefinedObject):
            connection.execute("SELECT riskdesk_set_user_role('riskdesk_security', 'mentor', true)")
        # A password in plain text would sit in the server's statement log.
        with pytest.raises(errors.InvalidParameterValue):
            connection.execute(
                "SELECT riskdesk_add_user('kasper', 'Kasper', 'caseworker', 'plain-kodeord')"
            )
        with pytest.raises(errors.InvalidParameterValue):
            connection.execute(f"SELECT riskdesk_add_user('kasper', 'K', 'superuser', {verifier})")
        for display_name in ("", "   ", "Linje\nto", "x" * 201):
            with pytest.raises(errors.InvalidParameterValue):
                connection.execute(
                    "SELECT riskdesk_add_user('kasper', %s, 'caseworker', %s)",
                    (display_name, verifier.strip("'")),
                )
        for name in ("pg_x", "riskdesk_x", "Kasper", "k'); DROP TABLE users; --"):
            with pytest.raises(errors.InvalidParameterValue):
                connection.execute(
                    "SELECT riskdesk_add_user(%s, 'K', 'caseworker', %s)",
                    (name, verifier.strip("'")),
                )


def test_a_name_the_cluster_already_has_and_an_unknown_user_are_told(
    team_server: TeamServer,
) -> None:
    # Login roles are the cluster's: another unit's user on it has the name already.
    with team_server.cluster.connect() as connection:
        connection.execute("CREATE ROLE naboen LOGIN")
    with _admin(team_server) as desk:
        with pytest.raises(UserInputError):
            desk.users.add(
                username="naboen", display_name="Naboen", role=Role.CASEWORKER, password=FIRST
            )
        with pytest.raises(NotFound):
            desk.vault.reset_password(username="nobody", new_password=FIRST)
        assert desk.audit.events(entity=AuditEntity.USER) == []


def test_two_administrators_demoting_each_other_at_once_leave_one(
    team_server: TeamServer,
) -> None:
    team_server.add_login("anne", Role.ADMINISTRATOR, OWN)
    first = psycopg.connect(
        host=team_server.cluster.host,
        port=team_server.cluster.port,
        dbname=team_server.database,
        user=ADMIN,
        password=ADMIN_PASSWORD,
    )
    with first, _raw(team_server, "anne", OWN) as second:
        first.execute("SELECT riskdesk_set_user_role('anne', 'caseworker', true)")
        with ThreadPoolExecutor(1) as pool:
            # Waits for the first administrator's transaction, then finds itself demoted.
            waiting = pool.submit(
                second.execute, "SELECT riskdesk_set_user_role('admin', 'caseworker', true)"
            )
            _wait_until_waiting_for_a_lock(team_server, "anne")
            first.commit()
            with pytest.raises(errors.InsufficientPrivilege):
                waiting.result(timeout=30)
    assert "riskdesk_administrator" in _groups(team_server, ADMIN)
    assert "riskdesk_administrator" not in _groups(team_server, "anne")


def _wait_until_waiting_for_a_lock(server: TeamServer, username: str) -> None:
    with server.cluster.connect() as connection:
        for _ in range(300):
            waiting = connection.execute(
                "SELECT 1 FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
                (username,),
            ).fetchone()
            if waiting:
                return
            time.sleep(0.1)
    raise AssertionError(f"{username} never waited")


def test_the_owner_is_no_riskdesk_user(team_server: TeamServer) -> None:
    with pytest.raises(NotAServerUser):
        Desk.open(
            team_server.url,
            username=team_server.cluster.owner,
            password=team_server.cluster.owner_password,
        )
